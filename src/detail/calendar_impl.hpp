#pragma once
#include <aftersales/calendar.hpp>

#include "detail/zone.hpp"

#include <atomic>
#include <cstdint>
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
  std::int64_t total() const noexcept { return cum.back(); }
  std::int32_t ndays() const noexcept { return static_cast<std::int32_t>(day_first.size()) - 1; }
  // Working seconds of this chunk before instant t.
  std::int64_t worked_before(std::int64_t t) const noexcept;
  // Index of the first interval whose start is > t (0..n).
  std::size_t first_starting_after(std::int64_t t) const noexcept;
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
  bool strict = false;
  std::int64_t horizon_end = 0;  // UTC instant of local midnight after the horizon

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
  int year_index(std::int64_t t, const char* field) const;
  int year_index_of_day(std::int64_t day, const char* field) const;
  const YearChunk& chunk(int year_index) const;
  // Working seconds of the shifts opening in that local year.
  std::int64_t year_total(int year_index) const;
  // Strict horizon: time up to t must be known; messages show `shown` (the
  // caller's instant) when given.
  void check_instant(std::int64_t t, const char* field, std::optional<std::int64_t> shown = {}) const;
  void check_day(std::int64_t day, const char* field) const;
  // "2026-01-01T01:00:00 Asia/Shanghai (2025-12-31T17:00:00Z)", for messages.
  std::string describe(std::int64_t t) const;

 private:
  std::array<std::int64_t, years + 1> year_begin_{};  // UTC of local Jan 1 00:00
  mutable std::array<std::atomic<const YearChunk*>, years> chunks_{};
  // Year totals in one flat array, so that spans of many years cost one cache
  // line rather than a pointer chase per year. -1 until known.
  mutable std::array<std::atomic<std::int64_t>, years> totals_;
  std::unique_ptr<YearChunk> build_chunk(int year_index) const;
};

}  // namespace aftersales::detail
