// Housing guarantees (data/policies/housing.json): per part the owner's
// guarantee from handover (商品住宅实行住宅质量保证书和住宅使用说明书制度的规定
// 1998 art. 5, 商品房销售管理办法 art. 33) and the contractor's from completion
// acceptance (建设工程质量管理条例 art. 40); the later end applies (art. 33).
#include <aftersales/calendars/cn.hpp>
#include <aftersales/error.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <string>

using namespace aftersales;
using namespace test_support;

namespace {

std::string ostr(const std::optional<Date>& d) { return d ? format_date(*d) : "none"; }

UnitFacts home(Date completed, Date handover) {
  UnitFacts u;
  u.product = "housing";
  u.purchased = completed;
  u.delivered = handover;
  return u;
}

const HousingPart& part_of(const WarrantyPolicy& p, const std::string& name) {
  for (const HousingPart& part : p.terms("housing").housing->parts)
    if (part.name == name) return part;
  FAIL("no part " << name);
  throw;
}

// A company document that gives the heating and cooling season dates (the law gives none).
const char* with_seasons = R"({"warranty": {"exclusions": ["misuse", "force_majeure"],
  "rules": {"return_days": 0, "exchange_days": 0, "max_repairs": 0, "repair_limit_days": 0, "parts_limit_days": 0},
  "products": {"housing": {"basis": "delivery", "notice_days": 30,
    "seasons": {"heating": {"from": "11-15", "to": "03-15"}, "cooling": {"from": "06-01", "to": "09-30"}},
    "parts": {"heating_system": {"owner": "1 heating season", "contractor": "2 heating seasons"},
              "cooling_system": {"owner": "1 cooling season", "contractor": "2 cooling seasons"}}}}}})";

}  // namespace

TEST_CASE("housing preset: each 1998 art. 5 row with its art. 40 item", "[warranty][housing]") {
  const WarrantyPolicy p = WarrantyPolicy::housing();
  struct Row {
    const char* part;
    const char* owner;       // 1998 art. 5 minimum, from handover
    const char* contractor;  // 条例 art. 40 minimum, from completion acceptance
  };
  const Row rows[] = {
      {"foundation_structure", "the design service life", "the design service life"},  // 1998 art. 5(2); art. 40(一)
      {"roof_waterproofing", "3 years", "5 years"},                  // 1998 屋面防水3年; art. 40(二)
      {"wall_floor_basement_leaks", "1 year", "5 years"},            // 1998 墙面、厨房和卫生间地面、地下室渗漏1年; art. 40(二)
      {"pipe_leaks", "1 year", "2 years"},                           // 1998 管道渗漏1年; art. 40(四) 给排水管道
      {"plaster_falling", "1 year", "2 years"},                      // 1998 墙面、顶棚抹灰层脱落1年; art. 40(四) 装修工程
      {"floor_hollow_cracked_sanding", "1 year", "2 years"},         // 1998 地面空鼓开裂、大面积起砂1年; art. 40(四) 装修工程
      {"doors_windows_hardware", "1 year", "2 years"},               // 1998 门窗翘裂、五金件损坏1年; art. 40(四) 装修工程
      {"pipe_blockage", "2 months", "2 years"},                      // 1998 管道堵塞2个月; art. 40(四) 给排水管道
      {"heating_system", "1 heating season", "2 heating seasons"},   // 1998 1个采暖期; art. 40(三) 2个采暖期
      {"cooling_system", "1 cooling season", "2 cooling seasons"},   // 1998 1个供冷期; art. 40(三) 2个供冷期
      {"sanitary_ware", "1 year", "2 years"},                        // 1998 卫生洁具1年; art. 40(四) 设备安装
      {"lamps_switches", "6 months", "2 years"},                     // 1998 灯具、电器开关6个月; art. 40(四) 电气管线
  };
  REQUIRE(p.terms("housing").housing.has_value());
  CHECK(p.terms("housing").housing->parts.size() == std::size(rows));
  for (const Row& r : rows) {
    INFO(r.part);
    const HousingPart& part = part_of(p, r.part);
    CHECK(to_string(part.owner) == r.owner);
    CHECK(to_string(part.contractor) == r.contractor);
  }
  // 商品房销售管理办法 art. 33: 保修期从交付之日起计算.
  CHECK(p.terms("housing").basis == StartBasis::delivery);
  // Seed 001 六 (五) gives no number of days for the expiry notice: a policy value.
  CHECK(p.terms("housing").housing->notice_days == 30);
  // Art. 33: force majeure and misuse are the developer's exclusions; the
  // law names no others.
  CHECK(p.exclusions() == std::vector<std::string>{"misuse", "force_majeure"});
}

