// The sanbao preset row by row against the annex of 部分商品修理更换退货责任规定
// (1995), 实施三包的部分商品目录(第一批) (issue 27). Each row is checked
// through the coverage and remedy API: the whole-unit term and each main
// part's term on their last covered day and the day after, and the daily
// depreciation charged on a return after a refused exchange.
//
// Source of every row: the 法搜网 copy of the regulation,
// http://www.lygzb.net/html/text/chl/134/13469_3.html (page 3: the annex
// table, rows 1-4). Rows 5-18 are not in the preset (see its note): no copy
// of them was found to transcribe from.
//
// Dates: bought Monday 2025-03-10; the policy has no calendar, so a term
// ends on its corresponding day (start day not counted), never moved.
#include <aftersales/error.hpp>
#include <aftersales/period.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"
#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <string>

using namespace aftersales;
using namespace test_support;

namespace {

// One row of the annex: the terms in years, the rate in ppm of the price per
// day (0.1 % = 1000).
struct AnnexRow {
  const char* product;
  int whole_unit_years;
  std::map<std::string, int> part_years;  // the row's main parts, our names
  std::int64_t ppm_per_day;
};

const WarrantyPolicy& plain() {
  static const WarrantyPolicy p = WarrantyPolicy::sanbao();
  return p;
}

const Date bought = day(2025, 3, 10);

UnitFacts unit(const char* product) {
  UnitFacts u;
  u.product = product;
  u.purchased = bought;
  return u;
}

Date last_day(int years) { return day(2025 + years, 3, 10); }

int total_months(const Period& p) { return p.years * 12 + p.months; }

void check_row(const AnnexRow& row) {
  const WarrantyPolicy& p = plain();
  const ProductTerms& t = p.terms(row.product);
  CHECK(total_months(t.whole_unit) == 12 * row.whole_unit_years);
  CHECK(t.whole_unit.days == 0);
  CHECK(t.basis == StartBasis::invoice);  // 三包有效期自开具发票之日起计算
  CHECK(t.depreciation_ppm_per_day == row.ppm_per_day);

  // Exactly the row's parts: none missing, none of our own added.
  std::map<std::string, int> parts;
  for (const ComponentTerm& c : t.components) {
    CHECK(c.period.days == 0);
    parts[c.name] = total_months(c.period);
  }
  std::map<std::string, int> want;
  for (const auto& [name, years] : row.part_years) want[name] = 12 * years;
  CHECK(parts == want);

  // Whole unit: covered on its last day, not the day after.
  const Date whole_last = last_day(row.whole_unit_years);
  const Coverage in = p.coverage(unit(row.product), whole_last);
  CHECK(in.covered);
  CHECK(in.until == whole_last);
  CHECK(in.term == "whole_unit");
  CHECK_FALSE(p.coverage(unit(row.product), whole_last + boost::gregorian::days(1)).covered);

  // Each main part likewise.
  for (const auto& [name, years] : row.part_years) {
    INFO(name);
    const Date part_last = last_day(years);
    const Coverage c = p.coverage(unit(row.product), part_last, name);
    CHECK(c.covered);
    CHECK(c.until == part_last);
    CHECK(c.term == name);
    CHECK_FALSE(p.coverage(unit(row.product), part_last + boost::gregorian::days(1), name).covered);
  }

  // Depreciation: a fault on day 10 (in the 15-day exchange window), the
  // exchange refused, a price of 10,000.00 yuan: 10 days at the row's rate.
  FaultFacts f;
  f.fault_on = day(2025, 3, 20);
  f.price = 1'000'000;
  f.refused_exchange = true;
  const RemedyDecision d = p.remedy(unit(row.product), f);
  CHECK(d.depreciated);
  CHECK(d.depreciation_ppm_per_day == row.ppm_per_day);
  CHECK(d.depreciation_days == 10);
  CHECK(d.depreciation == row.ppm_per_day * 10);  // 1,000,000 fen x ppm x 10 / 1,000,000
  REQUIRE(d.refund.has_value());
  CHECK(*d.refund == 1'000'000 - row.ppm_per_day * 10);
}

}  // namespace

