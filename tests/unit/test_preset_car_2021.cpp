// The car_2021 preset against 家用汽车产品修理更换退货责任规定 (2021,
// 市场监管总局令第43号), article by article (issue 27). The articles the
// preset does not decide yet are listed in its note.
#include <aftersales/error.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "detail/json.hpp"
#include "remedy_support.hpp"
#include "support.hpp"

#include <nlohmann/json.hpp>

#include <string>

using namespace aftersales;
using namespace test_support;

namespace {

const WarrantyPolicy& car() {
  static const WarrantyPolicy p = WarrantyPolicy::car_2021();
  return p;
}

UnitFacts bought(Date d, std::optional<std::int64_t> km = std::nullopt) { return unit_bought("car", d, km); }

}  // namespace

TEST_CASE("car_2021 art. 18: 三包有效期 2 years / 50,000 km, 包修期 3 years / 60,000 km, whichever first",
          "[warranty][car_2021]") {
  const ProductTerms& t = car().terms("car");
  REQUIRE(t.remedy_period);
  CHECK((t.remedy_period->years == 2 && t.remedy_period->months == 0 && t.remedy_period->days == 0));
  CHECK(t.remedy_km == 50000);
  CHECK((t.whole_unit.years == 3 && t.whole_unit.months == 0 && t.whole_unit.days == 0));
  CHECK(t.whole_unit_km == 60000);
  CHECK(car().coverage(bought(day(2025, 1, 10), 59999), day(2027, 6, 1)).covered);
  CHECK_FALSE(car().coverage(bought(day(2025, 1, 10), 60001), day(2025, 6, 1)).covered);
}

TEST_CASE("car_2021 art. 22 / 23: the 7-day major-assembly and 60-day / 3,000 km safety windows",
          "[warranty][car_2021]") {
  CHECK(car().remedy(bought(day(2025, 3, 10)), fault(day(2025, 3, 17), "major_assembly")).basis ==
        RemedyBasis::fault_window);
  CHECK(car().remedy(bought(day(2025, 3, 10), 2999), fault(day(2025, 5, 9), "safety_failure")).basis ==
        RemedyBasis::fault_window);
  CHECK(car().remedy(bought(day(2025, 3, 10), 3001), fault(day(2025, 5, 9), "safety_failure")).basis ==
        RemedyBasis::free_repair);
}

TEST_CASE("car_2021 art. 24 para. 1 (4): more than 30 repair days or more than 4 repairs", "[warranty][car_2021]") {
  const RemedyRules& r = car().remedy_rules();
  CHECK(r.repair_limit_days == 30);
  CHECK(r.max_repairs == 5);
  CHECK(r.limit_remedies == RemedySet{Remedy::refund, Remedy::exchange});
  CHECK(r.max_repairs_remedies == RemedySet{Remedy::refund, Remedy::exchange});
  FaultFacts f = fault(day(2026, 1, 10));
  f.repair_days = 31;
  CHECK(car().remedy(bought(day(2025, 3, 10)), f).basis == RemedyBasis::repair_limit);
}

TEST_CASE("car_2021: no wait-for-parts limit of its own (art. 21, 24: waiting is repair time)", "[warranty][car_2021]") {
  CHECK(car().remedy_rules().parts_limit_days == 0);
  FaultFacts f = fault(day(2026, 1, 10));
  f.waiting_parts_days = 120;  // the 1995 rules' 90 days gave exchange; the 2021 text has no such rule
  CHECK(car().remedy(bought(day(2025, 3, 10)), f).basis == RemedyBasis::free_repair);
}

TEST_CASE("car_2021 art. 32: the exclusions", "[warranty][car_2021]") {
  CHECK(car().exclusions() ==
        std::vector<std::string>{"disclosed_defect", "misuse", "modification", "improper_handling", "force_majeure"});
  CHECK_FALSE(car().coverage(bought(day(2025, 3, 10)), day(2025, 6, 1), std::nullopt, "modification").covered);
  // The 1995 voucher causes are not the car rules' (art. 19 para. 2 even
  // waives the voucher when the repairer can check the purchase).
  CHECK_ERROR(ErrorCode::not_found, "cause", "no_voucher",
              car().coverage(bought(day(2025, 3, 10)), day(2025, 6, 1), std::nullopt, "no_voucher"));
}

TEST_CASE("car_2021: the note cites the articles and names no dispatch target (art. 28)", "[warranty][car_2021]") {
  const std::string note =
      detail::default_document("car_2021").at("warranty").at("note").get<std::string>();
  for (const char* article : {"Art. 18", "Art. 20", "Art. 22", "Art. 23", "Art. 24", "Art. 25", "Art. 27", "Art. 28",
                              "Art. 29", "Art. 32"})
    CHECK_THAT(note, Catch::Matchers::Contains(article));
  CHECK_THAT(note, !Catch::Matchers::Contains("dispatch targets, not"));
}
