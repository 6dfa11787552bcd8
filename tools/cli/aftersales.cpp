// aftersales: the service store from the command line.
//
//   aftersales demo [--db demo.db] [--seed N] [--calls N]
//       runs a month of a service centre (October 2025, on the mainland China
//       calendar) into the store file and prints the month's report
//   aftersales report --db FILE --month YYYY-MM [--json] [--policy FILE]
//       prints the month's management report of any store file
//   aftersales import-calls --db FILE [--policy FILE] calls.csv
//       imports calls (with their visits) from a CSV file, all or nothing
//
// The demo's output depends only on the seed and the number of calls: the
// draws use std::mt19937_64 with our own integer arithmetic.
#include <aftersales/aftersales.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <fstream>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

using namespace std::chrono;
namespace as = aftersales;
using as::Instant;

class Draw {
 public:
  explicit Draw(std::uint64_t seed) : engine_(seed) {}
  std::int64_t below(std::int64_t n) {  // uniform in [0, n), no modulo bias
    const auto un = static_cast<std::uint64_t>(n);
    const std::uint64_t reject_under = (std::numeric_limits<std::uint64_t>::max() - un + 1) % un;
    std::uint64_t x = engine_();
    while (x < reject_under) x = engine_();
    return static_cast<std::int64_t>(x % un);
  }
  std::int64_t range(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }
  bool percent(int p) { return below(100) < p; }

 private:
  std::mt19937_64 engine_;
};

Instant at_local(const as::Calendar& cal, as::Date d, minutes since_midnight) {
  const local_days day{year{d.year()} / static_cast<int>(d.month().as_number()) / static_cast<int>(d.day().as_number())};
  return cal.to_utc(local_seconds{day} + since_midnight);
}

std::string local_text(const as::Calendar& cal, Instant t) {
  const local_seconds lt = cal.to_local(t);
  const local_days day = floor<days>(lt);
  const year_month_day ymd{day};
  const hh_mm_ss hms{lt - day};
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()));
  return buf;
}

std::string yuan(as::Fen fen) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(fen / 100), static_cast<long long>(fen % 100));
  return buf;
}

// ---------------------------------------------------------------- the report

// An exact ratio of the report as a percentage to a tenth; "-" when its denominator is 0.
template <class N, class D>
std::string percent(const std::pair<N, D>& ratio) {
  if (ratio.second == 0) return "-";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f %%", 100.0 * static_cast<double>(ratio.first) / static_cast<double>(ratio.second));
  return buf;
}

void print_sla(const char* title, const std::vector<as::SlaRow>& rows) {
  std::printf("\nSLA compliance by %s (compliance = met / (met + breached); open = not arrived, not yet late)\n",
              title);
  std::printf("  %-12s %6s %6s %9s %5s %11s\n", title, "calls", "met", "breached", "open", "compliance");
  for (const as::SlaRow& r : rows) {
    const std::string compliance = percent(r.compliance());
    std::printf("  %-12s %6lld %6lld %9lld %5lld %11s\n", r.key.c_str(), static_cast<long long>(r.calls),
                static_cast<long long>(r.met), static_cast<long long>(r.breached), static_cast<long long>(r.open),
                compliance.c_str());
  }
}

