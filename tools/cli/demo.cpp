// `aftersales demo`: a month of a service centre written into a new store.
// The output depends only on the seed and the number of calls: the draws
// use std::mt19937_64 with our own integer arithmetic.
#include "cli.hpp"
#include "demo_month.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <random>
#include <string>
#include <system_error>
#include <unistd.h>

namespace cli {

namespace {

using namespace std::chrono;
using as::Instant;
namespace fs = std::filesystem;

// ---------------------------------------------------------------- the demo month

const as::Date kFirstDay(2025, 10, 1);
const as::Date kLastDay(2025, 10, 31);

struct Staff {
  std::vector<std::string> urban{"T01", "T02", "T03", "T04", "T05", "T06"};
  std::vector<std::string> suburban{"T07", "T08", "T09", "T10"};
};

// The customer's card (seeds/002 (二十四): every call of the day, no
// sampling), asked `asked`; a dissatisfied card becomes a complaint
// (二十三). Returns whether it was recorded.
bool survey(as::Store& store, Draw& draw, const as::ServiceCall& c, Instant asked, Instant now, bool late,
            int& complaints) {
  if (asked >= now || !draw.percent(95)) return false;
  const auto level = [&](int good) { return draw.percent(good) ? draw.range(3, 4) : draw.range(1, 2); };
  const std::int64_t scores[] = {level(92), level(90), level(late ? 60 : 90), level(93)};
  // Dissatisfied: an answer at or below the policy's level (service.survey_complaint_level).
  const bool unhappy = *std::min_element(std::begin(scores), std::end(scores)) <=
                       store.policy().service().survey_complaint_level;
  const as::SurveyAnswers answers = as::survey_answers(scores[0], scores[1], scores[2], scores[3]);
  store.record_survey(c.id, answers, "customer", asked, unhappy ? (late ? "waited too long" : "not satisfied") : "");
  if (unhappy && draw.percent(10) && asked + hours{2} < now) {
    store.open_survey_complaint(c.id, asked + hours{2});
    ++complaints;
  }
  return true;
}

// The call's bill once its work is done (seeds/002 (十)(十三)): collected on
// the spot when small, else invoiced that day (now and then a day late) and
// paid by card or transfer within three weeks, some still owed at the end.
void bill(as::Store& store, Draw& draw, const as::ServiceCall& c, Instant done, Instant now) {
  const Instant billed = done + minutes{10};
  if (billed >= now) return;
  const as::Bill b = store.bill_call(c.id, billed);
  if (b.settlement == as::BillSettlement::on_the_spot) {
    store.record_payment(c.id, as::PaymentMethod::cash, b.total, billed);
    return;
  }
  if (b.settlement != as::BillSettlement::invoice) return;
  const Instant invoiced = draw.percent(95) ? billed + minutes{draw.range(10, 120)} : billed + hours{draw.range(20, 30)};
  if (invoiced >= now) return;
  store.issue_invoice(c.id, invoiced);
  const Instant paid = invoiced + hours{draw.range(2, 20 * 24)};
  if (paid >= now || draw.percent(10)) return;
  store.record_payment(c.id, draw.percent(60) ? as::PaymentMethod::transfer : as::PaymentMethod::card, b.total, paid);
}

// One call's life, each step at its time when that time is before `now`.
void live(as::Store& store, Draw& draw, const as::Calendar& cal, const as::ServiceCall& c, const Staff& staff,
          Instant now, int& complaints) {
  const auto& pool = c.zone == "urban" ? staff.urban : staff.suburban;
  const std::string tech = pool[static_cast<std::size_t>(draw.below(static_cast<std::int64_t>(pool.size())))];
  Instant t = cal.next_working(c.received) + minutes{draw.range(5, 90)};
  if (draw.percent(12)) {  // tried by phone first (seeds/003 2.2, 001 电话技术服务)
    const Instant contact = cal.next_working(c.received) + minutes{draw.range(5, 70)};
    const bool solved = draw.percent(70);
    if (contact >= now) return;
    const as::RemoteMethod how = draw.percent(33) ? as::RemoteMethod::remote : as::RemoteMethod::phone;
    if (solved) {
      const Instant resolved = contact + minutes{draw.range(10, 200)};
      if (resolved >= now) {
        store.record_remote_attempt(c.id, tech, how, contact);
        return;
      }
      store.resolve_remotely(c.id, tech, how, contact, resolved);
      survey(store, draw, c, resolved + hours{draw.range(20, 50)}, now, false, complaints);
      return;
    }
    store.record_remote_attempt(c.id, tech, how, contact);
    t = std::max(t, contact + minutes{draw.range(10, 30)});
  }
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
    // The supervisor inspects the repair before the goods go back (十二);
    // now and then a repair runs past its promised date (十四).
    if (draw.percent(10)) done += days{static_cast<int>(draw.range(3, 6))};
    if (done >= now) return;
    store.inspect_repair(c.id, c.centre == "city" ? "S01" : "S02", done - minutes{30});
    store.return_goods(c.id, done, true);
    bill(store, draw, c, done, now);
  } else {
    if (done >= now) return;
    store.record_labour(c.id, tech, cal.local_date(arrival), done - arrival, "repaired on site");
    // A part now and then; seeds/002 第三篇's TV board is 2,000 yuan.
    if (draw.percent(30))
      store.record_part(c.id, draw.percent(10) ? "main board" : "fuse", 1, draw.percent(10) ? 200000 : draw.range(5, 80) * 100);
    store.complete_on_site(c.id, done, !draw.percent(3));
    bill(store, draw, c, done, now);
  }
  survey(store, draw, c, done + hours{draw.range(20, 50)}, now, late, complaints);
  // Now and then a complaint; demo_complaints.cpp works it through the form's stages.
  if (draw.percent(late ? 6 : 1)) open_call_complaint(store, draw, cal, c, done, now, complaints);
}

// Writes the month into `store`; returns the number of complaints.
int write_month(as::Store& store, const as::Calendar& cal, Instant now, std::uint64_t seed, int count) {
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
  // Each centre's supervisor (服務主任), who inspects repairs before return.
  store.appoint_supervisor("city", "S01");
  store.appoint_supervisor("county", "S02");
  const Staff staff;
  int complaints = 0;
  for (const as::ServiceCall& c : calls) live(store, draw, cal, c, staff, now, complaints);
  // (二十三): the cards go to all of the day's calls, not only the finished
  // ones: a call still waiting, visited or in the workshop gets its card the
  // next working morning (the finished ones got theirs after the job).
  for (as::Date d = kFirstDay; d <= kLastDay; d += boost::gregorian::days(1))
    for (const as::UnsurveyedCall& u : store.unsurveyed_calls(d)) {
      if (u.state == as::CallState::completed || u.state == as::CallState::returned ||
          u.state == as::CallState::resolved_remotely)
        continue;
      const Instant asked = cal.next_working(at_local(cal, d + boost::gregorian::days(1), hours{9})) +
                            minutes{draw.range(0, 240)};
      survey(store, draw, store.call(u.call_id), asked, now, false, complaints);
    }
  // The complaints through the form's stages, with their approvals,
  // improvements, contacts and penalties (issue 29).
  complaints += work_complaints(store, draw, cal, now);
  // October's bonuses are settled on November's payday.
  for (const char* tech : {"T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10"})
    store.settle_penalties(tech, as::YearMonth{2025, 10}, draw.range(1500, 4000) * 100);

  return complaints;
}

// A file of the demo's own, removed unless it is kept (and so on failure).
class ScratchStore {
 public:
  explicit ScratchStore(fs::path path) : path_(std::move(path)) { remove(); }
  ~ScratchStore() {
    if (!kept_) remove();
  }
  ScratchStore(const ScratchStore&) = delete;
  ScratchStore& operator=(const ScratchStore&) = delete;
  const fs::path& path() const { return path_; }
  void keep() { kept_ = true; }