TEST_CASE("housing: the later of the owner's and the contractor's end (商品房销售管理办法 art. 33)", "[warranty][housing]") {
  const WarrantyPolicy p = WarrantyPolicy::housing();
  SECTION("handed over soon after acceptance: the contractor's 5 years outlast the owner's 3 (roof)") {
    const UnitFacts u = home(day(2020, 6, 30), day(2020, 9, 1));
    const Coverage c = p.coverage(u, day(2025, 6, 30), "roof_waterproofing");
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2025-06-30");
    CHECK(c.guarantee == "contractor");
    CHECK(c.term == "roof_waterproofing");
    CHECK(c.rule() ==
          "warranty.housing.parts.roof_waterproofing = the later of the owner's guarantee 3 years from handover "
          "2020-09-01 (住宅质量保证书, 1998 art. 5; until 2023-09-01) and the contractor's 5 years from completion "
          "acceptance 2020-06-30 (建设工程质量管理条例 art. 40; until 2025-06-30): the contractor's (商品房销售管理办法 "
          "art. 33), until 2025-06-30");
    CHECK_FALSE(p.coverage(u, day(2025, 7, 1), "roof_waterproofing").covered);
  }
  SECTION("handed over years after acceptance: the owner's 1998 minimum from handover") {
    const UnitFacts u = home(day(2018, 1, 10), day(2022, 3, 1));
    const Coverage c = p.coverage(u, day(2025, 3, 1), "roof_waterproofing");
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2025-03-01");  // 3 years from handover; art. 40's 5 years ended 2023-01-10
    CHECK(c.guarantee == "owner");
    CHECK(ostr(p.coverage(u, day(2022, 4, 1), "lamps_switches").until) == "2022-09-01");  // 6 months
  }
  SECTION("blocked pipes: 2 months from handover, or what remains of art. 40's 2 years") {
    const Coverage left = p.coverage(home(day(2020, 6, 30), day(2022, 3, 1)), day(2022, 6, 1), "pipe_blockage");
    CHECK(ostr(left.until) == "2022-06-30");
    CHECK(left.guarantee == "contractor");
    const Coverage own = p.coverage(home(day(2020, 6, 30), day(2022, 6, 1)), day(2022, 8, 1), "pipe_blockage");
    CHECK(ostr(own.until) == "2022-08-01");
    CHECK(own.guarantee == "owner");
  }
  SECTION("handed over on the day of acceptance; a tie is the owner's, the guarantee given to the owner") {
    UnitFacts u = home(day(2020, 6, 30), day(2020, 6, 30));
    const Coverage c = p.coverage(u, day(2021, 1, 1), "sanitary_ware");
    CHECK(ostr(c.until) == "2022-06-30");  // art. 40(四) 2 years > 1998 1 year
    CHECK(c.guarantee == "contractor");
    u.design_life_years = 50;
    CHECK(p.coverage(u, day(2021, 1, 1), "foundation_structure").guarantee == "owner");
  }
  SECTION("a rest day at the end moves to the next working day (Civil Code art. 203)") {
    const WarrantyPolicy q = WarrantyPolicy::housing(cn());
    // 2025-10-01 is the National Day holiday: the owner's year from handover 2024-10-01 ends on 2025-10-09.
    const Coverage c = q.coverage(home(day(2023, 1, 1), day(2024, 10, 1)), day(2025, 10, 9), "plaster_falling");
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2025-10-09");
    CHECK(c.guarantee == "owner");
  }
  SECTION("not moved when the policy turns the extension off for components (Civil Code art. 204)") {
    const WarrantyPolicy q = WarrantyPolicy::housing(cn());
    RestDayExtension off;
    off.component = false;
    const WarrantyPolicy r(std::vector<ProductTerms>{q.terms("housing")}, q.remedy_rules(), q.exclusions(), q.calendar(),
                           off);
    const UnitFacts u = home(day(2023, 1, 1), day(2024, 10, 1));
    const Coverage c = r.coverage(u, day(2025, 10, 1), "plaster_falling");
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2025-10-01");  // the plain last day, a holiday, kept
    CHECK_FALSE(r.coverage(u, day(2025, 10, 2), "plaster_falling").covered);
    CHECK(q.coverage(u, day(2025, 10, 2), "plaster_falling").covered);  // the default moves it to 10-09
  }
}

