#include <aftersales/calendars/cn.hpp>

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
  CalendarBuilder b;
  b.zone(zone).horizon(cn_horizon()).strict(strict);
  for (Weekday d : {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri}) b.week(d, hours);
  for (const CnDay& row : cn_days()) {
    Date d = date_from_yyyymmdd(row.yyyymmdd, "cn_holidays.csv");
    if (row.workday)
      b.workday(d, Weekday::mon);
    else
      b.holiday(d);
  }
  return b;
}

Calendar china(std::vector<Shift> hours, std::string_view zone, bool strict) {
  auto builder = china_builder(std::move(hours), zone, strict);
  try {
    return builder.build();
  } catch (const Error& e) {
    // The caller gave `hours`, not a week: name what they passed.
    for (const char* day : {"week.mon", "week.tue", "week.wed", "week.thu", "week.fri"})
      if (e.field().rfind(day, 0) == 0) throw e.renamed(day, "hours");
    throw;
  }
}

}  // namespace aftersales::calendars
