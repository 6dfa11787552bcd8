// The calendar past the horizon (issue 24): PastHorizon refuse / weekly /
// statutory. The statutory days are 全国年节及纪念日放假办法 art. 2 in the
// version in force (国务院令第270号 until 2007, 第513号 2008-2013, 第644号
// 2014-2024, 第795号 from 2025; data/cn_statutory.json), with art. 6's
// 补假 on the next free weekday after the festival.
#include <aftersales/calendar.hpp>
#include <aftersales/calendars/cn.hpp>
#include <aftersales/calendars/cn_statutory.hpp>
#include <aftersales/dispatch.hpp>
#include <aftersales/error.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <set>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using aftersales::calendars::china;
using aftersales::calendars::cn_statutory_days;
using aftersales::calendars::CnHolidayFile;
using std::chrono::hours;

namespace {

const Calendar& statutory() {
  static const Calendar cal = china(calendars::cn_default_hours(), default_zone, PastHorizon::statutory);
  return cal;
}

Instant sh_time(int y, unsigned mo, unsigned d, int h, int mi = 0) { return cn().to_utc(lt(y, mo, d, h, mi)); }

// "2027-02-09 补 春节" per day, to compare whole years readably.
std::vector<std::string> listed(int year) {
  std::vector<std::string> out;
  for (const auto& d : cn_statutory_days(year))
    out.push_back(str(d.date) + (d.substitute ? " 补 " : " ") + std::string(d.festival));
  return out;
}

}  // namespace

TEST_CASE("the four versions of the law and the years they apply to", "[cn][statutory]") {
  CHECK(calendars::cn_decree_for(2004).number == 270);
  CHECK(calendars::cn_decree_for(2007).number == 270);
  CHECK(calendars::cn_decree_for(2008).number == 513);
  CHECK(calendars::cn_decree_for(2013).number == 513);
  CHECK(calendars::cn_decree_for(2014).number == 644);
  CHECK(calendars::cn_decree_for(2024).number == 644);
  CHECK(calendars::cn_decree_for(2025).number == 795);
  CHECK(calendars::cn_decree_for(2100).number == 795);
  CHECK(calendars::cn_decree_for(2025).decree == "国务院令第795号");
  CHECK_FALSE(calendars::cn_decree_for(2025).in_force_until);
  CHECK(calendars::cn_statutory_first_year() == 2004);
  CHECK(calendars::cn_statutory_last_year() == 2100);
  CHECK_ERROR(ErrorCode::out_of_range, "year", "2101", cn_statutory_days(2101));
  CHECK_ERROR(ErrorCode::out_of_range, "year", "2003", cn_statutory_days(2003));
}

TEST_CASE("2027 by No. 795: the statutory days and their substitutes", "[cn][statutory]") {
  // Art. 2: 元旦 1 Jan; 春节 除夕 + 初一..初三 (正月初一 2027-02-06); 清明 04-05;
  // 劳动节 1-2 May; 端午 06-09; 中秋 09-15; 国庆 1-3 Oct. Art. 6: 补假.
  CHECK(listed(2027) == std::vector<std::string>{
                            "2027-01-01 元旦",        "2027-02-05 春节",        "2027-02-06 春节",
                            "2027-02-07 春节",        "2027-02-08 春节",        "2027-02-09 补 春节",
                            "2027-02-10 补 春节",     "2027-04-05 清明节",      "2027-05-01 劳动节",
                            "2027-05-02 劳动节",      "2027-05-03 补 劳动节",   "2027-05-04 补 劳动节",
                            "2027-06-09 端午节",      "2027-09-15 中秋节",      "2027-10-01 国庆节",
                            "2027-10-02 国庆节",      "2027-10-03 国庆节",      "2027-10-04 补 国庆节",
                            "2027-10-05 补 国庆节"});
}

