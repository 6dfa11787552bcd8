// The mainland China preset (RULES.md §1.2): the table is data/cn_holidays.csv,
// business day = workday row or (Mon-Fri and not a holiday row), horizon
// 2026-12-31, strict by default, hours Mon-Fri 09:00-12:00 and 13:00-18:00
// in Asia/Shanghai unless the caller passes others.
#include <aftersales/calendar.hpp>
#include <aftersales/calendars/cn.hpp>
#include <aftersales/dispatch.hpp>
#include <aftersales/error.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using aftersales::calendars::china;
using aftersales::calendars::china_builder;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

struct CsvRow {
  std::string date, kind, name;
};

// data/cn_holidays.csv, read at test time next to this source file.
std::vector<CsvRow> read_csv() {
  const auto path = std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "data" / "cn_holidays.csv";
  std::ifstream in(path);
  REQUIRE(in.good());
  std::vector<CsvRow> rows;
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  REQUIRE(line == "date,kind,name");
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const auto c1 = line.find(','), c2 = line.find(',', c1 + 1);
    REQUIRE(c1 != std::string::npos);
    REQUIRE(c2 != std::string::npos);
    rows.push_back({line.substr(0, c1), line.substr(c1 + 1, c2 - c1 - 1), line.substr(c2 + 1)});
  }
  return rows;
}

Instant sh_time(int y, unsigned mo, unsigned d, int h = 0, int mi = 0) { return cn().to_utc(lt(y, mo, d, h, mi)); }

}  // namespace

TEST_CASE("the preset's table is data/cn_holidays.csv", "[cn][data]") {
  const auto rows = read_csv();
  const auto table = calendars::cn_days();
  REQUIRE(rows.size() == table.size());
  CHECK(rows.front().date == "2004-01-01");
  CHECK(rows.back().date.substr(0, 4) == "2026");
  std::int32_t prev = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    INFO("row " << i + 2 << ": " << rows[i].date << "," << rows[i].kind << "," << rows[i].name);
    const Date d = parse_date(rows[i].date);
    CHECK(table[i].yyyymmdd == date_to_yyyymmdd(d));
    CHECK((rows[i].kind == "holiday" || rows[i].kind == "workday"));
    CHECK(table[i].workday == (rows[i].kind == "workday"));
    CHECK(std::string(table[i].name) == rows[i].name);
    CHECK(table[i].yyyymmdd > prev);  // ordered by date, one row per date
    prev = table[i].yyyymmdd;
    if (rows[i].kind == "workday") {  // announced working days are weekend days
      CHECK((weekday_of(d) == Weekday::sat || weekday_of(d) == Weekday::sun));
    }
  }
  CHECK(str(calendars::cn_horizon()) == "2026-12-31");
}

TEST_CASE("business day = workday row, or Mon-Fri and not a holiday row, 2004..2026", "[cn][data]") {
  std::map<std::string, std::string> kind;
  for (const auto& r : read_csv()) kind[r.date] = r.kind;
  const Calendar& cal = cn();
  int checked = 0, bad = 0;
  for (Date d = day(2004, 1, 1); d <= day(2026, 12, 31); d += boost::gregorian::days(1)) {
    const std::string k = kind.count(format_date(d)) ? kind[format_date(d)] : "";
    const Weekday w = weekday_of(d);
    const bool expected = k == "workday" || (w != Weekday::sat && w != Weekday::sun && k != "holiday");
    if (cal.is_business_day(d) != expected && ++bad <= 10) {
      INFO(format_date(d) << " kind '" << k << "'");
      CHECK(cal.is_business_day(d) == expected);
    }
    // A make-up day works Monday's hours; every business day has the preset hours.
    if (expected) {
      if (cal.shifts_on(d) != calendars::cn_default_hours() && ++bad <= 10) {
        INFO(format_date(d));
        CHECK(cal.shifts_on(d) == calendars::cn_default_hours());
      }
    } else if (!cal.shifts_on(d).empty() && ++bad <= 10) {
      INFO(format_date(d));
      CHECK(cal.shifts_on(d).empty());
    }
    ++checked;
  }
  CHECK(checked == 8401);
  CHECK(bad == 0);
}