TEST_CASE("housing: the design service life is a per-project input (条例 art. 40(一), 1998 art. 5(2))", "[warranty][housing]") {
  const WarrantyPolicy p = WarrantyPolicy::housing();
  UnitFacts u = home(day(2020, 6, 30), day(2020, 9, 1));
  CHECK_ERROR(ErrorCode::invalid_argument, "design_life_years", "the law gives no number",
              p.coverage(u, day(2030, 1, 1), "foundation_structure"));
  u.design_life_years = 50;
  const Coverage c = p.coverage(u, day(2070, 9, 1), "foundation_structure");
  CHECK(c.covered);
  CHECK(ostr(c.until) == "2070-09-01");
  CHECK(c.guarantee == "owner");
  u.design_life_years = 0;
  CHECK_ERROR(ErrorCode::invalid_argument, "design_life_years", "0 is outside 1..100",
              p.coverage(u, day(2030, 1, 1), "foundation_structure"));
}

TEST_CASE("housing: heating and cooling seasons (1998: 1 season; art. 40(三): 2 seasons)", "[warranty][housing]") {
  SECTION("the preset gives no season dates: asking is an error that says so") {
    const WarrantyPolicy p = WarrantyPolicy::housing();
    CHECK_ERROR(ErrorCode::invalid_argument, "housing.seasons.heating", "the law gives none",
                p.coverage(home(day(2020, 6, 30), day(2020, 9, 1)), day(2021, 1, 1), "heating_system"));
  }
  const WarrantyPolicy p = WarrantyPolicy::from_json(with_seasons);
  SECTION("whole seasons: one begun before the start day does not count") {
    // Handover 2020-12-01 in mid-season: the owner's first heating season is
    // 2021-11-15 .. 2022-03-15. Completion 2019-06-30: the contractor's two
    // are the winters of 2019 and 2020, ending 2021-03-15.
    const Coverage c = p.coverage(home(day(2019, 6, 30), day(2020, 12, 1)), day(2022, 3, 15), "heating_system");
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2022-03-15");
    CHECK(c.guarantee == "owner");
    CHECK_THAT(c.rule(), Catch::Matchers::Contains("1 heating season from handover 2020-12-01"));
  }
  SECTION("the contractor's two seasons outlast the owner's one") {
    const Coverage c = p.coverage(home(day(2020, 5, 1), day(2020, 5, 20)), day(2021, 9, 30), "cooling_system");
    CHECK(ostr(c.until) == "2021-09-30");  // cooling 2020 and 2021
    CHECK(c.guarantee == "contractor");
    CHECK_FALSE(p.coverage(home(day(2020, 5, 1), day(2020, 5, 20)), day(2021, 10, 1), "cooling_system").covered);
  }
  SECTION("bad season dates name the member") {
    std::string doc = with_seasons;
    doc.replace(doc.find("11-15"), 5, "02-30");  // 02-29 is allowed (test_store_homes.cpp)
    CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.housing.seasons.heating.from", "02-30",
                WarrantyPolicy::from_json(doc));
  }
}

