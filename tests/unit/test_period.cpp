// Legal periods: RULES.md §1.3 (PRC Civil Code arts. 201-204) and period.hpp.
#include <aftersales/calendars/cn.hpp>
#include <aftersales/period.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <chrono>
#include <string>

namespace {

using namespace aftersales;
using namespace test_support;
using namespace std::chrono_literals;

std::string end_of(Date start, Period p, const Calendar* cal = nullptr, PeriodOptions o = {}) {
  return str(period_end(start, p, cal, o));
}

Period days(int n) { return Period{n, 0, 0}; }
Period months(int n) { return Period{0, n, 0}; }
Period years(int n) { return Period{0, 0, n}; }

}  // namespace

TEST_CASE("period_end: RULES.md 1.3 examples", "[period]") {
  CHECK(end_of(day(2024, 1, 31), months(1)) == "2024-02-29");
  CHECK(end_of(day(2024, 2, 29), years(1)) == "2025-02-28");
  // The corresponding day, not month end (Boost's month arithmetic snaps).
  CHECK(end_of(day(2024, 2, 28), months(1)) == "2024-03-28");
  // 7 days from 2025-09-24: last day 2025-10-01 without a calendar ...
  CHECK(end_of(day(2025, 9, 24), days(7)) == "2025-10-01");
  // ... and 2025-10-09 with the China preset (National Day break 10-01..10-08).
  CHECK(end_of(day(2025, 9, 24), days(7), &cn()) == "2025-10-09");
}

TEST_CASE("period_end: the start day is not counted (art. 201)", "[period]") {
  CHECK(end_of(day(2025, 3, 3), days(1)) == "2025-03-04");
  CHECK(end_of(day(2025, 3, 3), days(10)) == "2025-03-13");
  CHECK(end_of(day(2025, 3, 3), days(0)) == "2025-03-03");
  CHECK(end_of(day(2025, 3, 3), Period{}) == "2025-03-03");
  CHECK(end_of(day(2024, 12, 31), days(1)) == "2025-01-01");
  CHECK(end_of(day(2024, 2, 28), days(1)) == "2024-02-29");
  CHECK(end_of(day(2023, 2, 28), days(1)) == "2023-03-01");
  CHECK(end_of(day(2024, 1, 1), days(366)) == "2025-01-01");
}

TEST_CASE("period_end: months and years end on the corresponding day or month end (art. 202)", "[period]") {
  CHECK(end_of(day(2023, 1, 31), months(1)) == "2023-02-28");
  CHECK(end_of(day(2024, 1, 30), months(1)) == "2024-02-29");
  CHECK(end_of(day(2024, 1, 29), months(1)) == "2024-02-29");
  CHECK(end_of(day(2024, 1, 28), months(1)) == "2024-02-28");
  CHECK(end_of(day(2024, 3, 31), months(1)) == "2024-04-30");
  CHECK(end_of(day(2024, 4, 30), months(1)) == "2024-05-30");  // not 05-31
  CHECK(end_of(day(2024, 8, 31), months(6)) == "2025-02-28");
  CHECK(end_of(day(2024, 11, 15), months(3)) == "2025-02-15");
  CHECK(end_of(day(2024, 5, 31), months(12)) == "2025-05-31");
  CHECK(end_of(day(2024, 2, 29), years(4)) == "2028-02-29");
  CHECK(end_of(day(2023, 2, 28), years(1)) == "2024-02-28");  // not 02-29
  CHECK(end_of(day(2025, 6, 15), years(3)) == "2028-06-15");
  CHECK(end_of(day(2000, 1, 1), months(1200)) == "2100-01-01");  // exactly the maximum

  // Years, then months, then days.
  CHECK(end_of(day(2023, 1, 31), Period{0, 1, 1}) == "2024-02-29");
  CHECK(end_of(day(2024, 1, 30), Period{1, 1, 0}) == "2024-03-01");  // 01-30 +1 month = 02-29, +1 day
  CHECK(end_of(day(2024, 1, 31), Period{1, 1, 0}) == "2024-03-01");
  CHECK(end_of(day(2024, 1, 15), Period{10, 1, 1}) == "2025-02-25");
}