TEST_CASE("the preset's defaults", "[cn]") {
  const Calendar& cal = cn();
  CHECK(cal.zone().name() == "Asia/Shanghai");
  REQUIRE(cal.horizon().has_value());
  CHECK(str(*cal.horizon()) == "2026-12-31");
  CHECK(cal.strict());
  CHECK(calendars::cn_default_hours() == std::vector<Shift>{sh("09:00", "12:00"), sh("13:00", "18:00")});
  CHECK(cal.shifts_on(day(2025, 9, 29)) == calendars::cn_default_hours());
  CHECK(cal.shifts_on(day(2025, 9, 27)).empty());
  CHECK(cal.between(sh_time(2025, 9, 29), sh_time(2025, 9, 30)) == hours(8));
  CHECK(cal.is_working(sh_time(2025, 9, 29, 9)));
  CHECK_FALSE(cal.is_working(sh_time(2025, 9, 29, 12)));
  CHECK_FALSE(cal.is_working(sh_time(2025, 9, 29, 18)));
  CHECK(cal.to_utc(lt(2025, 9, 29, 9)).time_since_epoch() ==
        (std::chrono::sys_days{std::chrono::year{2025} / 9 / 29} + hours(1)).time_since_epoch());
}

TEST_CASE("announced dates: 2020 extension, 2005, 2015, 2019, 2025, 2026", "[cn]") {
  const Calendar& cal = cn();
  // 2020: the Spring Festival break was extended to 02-02 (Saturday 02-01 did not work).
  CHECK(cal.is_business_day(day(2020, 1, 19)));  // make-up Sunday before the break
  for (int d = 24; d <= 31; ++d) CHECK_FALSE(cal.is_business_day(day(2020, 1, d)));
  CHECK_FALSE(cal.is_business_day(day(2020, 2, 1)));
  CHECK_FALSE(cal.is_business_day(day(2020, 2, 2)));
  CHECK(cal.is_business_day(day(2020, 2, 3)));
  CHECK(str(cal.advance(day(2020, 1, 23), 1)) == "2020-02-03");
  // 2005-12-31, a Saturday, worked (2006 New Year).
  CHECK(cal.is_business_day(day(2005, 12, 31)));
  CHECK(weekday_of(day(2005, 12, 31)) == Weekday::sat);
  // 2015 Victory Day: 09-03 and 09-04 off, Sunday 09-06 worked.
  CHECK_FALSE(cal.is_business_day(day(2015, 9, 3)));
  CHECK_FALSE(cal.is_business_day(day(2015, 9, 4)));
  CHECK(cal.is_business_day(day(2015, 9, 6)));
  // 2019 May Day changed in March 2019: 05-01..05-04 off, Sundays 04-28 and 05-05 worked.
  for (int d = 1; d <= 4; ++d) CHECK_FALSE(cal.is_business_day(day(2019, 5, d)));
  CHECK(cal.is_business_day(day(2019, 4, 28)));
  CHECK(cal.is_business_day(day(2019, 5, 5)));
  // 2026 Spring Festival: Saturday 02-14 works, 02-15..02-23 off, Saturday 02-28 works.
  CHECK(cal.is_business_day(day(2026, 2, 14)));
  for (int d = 15; d <= 23; ++d) CHECK_FALSE(cal.is_business_day(day(2026, 2, d)));
  CHECK(cal.is_business_day(day(2026, 2, 24)));
  CHECK(cal.is_business_day(day(2026, 2, 28)));
  // National Day 2025: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 work.
  for (int d = 1; d <= 8; ++d) CHECK_FALSE(cal.is_business_day(day(2025, 10, d)));
  CHECK(cal.is_business_day(day(2025, 9, 28)));
  CHECK(cal.is_business_day(day(2025, 10, 9)));
  CHECK(cal.is_business_day(day(2025, 10, 11)));
  CHECK_FALSE(cal.is_business_day(day(2025, 10, 12)));
  // Partial-population days (Women's, Youth, Children's, Army Day) are not days off.
  CHECK(cal.is_business_day(day(2024, 3, 8)));
  CHECK(cal.is_business_day(day(2023, 5, 4)));
  CHECK(cal.is_business_day(day(2023, 6, 1)));
  CHECK(cal.is_business_day(day(2025, 8, 1)));
  CHECK(cal.is_business_day(day(2026, 12, 31)));
}