TEST_CASE("a day statutory for two festivals counts once (中秋 inside 国庆)", "[cn][statutory]") {
  // 2031: 中秋 = 10-01 (Wed): three days off in October, no substitute.
  std::vector<std::string> oct2031;
  for (const auto& s : listed(2031))
    if (s.rfind("2031-10", 0) == 0) oct2031.push_back(s);
  CHECK(oct2031 == std::vector<std::string>{"2031-10-01 国庆节", "2031-10-02 国庆节", "2031-10-03 国庆节"});
  // 2039: 中秋 = 10-02 (Sun) inside 国庆 (Sat-Mon): two weekend days, two substitutes.
  std::vector<std::string> oct2039;
  for (const auto& s : listed(2039))
    if (s.rfind("2039-10", 0) == 0) oct2039.push_back(s);
  CHECK(oct2039 == std::vector<std::string>{"2039-10-01 国庆节", "2039-10-02 国庆节", "2039-10-03 国庆节",
                                            "2039-10-04 补 国庆节", "2039-10-05 补 国庆节"});
  CHECK(statutory().is_business_day(day(2039, 10, 6)));
  CHECK_FALSE(statutory().is_business_day(day(2031, 10, 3)));
  CHECK(statutory().is_business_day(day(2031, 10, 6)));
}

TEST_CASE("23 years of notices: every statutory day is off, and every modelled 补假 but two", "[cn][statutory]") {
  // The published table (2004-2026) against the law then in force and the
  // lunar table: the notices gave every statutory day off, and a substitute
  // for a weekend one on the next free weekday in 73 of 75 cases.
  std::vector<std::string> statutory_worked, substitute_worked;
  int substitutes = 0;
  for (int y = 2004; y <= 2026; ++y)
    for (const auto& d : cn_statutory_days(y)) {
      if (d.substitute) ++substitutes;
      if (cn().is_business_day(d.date)) (d.substitute ? substitute_worked : statutory_worked).push_back(str(d.date));
    }
  CHECK(statutory_worked.empty());
  // 75 weekend statutory days festival by festival, 74 dates: 2009-10-03
  // (Sat) was 中秋 and 国庆 at once and is given back once.
  CHECK(substitutes == 74);
  // 2012: 端午 06-23 (Sat) given back on Fri 06-22; 2015: 中秋 09-27 (Sun)
  // not given back on 09-28 (the notice's choice).
  CHECK(substitute_worked == std::vector<std::string>{"2012-06-25", "2015-09-28"});
}

TEST_CASE("the three modes past the horizon", "[cn][statutory]") {
  const Calendar refuse = china(calendars::cn_default_hours(), default_zone, PastHorizon::refuse);
  const Calendar weekly = china(calendars::cn_default_hours(), default_zone, PastHorizon::weekly);
  CHECK(refuse.strict());
  CHECK(refuse.past_horizon() == PastHorizon::refuse);
  CHECK(cn().past_horizon() == PastHorizon::refuse);  // still the preset's default
  CHECK_FALSE(weekly.strict());
  CHECK_FALSE(statutory().strict());
  CHECK(statutory().past_horizon() == PastHorizon::statutory);
  CHECK(str(*statutory().horizon()) == "2026-12-31");
  CHECK(str(*statutory().provisional_until()) == "2100-12-31");
  CHECK_FALSE(refuse.provisional_until());
  CHECK_FALSE(statutory().provisional(day(2026, 12, 31)));
  CHECK(statutory().provisional(day(2027, 1, 1)));
  CHECK(statutory().provisional(day(2100, 12, 31)));
  CHECK_FALSE(statutory().provisional(day(2101, 1, 1)));
  CHECK_FALSE(weekly.provisional(day(2027, 1, 1)));

  CHECK_ERROR(ErrorCode::out_of_range, "date", "2026-12-31", refuse.is_business_day(day(2027, 1, 1)));
  CHECK(weekly.is_business_day(day(2027, 1, 1)));
  CHECK_FALSE(statutory().is_business_day(day(2027, 1, 1)));
  CHECK(statutory().is_business_day(day(2027, 1, 4)));
  // Published years are untouched: 2026's make-up days still work.
  CHECK(statutory().is_business_day(day(2026, 1, 4)) == cn().is_business_day(day(2026, 1, 4)));
  // Past 2100 the mode refuses like strict.
  CHECK_ERROR(ErrorCode::out_of_range, "date", "2100-12-31", statutory().is_business_day(day(2101, 1, 3)));
  CHECK_ERROR(ErrorCode::out_of_range, "t", "2100-12-31", statutory().add(sh_time(2101, 1, 3, 10), hours(1)));
  CHECK_ERROR(ErrorCode::out_of_range, "d", "2100-12-31", statutory().add(sh_time(2100, 12, 31, 17), hours(2)));
  CHECK(statutory().is_business_day(day(2100, 12, 31)));  // a Friday
}

