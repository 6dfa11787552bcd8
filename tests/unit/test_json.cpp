// The JSON calendar document (src/calendar_json.cpp, README "Calendar
// documents"): reading, writing, round trips, the policy-document form, the
// "cn" preset, and errors that name the JSON path and the value.
#include <aftersales/calendar.hpp>
#include <aftersales/calendars/cn.hpp>
#include <aftersales/error.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"
#include <nlohmann/json.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

// Two calendars behave the same: zone, horizon, strictness, the shifts of
// every date in [from, to], and working time between random instants.
void check_same_behaviour(const Calendar& a, const Calendar& b, Date from, Date to, std::uint64_t seed) {
  CHECK(a.zone().name() == b.zone().name());
  CHECK(a.horizon() == b.horizon());
  CHECK(a.strict() == b.strict());
  int differ = 0;
  for (Date d = from; d <= to; d += boost::gregorian::days(1))
    if (a.shifts_on(d) != b.shifts_on(d) && ++differ <= 5) {
      INFO(format_date(d));
      CHECK(a.shifts_on(d) == b.shifts_on(d));
    }
  CHECK(differ == 0);
  std::mt19937_64 rng(seed);
  auto midnight = [&](Date d) {
    return a.to_utc(LocalTime(std::chrono::local_days(std::chrono::year{static_cast<int>(d.year())} /
                                                      std::chrono::month{static_cast<unsigned>(d.month())} /
                                                      std::chrono::day{static_cast<unsigned>(d.day())})))
        .time_since_epoch()
        .count();
  };
  const std::int64_t lo = midnight(from), hi = midnight(to);
  std::uniform_int_distribution<std::int64_t> pick(lo, hi);
  for (int i = 0; i < 100; ++i) {
    const Instant x(Seconds(pick(rng))), y(Seconds(pick(rng)));
    CHECK(a.between(x, y) == b.between(x, y));
    CHECK(a.is_working(x) == b.is_working(x));
  }
}

const char* const full_doc = R"({
  "zone": "Europe/Berlin",
  "week": {"mon": [["09:00", "12:00"], ["13:00", "18:00"]],
           "tue": [{"open": "09:00", "close": "17:00:30"}],
           "fri": [["18:00", "24:00"]],
           "sat": [["22:00", "06:00"]]},
  "holidays": ["2025-10-06", "2025-10-07"],
  "workdays": {"2025-09-28": "mon", "2025-10-12": "tuesday"},
  "days": {"2025-12-24": [["09:00", "13:00"]], "2025-12-29": []},
  "horizon": "2026-12-31",
  "strict": true
})";

}  // namespace

TEST_CASE("reading a calendar document", "[json]") {
  const Calendar cal = Calendar::from_json(full_doc);
  CHECK(cal.zone().name() == "Europe/Berlin");
  REQUIRE(cal.horizon().has_value());
  CHECK(str(*cal.horizon()) == "2026-12-31");
  CHECK(cal.strict());
  CHECK(cal.shifts_on(day(2025, 9, 22)) == std::vector<Shift>{sh("09:00", "12:00"), sh("13:00", "18:00")});
  CHECK(cal.shifts_on(day(2025, 9, 23)) == std::vector<Shift>{Shift{hours(9), hours(17) + Seconds(30)}});
  CHECK(cal.shifts_on(day(2025, 9, 24)).empty());
  CHECK(cal.shifts_on(day(2025, 9, 26)) == std::vector<Shift>{Shift{hours(18), hours(24)}});
  CHECK(cal.shifts_on(day(2025, 9, 27)) == std::vector<Shift>{sh("22:00", "06:00")});
  CHECK(cal.shifts_on(day(2025, 9, 28)) == cal.shifts_on(day(2025, 9, 22)));  // make-up as mon
  CHECK(cal.shifts_on(day(2025, 10, 12)) == cal.shifts_on(day(2025, 9, 23)));  // as "tuesday"
  CHECK_FALSE(cal.is_business_day(day(2025, 10, 6)));
  CHECK_FALSE(cal.is_business_day(day(2025, 10, 7)));
  CHECK(cal.shifts_on(day(2025, 12, 24)) == std::vector<Shift>{sh("09:00", "13:00")});
  CHECK_FALSE(cal.is_business_day(day(2025, 12, 29)));  // explicit: no shifts
  // Saturday 22:00 to Sunday 06:00 Berlin time.
  CHECK(cal.is_working(cal.to_utc(lt(2025, 9, 28, 5))));
  CHECK(cal.between(cal.to_utc(lt(2025, 9, 22)), cal.to_utc(lt(2025, 9, 23))) == hours(8));
  CHECK_THROWS_AS(cal.is_business_day(day(2027, 1, 4)), Error);
}