TEST_CASE("working time over the announced dates", "[cn]") {
  const Calendar& cal = cn();
  // Friday 2025-09-26 16:00 + 6 working hours = Sunday 2025-09-28 14:00 (make-up Sunday).
  CHECK(cal.add(sh_time(2025, 9, 26, 16), hours(6)) == sh_time(2025, 9, 28, 14));
  CHECK(cal.add(sh_time(2025, 9, 28, 14), -hours(6)) == sh_time(2025, 9, 26, 16));
  CHECK(cal.between(sh_time(2025, 9, 26, 16), sh_time(2025, 9, 28, 14)) == hours(6));
  // Over the National Day break: Tuesday 09-30 17:00 + 2 h = Thursday 10-09 10:00.
  CHECK(cal.add(sh_time(2025, 9, 30, 17), hours(2)) == sh_time(2025, 10, 9, 10));
  CHECK(cal.add(sh_time(2025, 9, 30, 17), hours(1)) == sh_time(2025, 9, 30, 18));
  CHECK(cal.next_working(sh_time(2025, 10, 1, 10)) == sh_time(2025, 10, 9, 9));
  CHECK(str(cal.working_date(sh_time(2025, 10, 3, 10))) == "2025-10-09");
  CHECK(str(cal.advance(day(2025, 9, 30), 1)) == "2025-10-09");
  CHECK(str(cal.advance(day(2025, 10, 1), 0)) == "2025-10-09");
  CHECK(str(cal.advance(day(2025, 10, 9), -1)) == "2025-09-30");
  CHECK(str(cal.advance(day(2025, 10, 10), 1)) == "2025-10-11");
  CHECK(cal.business_days_between(day(2025, 9, 1), day(2025, 10, 1)) == 23);
  CHECK(cal.business_days_between(day(2025, 10, 1), day(2025, 10, 9)) == 0);
  // Spring Festival 2026: Friday 02-13 17:00 + 2 h = make-up Saturday 02-14 10:00;
  // Saturday 18:00 + 1 h = Tuesday 02-24 10:00.
  CHECK(cal.add(sh_time(2026, 2, 13, 17), hours(2)) == sh_time(2026, 2, 14, 10));
  CHECK(cal.add(sh_time(2026, 2, 14, 18), hours(1)) == sh_time(2026, 2, 24, 10));
  // Whole years: business days and hours.
  CHECK(cal.business_days_between(day(2023, 1, 1), day(2024, 1, 1)) == 249);
  CHECK(cal.business_days_between(day(2024, 1, 1), day(2025, 1, 1)) == 251);
  CHECK(cal.business_days_between(day(2025, 1, 1), day(2026, 1, 1)) == 248);
  CHECK(cal.between(sh_time(2025, 1, 1), sh_time(2026, 1, 1)) == hours(8 * 248));
  CHECK(cal.business_days_between(day(2004, 1, 1), day(2027, 1, 1)) == 5745);
}

TEST_CASE("horizon 2026-12-31: strict by default", "[cn][horizon]") {
  const Calendar& cal = cn();
  CHECK_ERROR(ErrorCode::out_of_range, "date", "2027-01-04", cal.is_business_day(day(2027, 1, 4)));
  CHECK_THROWS_AS(cal.between(sh_time(2026, 12, 1), sh_time(2027, 1, 5)), Error);
  CHECK(cal.between(sh_time(2026, 12, 31), sh_time(2027, 1, 1)) == hours(8));
  CHECK_THROWS_AS(cal.add(sh_time(2026, 12, 31, 17), hours(2)), Error);
  CHECK(cal.add(sh_time(2026, 12, 31, 17), hours(1)) == sh_time(2026, 12, 31, 18));
  CHECK_THROWS_AS(cal.advance(day(2026, 12, 31), 1), Error);
  CHECK_THROWS_AS(cal.next_working(sh_time(2026, 12, 31, 19)), Error);
  CHECK_THROWS_AS(cal.business_days_between(day(2026, 12, 1), day(2027, 1, 2)), Error);
  try {
    cal.is_business_day(day(2027, 6, 1));
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::out_of_range);
    CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("2026-12-31"));
  }
  // Not strict: past the horizon the weekly pattern (Friday 2027-01-01 works).
  const Calendar loose = china(calendars::cn_default_hours(), "Asia/Shanghai", false);
  CHECK_FALSE(loose.strict());
  CHECK(loose.is_business_day(day(2027, 1, 1)));
  CHECK_FALSE(loose.is_business_day(day(2027, 1, 2)));
  CHECK(loose.is_business_day(day(2027, 1, 4)));
  CHECK(str(loose.advance(day(2026, 12, 31), 1)) == "2027-01-01");
  CHECK_FALSE(loose.is_business_day(day(2025, 10, 1)));  // the table still applies before
}