TEST_CASE("period_end: a last day on a rest day moves to the next business day (art. 203)", "[period]") {
  SECTION("National Day 2025") {
    CHECK(end_of(day(2025, 9, 24), days(7), &cn()) == "2025-10-09");
    CHECK(end_of(day(2025, 9, 30), days(5), &cn()) == "2025-10-09");  // last day 10-05
    CHECK(end_of(day(2025, 8, 1), months(2), &cn()) == "2025-10-09");  // last day 10-01
    CHECK(end_of(day(2025, 9, 30), days(8), &cn()) == "2025-10-09");  // 10-08 is the last day off
    CHECK(end_of(day(2025, 9, 30), days(9), &cn()) == "2025-10-09");  // 10-09 is a business day
  }
  SECTION("Spring Festival 2026") {
    CHECK(end_of(day(2026, 2, 9), days(7), &cn()) == "2026-02-24");    // last day 02-16
    CHECK(end_of(day(2025, 2, 17), years(1), &cn()) == "2026-02-24");  // last day 02-17
    CHECK(end_of(day(2026, 1, 23), months(1), &cn()) == "2026-02-24"); // last day 02-23
  }
  SECTION("make-up working days (调休) are business days") {
    CHECK(end_of(day(2025, 9, 21), days(7), &cn()) == "2025-09-28");  // Sunday, worked
    CHECK(end_of(day(2025, 10, 4), days(7), &cn()) == "2025-10-11");  // Saturday, worked
    CHECK(end_of(day(2026, 2, 7), days(7), &cn()) == "2026-02-14");   // Saturday, worked
    // Saturday 2025-09-27 is a rest day; the next business day is Sunday 09-28.
    CHECK(end_of(day(2025, 9, 20), days(7), &cn()) == "2025-09-28");
  }
  SECTION("ordinary weekends and business days") {
    CHECK(end_of(day(2025, 2, 22), days(7), &cn()) == "2025-03-03");  // Saturday -> Monday
    CHECK(end_of(day(2025, 3, 2), days(7), &cn()) == "2025-03-10");   // Sunday -> Monday
    CHECK(end_of(day(2025, 3, 3), days(7), &cn()) == "2025-03-10");   // Monday stays
    CHECK(end_of(day(2024, 1, 31), months(1), &cn()) == "2024-02-29");  // Thursday stays
  }
  SECTION("a company calendar without holidays") {
    const Calendar mon_fri = CalendarBuilder()
                                 .week(Weekday::mon, {Shift{9h, 17h}})
                                 .week(Weekday::tue, {Shift{9h, 17h}})
                                 .week(Weekday::wed, {Shift{9h, 17h}})
                                 .week(Weekday::thu, {Shift{9h, 17h}})
                                 .week(Weekday::fri, {Shift{9h, 17h}})
                                 .build();
    CHECK(end_of(day(2025, 9, 24), days(7), &mon_fri) == "2025-10-01");  // no holiday here
    CHECK(end_of(day(2025, 9, 20), days(7), &mon_fri) == "2025-09-29");  // no make-up day here
  }
}

TEST_CASE("period_end: no calendar means no extension", "[period]") {
  CHECK(end_of(day(2025, 9, 24), days(7), nullptr) == "2025-10-01");
  CHECK(end_of(day(2026, 2, 9), days(7), nullptr) == "2026-02-16");
  CHECK(end_of(day(2025, 2, 22), days(7), nullptr) == "2025-03-01");  // a Saturday
}