void print_report(const as::Store& store, const as::MonthlyReport& r) {
  const as::Calendar& cal = store.policy().calendar();
  std::printf("report    %s, calls judged as of %s (%s)\n", as::format_year_month(r.month).c_str(),
              local_text(cal, r.as_of).c_str(), cal.zone().name().c_str());
  std::printf("calls     %lld received, %lld completed, %lld fixed the first time", static_cast<long long>(r.calls),
              static_cast<long long>(r.completed), static_cast<long long>(r.first_time_fixed));
  if (r.completed > 0) std::printf(" (%s)", percent(r.first_time_fix_ratio()).c_str());
  if (r.mean_time_to_repair)
    std::printf(", mean time to repair %.1f h", static_cast<double>(r.mean_time_to_repair->count()) / 3600.0);
  std::printf("\n");
  print_sla("zone", r.sla_by_zone);
  print_sla("centre", r.sla_by_centre);
  print_sla("technician", r.sla_by_technician);

  std::printf("\nSatisfaction per technician (means of 1..4 over the month's surveys)\n");
  std::printf("  %-12s %7s %9s %6s %8s %8s %8s\n", "technician", "surveys", "attitude", "skill", "arrival", "promise",
              "overall");
  for (const as::SatisfactionRow& s : r.satisfaction)
    std::printf("  %-12s %7lld %9.2f %6.2f %8.2f %8.2f %8.2f\n", s.technician.c_str(),
                static_cast<long long>(s.surveys), static_cast<double>(s.attitude) / 100,
                static_cast<double>(s.skill) / 100, static_cast<double>(s.arrival) / 100,
                static_cast<double>(s.promise) / 100, static_cast<double>(s.overall) / 100);

  const as::ComplaintStatistics& st = r.complaint_statistics;
  std::printf("\nComplaints: %lld received", static_cast<long long>(r.complaints));
  if (r.complaints_per_1000_calls)
    std::printf(" (%.1f per 1,000 calls)", static_cast<double>(*r.complaints_per_1000_calls) / 1000.0);
  std::printf("; %zu closed, %zu on time, %zu found invalid; statistics due %s\n", st.total, st.on_time, st.invalid,
              as::format_date(st.due).c_str());
  for (const auto& [department, n] : st.by_department) std::printf("  %-24s %zu closed\n", department.c_str(), n);

  const std::int64_t cap_ppm = store.policy().penalties().cap_ppm();
  std::printf("\nPenalties settled for %s (deductions at most %lld.%02lld %% of the month's bonus, the rest carried)\n",
              as::format_year_month(r.month).c_str(), static_cast<long long>(cap_ppm / 10000),
              static_cast<long long>(cap_ppm / 100 % 100));
  std::printf("  %-12s %12s %12s %12s\n", "person", "bonus", "deducted", "carried");
  for (const as::PenaltyRow& p : r.penalties)
    std::printf("  %-12s %12s %12s %12s\n", p.person.c_str(), yuan(p.bonus).c_str(), yuan(p.deducted).c_str(),
                yuan(p.carried).c_str());

  std::printf("\nDispatch queue at %s: %zu calls waiting", local_text(cal, r.queue_at).c_str(), r.queue.size());
  for (std::size_t i = 0; i < std::min<std::size_t>(3, r.queue.size()); ++i)
    std::printf("%s%s", i == 0 ? ": " : ", ", store.call(r.queue[i]).voucher.c_str());
  std::printf("\n");
}

// ---------------------------------------------------------------- the demo month

const as::Date kFirstDay(2025, 10, 1);
const as::Date kLastDay(2025, 10, 31);

struct Staff {
  std::vector<std::string> urban{"T01", "T02", "T03", "T04", "T05", "T06"};
  std::vector<std::string> suburban{"T07", "T08", "T09", "T10"};
};

