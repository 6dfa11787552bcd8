// The mainland China preset (RULES.md §1.2): the table is data/cn_holidays.csv,
// business day = workday row or (Mon-Fri and not a holiday row), horizon
// 2026-12-31, strict by default, hours Mon-Fri 09:00-12:00 and 13:00-18:00
// in Asia/Shanghai unless the caller passes others.
#include <aftersales/calendar.hpp>
#include <aftersales/calendars/cn.hpp>
#include <aftersales/error.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
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