TEST_CASE("三包 1995 annex row 1: bicycle (自行车) 1 year, frame and derailleur 2 years, 0.05 %/day [法搜网 lygzb.net 13469_3]",
          "[warranty][sanbao]") {
  check_row({"bicycle", 1, {{"frame", 2}, {"derailleur", 2}}, 500});
}

TEST_CASE("三包 1995 annex row 2: colour TV (彩色电视机) 1 year, picture tube, flyback, tuner, ICs 3 years, 0.1 %/day "
          "[法搜网 lygzb.net 13469_3]",
          "[warranty][sanbao]") {
  check_row({"colour_tv", 1, {{"picture_tube", 3}, {"flyback_transformer", 3}, {"tuner", 3}, {"ics", 3}}, 1000});
}

TEST_CASE("三包 1995 annex row 3: black-and-white TV (黑白电视机) 1 year, picture tube, flyback, tuner, ICs 3 years, "
          "0.05 %/day [法搜网 lygzb.net 13469_3]",
          "[warranty][sanbao]") {
  check_row({"bw_tv", 1, {{"picture_tube", 3}, {"flyback_transformer", 3}, {"tuner", 3}, {"ics", 3}}, 500});
}

TEST_CASE("三包 1995 annex row 4: VCR (家用录像机) 1 year, drum, capstan and loading motors, ICs 1 year, 0.1 %/day "
          "[法搜网 lygzb.net 13469_3]",
          "[warranty][sanbao]") {
  check_row({"vcr", 1, {{"drum_motor", 1}, {"capstan_motor", 1}, {"loading_motor", 1}, {"ics", 1}}, 1000});
  // The names used before issue 27 were ours, not the annex's: gone.
  for (const char* old : {"head_drum", "motor"})
    CHECK_ERROR(ErrorCode::not_found, "component", old, plain().coverage(unit("vcr"), day(2025, 6, 1), old));
}

TEST_CASE("三包 1995 annex: the preset holds rows 1-4 and no product the annex does not list", "[warranty][sanbao]") {
  // Rows 5-18 (摄像机 ... 摩托车) are left out until a copy of them is read:
  // such a unit is refused, never decided on unchecked terms.
  const auto doc = nlohmann::json::parse(plain().to_json());
  std::set<std::string> products;
  for (auto it = doc["warranty"]["products"].begin(); it != doc["warranty"]["products"].end(); ++it)
    products.insert(it.key());
  CHECK(products == std::set<std::string>{"bicycle", "colour_tv", "bw_tv", "vcr"});
  CHECK_ERROR(ErrorCode::not_found, "product", "household_refrigerator",
              plain().coverage(unit("household_refrigerator"), day(2025, 6, 1)));
}

TEST_CASE("三包 1995 arts. 9-10 on the VCR row: return within 7 days, exchange within 15, then repair",
          "[warranty][sanbao]") {
  // Bought 2025-03-10: day 7 is 03-17, day 15 is 03-25 (no calendar: not moved).
  const auto options = [](Date on) {
    FaultFacts f;
    f.fault_on = on;
    std::string out;
    for (const Remedy r : plain().remedy(unit("vcr"), f).options) out += std::string(out.empty() ? "" : ",") + to_string(r);
    return out;
  };
  CHECK(options(day(2025, 3, 17)) == "return,exchange,repair");
  CHECK(options(day(2025, 3, 18)) == "exchange,repair");
  CHECK(options(day(2025, 3, 25)) == "exchange,repair");
  CHECK(options(day(2025, 3, 26)) == "repair");
  FaultFacts f;
  f.fault_on = day(2025, 3, 12);
  const RemedyDecision d = plain().remedy(unit("vcr"), f);
  CHECK(d.return_until == day(2025, 3, 17));
  CHECK(d.exchange_until == day(2025, 3, 25));
  CHECK(d.free);
}