// One call's life, each step at its time when that time is before `now`.
void live(as::Store& store, Draw& draw, const as::Calendar& cal, const as::ServiceCall& c, const Staff& staff,
          Instant now, int& complaints) {
  const auto& pool = c.zone == "urban" ? staff.urban : staff.suburban;
  const std::string tech = pool[static_cast<std::size_t>(draw.below(static_cast<std::int64_t>(pool.size())))];
  Instant t = cal.next_working(c.received) + minutes{draw.range(5, 90)};
  if (draw.percent(12)) {  // customer not at home
    const Instant start = cal.add(c.received, minutes{draw.range(20, 120)});
    const Instant end = start + minutes{draw.range(30, 240)};
    if (start >= now) return;
    store.pause(c.id, start, "customer not at home");
    if (end >= now) return;
    store.resume(c.id, end);
    t = std::max(t, end);
  }
  if (t >= now) return;
  store.dispatch(c.id, tech, t);
  // Most arrive inside the target; some late.
  const bool late = draw.percent(c.zone == "urban" ? 8 : 14);
  const as::ServiceCall now_call = store.call(c.id);
  const Instant arrival =
      late ? cal.add(now_call.deadline, minutes{draw.range(5, 300)})
           : std::max(t + minutes{draw.range(10, 40)},
                      cal.add(now_call.deadline, -minutes{draw.range(10, 240)}));
  if (arrival >= now) return;
  store.arrive(c.id, arrival);
  Instant done = arrival + minutes{draw.range(30, 150)};
  if (draw.percent(15)) {  // not repairable on site
    if (done >= now) return;
    const as::Date taken = cal.local_date(done);
    store.carry_in(c.id, done, cal.advance(taken, 3));
    store.record_labour(c.id, tech, taken, minutes{draw.range(30, 120)}, "diagnosis");
    store.record_part(c.id, draw.percent(50) ? "flyback transformer" : "main board", 1, draw.range(80, 600) * 100);
    done = at_local(cal, cal.advance(taken, static_cast<int>(draw.range(1, 5))), hours{10} + minutes{draw.range(0, 420)});
    if (done >= now) return;
    store.return_goods(c.id, done, true);
  } else {
    if (done >= now) return;
    store.record_labour(c.id, tech, cal.local_date(arrival), done - arrival, "repaired on site");
    store.complete_on_site(c.id, done, !draw.percent(3));
  }
  const Instant asked = done + hours{draw.range(20, 50)};
  if (asked < now && draw.percent(90)) {
    const auto level = [&](int good) { return draw.percent(good) ? draw.range(3, 4) : draw.range(1, 2); };
    store.record_survey(c.id, as::survey_answers(level(92), level(90), level(c.sla_met.value_or(true) ? 90 : 60), level(93)),
                        "customer", asked);
  }
  // Now and then a complaint, handled through the form's stages.
  if (draw.percent(late ? 6 : 1)) {
    as::ComplaintIntake in;
    in.received = done + hours{draw.range(2, 30)};
    if (in.received >= now) return;
    in.kind = draw.percent(70) ? as::ComplaintKind::quality : as::ComplaintKind::service;
    in.severity = draw.percent(20) ? as::Severity::serious : as::Severity::general;
    in.call_id = c.id;
    as::Complaint k = store.open_complaint(in);
    ++complaints;
    while (!k.is_closed()) {
      const Instant due = k.stage_deadline() ? *k.stage_deadline() : cal.add(k.stage_entered(), hours{8});
      const Instant step = draw.percent(85) ? due - minutes{draw.range(0, 120)} : due + minutes{draw.range(30, 600)};
      if (step >= now || step < k.stage_entered()) break;
      k = store.advance_complaint(k.number(), step);
    }
    if (k.is_closed()) {
      store.confirm_responsibility(k.number(), std::vector<as::Weight>{{tech, 10000}});
      const as::YearMonth month{static_cast<int>(cal.local_date(*k.closed_at()).year()),
                                static_cast<int>(cal.local_date(*k.closed_at()).month())};
      store.charge_penalty(tech, month, draw.range(200, 3000) * 100, k.number());
    }
  }
}

