// `aftersales calendar YEAR`: what the China calendar assumes for a year —
// the published notice, or past it the statutory days and their 补假.
#include "cli.hpp"

#include <aftersales/calendars/cn_statutory.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace cli {

namespace {

struct Row {
  as::Date date;
  bool work = false;   // a make-up working day
  const char* source;  // published, statutory, 补假
  std::string name;
};

int year_operand(const Args& args) {
  if (args.operands.empty()) throw UsageError{"calendar", "YEAR is required"};
  if (args.operands.size() > 1) throw UsageError{"calendar", "unexpected argument '" + args.operands[1] + "'"};
  const std::string& text = args.operands.front();
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc{} || end != text.data() + text.size() || year < as::min_year || year > as::max_year)
    throw UsageError{"calendar", "YEAR '" + text + "' is not a year " + std::to_string(as::min_year) + ".." +
                                     std::to_string(as::max_year)};
  return year;
}

}  // namespace

int run_calendar(const Args& args) {
  const int year = year_operand(args);
  const as::PastHorizon mode = past_horizon_option(args, "calendar");
  const as::Calendar cal = china_calendar(args);
  const as::Date horizon = *cal.horizon();
  const std::string* holidays = args.value("holidays");
  std::vector<Row> rows;
  std::string what;
  const int first_published = as::calendars::cn_days().front().yyyymmdd / 10000;
  if (year < first_published) {
    what = "before the table (it starts in " + std::to_string(first_published) +
           "): no notices known, plain weeks";
  } else if (year <= horizon.year()) {
    what = "published: the State Council's notices (the built-in table" +
           (holidays ? ", and " + *holidays : std::string()) + ")";
    for (const as::calendars::CnDay& d : as::calendars::cn_days())
      if (d.yyyymmdd / 10000 == year)
        rows.push_back({as::date_from_yyyymmdd(d.yyyymmdd), d.workday, "published", std::string(d.name)});
    if (holidays) {
      const auto file = as::calendars::CnHolidayFile::load(*holidays);
      for (const as::calendars::CnFileDay& d : file.added())
        if (d.date.year() == year) rows.push_back({d.date, d.workday, "published", d.name});
    }
  } else if (mode == as::PastHorizon::statutory && cal.provisional(as::Date(static_cast<unsigned short>(year), 1, 1))) {
    const auto& decree = as::calendars::cn_decree_for(year);
    what = "provisional: statutory holidays only, make-up days not yet published (全国年节及纪念日放假办法, " +
           std::string(decree.decree) + "; published holidays end " + as::format_date(horizon) + ")";
    for (const as::calendars::CnStatutoryDay& d : as::calendars::cn_statutory_days(year))
      rows.push_back({d.date, false, d.substitute ? "补假" : "statutory",
                      std::string(d.festival) + " " + std::string(d.english)});
  } else if (mode == as::PastHorizon::weekly) {
    what = "past the published holidays (" + as::format_date(horizon) +
           "): plain weeks, no holidays (--past-horizon weekly)";
  } else {
    throw as::Error(as::ErrorCode::out_of_range, "YEAR",
                    std::to_string(year) + " is past the calendar's " +
                        (mode == as::PastHorizon::statutory
                             ? "last provisional date " + as::format_date(cal.provisional_until().value_or(horizon))
                             : "horizon " + as::format_date(horizon) +
                                   ": bring the year's notice in with --holidays FILE, or see the statutory days "
                                   "with --past-horizon statutory"));
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });
  std::printf("China calendar %d (%s), %s\n", year, cal.zone().name().c_str(), what.c_str());
  std::printf("Days off other than weekends, and weekends worked (make-up days); every other weekday works.\n");
  std::printf("%-10s  %-3s  %-4s  %-9s  %s\n", "date", "day", "kind", "source", "festival");
  for (const Row& r : rows) {
    // 补假 is 2 characters of 3 bytes each: pad to the width of "statutory".
    const std::string source = r.source;
    const std::size_t shown = source == "补假" ? 4 : source.size();
    std::printf("%s  %s  %-4s  %s%*s  %s\n", as::format_date(r.date).c_str(), as::to_string(as::weekday_of(r.date)),
                r.work ? "work" : "off", source.c_str(), static_cast<int>(9 - std::min<std::size_t>(9, shown)), "",
                r.name.c_str());
  }
  return 0;
}

}  // namespace cli