TEST_CASE("the 2026-12-31 16:00 city call", "[cn][statutory][dispatch]") {
  const Instant received = sh_time(2026, 12, 31, 16);
  // 6 h urban: 16:00-18:00, then 1 Jan (元旦, Fri) and the weekend off,
  // 09:00-12:00 and 13:00-14:00 on Monday 4 January.
  const DispatchPolicy p(statutory());
  CHECK(shanghai(p.deadline(received, "urban")) == "2027-01-04 14:00:00");
  const SlaStatus s = p.status(received, "urban", received);
  CHECK(shanghai(s.deadline) == "2027-01-04 14:00:00");
  CHECK(s.rule == "dispatch.target.urban = 6h of working time from call to arrival"
                  " (2027: statutory holidays only, make-up days not yet published)");
  // Still refused by the default (strict) preset.
  const DispatchPolicy strict_policy(cn());
  CHECK_ERROR(ErrorCode::out_of_range, "received", "2026-12-31", strict_policy.deadline(received, "urban"));
  // A call that stays within the published year has no note.
  CHECK(p.status(sh_time(2026, 12, 30, 9), "urban", sh_time(2026, 12, 30, 9)).rule ==
        "dispatch.target.urban = 6h of working time from call to arrival");
  // Nor does its verdict looked at in 2027: it rests on 2026's dates only.
  const SlaStatus met = p.status(sh_time(2026, 12, 30, 9), "urban", sh_time(2027, 1, 5, 9), {}, sh_time(2026, 12, 30, 10));
  CHECK(met.state == SlaState::met);
  CHECK(met.rule == "dispatch.target.urban = 6h of working time from call to arrival");
  const SlaStatus late = p.status(sh_time(2026, 12, 30, 9), "urban", sh_time(2027, 1, 5, 9));
  CHECK(late.state == SlaState::breached);
  CHECK(late.rule == "dispatch.target.urban = 6h of working time from call to arrival");
}

TEST_CASE("a deadline across the 2027 Spring Festival", "[cn][statutory][dispatch]") {
  // Thu 02-04 16:00, 6 h: 2 h on Thursday; 除夕 02-05 (Fri) .. 初三 02-08
  // off, 初一 and 初二 on the weekend given back on 02-09 and 02-10; 4 h on
  // Thursday 02-11.
  const DispatchPolicy p(statutory());
  const Instant received = sh_time(2027, 2, 4, 16);
  CHECK(shanghai(p.deadline(received, "urban")) == "2027-02-11 14:00:00");
  CHECK_THAT(p.status(received, "urban", received).rule, Catch::Matchers::Contains("(2027: statutory holidays only"));
  // The weekly mode knows none of it.
  const DispatchPolicy weekly(china(calendars::cn_default_hours(), default_zone, PastHorizon::weekly));
  CHECK(shanghai(weekly.deadline(received, "urban")) == "2027-02-05 14:00:00");
}