TEST_CASE("caller-given hours and zone", "[cn]") {
  const Calendar cal = china({sh("08:30", "12:00"), sh("13:30", "17:30")});
  CHECK(cal.shifts_on(day(2025, 9, 29)) == std::vector<Shift>{sh("08:30", "12:00"), sh("13:30", "17:30")});
  CHECK(cal.shifts_on(day(2025, 9, 28)) == cal.shifts_on(day(2025, 9, 29)));  // make-up Sunday
  CHECK(cal.shifts_on(day(2025, 10, 1)).empty());
  CHECK(cal.between(cal.to_utc(lt(2025, 9, 29)), cal.to_utc(lt(2025, 9, 30))) == hours(7) + minutes(30));
  CHECK(cal.add(cal.to_utc(lt(2025, 9, 26, 17)), hours(1)) == cal.to_utc(lt(2025, 9, 28, 9)));
  CHECK(cal.strict());
  // A night service desk Mon-Fri 20:00-02:00: Sunday 09-28 works it too.
  const Calendar night = china({sh("20:00", "02:00")});
  CHECK(night.is_working(night.to_utc(lt(2025, 9, 29, 1))));  // Sunday night's shift
  CHECK_FALSE(night.is_working(night.to_utc(lt(2025, 10, 2, 1))));
  CHECK(night.is_working(night.to_utc(lt(2025, 10, 1, 1))));  // Tuesday 09-30's shift
  // Another zone: the same dates, local hours of that zone.
  const Calendar urumqi = china(calendars::cn_default_hours(), "Asia/Urumqi");
  CHECK(urumqi.zone().name() == "Asia/Urumqi");
  CHECK(urumqi.is_business_day(day(2025, 9, 28)));
  CHECK(urumqi.next_working(urumqi.to_utc(lt(2025, 9, 29, 8))) == urumqi.to_utc(lt(2025, 9, 29, 9)));
  CHECK(urumqi.to_utc(lt(2025, 9, 29, 9)) - cn().to_utc(lt(2025, 9, 29, 9)) == hours(2));
}

TEST_CASE("errors in the caller's hours name hours[i], not the week", "[cn][error]") {
  CHECK_ERROR(ErrorCode::invalid_argument, "hours[0]", "10:00-10:00", china({sh("10:00", "10:00")}));
  CHECK_ERROR(ErrorCode::invalid_argument, "hours[1]", "93600", china({sh("08:00", "09:00"), Shift{hours(1), hours(26)}}));
  CHECK_ERROR(ErrorCode::invalid_argument, "hours", "11:00", china({sh("09:00", "12:00"), sh("11:00", "13:00")}));
  CHECK_ERROR(ErrorCode::not_found, "zone", "Mars/Base", china(calendars::cn_default_hours(), "Mars/Base"));
}

TEST_CASE("china_builder: company dates on top of the table", "[cn]") {
  CalendarBuilder b = china_builder();
  b.day(day(2025, 12, 24), {sh("09:00", "13:00")}).holiday(day(2025, 12, 26));
  const Calendar cal = b.build();
  CHECK(cal.strict());
  CHECK(str(*cal.horizon()) == "2026-12-31");
  CHECK(cal.shifts_on(day(2025, 12, 24)) == std::vector<Shift>{sh("09:00", "13:00")});
  CHECK_FALSE(cal.is_business_day(day(2025, 12, 26)));
  CHECK_FALSE(cal.is_business_day(day(2025, 10, 1)));
  CHECK(cal.is_business_day(day(2025, 9, 28)));
  // A company rule past the horizon is refused; a rule on a table date may override it.
  CHECK_THROWS_AS(china_builder().holiday(day(2027, 1, 4)).build(), Error);
  const Calendar open_oct1 = china_builder().day(day(2025, 10, 1), {sh("10:00", "12:00")}).build();
  CHECK(open_oct1.is_business_day(day(2025, 10, 1)));
  // A table make-up day cannot also be made a company holiday.
  CHECK_ERROR(ErrorCode::invalid_argument, "workdays.2025-09-28", "2025-09-28",
              china_builder().holiday(day(2025, 9, 28)).build());
}

