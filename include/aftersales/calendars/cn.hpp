#pragma once
#include <aftersales/calendar.hpp>

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
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
// The same with a choice of what happens past the horizon (PastHorizon:
// refuse is strict = true, weekly strict = false; statutory extends the
// calendar with the statutory holidays of the law in force, through 2100).
Calendar china(std::vector<Shift> hours, std::string_view zone, PastHorizon past_horizon);
CalendarBuilder china_builder(std::vector<Shift> hours, std::string_view zone, PastHorizon past_horizon);

// One row of a holiday file, with the line it was read from.
struct CnFileDay {
  Date date;
  bool workday = false;
  std::string name;
  std::size_t line = 0;  // 1-based; the header is line 1
};

// A holiday file in the format of data/cn_holidays.csv, read at run time to
// bring in a notice the library was built without (next year's), so that
// the China preset runs past its built-in horizon without a rebuild.
//
// Format: the header `date,kind,name`, then one row per date: YYYY-MM-DD,
// `holiday` or `workday` (a Saturday or Sunday announced as a working day),
// a non-empty name (the third column; quoted when it holds a comma, as a
// spreadsheet writes it, "" for a quote inside). Rows in any order;
// a UTF-8 byte-order mark, CRLF line ends, blank lines and spaces around
// the date and kind are accepted.
//
// Against the built-in table:
// - a row for a date up to the built-in horizon repeats a table row (same
//   date and kind; accepted, no effect) or is refused: the shipped years
//   are checked against the notices and change only with a release (a rare
//   amendment, like the 2020 Spring Festival extension, goes into the
//   calendar's own dates meanwhile). The one exception is December of the
//   table's last year, where the next notice may add days (the 2008 and
//   2019 notices did), so rows there that the table lacks are added;
// - each year after the built-in horizon that the file adds must have a
//   holiday row for every day the law fixes on a Gregorian date (全国年节及
//   纪念日放假办法, 国务院令第795号, art. 2): 1 January, 1 and 2 May, 1, 2
//   and 3 October. A year lacking one is not a whole notice (a file with
//   only 1 January would leave Spring Festival and National Day working
//   days), and a gap year would otherwise run on plain weeks. The lunar
//   festivals (Spring Festival, Qingming, Dragon Boat, Mid-Autumn) and the
//   make-up days cannot be checked without the lunar calendar: the file
//   must carry the whole notice.
// The horizon becomes 31 December of the latest year in the file (never
// earlier than the built-in horizon).
//
// Errors (Error.field() is "FILE:LINE", or FILE for the file as a whole):
// not_found for a file that cannot be read, parse_error for a bad header,
// a short row, a row with more than 3 columns (an unquoted name with a
// comma), a bad date (out_of_range past 1970..2199), an unknown kind or an
// empty name, invalid_argument for a date given twice, a workday on a
// weekday, a conflict with the built-in table and a year without one of
// the days above (named: "no row '2027-05-01,holiday,...'"). The first bad line in file order is reported; nothing is
// loaded when anything is wrong. Immutable.
class CnHolidayFile {
 public:
  // Reads `path`; errors name the path as given.
  static CnHolidayFile load(const std::filesystem::path& path);
  // The same from the text of a file; `source` names it in errors.
  static CnHolidayFile parse(std::string_view text, std::string_view source);

  // The file as named in errors.
  const std::string& source() const noexcept { return source_; }
  // The rows that add to the built-in table, by date (rows repeating the
  // table are dropped).
  const std::vector<CnFileDay>& added() const noexcept { return added_; }
  // The horizon of the China calendar with this file.
  Date horizon() const noexcept { return horizon_; }

 private:
  // No default constructor: `china({})` stays the hours overload.
  CnHolidayFile(std::string source, std::vector<CnFileDay> added, Date horizon)
      : source_(std::move(source)), added_(std::move(added)), horizon_(horizon) {}
  std::string source_;
  std::vector<CnFileDay> added_;
  Date horizon_;
};

// The China calendar with a holiday file's rows added to the table and its
// horizon moved to the file's (see CnHolidayFile). Strict by default.
Calendar china(const CnHolidayFile& file, std::vector<Shift> hours = cn_default_hours(),
               std::string_view zone = default_zone, bool strict = true);
CalendarBuilder china_builder(const CnHolidayFile& file, std::vector<Shift> hours = cn_default_hours(),
                              std::string_view zone = default_zone, bool strict = true);
// With a PastHorizon mode: in statutory mode the file's years replace their
// provisional days wholly (the provisional years start after its horizon).
Calendar china(const CnHolidayFile& file, std::vector<Shift> hours, std::string_view zone,
               PastHorizon past_horizon);
CalendarBuilder china_builder(const CnHolidayFile& file, std::vector<Shift> hours, std::string_view zone,
                              PastHorizon past_horizon);
// A calendar document (or a policy document's "calendar" member) on the
// China preset ("preset": "cn") with a holiday file's rows added: what a
// command line's --holidays does to a policy's calendar. The horizon is the
// later of the document's and the file's; the document's other members keep
// their meaning (its dates may now reach the file's horizon). Throws
// Error(invalid_argument) naming "preset" ("calendar.preset" in a policy
// document) when the calendar is not on the China preset, and the
// document's errors as Calendar::from_json does.
Calendar china_from_json(std::string_view json, const CnHolidayFile& file);

}  // namespace aftersales::calendars
