// The lunar table compiled in from data/cn_lunar.csv (src/calendars/cn_lunar.hpp).
// Its rows are checked one by one against independent implementations in
// tests/python/test_cn_lunar_table.py; here: the build carried them over whole.
#include <aftersales/types.hpp>

#include <catch2/catch.hpp>

#include "calendars/cn_lunar.hpp"

#include <cstdint>

using aftersales::calendars::cn_lunar_table;
using aftersales::calendars::cn_lunar_year;

TEST_CASE("cn_lunar: every year 2004-2100 once, in order, each date in its year", "[cn][lunar]") {
  auto table = cn_lunar_table();
  REQUIRE(table.size() == 2100 - 2004 + 1);
  int year = 2004;
  for (const auto& row : table) {
    INFO("year " << year);
    REQUIRE(row.year == year);
    REQUIRE(cn_lunar_year(year) == &row);
    for (std::int32_t d : {row.spring_festival, row.qingming, row.dragon_boat, row.mid_autumn}) {
      CHECK(d / 10000 == year);
      CHECK_NOTHROW(aftersales::date_from_yyyymmdd(d));
    }
    CHECK(row.spring_festival < row.qingming);
    CHECK(row.qingming < row.dragon_boat);
    CHECK(row.dragon_boat < row.mid_autumn);
    ++year;
  }
  CHECK(cn_lunar_year(2003) == nullptr);
  CHECK(cn_lunar_year(2101) == nullptr);
}

TEST_CASE("cn_lunar: pinned rows", "[cn][lunar]") {
  // Debian 12's ICU 72 puts these two on 2027-02-07 and 2030-02-02: a new moon
  // close to midnight in Beijing time.
  REQUIRE(cn_lunar_year(2027) != nullptr);
  CHECK(cn_lunar_year(2027)->spring_festival == 20270206);
  REQUIRE(cn_lunar_year(2030) != nullptr);
  CHECK(cn_lunar_year(2030)->spring_festival == 20300203);
  // 清明 on either side of midnight: 4 April (2008) and 5 April (2027).
  CHECK(cn_lunar_year(2008)->qingming == 20080404);
  CHECK(cn_lunar_year(2027)->qingming == 20270405);
  // A whole row, and 除夕 (not stored) is the day before 正月初一: 2026-02-16.
  const auto* y2026 = cn_lunar_year(2026);
  REQUIRE(y2026 != nullptr);
  CHECK(y2026->spring_festival == 20260217);
  CHECK(y2026->qingming == 20260405);
  CHECK(y2026->dragon_boat == 20260619);
  CHECK(y2026->mid_autumn == 20260925);
}
