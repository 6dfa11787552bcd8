// demo: a month of repair calls on the mainland China calendar.
//
// Simulates the call register of a service centre from Saturday 2025-09-27 to
// Friday 2025-10-31: the make-up working Sunday 09-28, the National Day break
// 10-01..10-08 and the make-up Saturday 10-11. Calls come in urban and
// suburban, mostly in office hours, some at night, at weekends and inside the
// break; some get pauses (customer not at home); technicians arrive, most on
// time, some late. The report is made on Monday 2025-11-03 at noon, while
// Friday's calls are still being visited. The SLA verdicts come from
// aftersales::DispatchPolicy (urban 6 h, suburban 7 h of working time from
// call to arrival).
//
//   demo [--seed N] [--calls N]
//
// The output depends only on the seed and the number of calls: the draws use
// std::mt19937_64 (the same stream on every standard library) with our own
// integer arithmetic, not std::uniform_int_distribution (which differs).
#include <aftersales/aftersales.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

using namespace std::chrono;
namespace as = aftersales;
using as::Instant;

// ---- portable random draws -------------------------------------------------

class Draw {
 public:
  explicit Draw(std::uint64_t seed) : engine_(seed) {}
  // Uniform in [0, n), by rejection so that there is no modulo bias.
  std::int64_t below(std::int64_t n) {
    const auto un = static_cast<std::uint64_t>(n);
    const std::uint64_t reject_under = (std::numeric_limits<std::uint64_t>::max() - un + 1) % un;
    std::uint64_t x = engine_();
    while (x < reject_under) x = engine_();
    return static_cast<std::int64_t>(x % un);
  }
  // Uniform in [lo, hi].
  std::int64_t range(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }
  bool percent(int p) { return below(100) < p; }

 private:
  std::mt19937_64 engine_;
};

// ---- local civil time --------------------------------------------------------

local_days local_day(as::Date d) {
  return local_days{year{d.year()} / static_cast<int>(d.month().as_number()) /
                    static_cast<int>(d.day().as_number())};
}

Instant at_local(const as::Calendar& cal, as::Date d, minutes since_midnight) {
  return cal.to_utc(local_seconds{local_day(d)} + since_midnight);
}