TEST_CASE("cases from LKI/chinese-calendar tests", "[cn][independent]") {
  const Calendar& cal = cn();
  // tests/test_helpers.py: workdays 2018-01-01..01-07 (4), ..02-01 (23),
  // 2018-02-01..03-01 (18), both ends counted.
  CHECK(cal.business_days_between(day(2018, 1, 1), day(2018, 1, 8)) == 4);
  CHECK(cal.business_days_between(day(2018, 1, 1), day(2018, 2, 2)) == 23);
  CHECK(cal.business_days_between(day(2018, 2, 1), day(2018, 3, 2)) == 18);
  // tests/test_holiday_amount.py: weekday holidays minus weekend make-up days
  // is 11 a year (2008..2024 rules), after their adjustments: 2011 lent a day
  // to 2012's New Year, 2015 Victory Day +1, 2020 extension +2.
  auto amount = [&](int y) {
    int weekdays = 0;
    for (Date d = day(y, 1, 1); d <= day(y, 12, 31); d += boost::gregorian::days(1))
      if (weekday_of(d) != Weekday::sat && weekday_of(d) != Weekday::sun) ++weekdays;
    return weekdays - cal.business_days_between(day(y, 1, 1), day(y + 1, 1, 1));
  };
  const std::map<int, int> adjust{{2011, 1}, {2012, -1}, {2015, -1}, {2020, -2}};
  for (int y = 2009; y <= 2024; ++y) {
    INFO("year " << y);
    CHECK(amount(y) + (adjust.count(y) ? adjust.at(y) : 0) == 11);
  }
  // From 2025 the regulations give 13 days (Spring Festival and May Day +1 each).
  CHECK(amount(2025) == 13);
  CHECK(amount(2026) == 13);
}

// ------------------------------------------------------------------ holiday files read at run time

namespace {

using calendars::CnHolidayFile;

// HYPOTHETICAL TEST DATA. The 2027 notice is not published; these rows only
// prove the mechanism and are not the 2027 (or any later) arrangement. They
// are the least a year the file adds must hold: a holiday row for each day
// the law fixes on a Gregorian date (国务院令第795号 art. 2: 1 January,
// 1-2 May, 1-3 October). The lunar festivals and make-up days a real notice
// has are left out. `from` skips the first rows (1 from: no 1 January).
std::string hypothetical_year(int year, std::size_t from = 0, const std::string& eol = "\n") {
  constexpr const char* rows[] = {"-01-01,holiday,New Year's Day (hypothetical test row)",
                                  "-05-01,holiday,Labour Day (hypothetical test row)",
                                  "-05-02,holiday,Labour Day (hypothetical test row)",
                                  "-10-01,holiday,National Day (hypothetical test row)",
                                  "-10-02,holiday,National Day (hypothetical test row)",
                                  "-10-03,holiday,National Day (hypothetical test row)"};
  std::string out;
  for (std::size_t i = from; i < std::size(rows); ++i) out += std::to_string(year) + rows[i] + eol;
  return out;
}

const std::string hypothetical_2027 = "date,kind,name\n" + hypothetical_year(2027);

CnHolidayFile file_of(const std::string& rows) { return CnHolidayFile::parse("date,kind,name\n" + rows, "h.csv"); }

std::string repo_csv() {
  const auto path = std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "data" / "cn_holidays.csv";
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A file in the test's temporary directory, removed at the end of the scope.
struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& name, const std::string& text)
      : path(std::filesystem::temp_directory_path() / ("aftersales-test-" + name)) {
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

}  // namespace

TEST_CASE("a holiday file brings next year in without a rebuild (issue 23 finding 10)", "[cn][file]") {
  // Thursday 2026-12-31 16:00, an urban call (6 working hours).
  const Instant received = sh_time(2026, 12, 31, 16);
  // The built-in table ends on 2026-12-31: the deadline needs 2027.
  try {
    (void)DispatchPolicy(cn()).deadline(received, "urban");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::out_of_range);
  }

