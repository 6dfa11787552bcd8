// The extended warranty's replacement of a unit that cannot be repaired,
// issue 27: seeds/002_43204c733be88d37.txt 第三篇 (line 208): 延保 … 维修所需零部件
// 均由厂家直供, 对于无法维修的电器, 厂家将直接更换新机 — under an extended warranty a
// unit that cannot be repaired is replaced with a new one. The maker's own
// terms (三包) are not changed by it.
#include <aftersales/enum_names.hpp>
#include <aftersales/error.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"
#include "remedy_support.hpp"

#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;

namespace {

const WarrantyPolicy& sanbao() {
  static const WarrantyPolicy p = WarrantyPolicy::sanbao();
  return p;
}

FaultFacts unrepairable_on(Date d) {
  FaultFacts f = fault(d);
  f.unrepairable = true;
  return f;
}

const UnitFacts tv = unit_bought("colour_tv", day(2025, 1, 10));  // maker's year ends 2026-01-10
const std::vector<ExtendedWarranty> two_years{ExtendedWarranty{"ew-1", 2, {}}};  // to 2028-01-10

}  // namespace

TEST_CASE("Remedy::replacement is in the enumeration table (seed 002 第三篇 更换新机)", "[warranty][extended]") {
  CHECK(std::string(to_string(Remedy::replacement)) == "replacement");
  CHECK(parse_remedy("replacement") == Remedy::replacement);
  CHECK(enum_count<Remedy>() == 5);  // and assembly_replacement (car 2021 art. 20, issue 27)
  CHECK(FaultFacts{}.unrepairable == false);
}

TEST_CASE("seed 002 第三篇: under an extended warranty a unit that cannot be repaired gets a new unit",
          "[warranty][extended]") {
  FaultFacts f = unrepairable_on(day(2026, 6, 1));
  f.price = 600000;
  const RemedyDecision d = sanbao().remedy(tv, f, two_years);
  CHECK(opts(d) == "replacement");
  CHECK(d.free);
  CHECK(d.basis == RemedyBasis::extended_replacement);
  CHECK(d.unrepairable);
  CHECK_FALSE(d.refund.has_value());  // a new unit, not money
  CHECK(d.coverage.kind == CoverageTerm::extended);
  CHECK_THAT(d.rule(), Catch::Matchers::Contains("ew-1"));
  CHECK_THAT(d.rule(), Catch::Matchers::Contains("cannot be repaired: replacement with a new unit"));
  CHECK_THAT(d.rule(), Catch::Matchers::Contains("seeds/002 第三篇"));
  CHECK(trail_has(d, "decided: extended warranty ew-1"));

  // The last day of the extended warranty, and the day after: paid repair.
  CHECK(opts(sanbao().remedy(tv, unrepairable_on(day(2028, 1, 10)), two_years)) == "replacement");
  const RemedyDecision late = sanbao().remedy(tv, unrepairable_on(day(2028, 1, 11)), two_years);
  CHECK(opts(late) == "repair");
  CHECK_FALSE(late.free);
}

TEST_CASE("seed 002 第三篇: a unit that can be repaired is repaired under the extended warranty", "[warranty][extended]") {
  FaultFacts f = unrepairable_on(day(2026, 6, 1));
  f.unrepairable = false;
  const RemedyDecision d = sanbao().remedy(tv, f, two_years);
  CHECK(opts(d) == "repair");
  CHECK(d.free);
  CHECK_FALSE(d.unrepairable);
}

TEST_CASE("seed 002 第三篇: a cause only the extended warranty covers, within the maker's term", "[warranty][extended]") {
  // The maker excludes "environment" (三包 1995); this extended warranty names it.
  const std::vector<ExtendedWarranty> climate{ExtendedWarranty{"ew-2", 1, {"environment"}}};
  FaultFacts f = unrepairable_on(day(2025, 6, 1));
  f.cause = "environment";
  const RemedyDecision d = sanbao().remedy(tv, f, climate);
  CHECK(opts(d) == "replacement");
  CHECK(d.free);
  CHECK_THAT(d.rule(), Catch::Matchers::Contains("ew-2"));
  // Without the extended warranty the cause is excluded: paid repair.
  const RemedyDecision excluded = sanbao().remedy(tv, f);
  CHECK(opts(excluded) == "repair");
  CHECK_FALSE(excluded.free);
}

TEST_CASE("seed 002 第三篇 is the extended warranty's: the maker's 三包 terms still decide in their term",
          "[warranty][extended]") {
  // Day 3: the 7-day window (三包 1995 art. 10), not a replacement.
  RemedyDecision d = sanbao().remedy(tv, unrepairable_on(day(2025, 1, 13)), two_years);
  CHECK(opts(d) == "return,exchange,repair");
  CHECK(d.unrepairable);
  CHECK(trail_has(d, "cannot be repaired"));
  // Within the year, past 15 days: free repair; the fact is recorded in the trail.
  d = sanbao().remedy(tv, unrepairable_on(day(2025, 6, 1)));
  CHECK(opts(d) == "repair");
  CHECK(d.basis == RemedyBasis::free_repair);
  CHECK(trail_has(d, "cannot be repaired"));
  // Out of every warranty: paid repair.
  d = sanbao().remedy(tv, unrepairable_on(day(2026, 6, 1)));
  CHECK(opts(d) == "repair");
  CHECK_FALSE(d.free);
}

TEST_CASE("extended replacement: a policy document cannot grant it (seed 002 第三篇: only for an unrepairable unit)",
          "[warranty][replacement]") {
  const std::string doc = R"({"calendar": {"preset": "china"}, "warranty": {"rules": {"limit_remedies": ["replacement"]}}})";
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.rules.limit_remedies[0]", "unrepairable",
              WarrantyPolicy::from_json(doc));
}
