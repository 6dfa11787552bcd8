#pragma once
#include <aftersales/calendar.hpp>

#include "detail/zone.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace aftersales::detail {

// Days since 1970-01-01 (negative before).
std::int64_t day_number(Date d) noexcept;
Date date_from_day_number(std::int64_t n) noexcept;

// A shift reduced to what arithmetic needs.
struct Span {
  std::int32_t open;    // seconds after local midnight
  std::int32_t length;  // civil seconds, 1..86400
};

// The working intervals (UTC) of all shifts opening on the local dates of one
// year, with prefix sums, so that arithmetic inside a year is a binary search
// and across years a sum of totals.
struct YearChunk {
  std::vector<std::int64_t> start, end;
  std::vector<std::int64_t> cum;            // cum[i] = work before interval i; cum[n] = total
  std::vector<std::uint32_t> day_first;     // first interval opening on day k; [ndays] = n
  std::vector<std::uint16_t> bday_cum;      // business days before day k; [ndays] = total
  std::int64_t first_day = 0;               // day number of Jan 1
  std::int64_t first_utc = 0;               // UTC of local Jan 1 00:00
  // Per month: first interval opening in it, and the work before it, so that
  // finding where an amount of work runs out searches one month, not a year.
  std::array<std::uint32_t, 13> month_first{};
  std::array<std::int64_t, 13> month_cum{};
  std::int64_t total() const noexcept { return cum.back(); }
  std::int32_t ndays() const noexcept { return static_cast<std::int32_t>(day_first.size()) - 1; }
  // Working seconds of this chunk before instant t.
  std::int64_t worked_before(std::int64_t t) const noexcept;
  // Index of the first interval whose start is > t (0..n).
  std::size_t first_starting_after(std::int64_t t) const noexcept;
  // The interval in which the w-th second of work ends (0 < w <= total), and
  // the one in which the second after w of work begins (0 <= w < total).
  std::size_t interval_ending_work(std::int64_t w) const noexcept;
  std::size_t interval_starting_work(std::int64_t w) const noexcept;
};

enum class DayKind : std::uint8_t { holiday, workday, explicit_shifts };
struct DayRule {
  std::int64_t day;  // day number
  DayKind kind;
  Weekday as;                 // workday: shifts of this weekday
  std::vector<Span> shifts;   // explicit_shifts
};

// Validates shifts (naming `field`), sorted by opening.
std::vector<Span> to_spans(const std::vector<Shift>& shifts, const std::string& field);
inline constexpr std::int64_t day_s = 86400;  // seconds in a civil day
// The weekday (Monday = 0) of a day number; 1970-01-01 was a Thursday.
inline int weekday_of_day(std::int64_t day) noexcept { return static_cast<int>(((day % 7) + 7 + 3) % 7); }
// Error(out_of_range) naming `field` for a date outside min_year..max_year.
void check_date_range(Date d, const std::string& field);

class CalendarImpl {
 public:
  // Marks the holidays added so far as a preset's, so that errors count the
  // caller's holidays from 0.
  static void mark_preset(CalendarBuilder& b) noexcept { b.preset_holidays_ = b.holidays_.size(); }

  static constexpr int first_year = min_year;
  static constexpr int years = max_year - min_year + 1;

  CalendarImpl(const CalendarBuilder& b);  // validates; throws Error
  ~CalendarImpl();
  CalendarImpl(const CalendarImpl&) = delete;
  CalendarImpl& operator=(const CalendarImpl&) = delete;

  static const CalendarImpl& of(const Calendar& c) noexcept { return *c.impl_; }
  static Calendar wrap(std::shared_ptr<const CalendarImpl> impl) { return Calendar(std::move(impl)); }

  TimeZone zone;
  std::shared_ptr<const Zone> raw_zone;
  std::array<std::vector<Span>, 7> week;
  std::vector<DayRule> rules;  // sorted by day, at most one per day
  std::optional<Date> horizon;
  PastHorizon mode = PastHorizon::weekly;
  bool strict = false;  // refuses past limit_day: mode refuse or statutory
  std::int64_t horizon_day = std::numeric_limits<std::int64_t>::max();  // day number; max: none
  int search_last_year = years - 1;   // the last year searches look at
  // What a strict calendar refuses past: the horizon (refuse) or the last
  // provisional date (statutory).
  std::int64_t limit_day = std::numeric_limits<std::int64_t>::max();
  int limit_year = years - 1;    // year index of limit_day
  std::int64_t limit_end = 0;    // UTC end of limit_day's shifts (or of its midnight)
  // Statutory mode: the provisional days off after the horizon (day numbers,
  // sorted), and their last year.
  std::vector<std::int64_t> provisional_off;
  int provisional_last_year = 0;