 private:
  void remove() const noexcept {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path_.string() + suffix, ignored);
  }
  fs::path path_;
  bool kept_ = false;
};

// An existing target may be replaced only with --force and only when an
// earlier demo wrote it; anything else is refused and left as it was.
void check_replaceable(const std::string& path, bool force) {
  std::error_code ec;
  const fs::file_status st = fs::symlink_status(path, ec);
  if (!fs::exists(st)) return;
  if (!force)
    throw as::Error(as::ErrorCode::state, "db",
                    "'" + path + "' exists; the demo writes a new store (--force replaces a store an earlier demo wrote)");
  if (!fs::is_regular_file(st))
    throw as::Error(as::ErrorCode::state, "db", "'" + path + "' is not a regular file; it is left as it was");
  std::optional<std::string> made_by;
  try {
    as::StoreOptions options;
    options.mode = as::OpenMode::query_only;
    made_by = as::Store::open(path, as::Policy::default_policy(as::calendars::china()), std::move(options))
                  .property(demo_made_by_property);
  } catch (const as::Error& e) {
    throw as::Error(as::ErrorCode::state, "db",
                    "'" + path + "' is not a store the demo wrote (" + e.message() + "); it is left as it was" +
                        (is_older_store(e) ? " (an older demo's store: aftersales upgrade --db FILE, then --force)" : ""));
  }
  if (made_by != demo_made_by)
    throw as::Error(as::ErrorCode::state, "db",
                    "'" + path + "' is an aftersales store the demo did not write; it is left as it was");
}

}  // namespace