TEST_CASE("document defaults", "[json]") {
  const Calendar empty = Calendar::from_json("{}");
  CHECK(empty.zone().name() == "Asia/Shanghai");
  CHECK_FALSE(empty.horizon().has_value());
  CHECK_FALSE(empty.strict());
  CHECK_FALSE(empty.is_business_day(day(2025, 9, 22)));
  CHECK(empty.between(utc(2025, 1, 1), utc(2026, 1, 1)) == Seconds(0));
  const Calendar no_horizon = Calendar::from_json(R"({"zone": "UTC", "horizon": null, "strict": false})");
  CHECK_FALSE(no_horizon.horizon().has_value());
  CHECK(no_horizon.zone().name() == "UTC");
  const Calendar posix = Calendar::from_json(R"({"zone": "CST-8", "week": {"wed": [["09:00", "10:00"]]}})");
  CHECK(posix.zone().name() == "CST-8");
  CHECK(posix.next_working(utc(2025, 9, 22)) == utc(2025, 9, 24, 1));
}

TEST_CASE("to_json writes every rule and reads back to the same calendar", "[json]") {
  const Calendar cal = Calendar::from_json(full_doc);
  const std::string text = cal.to_json();
  const auto doc = nlohmann::json::parse(text);
  CHECK(doc["zone"] == "Europe/Berlin");
  CHECK(doc["week"]["mon"] == nlohmann::json::parse(R"([["09:00", "12:00"], ["13:00", "18:00"]])"));
  CHECK(doc["week"]["tue"] == nlohmann::json::parse(R"([["09:00", "17:00:30"]])"));
  CHECK(doc["week"]["fri"] == nlohmann::json::parse(R"([["18:00", "24:00"]])"));
  CHECK(doc["week"]["sat"] == nlohmann::json::parse(R"([["22:00", "06:00"]])"));
  CHECK_FALSE(doc["week"].contains("wed"));
  CHECK(doc["holidays"] == nlohmann::json::parse(R"(["2025-10-06", "2025-10-07"])"));
  CHECK(doc["workdays"] == nlohmann::json::parse(R"({"2025-09-28": "mon", "2025-10-12": "tue"})"));
  CHECK(doc["days"]["2025-12-24"] == nlohmann::json::parse(R"([["09:00", "13:00"]])"));
  CHECK(doc["days"]["2025-12-29"] == nlohmann::json::array());
  CHECK(doc["horizon"] == "2026-12-31");
  CHECK(doc["strict"] == true);

  const Calendar back = Calendar::from_json(text);
  CHECK(back.to_json() == text);
  check_same_behaviour(cal, back, day(2025, 1, 1), day(2026, 12, 31), 1);
}