  // Shifts opening on a day number, after the date rules.
  const std::vector<Span>& shifts_of(std::int64_t day) const noexcept;
  const DayRule* rule_of(std::int64_t day) const noexcept;

  std::int64_t add(std::int64_t t, std::int64_t d) const;
  std::int64_t between(std::int64_t a, std::int64_t b) const;
  bool is_working(std::int64_t t) const;
  std::int64_t next_working(std::int64_t t) const;
  std::int64_t working_day(std::int64_t t) const;
  bool is_business_day(std::int64_t day) const;
  std::int64_t advance(std::int64_t day, int n) const;
  std::int64_t business_days_between(std::int64_t a, std::int64_t b) const;

  // Index of the local year (0 = 1970) of instant t; throws out_of_range naming field.
  int year_index(std::int64_t t, const char* field) const {
    // Years are 365 or 366 days: estimate, then step to the exact year.
    constexpr std::int64_t mean_year = 31556952;  // 365.2425 days
    if (t < year_begin_[0] || t >= year_begin_[years]) instant_out_of_range(t, field);
    std::int64_t y = std::min<std::int64_t>((t - year_begin_[0]) / mean_year, years - 1);
    while (t < year_begin_[static_cast<std::size_t>(y)]) --y;
    while (t >= year_begin_[static_cast<std::size_t>(y) + 1]) ++y;
    return static_cast<int>(y);
  }
  int year_index_of_day(std::int64_t day, const char* field) const;
  const YearChunk& chunk(int year_index) const {
    const YearChunk* c = chunks_[static_cast<std::size_t>(year_index)].load(std::memory_order_acquire);
    return c ? *c : publish_chunk(year_index);
  }
  // Strict horizon: time up to t must be known; messages show `shown` (the
  // caller's instant) when given.
  void check_instant(std::int64_t t, const char* field, std::optional<std::int64_t> shown = {}) const {
    if (strict && t > limit_end) past_horizon(t, field, shown);
  }
  void check_day(std::int64_t day, const char* field) const;
  // "the calendar's horizon 2026-12-31 (strict calendar)" or the statutory
  // mode's last provisional date, for messages.
  std::string limit_text() const;
  // "2026-01-01T01:00:00 Asia/Shanghai (2025-12-31T17:00:00Z)", for messages.
  std::string describe(std::int64_t t) const;

  // Working seconds of the shifts opening in that local year.
  std::int64_t year_total(int yi) const { return summary(yi).total.load(std::memory_order_relaxed); }
  // Working seconds of that year's shifts before t; answers from the flat
  // summary when t is before or after all of them.
  std::int64_t worked_before(int yi, std::int64_t t) const {
    const YearSummary& sum = summary(yi);
    if (t <= sum.first_start.load(std::memory_order_relaxed)) return 0;
    if (t >= sum.last_end.load(std::memory_order_relaxed)) return sum.total.load(std::memory_order_relaxed);
    return chunk(yi).worked_before(t);
  }

 private:
  std::array<std::int64_t, years + 1> year_begin_{};  // UTC of local Jan 1 00:00
  mutable std::array<std::atomic<const YearChunk*>, years> chunks_{};
  // Per year, in one flat array: the total, the first opening and the last
  // close, so spans of many years and instants outside a year's intervals
  // cost no pointer chase. total is -1 until known; it is stored last
  // (release), the bounds before it. Threads may fill a year at the same
  // time, with the same values.
  struct YearSummary {
    std::atomic<std::int64_t> total{-1}, first_start{0}, last_end{0};
  };
  mutable std::array<YearSummary, years> summary_;
  const YearSummary& summary(int yi) const {
    const YearSummary& sum = summary_[static_cast<std::size_t>(yi)];
    return sum.total.load(std::memory_order_acquire) >= 0 ? sum : fill_summary(yi);
  }
  const YearSummary& fill_summary(int yi) const;
  const YearChunk& publish_chunk(int yi) const;
  [[noreturn]] void instant_out_of_range(std::int64_t t, const char* field) const;
  [[noreturn]] void past_horizon(std::int64_t t, const char* field, std::optional<std::int64_t> shown) const;
  std::unique_ptr<YearChunk> build_chunk(int year_index) const;
  // Statutory mode: provisional_off and the limit (calendar_provisional.cpp).
  void init_provisional();
};

}  // namespace aftersales::detail
