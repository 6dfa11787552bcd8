#pragma once
// Inputs shared by the benchmark programs: many different start points, so
// that a figure is not the cost of one cached case. Deterministic (a fixed
// splitmix64 stream), so runs compare.
#include <aftersales/calendar.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace bench {

using namespace std::chrono;
using aftersales::Calendar;
using aftersales::Date;
using aftersales::Instant;

// Power of two: the loops cycle with `i & (kInputs - 1)`.
inline constexpr std::size_t kInputs = 1024;

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // In [0, n); the tiny modulo bias does not matter for benchmark inputs.
  std::int64_t below(std::int64_t n) { return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n)); }

 private:
  std::uint64_t state_;
};

// A local date in [first, first + span_days).
inline Date random_date(SplitMix64& rng, Date first, std::int64_t span_days) {
  return first + boost::gregorian::date_duration(static_cast<long>(rng.below(span_days)));
}

inline local_seconds local_midnight(Date d) {
  const year_month_day ymd{year{d.year()}, month{static_cast<unsigned>(d.month().as_number())},
                           day{static_cast<unsigned>(d.day().as_number())}};
  return local_seconds{local_days{ymd}.time_since_epoch()};
}

// kInputs instants in 2010-01-01 .. 2015-12-31 local time: even entries fall
// inside a shift of a business day, odd ones anywhere in the day (so mostly
// nights, weekends and holidays).
inline std::vector<Instant> start_instants(const Calendar& cal, std::uint64_t seed = 2010) {
  SplitMix64 rng(seed);
  const Date first(2010, 1, 1);
  const std::int64_t span = (Date(2016, 1, 1) - first).days();
  std::vector<Instant> out;
  out.reserve(kInputs);
  while (out.size() < kInputs) {
    const Date d = random_date(rng, first, span);
    if (out.size() % 2 == 0) {
      const auto shifts = cal.shifts_on(d);
      if (shifts.empty()) continue;
      const auto& s = shifts[static_cast<std::size_t>(rng.below(static_cast<std::int64_t>(shifts.size())))];
      const seconds at = s.open + seconds{rng.below(s.length().count())};
      out.push_back(cal.to_utc(local_midnight(d) + at));
    } else {
      out.push_back(cal.to_utc(local_midnight(d) + seconds{rng.below(86400)}));
    }
  }
  return out;
}

// kInputs civil dates in [first, first + span_days).
inline std::vector<Date> start_dates(Date first, std::int64_t span_days, std::uint64_t seed = 2010) {
  SplitMix64 rng(seed);
  std::vector<Date> out;
  out.reserve(kInputs);
  while (out.size() < kInputs) out.push_back(random_date(rng, first, span_days));
  return out;
}

}  // namespace bench