TEST_CASE("round trips of assorted calendars", "[json]") {
  std::vector<Calendar> cals;
  {
    CalendarBuilder b;
    b.zone("America/New_York").week(Weekday::sun, {sh("20:00", "04:00")}).week(Weekday::mon, {sh("06:00", "10:00:15")});
    b.holiday(day(2025, 11, 27)).workday(day(2025, 11, 29), Weekday::sun).day(day(2025, 11, 2), {sh("00:30", "03:00")});
    cals.push_back(b.build());
  }
  {
    CalendarBuilder b;
    b.zone("CET-1CEST,M3.5.0,M10.5.0/3").horizon(day(2025, 12, 31));
    for (int w = 0; w < 7; ++w) b.week(static_cast<Weekday>(w), {sh("00:00", "24:00")});
    b.day(day(2025, 3, 30), {sh("01:00", "05:00")});
    cals.push_back(b.build());
  }
  cals.push_back(calendars::china());
  cals.push_back(calendars::china({sh("08:00", "20:00")}, "Asia/Urumqi", false));
  std::uint64_t seed = 10;
  for (const Calendar& cal : cals) {
    INFO(cal.to_json().substr(0, 200));
    const Calendar back = Calendar::from_json(cal.to_json());
    CHECK(back.to_json() == cal.to_json());
    check_same_behaviour(cal, back, day(2025, 1, 1), day(2025, 12, 31), ++seed);
  }
  // The preset written out and read back is the whole table.
  const Calendar cn_back = Calendar::from_json(calendars::china().to_json());
  for (Date d = day(2004, 1, 1); d <= day(2026, 12, 31); d += boost::gregorian::days(7))
    CHECK(cn_back.is_business_day(d) == calendars::china().is_business_day(d));
}

TEST_CASE("a policy document holds the calendar under \"calendar\"", "[json]") {
  const std::string policy = std::string(R"({"name": "north", "dispatch": {"targets": {"urban": "6h"}}, "calendar": )") +
                             full_doc + "}";
  const Calendar cal = Calendar::from_json(policy);
  CHECK(cal.to_json() == Calendar::from_json(full_doc).to_json());
  const Calendar preset = Calendar::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {}})");
  CHECK(preset.is_business_day(day(2025, 9, 28)));
  CHECK(preset.strict());
}

TEST_CASE("the cn preset in a document", "[json][cn]") {
  const Calendar cal = Calendar::from_json(R"({"preset": "cn"})");
  const Calendar ref = calendars::china();
  CHECK(cal.zone().name() == "Asia/Shanghai");
  CHECK(cal.strict());
  REQUIRE(cal.horizon().has_value());
  CHECK(str(*cal.horizon()) == "2026-12-31");
  for (Date d = day(2004, 1, 1); d <= day(2026, 12, 31); d += boost::gregorian::days(1))
    if (cal.is_business_day(d) != ref.is_business_day(d)) FAIL_CHECK(format_date(d));
  CHECK(cal.add(cal.to_utc(lt(2025, 9, 26, 16)), hours(6)) == cal.to_utc(lt(2025, 9, 28, 14)));

  // Members after the preset change it.
  const Calendar loose = Calendar::from_json(R"({"preset": "cn", "strict": false})");
  CHECK_FALSE(loose.strict());
  CHECK(loose.is_business_day(day(2027, 1, 4)));
  const Calendar urumqi = Calendar::from_json(R"({"preset": "cn", "zone": "Asia/Urumqi"})");
  CHECK(urumqi.zone().name() == "Asia/Urumqi");
  CHECK_FALSE(urumqi.is_business_day(day(2025, 10, 1)));
  CHECK(urumqi.shifts_on(day(2025, 9, 29)) == calendars::cn_default_hours());
  const Calendar hours_ = Calendar::from_json(R"({"preset": "cn", "week": {
      "mon": [["08:00", "17:00"]], "tue": [["08:00", "17:00"]], "wed": [["08:00", "17:00"]],
      "thu": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]]}})");
  CHECK(hours_.shifts_on(day(2025, 9, 29)) == std::vector<Shift>{sh("08:00", "17:00")});
  CHECK(hours_.shifts_on(day(2025, 9, 28)) == std::vector<Shift>{sh("08:00", "17:00")});  // make-up Sunday
  CHECK(hours_.shifts_on(day(2025, 10, 1)).empty());
  const Calendar extra = Calendar::from_json(R"({"preset": "cn", "holidays": ["2025-12-26"],
                                                 "days": {"2025-12-24": [["09:00", "13:00"]]}})");
  CHECK_FALSE(extra.is_business_day(day(2025, 12, 26)));
  CHECK(extra.shifts_on(day(2025, 12, 24)) == std::vector<Shift>{sh("09:00", "13:00")});
  CHECK_FALSE(extra.is_business_day(day(2025, 10, 1)));
}