// "2025-10-09 Thu 13:20" in the calendar's zone.
std::string format_local(const as::Calendar& cal, Instant t) {
  static constexpr const char* names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  const local_seconds lt = cal.to_local(t);
  const local_days day = floor<days>(lt);
  const year_month_day ymd{day};
  const hh_mm_ss hms{lt - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %s %02d:%02d", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                names[weekday{day}.c_encoding()], static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()));
  return buf;
}

// "6 h", "7 h 30 min".
std::string format_hours(as::Seconds s) {
  const long long m = duration_cast<minutes>(s).count();
  char buf[48];
  if (m % 60 == 0) std::snprintf(buf, sizeof buf, "%lld h", m / 60);
  else std::snprintf(buf, sizeof buf, "%lld h %lld min", m / 60, m % 60);
  return buf;
}

// ---- the simulated month ----------------------------------------------------

const as::Date kFirstDay(2025, 9, 27);  // Saturday before the make-up Sunday
const as::Date kLastDay(2025, 10, 31);
const as::Date kReportDay(2025, 11, 3);
const as::Date kBreakFirst(2025, 10, 1);
const as::Date kBreakLast(2025, 10, 8);

struct Call {
  std::string id;
  Instant received;
  std::string zone;
  std::vector<as::Pause> pauses;  // as known at the report time
  std::optional<Instant> dispatched;
  std::optional<Instant> arrival;  // empty: the technician has not arrived yet
  as::SlaStatus status;
};

// The instant the SLA clock (working time, stopped during pauses) reads `e`.
Instant when_clock_reads(const as::Calendar& cal, Instant from, const std::vector<as::Pause>& pauses,
                         as::Seconds e) {
  Instant t = from;
  for (const as::Pause& p : pauses) {
    const as::Seconds before = cal.between(t, p.start);
    if (e <= before) break;
    e -= before;
    t = *p.end;
  }
  return cal.add(t, e);
}

std::vector<Call> simulate(const as::DispatchPolicy& policy, std::uint64_t seed, int count, Instant now) {
  const as::Calendar& cal = policy.calendar();
  const Instant month_end = at_local(cal, kLastDay, hours{24});
  Draw draw(seed);

  // Households call on rest days too, less than on working days.
  std::vector<std::pair<as::Date, std::int64_t>> days;
  std::int64_t total_weight = 0;
  for (as::Date d = kFirstDay; d <= kLastDay; d += boost::gregorian::days(1)) {
    total_weight += cal.is_business_day(d) ? 10 : 4;
    days.emplace_back(d, total_weight);
  }

  std::vector<Call> calls;
  calls.reserve(static_cast<std::size_t>(count));
  for (int k = 0; k < count; ++k) {
    Call c;
    do {  // a call time inside the month and before the report
      const std::int64_t w = draw.below(total_weight);
      const as::Date day = std::upper_bound(days.begin(), days.end(), w,
                                            [](std::int64_t v, const auto& e) { return v < e.second; })
                               ->first;
      // 85 % in office hours 08:30-17:59, 10 % evening 18:00-22:59, 5 % night 23:00-08:29.
      const std::int64_t band = draw.below(100);
      const std::int64_t minute = band < 85   ? draw.range(8 * 60 + 30, 17 * 60 + 59)
                                  : band < 95 ? draw.range(18 * 60, 22 * 60 + 59)
                                              : (23 * 60 + draw.below(9 * 60 + 30)) % (24 * 60);
      c.received = at_local(cal, day, minutes{minute});
    } while (c.received >= month_end || c.received >= now);
    c.zone = draw.percent(65) ? "urban" : "suburban";

    // Customer not at home: 12 % of calls get one pause, 3 % two.
    const std::int64_t p = draw.below(100);
    const int pauses = p < 12 ? 1 : p < 15 ? 2 : 0;
    Instant t = c.received;
    for (int i = 0; i < pauses; ++i) {
      const Instant start = cal.add(t, minutes{draw.range(20, 180)});
      const Instant end = start + minutes{draw.range(30, 240)};
      c.pauses.push_back(as::Pause{start, end});
      t = end;
    }

    // Arrival: most on time, some late (suburban more often), measured on the
    // SLA clock so that pauses stop it.
    const auto target = duration_cast<minutes>(policy.target(c.zone));
    const bool late = draw.percent(c.zone == "urban" ? 8 : 14);
    const minutes on_clock = late ? target + minutes{draw.range(5, 300)}
                                  : minutes{draw.range(target.count() * 15 / 100, target.count() * 98 / 100)};
    const Instant arrival = when_clock_reads(cal, c.received, c.pauses, on_clock);
    std::erase_if(c.pauses, [&](const as::Pause& x) { return x.start >= arrival; });
    const Instant dispatched =
        std::max(cal.next_working(c.received), cal.add(arrival, -minutes{draw.range(30, 90)}));

    // What the register shows at the report time.
    if (arrival <= now) c.arrival = arrival;
    if (dispatched <= now) c.dispatched = dispatched;
    std::erase_if(c.pauses, [&](const as::Pause& x) { return x.start >= now; });
    for (as::Pause& x : c.pauses) {
      if (*x.end > now) x.end.reset();
    }
    calls.push_back(std::move(c));
  }

  std::stable_sort(calls.begin(), calls.end(),
                   [](const Call& a, const Call& b) { return a.received < b.received; });
  for (std::size_t i = 0; i < calls.size(); ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "C%04zu", i + 1);
    calls[i].id = id;
    calls[i].status = policy.status(calls[i].received, calls[i].zone, now, calls[i].pauses, calls[i].arrival);
  }
  return calls;
}

// ---- report -------------------------------------------------------------------

struct Tally {
  int calls = 0, met = 0, breached = 0, open = 0, arrived = 0;
  std::int64_t elapsed_s = 0;  // working seconds to arrival, arrived calls
  void add(const Call& c) {
    ++calls;
    if (c.status.state == as::SlaState::met) ++met;
    else if (c.status.state == as::SlaState::breached) ++breached;
    else ++open;
    if (c.arrival) {
      ++arrived;
      elapsed_s += c.status.elapsed.count();
    }
  }
};

void print_tally(const char* name, const Tally& t) {
  const int decided = t.met + t.breached;
  char compliance[16] = "-";
  if (decided > 0) std::snprintf(compliance, sizeof compliance, "%.1f %%", 100.0 * t.met / decided);
  char mean[16] = "-";
  if (t.arrived > 0) std::snprintf(mean, sizeof mean, "%.2f", static_cast<double>(t.elapsed_s) / t.arrived / 3600.0);
  std::printf("  %-9s %6d %6d %9d %5d %11s %12s\n", name, t.calls, t.met, t.breached, t.open, compliance, mean);
}