TEST_CASE("period_end: agreed departures (art. 204)", "[period]") {
  PeriodOptions no_ext;
  no_ext.extend_past_rest = false;
  PeriodOptions counted;
  counted.count_start_day = true;
  PeriodOptions both;
  both.count_start_day = true;
  both.extend_past_rest = false;

  SECTION("no holiday extension") {
    CHECK(end_of(day(2025, 9, 24), days(7), &cn(), no_ext) == "2025-10-01");
    CHECK(end_of(day(2026, 2, 9), days(7), &cn(), no_ext) == "2026-02-16");
    CHECK(end_of(day(2025, 2, 22), days(7), &cn(), no_ext) == "2025-03-01");
  }
  SECTION("start day counted, days") {
    CHECK(end_of(day(2025, 9, 24), days(7), nullptr, counted) == "2025-09-30");
    CHECK(end_of(day(2025, 9, 24), days(7), &cn(), counted) == "2025-09-30");  // a business day
    CHECK(end_of(day(2025, 9, 25), days(7), &cn(), counted) == "2025-10-09");  // last day 10-01
    CHECK(end_of(day(2025, 9, 25), days(7), &cn(), both) == "2025-10-01");
    CHECK(end_of(day(2025, 9, 24), days(1), nullptr, counted) == "2025-09-24");
  }
  SECTION("start day counted, months and years: (start + N months) - 1 day") {
    CHECK(end_of(day(2024, 3, 1), months(1), nullptr, counted) == "2024-03-31");
    CHECK(end_of(day(2025, 3, 1), months(1), nullptr, counted) == "2025-03-31");
    CHECK(end_of(day(2024, 1, 15), months(1), nullptr, counted) == "2024-02-14");
    CHECK(end_of(day(2024, 1, 31), months(1), nullptr, counted) == "2024-02-28");  // 02-29 - 1
    CHECK(end_of(day(2023, 3, 1), years(1), nullptr, counted) == "2024-02-29");    // 2024-03-01 - 1
    CHECK(end_of(day(2024, 3, 1), years(1), nullptr, counted) == "2025-02-28");
    // 2024-03-31 is a Sunday: extended to Monday 04-01 unless agreed otherwise.
    CHECK(end_of(day(2024, 3, 1), months(1), &cn(), counted) == "2024-04-01");
    CHECK(end_of(day(2024, 3, 1), months(1), &cn(), both) == "2024-03-31");
  }
}

TEST_CASE("period_deadline: close of business of the last day, else 24:00", "[period]") {
  // 2025-10-09 18:00 Asia/Shanghai: close of the afternoon shift.
  CHECK(shanghai(period_deadline(day(2025, 9, 24), days(7), cn())) == "2025-10-09 18:00:00");
  CHECK(shanghai(period_deadline(day(2026, 2, 9), days(7), cn())) == "2026-02-24 18:00:00");
  // A make-up Sunday works Monday's hours.
  CHECK(shanghai(period_deadline(day(2025, 9, 21), days(7), cn())) == "2025-09-28 18:00:00");

  SECTION("no business hours on the last day: 24:00 local") {
    PeriodOptions no_ext;
    no_ext.extend_past_rest = false;
    CHECK(shanghai(period_deadline(day(2025, 9, 24), days(7), cn(), no_ext)) == "2025-10-02 00:00:00");
  }
  SECTION("a half day: the close of its only shift") {
    const Calendar cal = calendars::china_builder().day(day(2025, 12, 24), {Shift{9h, 13h}}).build();
    CHECK(shanghai(period_deadline(day(2025, 12, 17), days(7), cal)) == "2025-12-24 13:00:00");
  }
  SECTION("a night shift belongs to the date it opens on") {
    std::vector<Shift> night{Shift{22h, 6h}};
    const Calendar cal = CalendarBuilder()
                             .week(Weekday::mon, night)
                             .week(Weekday::tue, night)
                             .week(Weekday::wed, night)
                             .week(Weekday::thu, night)
                             .week(Weekday::fri, night)
                             .build();
    // Last day Monday 2025-09-22: its shift closes Tuesday 06:00.
    CHECK(shanghai(period_deadline(day(2025, 9, 15), days(7), cal)) == "2025-09-23 06:00:00");
    // Last day Saturday 2025-09-20 has no shift: extended to Monday's close.
    CHECK(shanghai(period_deadline(day(2025, 9, 13), days(7), cal)) == "2025-09-23 06:00:00");
  }
  SECTION("another zone") {
    const Calendar berlin = CalendarBuilder().zone("Europe/Berlin").week(Weekday::fri, {Shift{8h, 16h}}).build();
    // Last day Friday 2025-01-10, close 16:00 CET = 15:00 UTC = 23:00 Shanghai.
    CHECK(shanghai(period_deadline(day(2025, 1, 3), days(7), berlin)) == "2025-01-10 23:00:00");
  }
}