  const TempFile file("cn-2027.csv", hypothetical_2027);
  const CnHolidayFile holidays = CnHolidayFile::load(file.path);
  CHECK(str(holidays.horizon()) == "2027-12-31");
  CHECK(holidays.source() == file.path.string());
  const Calendar cal = china(holidays);
  CHECK(cal.strict());  // strict stays the default
  REQUIRE(cal.horizon().has_value());
  CHECK(str(*cal.horizon()) == "2027-12-31");
  // 2 h on Thursday, Friday 01-01 off (the file), the weekend, 4 h on Monday.
  CHECK(shanghai(DispatchPolicy(cal).deadline(received, "urban")) == "2027-01-04 14:00:00");
  CHECK_FALSE(cal.is_business_day(day(2027, 1, 1)));
  CHECK(cal.is_business_day(day(2027, 1, 4)));
  CHECK_FALSE(cal.is_business_day(day(2027, 10, 1)));  // Friday, National Day (the file)
  CHECK(cal.is_business_day(day(2027, 10, 4)));
  // Still strict past the file's horizon.
  CHECK_ERROR(ErrorCode::out_of_range, "date", "2027-12-31", cal.is_business_day(day(2028, 1, 3)));
  // The built-in years are unchanged.
  CHECK(cal.business_days_between(day(2004, 1, 1), day(2027, 1, 1)) == 5745);
  // A calendar document keeps the file's dates and horizon.
  const Calendar back = Calendar::from_json(cal.to_json());
  CHECK(str(*back.horizon()) == "2027-12-31");
  CHECK_FALSE(back.is_business_day(day(2027, 1, 1)));
  // Not strict: past the file's horizon the weekly pattern.
  const Calendar loose = china(holidays, calendars::cn_default_hours(), "Asia/Shanghai", false);
  CHECK(loose.is_business_day(day(2028, 1, 3)));
  CHECK_FALSE(loose.is_business_day(day(2027, 1, 1)));
}

TEST_CASE("a holiday file: the builder takes company dates up to the file's horizon", "[cn][file]") {
  CalendarBuilder b = china_builder(file_of(hypothetical_year(2027)));
  b.holiday(day(2027, 3, 8)).day(day(2027, 1, 4), {sh("10:00", "12:00")});
  const Calendar cal = b.build();
  CHECK_FALSE(cal.is_business_day(day(2027, 3, 8)));
  CHECK(cal.shifts_on(day(2027, 1, 4)) == std::vector<Shift>{sh("10:00", "12:00")});
  // The caller's holidays are still counted from 0 in errors.
  CHECK_ERROR(ErrorCode::invalid_argument, "holidays[0]", "2028-01-03",
              china_builder(file_of(hypothetical_year(2027))).holiday(day(2028, 1, 3)).build());
}

TEST_CASE("a holiday file and the built-in table", "[cn][file]") {
  SECTION("the repository's CSV with a year appended: its rows repeat the table") {
    const CnHolidayFile f = CnHolidayFile::parse(repo_csv() + hypothetical_year(2027), "full.csv");
    CHECK(f.added().size() == 6);
    CHECK(str(f.horizon()) == "2027-12-31");
  }
  SECTION("rows of the shipped years only: no effect, the built-in horizon") {
    const CnHolidayFile f = file_of("2026-10-01,holiday,National Day\n2026-10-10,workday,National Day\n");
    CHECK(f.added().empty());
    CHECK(str(f.horizon()) == "2026-12-31");
  }
  SECTION("the next notice may add days in the table's last December") {
    // Hypothetical, as the 2008 and 2019 notices did for 2007 and 2018.
    const CnHolidayFile f = file_of(hypothetical_year(2027) +
                                    "2026-12-31,holiday,New Year's Day (hypothetical)\n"
                                    "2026-12-27,workday,New Year's Day (hypothetical)\n");
    REQUIRE(f.added().size() == 8);
    CHECK(str(f.added().front().date) == "2026-12-27");  // sorted by date
    CHECK(f.added().front().line == 9);
    const Calendar cal = china(f);
    CHECK_FALSE(cal.is_business_day(day(2026, 12, 31)));
    CHECK(cal.is_business_day(day(2026, 12, 27)));  // a Sunday, working
  }
  SECTION("a shipped date changed: refused with the file, line and date") {
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv:3", "2026-10-03 workday: the built-in table",
                file_of("2027-01-01,holiday,x\n2026-10-03,workday,National Day\n"));
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv:2", "has it as a workday",
                file_of("2026-10-10,holiday,National Day\n"));
    // An ordinary day of a shipped year (not December of the last one).
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv:2", "2026-03-02 holiday",
                file_of("2026-03-02,holiday,Something\n"));
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv:2", "an ordinary day",
                file_of("2025-12-31,holiday,New Year's Day\n"));
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv:2", "2003-10-01", file_of("2003-10-01,holiday,National Day\n"));
    // The 2020 extension stands: 2020-02-01 was not worked.
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv:2", "2020-02-01 workday",
                file_of("2020-02-01,workday,Spring Festival\n"));
  }
  SECTION("each year the file adds has the days the law fixes on Gregorian dates as holidays") {
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv", "no row '2027-01-01,holiday,...'",
                file_of(hypothetical_year(2027, 1) + "2027-02-11,holiday,Spring Festival (hypothetical)\n"));
    // 1 January alone used to move the horizon a year, with May Day and
    // National Day silently working days.
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv",
                "no row '2027-05-01,holiday,...' although the file reaches 2027; the law makes that day a holiday "
                "every year, so 2027 is not a whole notice",
                file_of("2027-01-01,holiday,New Year's Day (hypothetical)\n"));
    // Any one of the six missing is named.
    std::string without_oct3 = hypothetical_year(2027);
    without_oct3.erase(without_oct3.find("2027-10-03"));
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv", "no row '2027-10-03,holiday,...'", file_of(without_oct3));
    // A gap year would run on plain weeks.
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv", "2028 is not a whole notice (the file has no rows for it at all)",
                file_of(hypothetical_year(2027) + hypothetical_year(2029)));
    // A workday row is not the holiday (2028-01-01 is a Saturday, so the row itself is valid).
    CHECK_ERROR(ErrorCode::invalid_argument, "h.csv", "no row '2028-01-01,holiday,...'",
                file_of(hypothetical_year(2027) + "2028-01-01,workday,x\n" + hypothetical_year(2028, 1)));
    // Two whole years.
    CHECK(str(file_of(hypothetical_year(2027) + hypothetical_year(2028)).horizon()) == "2028-12-31");
  }
}