TEST_CASE("a published 2027 holiday file replaces the provisional days", "[cn][statutory][file]") {
  // A hypothetical notice (test rows, not the real one): the Spring Festival
  // 02-05..02-11 with a make-up Saturday 02-20, and the Gregorian days.
  const CnHolidayFile f = CnHolidayFile::parse(
      "date,kind,name\n"
      "2027-01-01,holiday,New Year's Day (hypothetical)\n"
      "2027-02-05,holiday,Spring Festival (hypothetical)\n"
      "2027-02-08,holiday,Spring Festival (hypothetical)\n"
      "2027-02-11,holiday,Spring Festival (hypothetical)\n"
      "2027-02-20,workday,Spring Festival (hypothetical)\n"
      "2027-05-01,holiday,Labour Day (hypothetical)\n"
      "2027-05-02,holiday,Labour Day (hypothetical)\n"
      "2027-10-01,holiday,National Day (hypothetical)\n"
      "2027-10-02,holiday,National Day (hypothetical)\n"
      "2027-10-03,holiday,National Day (hypothetical)\n",
      "h2027.csv");
  const Calendar cal = china(f, calendars::cn_default_hours(), default_zone, PastHorizon::statutory);
  CHECK(str(*cal.horizon()) == "2027-12-31");
  CHECK_FALSE(cal.provisional(day(2027, 2, 9)));
  CHECK(cal.is_business_day(day(2027, 2, 9)));    // provisional 补假, not in the file
  CHECK_FALSE(cal.is_business_day(day(2027, 2, 11)));  // the file's
  CHECK(cal.is_business_day(day(2027, 2, 20)));   // the file's make-up day
  CHECK(cal.is_business_day(day(2027, 5, 3)));    // provisional 补假, not in the file
  CHECK(cal.provisional(day(2028, 1, 1)));
  CHECK_FALSE(cal.is_business_day(day(2028, 1, 1)));  // 2028 is provisional
  const DispatchPolicy p(cal);
  CHECK(p.status(sh_time(2027, 2, 4, 16), "urban", sh_time(2027, 2, 4, 16)).rule ==
        "dispatch.target.urban = 6h of working time from call to arrival");
  CHECK(shanghai(p.deadline(sh_time(2027, 2, 4, 16), "urban")) == "2027-02-09 14:00:00");
}