void report(const as::DispatchPolicy& policy, const std::vector<Call>& calls, std::uint64_t seed, Instant now) {
  const as::Calendar& cal = policy.calendar();
  std::printf("aftersales demo: a month of repair calls on the mainland China calendar\n");
  std::printf("calendar  %s, Mon-Fri 09:00-12:00 13:00-18:00, holidays and make-up days to %s\n",
              cal.zone().name().c_str(), as::format_date(*cal.horizon()).c_str());
  std::printf("targets  ");
  const char* sep = " ";
  for (const auto& [zone, target] : policy.targets()) {
    std::printf("%s%s %s", sep, zone.c_str(), format_hours(target).c_str());
    sep = ", ";
  }
  std::printf(" of working time from call to arrival\n");
  std::printf("calls     %zu received %s .. %s (seed %llu), report at %s\n", calls.size(),
              as::format_date(kFirstDay).c_str(), as::format_date(kLastDay).c_str(),
              static_cast<unsigned long long>(seed), format_local(cal, now).c_str());

  int in_hours = 0, rest_day = 0, in_break = 0, makeup = 0;
  for (const Call& c : calls) {
    const as::Date d = cal.local_date(c.received);
    const bool weekend = as::weekday_of(d) >= as::Weekday::sat;
    if (cal.is_working(c.received)) ++in_hours;
    if (!cal.is_business_day(d)) ++rest_day;
    if (d >= kBreakFirst && d <= kBreakLast) ++in_break;
    if (weekend && cal.is_business_day(d)) ++makeup;
  }
  std::printf("          %d in working hours, %d outside; %d on rest days, %d inside the National Day\n"
              "          break 10-01..10-08, %d on the make-up days 09-28 (Sun) and 10-11 (Sat)\n",
              in_hours, static_cast<int>(calls.size()) - in_hours, rest_day, in_break, makeup);

  std::printf("\nSLA compliance per zone (open = not arrived yet; compliance = met / (met + breached))\n");
  std::printf("  %-9s %6s %6s %9s %5s %11s %12s\n", "zone", "calls", "met", "breached", "open", "compliance",
              "mean wh");
  Tally all;
  for (const auto& entry : policy.targets()) {
    Tally t;
    for (const Call& c : calls) {
      if (c.zone == entry.first) t.add(c);
    }
    print_tally(entry.first.c_str(), t);
  }
  for (const Call& c : calls) all.add(c);
  print_tally("all", all);
  std::printf("  (mean wh: working hours from call to arrival, pauses excluded, arrived calls)\n");

  // The first working moment after the break: what the supervisor sees.
  const Instant reopen = cal.next_working(at_local(cal, kBreakLast, hours{24}));
  std::vector<as::QueuedCall> queue;
  int break_calls = 0, break_met = 0;
  for (const Call& c : calls) {
    queue.push_back({c.id, c.received, c.zone, c.dispatched});
    const as::Date d = cal.local_date(c.received);
    if (d >= kBreakFirst && d <= kBreakLast) {
      ++break_calls;
      if (c.status.state == as::SlaState::met) ++break_met;
    }
  }
  const std::vector<std::string> order = policy.dispatch_order(queue, reopen);
  std::printf("\nNational Day break: %d calls came in; their clocks started at %s; %d met the target\n",
              break_calls, format_local(cal, reopen).c_str(), break_met);
  std::printf("dispatch queue at %s: %zu calls waiting; first:", format_local(cal, reopen).c_str(), order.size());
  for (std::size_t i = 0; i < std::min<std::size_t>(5, order.size()); ++i) std::printf(" %s", order[i].c_str());
  std::printf("\n");

  std::printf("\nTen latest calls (local time, Asia/Shanghai)\n");
  std::printf("  %-6s %-20s %-9s %-20s %-20s %s\n", "id", "call", "zone", "deadline", "arrival", "state");
  for (std::size_t i = calls.size() > 10 ? calls.size() - 10 : 0; i < calls.size(); ++i) {
    const Call& c = calls[i];
    std::string state = as::to_string(c.status.state);
    if (c.status.at_risk) state += " (at risk)";
    std::printf("  %-6s %-20s %-9s %-20s %-20s %s\n", c.id.c_str(), format_local(cal, c.received).c_str(),
                c.zone.c_str(), format_local(cal, c.status.deadline).c_str(),
                c.arrival ? format_local(cal, *c.arrival).c_str() : "-", state.c_str());
  }
}

bool parse_number(std::string_view text, std::uint64_t& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
}

int usage(const char* why) {
  std::fprintf(stderr, "demo: error: %s\nusage: demo [--seed N] [--calls N]   (calls 1..1000000)\n", why);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t seed = 20251001;
  std::uint64_t count = 2000;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::printf("usage: demo [--seed N] [--calls N]\n"
                  "Simulates a month of repair calls on the China calendar and prints the SLA report.\n");
      return 0;
    }
    if ((arg != "--seed" && arg != "--calls") || i + 1 >= argc) return usage("unknown or incomplete option");
    std::uint64_t& target = arg == "--seed" ? seed : count;
    if (!parse_number(argv[++i], target)) return usage("expected a non-negative integer");
  }
  if (count < 1 || count > 1000000) return usage("--calls out of range");

  try {
    const as::DispatchPolicy policy(as::calendars::china());
    // The report: Monday noon after the month, when Friday's calls are still
    // being visited.
    const Instant now = at_local(policy.calendar(), kReportDay, hours{12});
    const std::vector<Call> calls = simulate(policy, seed, static_cast<int>(count), now);
    report(policy, calls, seed, now);
  } catch (const std::exception& e) {  // aftersales::Error names the field and value
    std::fprintf(stderr, "demo: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