TEST_CASE("a holiday file: bad input names the file, line, column and value", "[cn][file][error]") {
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:2", "date (column 1): '2027-13-01' is not a valid date",
              file_of("2027-13-01,holiday,x\n"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:2", "'27-01-01'", file_of("27-01-01,holiday,x\n"));
  CHECK_ERROR(ErrorCode::out_of_range, "h.csv:2", "2200-01-01", file_of("2200-01-01,holiday,x\n"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:2", "kind (column 2): 'vacation'", file_of("2027-01-01,vacation,x\n"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:2", "kind (column 2): 'Holiday'", file_of("2027-01-01,Holiday,x\n"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:2", "name (column 3): is empty", file_of("2027-01-01,holiday,\n"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:2", "name (column 3): an open quote",
              file_of("2027-01-01,holiday,\"New Year\n"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:2", "expected 3 columns date,kind,name, got '2027-01-01,holiday'",
              file_of("2027-01-01,holiday\n"));
  CHECK_ERROR(ErrorCode::invalid_argument, "h.csv:4", "2027-01-01 is given twice (first on line 2)",
              file_of("2027-01-01,holiday,x\n2027-01-02,holiday,x\n2027-01-01,holiday,x\n"));
  CHECK_ERROR(ErrorCode::invalid_argument, "h.csv:3", "2027-01-04 is a Monday",
              file_of("2027-01-01,holiday,x\n2027-01-04,workday,x\n"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:1", "expected the header 'date,kind,name', got 'date;kind;name'",
              CnHolidayFile::parse("date;kind;name\n2027-01-01;holiday;x\n", "h.csv"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:1", "got '2027-01-01,holiday,x'",
              CnHolidayFile::parse("2027-01-01,holiday,x\n", "h.csv"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv", "the file is empty", CnHolidayFile::parse("", "h.csv"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv", "the file is empty", CnHolidayFile::parse("\xEF\xBB\xBF\r\n\n", "h.csv"));
  // The first bad line in file order.
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:3", "'x'", file_of("2027-01-01,holiday,x\nx\n2027-13-01,holiday,x\n"));
  // A name with a comma is quoted; unquoted, the row has more than 3 columns.
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:8",
              "more than 3 columns in '2027-02-11,holiday,Spring Festival, hypothetical' (a name with a comma is quoted)",
              file_of(hypothetical_year(2027) + "2027-02-11,holiday,Spring Festival, hypothetical\n"));
  CHECK_ERROR(ErrorCode::parse_error, "h.csv:2", "more than 3 columns", file_of("2027-01-01,holiday,x,\n"));
  {
    const CnHolidayFile quoted =
        file_of(hypothetical_year(2027) + "2027-02-11 , holiday , \"Spring Festival, hypothetical\"\n");
    REQUIRE(quoted.added().size() == 7);
    CHECK(quoted.added()[1].name == "Spring Festival, hypothetical");
    CHECK(quoted.added()[1].line == 8);
  }

  // A missing file, a directory: named.
  const auto missing = std::filesystem::temp_directory_path() / "aftersales-test-no-such-holidays.csv";
  CHECK_ERROR(ErrorCode::not_found, missing.string(), "No such file", CnHolidayFile::load(missing));
  CHECK_ERROR(ErrorCode::not_found, std::filesystem::temp_directory_path().string(), "a directory",
              CnHolidayFile::load(std::filesystem::temp_directory_path()));
  // A file with a bad line is named by its path.
  const TempFile bad("bad.csv", "date,kind,name\n2027-01-01,holiday,x\n2027-01-02,holidya,x\n");
  CHECK_ERROR(ErrorCode::parse_error, bad.path.string() + ":3", "'holidya'", CnHolidayFile::load(bad.path));
}

TEST_CASE("a holiday file as a spreadsheet saves it: BOM, CRLF, blank lines, spaces, quotes", "[cn][file]") {
  const TempFile file("cn-2027-excel.csv",
                      "\xEF\xBB\xBF" "date,kind,name\r\n"
                      "\r\n"
                      " 2027-01-01 , holiday ,\"New Year's Day, \"\"hypothetical\"\"\"\r\n"
                      "   \r\n" +
                          hypothetical_year(2027, 1, "\r\n") +
                          "2027-01-02,holiday,New Year's Day (hypothetical)");  // no final line end
  const CnHolidayFile f = CnHolidayFile::load(file.path);
  REQUIRE(f.added().size() == 7);
  CHECK(f.added()[0].name == "New Year's Day, \"hypothetical\"");
  CHECK(f.added()[0].line == 3);
  CHECK(str(f.added()[1].date) == "2027-01-02");
  CHECK(f.added()[1].line == 10);
  CHECK(str(f.horizon()) == "2027-12-31");
  CHECK_FALSE(china(f).is_business_day(day(2027, 1, 1)));
}

TEST_CASE("a holiday file on a calendar or policy document on the China preset", "[cn][file][json]") {
  const CnHolidayFile f = file_of(hypothetical_year(2027));
  const Calendar cal = calendars::china_from_json(
      R"({"calendar": {"preset": "cn", "week": {"mon": [["08:00", "12:00"]], "sat": [["09:00", "11:00"]]},
                       "holidays": ["2027-03-08"]}, "dispatch": {}})",
      f);
  CHECK(cal.strict());
  CHECK(str(*cal.horizon()) == "2027-12-31");
  CHECK_FALSE(cal.is_business_day(day(2027, 1, 1)));
  CHECK_FALSE(cal.is_business_day(day(2027, 3, 8)));  // the document's own date past the built-in horizon
  CHECK(cal.shifts_on(day(2027, 1, 4)) == std::vector<Shift>{sh("08:00", "12:00")});
  CHECK(cal.shifts_on(day(2027, 1, 2)) == std::vector<Shift>{sh("09:00", "11:00")});
  CHECK(cal.shifts_on(day(2027, 1, 5)).empty());  // "week" replaced the preset's weekdays
  // A bare calendar document; not strict.
  const Calendar loose = calendars::china_from_json(R"({"preset": "cn", "strict": false})", f);
  CHECK_FALSE(loose.is_business_day(day(2027, 1, 1)));
  CHECK(loose.is_business_day(day(2028, 1, 3)));
  // A later horizon in the document stands (it is the document's choice).
  CHECK(str(*calendars::china_from_json(R"({"preset": "cn", "horizon": "2028-06-30", "strict": false})", f).horizon()) ==
        "2028-06-30");
  // Not on the preset: the file would have nothing to extend.
  CHECK_ERROR(ErrorCode::invalid_argument, "calendar.preset", "h.csv",
              calendars::china_from_json(R"({"calendar": {"week": {"mon": [["09:00", "17:00"]]}}})", f));
  CHECK_ERROR(ErrorCode::invalid_argument, "preset", "\"preset\": \"cn\"", calendars::china_from_json("{}", f));
  // The document's errors keep their path.
  CHECK_ERROR(ErrorCode::invalid_argument, "calendar.holidays[0]", "2028-01-03",
              calendars::china_from_json(R"({"calendar": {"preset": "cn", "holidays": ["2028-01-03"]}})", f));
}