int run_demo(const std::string& path, std::uint64_t seed, int count) {
  const as::Calendar cal = as::calendars::china();
  const as::Policy policy = as::Policy::default_policy(cal);
  // The report: Monday noon after the month, when Friday's calls are still
  // being visited.
  const Instant now = at_local(cal, as::Date(2025, 11, 3), hours{12});
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  as::StoreOptions options;
  options.clock = [now] { return now; };
  as::Store store = as::Store::open(path, policy, options);
  Draw draw(seed);

  // Households call on rest days too, less than on working days.
  std::vector<std::pair<as::Date, std::int64_t>> days;
  std::int64_t total = 0;
  for (as::Date d = kFirstDay; d <= kLastDay; d += boost::gregorian::days(1)) {
    total += cal.is_business_day(d) ? 10 : 4;
    days.emplace_back(d, total);
  }
  std::vector<as::CallIntake> intakes;
  static const char* const products[] = {"colour_tv", "colour_tv", "colour_tv", "bw_tv", "vcr", "bicycle"};
  for (int k = 0; k < count; ++k) {
    as::CallIntake in;
    const std::int64_t w = draw.below(total);
    const as::Date day =
        std::upper_bound(days.begin(), days.end(), w, [](std::int64_t v, const auto& e) { return v < e.second; })->first;
    const std::int64_t band = draw.below(100);  // 85 % office hours, 10 % evening, 5 % night
    const std::int64_t minute = band < 85   ? draw.range(8 * 60 + 30, 17 * 60 + 59)
                                : band < 95 ? draw.range(18 * 60, 22 * 60 + 59)
                                            : draw.range(0, 8 * 60 + 29);
    in.received = at_local(cal, day, minutes{minute});
    const std::int64_t household = draw.below(1500);
    in.customer = "customer " + std::to_string(household);
    in.phone = "138" + std::to_string(10000000 + household);
    in.address = std::to_string(1 + household % 300) + " Renmin Road";
    in.zone = draw.percent(65) ? "urban" : "suburban";
    in.centre = in.zone == "urban" ? "city" : "county";
    in.product = products[draw.below(6)];
    in.serial = std::string(in.product).append("-").append(std::to_string(household * 3 + draw.below(3)));
    in.purchased = day - boost::gregorian::days(static_cast<long>(draw.range(20, 4 * 365)));
    in.fault = draw.percent(50) ? "no picture" : "does not start";
    intakes.push_back(std::move(in));
  }
  std::stable_sort(intakes.begin(), intakes.end(), [](const auto& a, const auto& b) { return a.received < b.received; });
  // A unit keeps its purchase date whichever call brings it in.
  std::map<std::string, as::Date> bought;
  for (auto& in : intakes) in.purchased = bought.try_emplace(in.product + in.serial, in.purchased).first->second;

  const std::vector<as::ServiceCall> calls = store.register_calls(intakes);
  const Staff staff;
  int complaints = 0;
  for (const as::ServiceCall& c : calls) live(store, draw, cal, c, staff, now, complaints);
  // October's bonuses are settled on November's payday.
  for (const char* tech : {"T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10"})
    store.settle_penalties(tech, as::YearMonth{2025, 10}, draw.range(1500, 4000) * 100);

  std::printf("aftersales demo: a month of a service centre, October 2025, China calendar (seed %llu)\n",
              static_cast<unsigned long long>(seed));
  std::printf("store     %s: %d calls, %d complaints\n", path.c_str(), count, complaints);
  print_report(store, store.monthly_report(as::YearMonth{2025, 10}, now));
  return 0;
}

// ---------------------------------------------------------------- import

std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char ch = line[i];
    if (quoted) {
      if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') out.back() += '"', ++i;
      else if (ch == '"') quoted = false;
      else out.back() += ch;
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ',') {
      out.emplace_back();
    } else if (ch != '\r') {
      out.back() += ch;
    }
  }
  return out;
}

// "2025-10-09 10:00" local time of the calendar.
Instant local_instant(const as::Calendar& cal, std::string_view text, const std::string& field) {
  if (text.size() != 16 || text[10] != ' ' || text[13] != ':')
    throw as::Error(as::ErrorCode::parse_error, field, "'" + std::string(text) + "' is not YYYY-MM-DD HH:MM");
  const as::Date d = as::parse_date(text.substr(0, 10), field);
  int h = -1, m = -1;
  const auto hour = std::from_chars(text.data() + 11, text.data() + 13, h);
  const auto minute = std::from_chars(text.data() + 14, text.data() + 16, m);
  if (hour.ptr != text.data() + 13 || minute.ptr != text.data() + 16 || h < 0 || h > 23 || m < 0 || m > 59)
    throw as::Error(as::ErrorCode::parse_error, field, "'" + std::string(text) + "' is not a time");
  return at_local(cal, d, hours{h} + minutes{m});
}

