// `aftersales report` and what every command shares: the policy, the
// calendar's horizon warning, the report's text.
#include "cli.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace cli {

namespace {

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
  // Calls solved by phone or remotely (issue 28) get their own columns, shown
  // only when there are any: never in met, breached or open.
  const bool remote = std::any_of(rows.begin(), rows.end(), [](const as::SlaRow& r) { return r.remote > 0; });
  std::printf("  %-12s %6s %6s %9s %5s %11s", title, "calls", "met", "breached", "open", "compliance");
  if (remote) std::printf(" %7s %10s %15s", "remote", "remote met", "remote breached");
  std::printf("\n");
  for (const as::SlaRow& r : rows) {
    const std::string compliance = percent(r.compliance());
    std::printf("  %-12s %6lld %6lld %9lld %5lld %11s", r.key.c_str(), static_cast<long long>(r.calls),
                static_cast<long long>(r.met), static_cast<long long>(r.breached), static_cast<long long>(r.open),
                compliance.c_str());
    if (remote)
      std::printf(" %7lld %10lld %15lld", static_cast<long long>(r.remote), static_cast<long long>(r.remote_met),
                  static_cast<long long>(r.remote_breached));
    std::printf("\n");
  }
}

std::string read_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw as::Error(as::ErrorCode::not_found, what, "cannot read '" + path + "'");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string local_text(const as::Calendar& cal, as::Instant t) { return as::format_local(t, cal); }

as::PastHorizon past_horizon_option(const Args& args, std::string_view command) {
  const std::string* text = args.value("past-horizon");
  if (text == nullptr) return as::PastHorizon::refuse;
  for (auto mode : {as::PastHorizon::refuse, as::PastHorizon::weekly, as::PastHorizon::statutory})
    if (*text == as::to_string(mode)) return mode;
  throw UsageError{std::string(command),
                   "--past-horizon '" + *text + "' is not a mode (refuse, weekly or statutory)"};
}

as::Calendar china_calendar(const Args& args) {
  const as::PastHorizon mode = past_horizon_option(args, "");
  const std::string* holidays = args.value("holidays");
  if (holidays == nullptr) return as::calendars::china(as::calendars::cn_default_hours(), as::default_zone, mode);
  return as::calendars::china(as::calendars::CnHolidayFile::load(*holidays), as::calendars::cn_default_hours(),
                              as::default_zone, mode);
}

as::Policy load_policy(const Args& args) {
  const std::string* file = args.value("policy");
  if (file == nullptr) return as::Policy::default_policy(china_calendar(args));
  const std::string doc = read_file(*file, "policy");
  // A document without a calendar runs on the China preset.
  if (doc.find("\"calendar\"") == std::string::npos) return as::Policy::from_json(doc, china_calendar(args));
  // A document's calendar says its own "past_horizon".
  if (args.value("past-horizon") != nullptr)
    throw UsageError{"", "--past-horizon is for the built-in China calendar; the calendar of the --policy document "
                         "takes \"past_horizon\": \"refuse\" | \"weekly\" | \"statutory\" instead"};
  // Its own calendar must be on the China preset for --holidays to add to it.
  if (const std::string* holidays = args.value("holidays"))
    return as::Policy::from_json(doc, as::calendars::china_from_json(doc, as::calendars::CnHolidayFile::load(*holidays)));
  return as::Policy::from_json(doc);
}

