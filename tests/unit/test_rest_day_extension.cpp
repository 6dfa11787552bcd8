// The rest-day extension per period kind (warranty.rest_day_extension): Civil
// Code art. 203 moves the end of a period for an act to the next working
// day; art. 204 lets the parties provide otherwise, so a policy may turn the
// extension off per kind. Default: every kind extended (issue 27).
#include <aftersales/error.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <string>

using namespace aftersales;
using namespace test_support;

namespace {

// The 三包 preset on the China calendar, with `kind` turned off (or none).
WarrantyPolicy sanbao_with(const std::string& off_kind = "") {
  std::string doc = R"({"warranty": {)";
  if (!off_kind.empty()) doc += R"("rest_day_extension": {")" + off_kind + R"(": false}, )";
  // A product with a shorter remedy period and an early fault window.
  doc += R"("products": {
      "colour_tv": {"whole_unit": "1y", "components": {"picture_tube": "3y"}},
      "bicycle": {"whole_unit": "1y", "components": {"frame": "2y"}},
      "scooter": {"whole_unit": "2y", "remedy_period": "1y",
                  "fault_windows": {"frame": {"period": "60d", "remedies": ["exchange"]}}}}}})";
  return WarrantyPolicy::from_json(doc, cn());
}

UnitFacts unit(const char* product, Date purchased) {
  UnitFacts u;
  u.product = product;
  u.purchased = purchased;
  return u;
}

FaultFacts fault(Date on, const char* kind = "performance", int prior_repairs = 0) {
  FaultFacts f;
  f.fault_on = on;
  f.fault = kind;
  f.prior_repairs = prior_repairs;
  return f;
}

std::string until(const Coverage& c) { return c.until ? format_date(*c.until) : "none"; }

}  // namespace

TEST_CASE("rest-day extension: every kind extended by default (Civil Code art. 203)", "[warranty][rest_day]") {
  const RestDayExtension d;
  CHECK(d == RestDayExtension(true));
  CHECK(WarrantyPolicy::sanbao().rest_day_extension() == RestDayExtension(true));
  CHECK(WarrantyPolicy::car_2021().rest_day_extension() == RestDayExtension(true));
}

TEST_CASE("rest-day extension: a whole-unit term ending on a Saturday", "[warranty][rest_day]") {
  // Bought 2025-01-10: one year ends Saturday 2026-01-10.
  const UnitFacts tv = unit("colour_tv", day(2025, 1, 10));
  const Coverage on = sanbao_with().coverage(tv, day(2026, 1, 12));
  CHECK(on.covered);
  CHECK(until(on) == "2026-01-12");  // moved to Monday
  const WarrantyPolicy off = sanbao_with("whole_unit");
  CHECK_FALSE(off.rest_day_extension().whole_unit);
  CHECK(off.rest_day_extension().component);
  const Coverage c = off.coverage(tv, day(2026, 1, 12));
  CHECK_FALSE(c.covered);
  CHECK(until(c) == "2026-01-10");  // the Saturday stands
  CHECK(c.why.not_extended);
  CHECK_THAT(c.rule(), Catch::Matchers::Contains("warranty.rest_day_extension.whole_unit = false"));
  CHECK(off.coverage(tv, day(2026, 1, 10)).covered);
  // A term ending on a working day says nothing about the choice.
  const Coverage friday = off.coverage(unit("colour_tv", day(2025, 1, 9)), day(2026, 1, 9));
  CHECK_FALSE(friday.why.not_extended);
  CHECK_THAT(friday.rule(), !Catch::Matchers::Contains("rest_day_extension"));
}

TEST_CASE("rest-day extension: a component term ending on a Saturday", "[warranty][rest_day]") {
  // Bought 2024-01-10: the frame's two years end Saturday 2026-01-10.
  const UnitFacts bike = unit("bicycle", day(2024, 1, 10));
  CHECK(until(sanbao_with().coverage(bike, day(2026, 1, 12), "frame")) == "2026-01-12");
  CHECK(until(sanbao_with("whole_unit").coverage(bike, day(2026, 1, 12), "frame")) == "2026-01-12");
  const Coverage c = sanbao_with("component").coverage(bike, day(2026, 1, 12), "frame");
  CHECK_FALSE(c.covered);
  CHECK(until(c) == "2026-01-10");
  CHECK_THAT(c.rule(), Catch::Matchers::Contains("warranty.rest_day_extension.component = false"));
}