TEST_CASE("period_end: errors", "[period]") {
  SECTION("negative parts: invalid_argument naming the part") {
    CHECK_ERROR(ErrorCode::invalid_argument, "days", "-1 is negative", period_end(day(2025, 1, 1), Period{-1, 0, 0}));
    CHECK_ERROR(ErrorCode::invalid_argument, "months", "-1 is negative", period_end(day(2025, 1, 1), Period{0, -1, 0}));
    CHECK_ERROR(ErrorCode::invalid_argument, "years", "-1 is negative", period_end(day(2025, 1, 1), Period{0, 0, -1}));
    CHECK_ERROR(ErrorCode::invalid_argument, "days", "-3 is negative",
                period_deadline(day(2025, 1, 1), Period{-3, 0, 0}, cn()));
  }
  SECTION("more than 1200 months in total: invalid_argument") {
    CHECK_ERROR(ErrorCode::invalid_argument, "months", "1200 months", period_end(day(1970, 1, 1), months(1201)));
    CHECK_ERROR(ErrorCode::invalid_argument, "years", "1200 months", period_end(day(1970, 1, 1), years(101)));
    CHECK_ERROR(ErrorCode::invalid_argument, "years", "1200 months", period_end(day(1970, 1, 1), Period{0, 1, 100}));
    CHECK_ERROR(ErrorCode::invalid_argument, "years", "1200 months", period_end(day(1970, 1, 1), Period{0, 1000, 20}));
    CHECK(end_of(day(1970, 1, 1), Period{0, 0, 100}) == "2070-01-01");
    CHECK(end_of(day(1970, 1, 1), Period{0, 600, 50}) == "2070-01-01");
  }
  SECTION("a result outside 1970..2199: out_of_range") {
    CHECK_ERROR(ErrorCode::out_of_range, "period", "after 2199-12-31", period_end(day(2199, 12, 31), days(1)));
    CHECK_ERROR(ErrorCode::out_of_range, "period", "after 2199-12-31", period_end(day(2199, 12, 1), months(1)));
    CHECK_ERROR(ErrorCode::out_of_range, "period", "after 2199-12-31", period_end(day(2150, 6, 1), years(50)));
    CHECK_ERROR(ErrorCode::out_of_range, "start", "1969-12-31", period_end(day(1969, 12, 31), days(1)));
    CHECK(end_of(day(2199, 12, 30), days(1)) == "2199-12-31");
    CHECK(end_of(day(2199, 11, 30), months(1)) == "2199-12-30");
    CHECK(end_of(day(1970, 1, 1), Period{}) == "1970-01-01");
  }
  SECTION("a strict calendar's horizon: out_of_range") {
    // 2026-12-31 is the China preset's last known date.
    CHECK_ERROR(ErrorCode::out_of_range, "date", "2027-01-01", period_end(day(2026, 12, 1), months(1), &cn()));
    CHECK(end_of(day(2026, 12, 1), months(1), nullptr) == "2027-01-01");
  }
}

TEST_CASE("period_end: long day counts follow the documented limits", "[period]") {
  // period.hpp names two errors only: negative parts / > 1200 months
  // (invalid_argument) and a result outside 1970..2199 (out_of_range).
  CHECK(end_of(day(1970, 1, 1), days(40000)) == "2079-07-08");
  CHECK_ERROR(ErrorCode::out_of_range, "period", "after 2199-12-31", period_end(day(2150, 1, 1), days(40000)));
}