void warn_if_calendar_ends_soon(const as::Store& store) {
  const as::Calendar& cal = store.policy().calendar();
  const std::optional<as::Date> horizon = cal.horizon();
  if (!horizon) return;
  const as::Date today = cal.local_date(store.now());
  const long left = (*horizon - today).days();
  if (left > horizon_warning_days) return;
  const std::string when = left < 0 ? "already past" : std::to_string(left) + " days from now";
  switch (cal.past_horizon()) {
    case as::PastHorizon::refuse:
      std::fprintf(stderr,
                   "aftersales: warning: the calendar's holidays are known until %s (%s); calls whose deadlines "
                   "reach past it are refused. Bring the next year's in with --holidays FILE once published, or "
                   "count past it with --past-horizon statutory (the statutory holidays the law fixes, without "
                   "the make-up days).\n",
                   as::format_date(*horizon).c_str(), when.c_str());
      break;
    case as::PastHorizon::weekly:
      std::fprintf(stderr,
                   "aftersales: warning: the calendar's holidays are known until %s (%s); past it every weekday "
                   "is a working day (--past-horizon weekly). --past-horizon statutory counts the statutory "
                   "holidays; --holidays FILE brings the next year's notice in once published.\n",
                   as::format_date(*horizon).c_str(), when.c_str());
      break;
    case as::PastHorizon::statutory:
      std::fprintf(stderr,
                   "aftersales: warning: the calendar's holidays are known until %s (%s); past it deadlines count "
                   "the statutory holidays only, the make-up days not yet published (--past-horizon statutory; "
                   "`aftersales calendar YEAR` shows them). Bring the next year's in with --holidays FILE once "
                   "published.\n",
                   as::format_date(*horizon).c_str(), when.c_str());
      break;
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
  if (r.remote > 0 || r.remote_resolved > 0)
    std::printf("remote    %lld handled by phone or remotely (apart from the visits' SLA): %lld within target, "
                "%lld breached; %lld resolved\n",
                static_cast<long long>(r.remote), static_cast<long long>(r.remote_met),
                static_cast<long long>(r.remote_breached), static_cast<long long>(r.remote_resolved));
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
    std::printf("  %-12s %12s %12s %12s\n", p.person.c_str(), as::format_yuan(p.bonus).c_str(),
                as::format_yuan(p.deducted).c_str(), as::format_yuan(p.carried).c_str());

  if (!r.billing_by_centre.empty()) {  // issue 28: only a store with bills shows the section
    std::printf("\nBilling (yuan; revenue, invoices and payments of the month; receivable at as_of)\n");
    std::printf("  %-12s %12s %12s %12s %12s %12s\n", "centre", "revenue", "invoiced", "collected", "receivable",
                "not charged");
    for (const as::BillingRow& b : r.billing_by_centre)
      std::printf("  %-12s %12s %12s %12s %12s %12s\n", b.centre.c_str(), as::format_yuan(b.revenue).c_str(),
                  as::format_yuan(b.invoiced).c_str(), as::format_yuan(b.collected).c_str(),
                  as::format_yuan(b.receivable).c_str(), as::format_yuan(b.not_charged).c_str());
  }

  std::printf("\nDispatch queue at %s: %zu calls waiting", local_text(cal, r.queue_at).c_str(), r.queue.size());
  for (std::size_t i = 0; i < std::min<std::size_t>(3, r.queue.size()); ++i)
    std::printf("%s%s", i == 0 ? ": " : ", ", store.call(r.queue[i]).voucher.c_str());
  std::printf("\n");
  // Issue 28, seeds/002 (二十三): the share of the month's calls surveyed.
  std::printf("Surveys: %lld of %lld calls surveyed by %s", static_cast<long long>(r.survey_coverage.surveyed),
              static_cast<long long>(r.survey_coverage.calls), local_text(cal, r.as_of).c_str());
  for (const as::SurveyCoverageRow& c : r.survey_coverage.by_centre)
    std::printf("%s%s %lld/%lld", &c == &r.survey_coverage.by_centre.front() ? "; " : ", ", c.key.c_str(),
                static_cast<long long>(c.surveyed), static_cast<long long>(c.calls));
  std::printf("\n");
}

int run_report(const Args& args) {
  const std::string* db = args.value("db");
  const std::string* month = args.value("month");
  if (db == nullptr) throw UsageError{"report", "--db FILE is required"};
  if (month == nullptr) throw UsageError{"report", "--month YYYY-MM is required"};
  if (!args.operands.empty()) throw UsageError{"report", "unexpected argument '" + args.operands.front() + "'"};
  const as::YearMonth ym = as::parse_year_month(*month, "month");
  as::StoreOptions options;
  options.mode = as::OpenMode::query_only;  // a report never writes, nor creates a file
  const as::Store store = as::Store::open(*db, load_policy(args), std::move(options));
  warn_if_calendar_ends_soon(store);
  std::optional<as::Instant> as_of;
  if (const std::string* text = args.value("as-of")) as_of = as::parse_instant(*text, store.policy().calendar(), "as-of");
  const as::MonthlyReport r = store.monthly_report(ym, as_of);
  if (args.flag("json")) std::printf("%s\n", as::to_json(r).c_str());
  else print_report(store, r);
  return 0;
}

}  // namespace cli