TEST_CASE("housing: the two dates at intake and the part are required", "[warranty][housing]") {
  const WarrantyPolicy p = WarrantyPolicy::housing();
  UnitFacts u = home(day(2020, 6, 30), day(2020, 9, 1));
  // 商品房销售管理办法 art. 33: the owner's guarantee counts from handover.
  u.delivered.reset();
  CHECK_ERROR(ErrorCode::invalid_argument, "delivered", "give the handover date",
              p.coverage(u, day(2021, 1, 1), "roof_waterproofing"));
  u.delivered = day(2020, 6, 1);
  CHECK_ERROR(ErrorCode::invalid_argument, "delivered", "before completion acceptance 2020-06-30",
              p.coverage(u, day(2021, 1, 1), "roof_waterproofing"));
  u.delivered = day(2020, 9, 1);
  // 1998 art. 5 guarantees part by part: there is no whole-unit term.
  CHECK_ERROR(ErrorCode::invalid_argument, "component", "roof_waterproofing", p.coverage(u, day(2021, 1, 1)));
  CHECK_ERROR(ErrorCode::not_found, "component", "electrical", p.coverage(u, day(2021, 1, 1), "electrical"));
}

TEST_CASE("housing: exclusions of 商品房销售管理办法 art. 33, the repairer, remedies", "[warranty][housing]") {
  const WarrantyPolicy p = WarrantyPolicy::housing();
  UnitFacts u = home(day(2020, 6, 30), day(2020, 9, 1));
  const Coverage misuse = p.coverage(u, day(2021, 1, 1), "doors_windows_hardware", "misuse");
  CHECK_FALSE(misuse.covered);
  CHECK(misuse.exclusion == "misuse");
  CHECK(ostr(misuse.until) == "2022-06-30");
  CHECK_ERROR(ErrorCode::not_found, "cause", "unauthorised_repair",
              p.coverage(u, day(2021, 1, 1), "doors_windows_hardware", "unauthorised_repair"));
  // 1998 art. 4, seed 001 八 (三): the 住宅质量保证书 names the delegated repairer.
  u.repairer = "恒生物业服务有限公司";
  const Coverage c = p.coverage(u, day(2021, 1, 1), "doors_windows_hardware");
  CHECK(c.repairer == "恒生物业服务有限公司");
  CHECK_THAT(c.rule(), Catch::Matchers::EndsWith("; repairer: 恒生物业服务有限公司"));
  // A house is repaired, never exchanged or returned (the 三包 rules are off).
  FaultFacts f;
  f.fault_on = day(2021, 1, 1);
  f.component = "doors_windows_hardware";
  f.prior_repairs = 9;
  const RemedyDecision d = p.remedy(u, f);
  CHECK(d.free);
  CHECK(d.options == RemedySet{Remedy::repair});
  f.fault_on = day(2022, 7, 1);
  CHECK_FALSE(p.remedy(u, f).free);
}

TEST_CASE("housing: the policy document round-trips", "[warranty][housing]") {
  for (const WarrantyPolicy& p : {WarrantyPolicy::housing(), WarrantyPolicy::from_json(with_seasons)}) {
    const std::string text = p.to_json();
    CHECK(WarrantyPolicy::from_json(text).to_json() == text);
  }
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.housing.notice_days", "is missing",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"housing": {"parts": {"x": {"owner": "1y", "contractor": "2y"}}}}}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.tv.notice_days", "give \"parts\" too",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"tv": {"whole_unit": "1y", "notice_days": 3}}}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.housing.parts.x.owner", "the number of seasons is not 1..100",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"housing": {"notice_days": 3, "parts": {"x": {"owner": "0 heating seasons", "contractor": "2y"}}}}}})"));
}
