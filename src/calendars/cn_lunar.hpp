#pragma once
// The lunar dates and the 清明 term of 2004-2100 that China's statutory
// holidays fall on: data/cn_lunar.csv (made by tools/generate_cn_lunar.py
// from lunar-python, checked row by row against independent implementations
// in tests/python/test_cn_lunar_table.py), compiled in by
// cmake/GenerateCnLunar.cmake. Private to the library.

#include <cstdint>
#include <span>

namespace aftersales::calendars {

// One Gregorian year's row; dates as yyyymmdd (date_from_yyyymmdd makes a Date).
// 除夕 (the last day of the lunar year, the 29th or 30th of the twelfth month)
// is not stored: it is by definition the day before spring_festival.
struct CnLunarYear {
  int year;
  std::int32_t spring_festival;  // 正月初一 falling in `year`
  std::int32_t qingming;         // the 清明 solar term, civil date in UTC+8
  std::int32_t dragon_boat;      // 五月初五 of the lunar year beginning in `year` (端午)
  std::int32_t mid_autumn;       // 八月十五 of the lunar year beginning in `year` (中秋)
};

// Every row, one per year, consecutive years in increasing order.
std::span<const CnLunarYear> cn_lunar_table() noexcept;

// The row of `year`, or nullptr outside the table's years.
const CnLunarYear* cn_lunar_year(int year) noexcept;

}  // namespace aftersales::calendars