int run_demo(const Args& args) {
  const std::string* db = args.value("db");
  const std::string path = db != nullptr ? *db : "demo.db";
  const std::uint64_t seed = number_option(args, "seed", 20251001, "demo");
  const std::uint64_t count = number_option(args, "calls", 2000, "demo");
  if (count < 1 || count > 100000) throw UsageError{"demo", "--calls " + std::to_string(count) + " is not in 1..100000"};
  if (!args.operands.empty()) throw UsageError{"demo", "unexpected argument '" + args.operands.front() + "'"};
  check_replaceable(path, args.flag("force"));

  const as::Policy policy = load_policy(args);
  const as::Calendar& cal = policy.calendar();
  // The month is lived up to Monday noon after it, when Friday's calls are
  // still being visited.
  const Instant now = at_local(cal, as::Date(2025, 11, 3), hours{12});
  // Written beside the target and moved into place when whole: a failed
  // run leaves neither a half month nor a removed store.
  const fs::path target(path);
  std::error_code ec;
  if (!target.parent_path().empty() && !fs::is_directory(target.parent_path(), ec))
    throw as::Error(as::ErrorCode::storage, "db",
                    "'" + path + "' cannot be created: the directory '" + target.parent_path().string() +
                        "' does not exist");
  ScratchStore scratch(target.parent_path() /
                       ("." + target.filename().string() + ".demo-" + std::to_string(::getpid())));
  int complaints = 0;
  {
    as::StoreOptions options;
    options.clock = [now] { return now; };
    // A scratch file, moved into place only when whole and closed (the
    // close checkpoints and syncs it): a commit need not reach the disk
    // before the next one, which keeps the month's thousands of them quick.
    options.synchronous_full = false;
    as::Store store = as::Store::open(scratch.path().string(), policy, std::move(options));
    complaints = write_month(store, cal, now, seed, static_cast<int>(count));
    store.set_property(demo_made_by_property, demo_made_by);
  }  // closed: the WAL is checkpointed into the file and removed
  for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(path + suffix);
  fs::rename(scratch.path(), target);
  scratch.keep();

  as::StoreOptions options;
  options.mode = as::OpenMode::query_only;
  const as::Store store = as::Store::open(path, policy, std::move(options));
  std::printf("aftersales demo: a month of a service centre, October 2025, China calendar (seed %llu)\n",
              static_cast<unsigned long long>(seed));
  std::printf("store     %s: %llu calls, %d complaints\n", path.c_str(), static_cast<unsigned long long>(count),
              complaints);
  warn_if_calendar_ends_soon(store);
  print_complaint_month(store, as::YearMonth{2025, 10}, now);  // before the report, which `aftersales report` repeats
  // The default as_of, as `aftersales report` takes it: the same numbers.
  print_report(store, store.monthly_report(as::YearMonth{2025, 10}));
  return 0;
}

}  // namespace cli