TEST_CASE("\"past_horizon\" in a calendar document", "[cn][statutory][json]") {
  const Calendar cal = Calendar::from_json(R"({"preset": "cn", "past_horizon": "statutory"})");
  CHECK(cal.past_horizon() == PastHorizon::statutory);
  CHECK_FALSE(cal.is_business_day(day(2027, 2, 9)));
  CHECK(Calendar::from_json(R"({"preset": "cn", "past_horizon": "weekly"})").is_business_day(day(2027, 2, 9)));
  CHECK(Calendar::from_json(R"({"preset": "cn", "past_horizon": "refuse"})").strict());
  CHECK(Calendar::from_json(R"({"preset": "cn", "strict": true, "past_horizon": "refuse"})").strict());
  // Written back with both members, and read back to the same calendar.
  const std::string doc = cal.to_json();
  CHECK_THAT(doc, Catch::Matchers::Contains("\"past_horizon\": \"statutory\""));
  CHECK_THAT(doc, Catch::Matchers::Contains("\"strict\": false"));
  CHECK_THAT(doc, !Catch::Matchers::Contains("2027-02-09"));  // provisional days are not written
  const Calendar back = Calendar::from_json(doc);
  CHECK(back.past_horizon() == PastHorizon::statutory);
  CHECK_FALSE(back.is_business_day(day(2027, 2, 9)));
  CHECK(back.to_json() == doc);
  // Bad words and contradictions name the member.
  CHECK_ERROR(ErrorCode::invalid_argument, "past_horizon", "'provisional'",
              Calendar::from_json(R"({"preset": "cn", "past_horizon": "provisional"})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "calendar.past_horizon", "'strict'",
              DispatchPolicy::from_json(R"({"calendar": {"preset": "cn", "past_horizon": "strict"}})"));
  CHECK_ERROR(ErrorCode::parse_error, "past_horizon", "true", Calendar::from_json(R"({"past_horizon": true})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "past_horizon", "contradicts",
              Calendar::from_json(R"({"preset": "cn", "strict": true, "past_horizon": "statutory"})"));
  // Statutory needs a horizon to start after.
  CHECK_ERROR(ErrorCode::invalid_argument, "past_horizon", "horizon",
              Calendar::from_json(R"({"zone": "UTC", "past_horizon": "statutory"})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "calendar.past_horizon", "horizon",
              DispatchPolicy::from_json(R"({"calendar": {"past_horizon": "statutory"}})"));
  CHECK(parse_past_horizon("weekly") == PastHorizon::weekly);
  CHECK(std::string(to_string(PastHorizon::statutory)) == "statutory");
}

TEST_CASE("provisional_year_in", "[cn][statutory]") {
  CHECK_FALSE(statutory().provisional_year_in(sh_time(2026, 12, 1, 9), sh_time(2026, 12, 31, 23)));
  CHECK(statutory().provisional_year_in(sh_time(2026, 12, 31, 9), sh_time(2027, 1, 1, 0)) == 2027);
  CHECK(statutory().provisional_year_in(sh_time(2030, 1, 1, 0), sh_time(2029, 6, 1, 0)) == 2029);
  CHECK_FALSE(cn().provisional_year_in(sh_time(2026, 12, 31, 9), sh_time(2027, 1, 1, 9)));
  CHECK(statutory().provisional_note(sh_time(2026, 1, 1, 0), sh_time(2026, 2, 1, 0)).empty());
}

TEST_CASE("a company's own dates in the provisional years", "[cn][statutory][json]") {
  // They win over the statutory days, as over the published ones.
  const Calendar cal = Calendar::from_json(
      R"({"preset": "cn", "past_horizon": "statutory", "holidays": ["2027-03-08"],
          "days": {"2027-02-09": [["09:00", "12:00"]]}})");
  CHECK_FALSE(cal.is_business_day(day(2027, 3, 8)));
  CHECK(cal.shifts_on(day(2027, 2, 9)) == std::vector<Shift>{sh("09:00", "12:00")});
  CHECK_FALSE(cal.is_business_day(day(2027, 2, 10)));
  CHECK(Calendar::from_json(cal.to_json()).to_json() == cal.to_json());
  // Refuse mode keeps them to the horizon; statutory to the last provisional date.
  CHECK_ERROR(ErrorCode::invalid_argument, "holidays[0]", "move the horizon first",
              Calendar::from_json(R"({"preset": "cn", "holidays": ["2027-03-08"]})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "holidays[0]", "last provisional date 2100-12-31",
              Calendar::from_json(R"({"preset": "cn", "past_horizon": "statutory", "holidays": ["2101-03-08"]})"));
}

TEST_CASE("data/cn_statutory.json: the versions follow each other without a gap", "[cn][statutory]") {
  const auto& decrees = calendars::cn_decrees();
  REQUIRE(decrees.size() == 4);
  CHECK(decrees[0].number == 270);
  CHECK(decrees[1].number == 513);
  CHECK(decrees[2].number == 644);
  CHECK(decrees[3].number == 795);
  for (std::size_t i = 0; i + 1 < decrees.size(); ++i) {
    REQUIRE(decrees[i].in_force_until);
    CHECK(str(*decrees[i].in_force_until + boost::gregorian::days(1)) == str(decrees[i + 1].in_force_from));
  }
  // Every change took effect on a 1 January, so a year has one version.
  for (std::size_t i = 1; i < decrees.size(); ++i) CHECK(decrees[i].in_force_from.day_of_year() == 1);
}
