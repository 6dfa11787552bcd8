#include <aftersales/calendars/cn.hpp>

#include "detail/calendar_impl.hpp"

namespace aftersales::calendars {

namespace generated {
extern const CnDay cn_table[];
extern const std::size_t cn_table_size;
}  // namespace generated

std::span<const CnDay> cn_days() noexcept { return {generated::cn_table, generated::cn_table_size}; }

// The table covers whole years: its horizon is the end of its last year.
Date cn_horizon() noexcept {
  auto days = cn_days();
  return Date(static_cast<unsigned short>(days.back().yyyymmdd / 10000), 12, 31);
}

std::vector<Shift> cn_default_hours() {
  return {Shift{std::chrono::hours(9), std::chrono::hours(12)}, Shift{std::chrono::hours(13), std::chrono::hours(18)}};
}

CalendarBuilder china_builder(std::vector<Shift> hours, std::string_view zone, bool strict) {
  detail::to_spans(hours, "hours");  // errors name what the caller passed, not week.mon
  CalendarBuilder b;
  b.zone(zone).horizon(cn_horizon()).strict(strict);
  for (Weekday d : {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri}) b.week(d, hours);
  for (const CnDay& row : cn_days()) {
    Date d = date_from_yyyymmdd(row.yyyymmdd, "cn_holidays.csv");
    if (row.workday)
      b.workday(d);  // with the default weekday's shifts
    else
      b.holiday(d);
  }
  detail::CalendarImpl::mark_preset(b);
  return b;
}

Calendar china(std::vector<Shift> hours, std::string_view zone, bool strict) {
  return china_builder(std::move(hours), zone, strict).build();
}

CalendarBuilder china_builder(const CnHolidayFile& file, std::vector<Shift> hours, std::string_view zone,
                              bool strict) {
  CalendarBuilder b = china_builder(std::move(hours), zone, strict);
  // The file was checked against the table when it was read: its rows only add.
  b.horizon(file.horizon());
  for (const CnFileDay& row : file.added()) {
    if (row.workday)
      b.workday(row.date);
    else
      b.holiday(row.date);
  }
  detail::CalendarImpl::mark_preset(b);  // the caller's own holidays still count from 0
  return b;
}

Calendar china(const CnHolidayFile& file, std::vector<Shift> hours, std::string_view zone, bool strict) {
  return china_builder(file, std::move(hours), zone, strict).build();
}

CalendarBuilder china_builder(std::vector<Shift> hours, std::string_view zone, PastHorizon past_horizon) {
  CalendarBuilder b = china_builder(std::move(hours), zone, true);
  b.past_horizon(past_horizon);
  return b;
}

Calendar china(std::vector<Shift> hours, std::string_view zone, PastHorizon past_horizon) {
  return china_builder(std::move(hours), zone, past_horizon).build();
}

// The provisional days start after the builder's horizon, which the file
// moved: a year the file covers has none of them.
CalendarBuilder china_builder(const CnHolidayFile& file, std::vector<Shift> hours, std::string_view zone,
                              PastHorizon past_horizon) {
  CalendarBuilder b = china_builder(file, std::move(hours), zone, true);
  b.past_horizon(past_horizon);
  return b;
}

Calendar china(const CnHolidayFile& file, std::vector<Shift> hours, std::string_view zone, PastHorizon past_horizon) {
  return china_builder(file, std::move(hours), zone, past_horizon).build();
}

}  // namespace aftersales::calendars