TEST_CASE("document errors name the JSON path and the value", "[json][error]") {
  auto load = [](const std::string& text) { return Calendar::from_json(text); };
  SECTION("malformed JSON and wrong shapes") {
    CHECK_ERROR(ErrorCode::parse_error, "calendar", "invalid JSON", load("{"));
    CHECK_ERROR(ErrorCode::parse_error, "calendar", "invalid JSON", load(""));
    CHECK_ERROR(ErrorCode::parse_error, "calendar", "invalid JSON", load(R"({"zone": "UTC",})"));
    CHECK_ERROR(ErrorCode::parse_error, "calendar", "[1,2]", load("[1,2]"));
    CHECK_ERROR(ErrorCode::parse_error, "zones", "zones", load(R"({"zones": "UTC"})"));
    CHECK_ERROR(ErrorCode::parse_error, "zone", "8", load(R"({"zone": 8})"));
    CHECK_ERROR(ErrorCode::parse_error, "week", "[]", load(R"({"week": []})"));
    CHECK_ERROR(ErrorCode::parse_error, "week.mon", "09:00-18:00", load(R"({"week": {"mon": "09:00-18:00"}})"));
    CHECK_ERROR(ErrorCode::parse_error, "week.mon[0]", R"(["09:00"])", load(R"({"week": {"mon": [["09:00"]]}})"));
    CHECK_ERROR(ErrorCode::parse_error, "week.mon[0][1]", "18", load(R"({"week": {"mon": [["09:00", 18]]}})"));
    CHECK_ERROR(ErrorCode::parse_error, "holidays", "2025-10-01", load(R"({"holidays": "2025-10-01"})"));
    CHECK_ERROR(ErrorCode::parse_error, "holidays[1]", "20251002", load(R"({"holidays": ["2025-10-01", 20251002]})"));
    CHECK_ERROR(ErrorCode::parse_error, "workdays", "2025-09-28", load(R"({"workdays": ["2025-09-28"]})"));
    CHECK_ERROR(ErrorCode::parse_error, "workdays.2025-09-28", "1", load(R"({"workdays": {"2025-09-28": 1}})"));
    CHECK_ERROR(ErrorCode::parse_error, "days", "[]", load(R"({"days": []})"));
    CHECK_ERROR(ErrorCode::parse_error, "horizon", "5", load(R"({"horizon": 5})"));
    CHECK_ERROR(ErrorCode::parse_error, "strict", "yes", load(R"({"strict": "yes"})"));
    CHECK_ERROR(ErrorCode::parse_error, "preset", "1", load(R"({"preset": 1})"));
  }
  SECTION("bad values") {
    CHECK_ERROR(ErrorCode::not_found, "zone", "Mars/Base", load(R"({"zone": "Mars/Base"})"));
    CHECK_ERROR(ErrorCode::not_found, "preset", "us", load(R"({"preset": "us"})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "week.funday", "funday", load(R"({"week": {"funday": []}})"));
    CHECK_ERROR(ErrorCode::parse_error, "week.mon[0].open", "25:00", load(R"({"week": {"mon": [["25:00", "18:00"]]}})"));
    CHECK_ERROR(ErrorCode::parse_error, "week.mon[0].close", "12:60", load(R"({"week": {"mon": [["09:00", "12:60"]]}})"));
    CHECK_ERROR(ErrorCode::parse_error, "week.mon[0].open", "'9'", load(R"({"week": {"mon": [{"open": "9", "close": "18:00"}]}})"));
    CHECK_ERROR(ErrorCode::parse_error, "week.sat[0].open", "24:00", load(R"({"week": {"sat": [["24:00", "06:00"]]}})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "week.mon", "11:00",
                load(R"({"week": {"mon": [["09:00", "12:00"], ["11:00", "13:00"]]}})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "week.tue[0]", "09:00-09:00", load(R"({"week": {"tue": [["09:00", "09:00"]]}})"));
    CHECK_ERROR(ErrorCode::parse_error, "holidays[0]", "2025-02-30", load(R"({"holidays": ["2025-02-30"]})"));
    CHECK_ERROR(ErrorCode::out_of_range, "holidays[0]", "1969-12-31", load(R"({"holidays": ["1969-12-31"]})"));
    CHECK_ERROR(ErrorCode::parse_error, "workdays.2025-13-01", "2025-13-01", load(R"({"workdays": {"2025-13-01": "mon"}})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "workdays.2025-09-28", "funday", load(R"({"workdays": {"2025-09-28": "funday"}})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "workdays.2025-10-01", "2025-10-01",
                load(R"({"holidays": ["2025-10-01"], "workdays": {"2025-10-01": "mon"}})"));
    CHECK_ERROR(ErrorCode::parse_error, "days.2025-12-24[0].close", "13:61",
                load(R"({"days": {"2025-12-24": [["09:00", "13:61"]]}})"));
    CHECK_ERROR(ErrorCode::out_of_range, "days.2200-01-01", "2200-01-01", load(R"({"days": {"2200-01-01": []}})"));
    CHECK_ERROR(ErrorCode::parse_error, "horizon", "2025-02-30", load(R"({"horizon": "2025-02-30"})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "strict", "horizon", load(R"({"strict": true})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "holidays[0]", "2027-01-04", load(R"({"preset": "cn", "holidays": ["2027-01-04"]})"));
  }
  SECTION("inside a policy document every path starts with calendar.") {
    auto in_policy = [&](const std::string& calendar) {
      return load(R"({"dispatch": {}, "calendar": )" + calendar + "}");
    };
    CHECK_ERROR(ErrorCode::parse_error, "calendar", "5", in_policy("5"));
    CHECK_ERROR(ErrorCode::parse_error, "calendar.zones", "zones", in_policy(R"({"zones": "UTC"})"));
    CHECK_ERROR(ErrorCode::parse_error, "calendar.week.mon[0].close", "25:00",
                in_policy(R"({"week": {"mon": [["09:00", "25:00"]]}})"));
    try {  // README: "calendar.week.mon[0].close: '25:00' is not a time of day"
      in_policy(R"({"week": {"mon": [["09:00", "25:00"]]}})");
    } catch (const Error& e) {
      CHECK_THAT(std::string(e.what()), Catch::Matchers::StartsWith("calendar.week.mon[0].close: '25:00' is not a time of day"));
    }
    CHECK_ERROR(ErrorCode::not_found, "calendar.zone", "Mars/Base", in_policy(R"({"zone": "Mars/Base"})"));
    CHECK_ERROR(ErrorCode::not_found, "calendar.preset", "us", in_policy(R"({"preset": "us"})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "calendar.week.mon", "11:00",
                in_policy(R"({"week": {"mon": [["09:00", "12:00"], ["11:00", "13:00"]]}})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "calendar.week.tue[0]", "09:00-09:00",
                in_policy(R"({"week": {"tue": [["09:00", "09:00"]]}})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "calendar.workdays.2025-10-01", "2025-10-01",
                in_policy(R"({"holidays": ["2025-10-01"], "workdays": {"2025-10-01": "mon"}})"));
    CHECK_ERROR(ErrorCode::out_of_range, "calendar.holidays[0]", "1969-12-31", in_policy(R"({"holidays": ["1969-12-31"]})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "calendar.strict", "horizon", in_policy(R"({"strict": true})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "calendar.holidays[0]", "2027-01-04",
                in_policy(R"({"preset": "cn", "holidays": ["2027-01-04"]})"));
  }
}
