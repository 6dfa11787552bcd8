#pragma once
// Mainland China's statutory holidays as the law fixes them (全国年节及纪念日
// 放假办法), for the years past the published notices: what the calendar's
// PastHorizon::statutory mode puts past the horizon, and what
// `aftersales calendar YEAR` shows.
#include <aftersales/calendar.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace aftersales::calendars {

// One version of the law (data/cn_statutory.json).
struct CnDecree {
  int number;                        // 795 for 国务院令第795号
  std::string_view decree;           // "国务院令第795号"
  Date in_force_from;
  std::optional<Date> in_force_until;  // none: still in force
};

// The versions, oldest first.
const std::vector<CnDecree>& cn_decrees();
// The version in force on 1 January of `year`; throws Error(out_of_range)
// naming "year" before the oldest.
const CnDecree& cn_decree_for(int year);

// The years cn_statutory_days knows (the lunar table's: 2004..2100).
int cn_statutory_first_year() noexcept;
int cn_statutory_last_year() noexcept;

// A day off the law gives in a year.
struct CnStatutoryDay {
  Date date;
  bool substitute = false;      // 补假 for a statutory day on a Saturday or Sunday
  std::string_view festival;    // "春节"; a substitute names the festival it is for
  std::string_view english;     // "Spring Festival", as data/cn_holidays.csv names it
};

// The days off of `year` by the law in force then, by date: each festival's
// statutory days (a date statutory for two festivals, such as 中秋 inside
// 国庆, once, under the festival that starts first), and for each of them on
// a Saturday or Sunday a substitute: the next Monday-Friday after that
// festival's days that is neither a statutory day nor another substitute
// (art. 6 leaves the day to the yearly notice; this is the rule the notices
// of 2004-2026 followed for 73 of 75 such days). Throws Error(out_of_range)
// naming "year" outside cn_statutory_first_year()..cn_statutory_last_year().
std::vector<CnStatutoryDay> cn_statutory_days(int year);

}  // namespace aftersales::calendars