TEST_CASE("rest-day extension: an extended warranty ending on a Saturday", "[warranty][rest_day]") {
  // Bought 2024-01-10: the maker's year ends Friday 2025-01-10, one extended
  // year after it Saturday 2026-01-10.
  const UnitFacts tv = unit("colour_tv", day(2024, 1, 10));
  const std::vector<ExtendedWarranty> ew{{"EW-1", 1, {}}};
  CHECK(sanbao_with().coverage(tv, day(2026, 1, 12), std::nullopt, std::nullopt, ew).covered);
  const Coverage c = sanbao_with("extended").coverage(tv, day(2026, 1, 12), std::nullopt, std::nullopt, ew);
  CHECK_FALSE(c.covered);
  CHECK(until(c) == "2026-01-10");
  CHECK_THAT(c.rule(), Catch::Matchers::Contains("warranty.rest_day_extension.extended = false"));
}

TEST_CASE("rest-day extension: the 7-day return and 15-day exchange windows", "[warranty][rest_day]") {
  // Sold 2025-09-20: 7 days end Saturday 09-27; Sunday 09-28 is a make-up
  // working day, so the window extended ends then.
  const UnitFacts tv = unit("colour_tv", day(2025, 9, 20));
  CHECK(sanbao_with().remedy(tv, fault(day(2025, 9, 28))).basis == RemedyBasis::return_window);
  const RemedyDecision r = sanbao_with("return").remedy(tv, fault(day(2025, 9, 28)));
  CHECK(r.basis == RemedyBasis::exchange_window);
  CHECK(format_date(r.return_until) == "2025-09-27");
  // Sold 2025-01-10: 15 days end Saturday 01-25; Sunday the 26th was a
  // make-up working day.
  const UnitFacts jan = unit("colour_tv", day(2025, 1, 10));
  CHECK(sanbao_with().remedy(jan, fault(day(2025, 1, 26))).basis == RemedyBasis::exchange_window);
  CHECK(sanbao_with("return").remedy(jan, fault(day(2025, 1, 26))).basis == RemedyBasis::exchange_window);
  const RemedyDecision e = sanbao_with("exchange").remedy(jan, fault(day(2025, 1, 26)));
  CHECK(e.basis == RemedyBasis::free_repair);
  CHECK(format_date(e.exchange_until) == "2025-01-25");
}

TEST_CASE("rest-day extension: a fault window and a remedy period ending on a Saturday", "[warranty][rest_day]") {
  // Bought 2025-01-14: 60 days end Saturday 2025-03-15.
  const UnitFacts early = unit("scooter", day(2025, 1, 14));
  CHECK(sanbao_with().remedy(early, fault(day(2025, 3, 17), "frame")).basis == RemedyBasis::fault_window);
  const RemedyDecision w = sanbao_with("fault_window").remedy(early, fault(day(2025, 3, 17), "frame"));
  CHECK_FALSE(w.in_window);
  CHECK(w.basis == RemedyBasis::free_repair);
  // Bought 2025-01-10: the 1-year remedy period ends Saturday 2026-01-10;
  // repaired twice (rules.max_repairs) and still faulty on Monday the 12th.
  const UnitFacts late = unit("scooter", day(2025, 1, 10));
  CHECK(sanbao_with().remedy(late, fault(day(2026, 1, 12), "performance", 2)).basis == RemedyBasis::max_repairs);
  CHECK(sanbao_with("whole_unit").remedy(late, fault(day(2026, 1, 12), "performance", 2)).basis ==
        RemedyBasis::max_repairs);
  const RemedyDecision p = sanbao_with("remedy_period").remedy(late, fault(day(2026, 1, 12), "performance", 2));
  CHECK(p.basis == RemedyBasis::free_repair);
  CHECK(format_date(p.remedy_until) == "2026-01-10");
}

TEST_CASE("rest-day extension: the document member, its errors and to_json", "[warranty][rest_day]") {
  const WarrantyPolicy off = sanbao_with("component");
  const WarrantyPolicy again = WarrantyPolicy::from_json(off.to_json(), cn());
  CHECK(again.rest_day_extension() == off.rest_day_extension());
  CHECK_THAT(off.to_json(), Catch::Matchers::Contains("\"rest_day_extension\""));
  CHECK_FALSE(again.rest_day_extension().component);
  CHECK(again.rest_day_extension().whole_unit);

  const auto bad = [](const char* member) {
    return WarrantyPolicy::from_json(std::string(R"({"warranty": {"rest_day_extension": )") + member + "}}");
  };
  CHECK_ERROR(ErrorCode::parse_error, "warranty.rest_day_extension.weekend", "weekend", bad(R"({"weekend": true})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.rest_day_extension.return", "\"no\"", bad(R"({"return": "no"})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.rest_day_extension", "[true]", bad("[true]"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.rest_day_extension", "null", bad("null"));
}
