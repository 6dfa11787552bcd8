#pragma once
#include <aftersales/calendar.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace aftersales::calendars {

// One row of data/cn_holidays.csv (State Council notices, 2004-01-01 ..
// 2026-12-31). `workday` rows are Saturdays/Sundays announced as working days.
struct CnDay {
  std::int32_t yyyymmdd;
  bool workday;
  std::string_view name;
};

// The table generated from data/cn_holidays.csv at build time, ordered by date.
std::span<const CnDay> cn_days() noexcept;
// Last date the table is known for (2026-12-31). December dates may still
// change with the next year's notice.
Date cn_horizon() noexcept;
// Mon-Fri 09:00-12:00 and 13:00-18:00.
std::vector<Shift> cn_default_hours();

// The mainland China calendar: `hours` Monday to Friday, holidays and make-up
// days from the table (a make-up day works with Monday's hours), horizon
// 2026-12-31, strict by default.
Calendar china(std::vector<Shift> hours = cn_default_hours(),
               std::string_view zone = default_zone, bool strict = true);
// The same rules as a builder, to add company-specific dates.
CalendarBuilder china_builder(std::vector<Shift> hours = cn_default_hours(),
                              std::string_view zone = default_zone, bool strict = true);

}  // namespace aftersales::calendars