int run_import(as::Store& store, const std::string& csv) {
  std::ifstream in(csv);
  if (!in) throw as::Error(as::ErrorCode::not_found, "csv", "cannot read '" + csv + "'");
  const as::Calendar& cal = store.policy().calendar();
  std::string line;
  if (!std::getline(in, line)) throw as::Error(as::ErrorCode::parse_error, "csv", "'" + csv + "' is empty");
  const std::vector<std::string> header = csv_fields(line);
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
  for (const char* need : {"customer", "phone", "address", "zone", "product", "serial", "purchased", "received"})
    if (!col.count(need)) throw as::Error(as::ErrorCode::parse_error, "csv", std::string("no column '") + need + "'");
  std::vector<as::CallRecord> records;
  for (int number = 2; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    const std::vector<std::string> f = csv_fields(line);
    const std::string where = "line " + std::to_string(number);
    const auto get = [&](const char* name) -> std::string {
      const auto it = col.find(name);
      return it == col.end() || it->second >= f.size() ? std::string() : f[it->second];
    };
    as::CallRecord r;
    r.intake.customer = get("customer");
    r.intake.phone = get("phone");
    r.intake.address = get("address");
    r.intake.zone = get("zone");
    r.intake.product = get("product");
    r.intake.serial = get("serial");
    r.intake.purchased = as::parse_date(get("purchased"), where + ".purchased");
    r.intake.received = local_instant(cal, get("received"), where + ".received");
    if (!get("centre").empty()) r.intake.centre = get("centre");
    r.intake.fault = get("fault");
    if (!get("technician").empty()) r.technician = get("technician");
    if (!get("dispatched").empty()) r.dispatched = local_instant(cal, get("dispatched"), where + ".dispatched");
    if (!get("arrived").empty()) r.arrived = local_instant(cal, get("arrived"), where + ".arrived");
    if (!get("completed").empty()) r.completed = local_instant(cal, get("completed"), where + ".completed");
    records.push_back(std::move(r));
  }
  try {
    store.import_calls(records);
  } catch (const as::Error& e) {
    // "calls[i].zone" -> "line i+2.zone"
    std::string field = e.field();
    if (field.rfind("calls[", 0) == 0) {
      const std::size_t close = field.find(']');
      const int i = std::stoi(field.substr(6, close - 6));
      field = "line " + std::to_string(i + 2) + field.substr(close + 1);
    }
    throw as::Error(e.code(), field, e.message());
  }
  std::printf("imported %zu calls into the store\n", records.size());
  return 0;
}

// ---------------------------------------------------------------- command line

int usage(const char* why) {
  std::fprintf(stderr,
               "aftersales: error: %s\n"
               "usage: aftersales demo [--db demo.db] [--seed N] [--calls N]\n"
               "       aftersales report --db FILE --month YYYY-MM [--json] [--policy FILE]\n"
               "       aftersales import-calls --db FILE [--policy FILE] calls.csv\n",
               why);
  return 2;
}

bool parse_number(std::string_view text, std::uint64_t& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
}

as::Policy load_policy(const std::string& file) {
  if (file.empty()) return as::Policy::default_policy(as::calendars::china());
  std::ifstream in(file);
  if (!in) throw as::Error(as::ErrorCode::not_found, "policy", "cannot read '" + file + "'");
  std::stringstream text;
  text << in.rdbuf();
  // A document without a calendar runs on the China preset.
  const std::string doc = text.str();
  if (doc.find("\"calendar\"") == std::string::npos) return as::Policy::from_json(doc, as::calendars::china());
  return as::Policy::from_json(doc);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage("no command");
  const std::string_view command = argv[1];
  if (command == "--help" || command == "-h") {
    std::printf("aftersales demo | report | import-calls  (see the README)\n");
    return 0;
  }
  std::string db, month, policy_file, csv;
  std::uint64_t seed = 20251001, calls = 2000;
  bool json = false;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--json") {
      json = true;
    } else if (arg == "--db" || arg == "--month" || arg == "--policy" || arg == "--seed" || arg == "--calls") {
      const char* v = value();
      if (v == nullptr) return usage("an option without its value");
      if (arg == "--db") db = v;
      else if (arg == "--month") month = v;
      else if (arg == "--policy") policy_file = v;
      else if (!parse_number(v, arg == "--seed" ? seed : calls)) return usage("expected a non-negative integer");
    } else if (!arg.empty() && arg[0] != '-' && csv.empty()) {
      csv = std::string(arg);
    } else {
      return usage("unknown option");
    }
  }
  try {
    if (command == "demo") {
      if (calls < 1 || calls > 100000) return usage("--calls out of range (1..100000)");
      return run_demo(db.empty() ? "demo.db" : db, seed, static_cast<int>(calls));
    }
    if (db.empty()) return usage("--db is required");
    as::Store store = as::Store::open(db, load_policy(policy_file));
    if (command == "report") {
      if (month.empty()) return usage("--month is required");
      const as::MonthlyReport r = store.monthly_report(as::parse_year_month(month, "month"));
      if (json) std::printf("%s\n", as::to_json(r).c_str());
      else print_report(store, r);
      return 0;
    }
    if (command == "import-calls") {
      if (csv.empty()) return usage("the CSV file is missing");
      return run_import(store, csv);
    }
    return usage("unknown command");
  } catch (const std::exception& e) {  // aftersales::Error names the field and value
    std::fprintf(stderr, "aftersales: error: %s\n", e.what());
    return 1;
  }
}
