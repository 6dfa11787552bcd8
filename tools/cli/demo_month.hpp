// What the demo's parts share (demo.cpp, demo_complaints.cpp): the seeded
// draw and the complaint month of issue 29.
#pragma once
#include "cli.hpp"

#include <chrono>
#include <cstdint>
#include <limits>
#include <random>

namespace cli {

// The demo's draws: std::mt19937_64 with our own integer arithmetic, so the
// output depends only on the seed and the number of calls.
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

// The instant of a local time of day on `d` in the calendar's zone.
inline as::Instant at_local(const as::Calendar& cal, as::Date d, std::chrono::minutes since_midnight) {
  using namespace std::chrono;
  const local_days day{year{d.year()} / static_cast<int>(d.month().as_number()) /
                       static_cast<int>(d.day().as_number())};
  return cal.to_utc(local_seconds{day} + since_midnight);
}

// ---- the complaint month (demo_complaints.cpp; issue 29, seeds/002 客戶投訴
// (九)1-11, (七)3(5), 家電 (二十六)(二十八), 行政處罰準則 (四)-(六))

// A complaint about call `c`, finished at `done` (a late visit makes one
// likelier): opened when sales takes it in, accepted by the general
// manager's office a few working hours later, its form's facts recorded at
// intake. Counts it in `complaints`.
void open_call_complaint(as::Store& store, Draw& draw, const as::Calendar& cal, const as::ServiceCall& c,
                         as::Instant done, as::Instant now, int& complaints);

// Works every complaint of the store through its stages up to `now`: the
// departments' entries, R&D when a case calls for it, the approval at the
// level the decision needs, improvements, the supervisor's visits and the
// customer told, responsibility and charges; the dealers' batch complaints
// of its own; then the administrative penalties of the month (a major
// demerit, settled, and a warning). Returns the complaints it opened.
int work_complaints(as::Store& store, Draw& draw, const as::Calendar& cal, as::Instant now);

// The month's complaint figures as the store gives them back (register,
// approvals, improvements, statistics) as of `as_of`, before the report.
void print_complaint_month(const as::Store& store, as::YearMonth month, as::Instant as_of);

}  // namespace cli
