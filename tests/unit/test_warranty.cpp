// Warranty decisions: RULES.md §3 (issue 3) and warranty.hpp — coverage,
// remedies (三包 1995), service categories, extended warranties and their
// tariff, maintenance contracts with expiry notices and renewal, the preset
// policy documents and the JSON format (README "Warranty").
//
// Written from the specification and the header, not from src/warranty.cpp.
// Expected dates are worked out by hand with the legal period rule (start day
// not counted, corresponding day or month end, a last day on a rest day of
// the policy calendar moves to the next business day).
#include <aftersales/calendars/cn.hpp>
#include <aftersales/error.hpp>
#include <aftersales/period.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string_view>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace aftersales;
using namespace test_support;

namespace {

// ------------------------------------------------------------------ helpers

Period months_p(int n) { return Period{0, n, 0}; }
Period years_p(int n) { return Period{0, 0, n}; }

// A period as total months (years count as 12 months), so "1y" and "12mo" compare equal.
int total_months(const Period& p) { return p.years * 12 + p.months; }

std::string ostr(const std::optional<Date>& d) { return d ? format_date(*d) : "none"; }

// Remedy options as readable text: "return,exchange,repair".
template <class Remedies>
std::string opts(const Remedies& options) {
  std::string out;
  for (const Remedy r : options) {
    if (!out.empty()) out += ',';
    out += to_string(r);
  }
  return out;
}

std::string opts(const RemedyDecision& d) { return opts(d.options); }

bool trail_mentions(const RemedyDecision& d, const std::string& word) {
  const std::vector<std::string> lines = d.trail();
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& line) { return line.find(word) != std::string::npos; });
}

const ComponentTerm* find_component(const ProductTerms& t, const std::string& name) {
  for (const ComponentTerm& c : t.components)
    if (c.name == name) return &c;
  return nullptr;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// Policies built once per test binary.
const WarrantyPolicy& sanbao_plain() {  // no calendar: no rest-day extension
  static const WarrantyPolicy p = WarrantyPolicy::sanbao();
  return p;
}
const WarrantyPolicy& sanbao_cn() {  // with the mainland China calendar
  static const WarrantyPolicy p = WarrantyPolicy::sanbao(cn());
  return p;
}
const WarrantyPolicy& piano_plain() {
  static const WarrantyPolicy p = WarrantyPolicy::piano();
  return p;
}

UnitFacts unit_of(const std::string& product, Date purchased) {
  UnitFacts u;
  u.product = product;
  u.purchased = purchased;
  return u;
}

FaultFacts fault_on(Date d) {
  FaultFacts f;
  f.fault_on = d;
  return f;
}

// A small company policy built in code: a TV with a panel, a fridge counted
// from delivery, an air conditioner counted from installation, and a car-like
// product whose 三包 remedies stop before its free-repair period.
WarrantyPolicy company_policy(RemedyRules rules = {}) {
  ProductTerms tv;
  tv.product = "tv";
  tv.whole_unit = years_p(1);
  tv.components = {ComponentTerm{"panel", years_p(3)}};
  tv.depreciation_ppm_per_day = 1000;

  ProductTerms fridge;
  fridge.product = "fridge";
  fridge.whole_unit = years_p(1);
  fridge.basis = StartBasis::delivery;
  fridge.exclusions = {"ice_overload"};  // a cause of this product only
  fridge.depreciation_ppm_per_day = 500;

  ProductTerms aircon;
  aircon.product = "aircon";
  aircon.whole_unit = months_p(6);
  aircon.basis = StartBasis::installation;

  ProductTerms van;
  van.product = "van";
  van.whole_unit = years_p(3);
  van.remedy_period = years_p(2);

  return WarrantyPolicy({tv, fridge, aircon, van}, rules, {"misuse", "environment"});
}

}  // namespace

// ====================================================================== enums

TEST_CASE("warranty enums: text forms and letters", "[warranty]") {
  CHECK(std::string(to_string(ServiceCategory::paid)) == "paid");
  CHECK(std::string(to_string(ServiceCategory::contract)) == "contract");
  CHECK(std::string(to_string(ServiceCategory::free)) == "free");
  CHECK(std::string(to_string(ServiceCategory::internal)) == "internal");
  CHECK(letter(ServiceCategory::paid) == 'A');
  CHECK(letter(ServiceCategory::contract) == 'B');
  CHECK(letter(ServiceCategory::free) == 'C');
  CHECK(letter(ServiceCategory::internal) == 'D');

  CHECK(std::string(to_string(Remedy::refund)) == "return");
  CHECK(std::string(to_string(Remedy::exchange)) == "exchange");
  CHECK(std::string(to_string(Remedy::repair)) == "repair");
  CHECK(parse_remedy("return") == Remedy::refund);
  CHECK(parse_remedy("exchange") == Remedy::exchange);
  CHECK(parse_remedy("repair") == Remedy::repair);

  CHECK(std::string(to_string(StartBasis::invoice)) == "invoice");
  CHECK(std::string(to_string(StartBasis::delivery)) == "delivery");
  CHECK(std::string(to_string(StartBasis::installation)) == "installation");
  for (const StartBasis b : {StartBasis::invoice, StartBasis::delivery, StartBasis::installation})
    CHECK(parse_start_basis(to_string(b)) == b);

  // An unknown name is a value that breaks a rule (as parse_weekday("funday")).
  CHECK_ERROR(ErrorCode::invalid_argument, "basis", "purchase", parse_start_basis("purchase"));
  CHECK_ERROR(ErrorCode::invalid_argument, "products.tv.basis", "purchase",
              parse_start_basis("purchase", "products.tv.basis"));
  CHECK_ERROR(ErrorCode::invalid_argument, "remedy", "swap", parse_remedy("swap"));
  CHECK_ERROR(ErrorCode::invalid_argument, "remedies.x[0]", "swap", parse_remedy("swap", "remedies.x[0]"));
}

// ====================================================================== presets

TEST_CASE("sanbao preset: catalogue rows, exclusions and 1995 rules", "[warranty]") {
  const WarrantyPolicy& p = sanbao_plain();

  const ProductTerms& tv = p.terms("colour_tv");
  CHECK(tv.product == "colour_tv");
  CHECK(total_months(tv.whole_unit) == 12);
  CHECK(tv.whole_unit.days == 0);
  CHECK(tv.basis == StartBasis::invoice);
  CHECK(tv.depreciation_ppm_per_day == 1000);  // 0.1 %/day
  for (const char* part : {"picture_tube", "flyback_transformer", "tuner", "ics"}) {
    INFO(part);
    const ComponentTerm* c = find_component(tv, part);
    REQUIRE(c != nullptr);
    CHECK(total_months(c->period) == 36);
    CHECK(c->period.days == 0);
  }
  CHECK(p.terms("bicycle").depreciation_ppm_per_day == 500);  // 0.05 %/day
  CHECK(total_months(p.terms("bicycle").whole_unit) == 12);
  CHECK(total_months(p.terms("bw_tv").whole_unit) == 12);
  CHECK(total_months(p.terms("vcr").whole_unit) == 12);

  CHECK(sorted(p.exclusions()) == sorted({"transport_storage", "misuse", "environment", "force_majeure",
                                          "unauthorised_repair", "no_voucher", "voucher_mismatch"}));

  const RemedyRules& r = p.remedy_rules();
  CHECK(r.return_days == 7);
  CHECK(r.exchange_days == 15);
  CHECK(r.max_repairs == 2);
  CHECK(r.repair_limit_days == 30);
  CHECK(r.parts_limit_days == 90);
  CHECK(r.max_extended_years == 5);

  CHECK_FALSE(p.calendar().has_value());
  CHECK(sanbao_cn().calendar().has_value());

  CHECK_ERROR(ErrorCode::not_found, "product", "toaster", p.terms("toaster"));
}

TEST_CASE("piano preset: 3 years from purchase and seed 001's remedy table", "[warranty]") {
  const WarrantyPolicy& p = piano_plain();
  const ProductTerms& t = p.terms("piano");
  CHECK(total_months(t.whole_unit) == 36);
  CHECK(t.basis == StartBasis::invoice);
  const std::map<std::string, std::string> expected = {
      {"iron_frame", "return"},          {"soundboard_crack", "return"}, {"pedal_spring", "exchange"},
      {"hammer_glue", "return,repair"}, {"case_crack", "repair"},       {"tuning_pins", "repair"},
      {"broken_keys", "repair"}};
  CHECK(t.remedy_table.size() == expected.size());
  for (const auto& [kind, remedies] : expected) {
    INFO(kind);
    const auto it = t.remedy_table.find(kind);
    REQUIRE(it != t.remedy_table.end());
    std::vector<Remedy> in_order = it->second;
    std::sort(in_order.begin(), in_order.end());
    CHECK(opts(in_order) == remedies);
  }
  // Seed 001 names five exclusions (transport/storage, user damage, climate,
  // force majeure, unauthorised repair).
  CHECK(p.exclusions().size() + t.exclusions.size() >= 5);
}

// The housing preset (two guarantees per part, the later end): test_housing.cpp.

TEST_CASE("car_2021 preset: a 三包 period shorter than the repair warranty", "[warranty]") {
  const WarrantyPolicy p = WarrantyPolicy::car_2021();
  auto doc = nlohmann::json::parse(p.to_json());
  if (doc.contains("warranty")) doc = doc["warranty"];
  REQUIRE(doc.contains("products"));
  REQUIRE(doc["products"].is_object());
  REQUIRE_FALSE(doc["products"].empty());
  // RULES.md 3.3: 三包 period 2 years, repair warranty 3 years.
  bool found = false;
  for (auto it = doc["products"].begin(); it != doc["products"].end(); ++it) {
    const ProductTerms& t = p.terms(it.key());
    if (total_months(t.whole_unit) == 36 && t.remedy_period && total_months(*t.remedy_period) == 24) found = true;
  }
  CHECK(found);
  CHECK(p.remedy_rules().repair_limit_days == 30);
}

TEST_CASE("car_2021: mileage ends a term first, early windows for named faults", "[warranty]") {
  const WarrantyPolicy p = WarrantyPolicy::car_2021();
  const ProductTerms& car = p.terms("car");
  CHECK(car.whole_unit_km == 60000);
  CHECK(car.remedy_km == 50000);
  CHECK(p.remedy_rules().max_repairs == 5);  // "the same fault repaired > 4 times"
  UnitFacts u = unit_of("car", day(2025, 3, 10));

  SECTION("3 years or 60,000 km, whichever comes first") {
    u.mileage_km = 60000;
    Coverage c = p.coverage(u, day(2027, 3, 1));
    CHECK(c.covered);
    CHECK_THAT(c.rule(), Catch::Matchers::Contains("3 years or 60000 km") && Catch::Matchers::Contains("at 60000 km"));
    u.mileage_km = 60001;
    c = p.coverage(u, day(2025, 6, 1));
    CHECK_FALSE(c.covered);
    CHECK(c.why.over_km);
    CHECK_THAT(c.rule(), Catch::Matchers::Contains("over the limit") && Catch::Matchers::Contains("expired"));
    u.mileage_km = 12000;  // low mileage: the date ends it
    CHECK(p.coverage(u, day(2028, 3, 10)).covered);
    CHECK_FALSE(p.coverage(u, day(2028, 3, 11)).covered);
    u.mileage_km.reset();  // not given: the date alone, and the rule says so
    c = p.coverage(u, day(2026, 1, 5));
    CHECK(c.covered);
    CHECK_THAT(c.rule(), Catch::Matchers::Contains("mileage not given"));
  }
  SECTION("no general 7/15-day windows: a performance fault in week one is a free repair") {
    u.mileage_km = 200;
    const RemedyDecision r = p.remedy(u, fault_on(day(2025, 3, 12)));
    CHECK(opts(r) == "repair");
    CHECK(r.free);
  }
  SECTION("a major assembly within 7 days: exchange or return; later: repair") {
    FaultFacts f = fault_on(day(2025, 3, 17));
    f.fault = "major_assembly";
    RemedyDecision r = p.remedy(u, f);
    CHECK(opts(r) == "return,exchange");
    CHECK(r.basis == RemedyBasis::fault_window);
    CHECK_THAT(r.rule(), Catch::Matchers::Contains("fault_windows.major_assembly = 7 days"));
    f.fault_on = day(2025, 3, 18);
    r = p.remedy(u, f);
    CHECK(opts(r) == "repair");
    CHECK_FALSE(r.in_window);
    const std::vector<std::string> lines = r.trail();
    CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
      return l.find("major_assembly: until 2025-03-17 (past") != std::string::npos;
    }));
  }
  SECTION("a serious safety fault within 60 days or 3,000 km, whichever first") {
    FaultFacts f = fault_on(day(2025, 5, 9));  // the 60th day
    f.fault = "safety_failure";
    u.mileage_km = 3000;
    CHECK(opts(p.remedy(u, f)) == "return,exchange");
    u.mileage_km = 3001;  // the mileage came first
    CHECK(opts(p.remedy(u, f)) == "repair");
    u.mileage_km = 900;
    f.fault_on = day(2025, 5, 10);  // the date came first
    CHECK(opts(p.remedy(u, f)) == "repair");
  }
  SECTION("the 三包 period ends at 50,000 km: escalations stop, free repair goes on to 60,000") {
    FaultFacts f = fault_on(day(2026, 1, 10));
    f.prior_repairs = 5;
    u.mileage_km = 49000;
    RemedyDecision r = p.remedy(u, f);
    CHECK(opts(r) == "return,exchange");
    CHECK(r.basis == RemedyBasis::max_repairs);
    f.prior_repairs = 4;  // "more than 4 times": four is not enough
    CHECK(opts(p.remedy(u, f)) == "repair");
    f.prior_repairs = 5;
    u.mileage_km = 50001;
    r = p.remedy(u, f);
    CHECK(opts(r) == "repair");
    CHECK(r.free);
    CHECK_THAT(r.trail().front() + r.trail()[1], Catch::Matchers::Contains("2 years or 50000 km"));
    u.mileage_km = 60001;
    r = p.remedy(u, f);
    CHECK_FALSE(r.free);
    CHECK(r.basis == RemedyBasis::out_of_warranty);
  }
  SECTION("cumulative repair days over 30 within the 三包 period: exchange or return") {
    FaultFacts f = fault_on(day(2026, 6, 1));
    f.repair_days = 31;
    u.mileage_km = 20000;
    CHECK(opts(p.remedy(u, f)) == "return,exchange");  // RULES §3.3: "replacement or refund"
  }
  SECTION("bad mileage and unknown kinds are named") {
    u.mileage_km = -1;
    CHECK_ERROR(ErrorCode::invalid_argument, "mileage_km", "-1", p.coverage(u, day(2025, 6, 1)));
    u.mileage_km = 100;
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.fault = "squeak";
    CHECK_ERROR(ErrorCode::not_found, "fault", "serious_safety", p.remedy(u, f));
    const std::vector<Date> one{day(2025, 3, 10)};
    std::vector<Date> until(1);
    bool covered[1];
    CHECK_ERROR(ErrorCode::invalid_argument, "product", "60000 km", p.coverage_many("car", one, one, covered, until));
  }
}

TEST_CASE("fault windows and km limits in a policy document", "[warranty]") {
  const std::string doc = R"({"warranty": {"products": {"scooter": {"whole_unit": "2y", "whole_unit_km": 20000,
      "fault_windows": {"frame": {"period": "30d", "km": 500, "remedies": ["exchange"]}}}}}})";
  const WarrantyPolicy p = WarrantyPolicy::from_json(doc);
  const ProductTerms& t = p.terms("scooter");
  REQUIRE(t.fault_windows.size() == 1u);
  CHECK(t.fault_windows[0].km == 500);
  CHECK(t.fault_windows[0].remedies == RemedySet{Remedy::exchange});
  // Round trip.
  const WarrantyPolicy again = WarrantyPolicy::from_json(p.to_json());
  CHECK(again.to_json() == p.to_json());
  auto bad = [&](const std::string& product_json) {
    return WarrantyPolicy::from_json(R"({"warranty": {"products": {"scooter": )" + product_json + "}}}");
  };
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.scooter.whole_unit_km", "0 km",
              bad(R"({"whole_unit": "2y", "whole_unit_km": 0})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.scooter.remedy_km", "a whole number of km",
              bad(R"({"whole_unit": "2y", "remedy_km": "5000"})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.scooter.fault_windows.frame.period", "missing",
              bad(R"({"whole_unit": "2y", "fault_windows": {"frame": {"remedies": ["exchange"]}}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.scooter.fault_windows.frame.remedies[0]", "refund",
              bad(R"({"whole_unit": "2y", "fault_windows": {"frame": {"period": "7d", "remedies": ["refund"]}}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.scooter.fault_windows.frame.remedies", "no remedy",
              bad(R"({"whole_unit": "2y", "fault_windows": {"frame": {"period": "7d", "remedies": []}}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "products.scooter.fault_windows.frame", "remedy table",
              bad(R"({"whole_unit": "2y", "remedies": {"frame": ["repair"]},
                      "fault_windows": {"frame": {"period": "7d", "remedies": ["exchange"]}}})"));
}

// ====================================================================== coverage

TEST_CASE("coverage: whole unit, rest-day extension by the policy calendar", "[warranty]") {
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));

  SECTION("with the China calendar: 2026-01-10 is a Saturday, the period ends Monday 01-12") {
    const Coverage c = sanbao_cn().coverage(tv, day(2026, 1, 12));
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2026-01-12");
    CHECK(c.term == "whole_unit");
    CHECK(c.exclusion.empty());
    CHECK_THAT(c.rule(), Catch::Matchers::Contains("colour_tv"));
    CHECK_THAT(c.rule(), Catch::Matchers::Contains("whole_unit"));
    const Coverage after = sanbao_cn().coverage(tv, day(2026, 1, 13));
    CHECK_FALSE(after.covered);
    CHECK(ostr(after.until) == "2026-01-12");  // also when expired
    CHECK(after.term == "whole_unit");
    CHECK_FALSE(after.rule().empty());
  }
  SECTION("without a calendar: no extension") {
    CHECK(sanbao_plain().coverage(tv, day(2026, 1, 10)).covered);
    const Coverage c = sanbao_plain().coverage(tv, day(2026, 1, 11));
    CHECK_FALSE(c.covered);
    CHECK(ostr(c.until) == "2026-01-10");
  }
  SECTION("the purchase day itself and the day before the end") {
    CHECK(sanbao_cn().coverage(tv, day(2025, 1, 10)).covered);
    CHECK(sanbao_cn().coverage(tv, day(2026, 1, 9)).covered);
  }
  SECTION("month-end rule: bought 2024-02-29, one year ends 2025-02-28") {
    const Coverage c = sanbao_plain().coverage(unit_of("bicycle", day(2024, 2, 29)), day(2025, 3, 1));
    CHECK_FALSE(c.covered);
    CHECK(ostr(c.until) == "2025-02-28");
  }
  SECTION("National Day: bought 2024-10-01, one year ends on a holiday -> 2025-10-09") {
    const UnitFacts vcr = unit_of("vcr", day(2024, 10, 1));
    const Coverage c = sanbao_cn().coverage(vcr, day(2025, 10, 9));
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2025-10-09");
    CHECK_FALSE(sanbao_cn().coverage(vcr, day(2025, 10, 10)).covered);
    CHECK(ostr(sanbao_plain().coverage(vcr, day(2025, 10, 9)).until) == "2025-10-01");
  }
}

TEST_CASE("coverage: components have their own periods", "[warranty]") {
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
  for (const char* part : {"picture_tube", "flyback_transformer", "tuner", "ics"}) {
    INFO(part);
    const Coverage c = sanbao_plain().coverage(tv, day(2027, 6, 1), part);
    CHECK(c.covered);
    CHECK(c.term == part);
    CHECK(ostr(c.until) == "2028-01-10");
    CHECK_THAT(c.rule(), Catch::Matchers::Contains(part));
    CHECK(sanbao_plain().coverage(tv, day(2028, 1, 10), part).covered);
    CHECK_FALSE(sanbao_plain().coverage(tv, day(2028, 1, 11), part).covered);
  }
  // The whole unit has expired by then.
  CHECK_FALSE(sanbao_plain().coverage(tv, day(2027, 6, 1)).covered);

  SECTION("past the China horizon the last day is not moved (README \"Warranty\")") {
    // Bought 2024-01-02: 3 years end on Saturday 2027-01-02, after the
    // calendar's horizon 2026-12-31; no error, no extension.
    const UnitFacts old = unit_of("colour_tv", day(2024, 1, 2));
    const Coverage c = sanbao_cn().coverage(old, day(2026, 12, 1), "ics");
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2027-01-02");
    CHECK_FALSE(c.rule().empty());
    CHECK_FALSE(sanbao_cn().coverage(old, day(2027, 1, 3), "ics").covered);
    // Bought 2025-01-10: the picture tube is covered to 2028-01-10 (a Monday).
    CHECK(ostr(sanbao_cn().coverage(tv, day(2027, 6, 1), "picture_tube").until) == "2028-01-10");
  }
}

TEST_CASE("coverage: days under repair extend, an exchange restarts", "[warranty]") {
  SECTION("repair days lengthen the period; then a last day on a rest day moves on") {
    UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
    tv.repair_days = 5;
    // 2026-01-10 + 5 days = Thursday 01-15, a working day: the Saturday the
    // year alone would end on does not matter.
    const Coverage c = sanbao_cn().coverage(tv, day(2026, 1, 15));
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2026-01-15");
    CHECK_FALSE(sanbao_cn().coverage(tv, day(2026, 1, 16)).covered);
    // Bought 2024-09-30 with 1 day under repair: the year ends 2025-09-30,
    // + 1 = 10-01, National Day: the period runs to the first working day after
    // the break, 2025-10-09.
    UnitFacts early = unit_of("colour_tv", day(2024, 9, 30));
    early.repair_days = 1;
    CHECK(ostr(sanbao_cn().coverage(early, day(2025, 6, 1)).until) == "2025-10-09");
    early.repair_days = 0;  // 2025-09-30 itself is a working day
    CHECK(ostr(sanbao_cn().coverage(early, day(2025, 6, 1)).until) == "2025-09-30");
    // Without a calendar: 2026-01-10 + 5 = 01-15.
    CHECK(ostr(sanbao_plain().coverage(tv, day(2026, 1, 15)).until) == "2026-01-15");
    CHECK_FALSE(sanbao_plain().coverage(tv, day(2026, 1, 16)).covered);
    // Components are extended the same way.
    CHECK(ostr(sanbao_plain().coverage(tv, day(2027, 1, 1), "tuner").until) == "2028-01-15");
  }
  SECTION("an exchange restarts every period from the exchange date") {
    UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
    tv.exchanged = day(2025, 3, 3);
    const Coverage c = sanbao_cn().coverage(tv, day(2026, 3, 3));  // a Tuesday
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2026-03-03");
    CHECK_FALSE(sanbao_cn().coverage(tv, day(2026, 3, 4)).covered);
    // Past the original end 2026-01-12:
    CHECK(sanbao_cn().coverage(tv, day(2026, 2, 1)).covered);
    CHECK(ostr(sanbao_plain().coverage(tv, day(2027, 1, 1), "picture_tube").until) == "2028-03-03");
  }
  SECTION("negative repair days: invalid_argument naming repair_days") {
    UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
    tv.repair_days = -1;
    CHECK_ERROR(ErrorCode::invalid_argument, "repair_days", "-1", sanbao_plain().coverage(tv, day(2025, 6, 1)));
  }
}

TEST_CASE("coverage: start basis delivery and installation", "[warranty]") {
  const WarrantyPolicy p = company_policy();
  UnitFacts fridge = unit_of("fridge", day(2025, 1, 10));
  SECTION("delivery needs `delivered`") {
    CHECK_ERROR(ErrorCode::invalid_argument, "delivered", "delivered", p.coverage(fridge, day(2025, 6, 1)));
    fridge.delivered = day(2025, 2, 1);
    const Coverage c = p.coverage(fridge, day(2026, 2, 1));
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2026-02-01");
    CHECK_FALSE(p.coverage(fridge, day(2026, 2, 2)).covered);
    // An installation date does not matter for a delivery basis.
    fridge.installed = day(2025, 3, 1);
    CHECK(ostr(p.coverage(fridge, day(2025, 6, 1)).until) == "2026-02-01");
  }
  SECTION("installation needs `installed`") {
    UnitFacts ac = unit_of("aircon", day(2025, 5, 20));
    ac.delivered = day(2025, 5, 25);
    CHECK_ERROR(ErrorCode::invalid_argument, "installed", "installed", p.coverage(ac, day(2025, 6, 1)));
    ac.installed = day(2025, 5, 31);
    const Coverage c = p.coverage(ac, day(2025, 11, 30));  // 6 months, month-end rule
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2025-11-30");
    CHECK_FALSE(p.coverage(ac, day(2025, 12, 1)).covered);
  }
  SECTION("invoice basis ignores delivery and installation dates") {
    UnitFacts tv = unit_of("tv", day(2025, 1, 10));
    tv.delivered = day(2025, 2, 1);
    tv.installed = day(2025, 2, 2);
    CHECK(ostr(p.coverage(tv, day(2025, 6, 1)).until) == "2026-01-10");
  }
}

TEST_CASE("coverage: exclusions are answers, unknown names are errors", "[warranty]") {
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
  for (const char* cause : {"transport_storage", "misuse", "environment", "force_majeure", "unauthorised_repair",
                            "no_voucher", "voucher_mismatch"}) {
    INFO(cause);
    const Coverage c = sanbao_plain().coverage(tv, day(2025, 6, 1), std::nullopt, cause);
    CHECK_FALSE(c.covered);
    CHECK(c.exclusion == cause);
    CHECK_THAT(c.rule(), Catch::Matchers::Contains(cause));
    // The same for a component.
    const Coverage part = sanbao_plain().coverage(tv, day(2025, 6, 1), "picture_tube", cause);
    CHECK_FALSE(part.covered);
    CHECK(part.exclusion == cause);
  }
  CHECK(sanbao_plain().coverage(tv, day(2025, 6, 1)).exclusion.empty());

  SECTION("a product's own exclusion") {
    const WarrantyPolicy p = company_policy();
    UnitFacts fridge = unit_of("fridge", day(2025, 1, 10));
    fridge.delivered = day(2025, 1, 10);
    const Coverage c = p.coverage(fridge, day(2025, 6, 1), std::nullopt, "ice_overload");
    CHECK_FALSE(c.covered);
    CHECK(c.exclusion == "ice_overload");
    CHECK_THAT(c.rule(), Catch::Matchers::Contains("ice_overload"));
    // The policy's exclusions apply to every product.
    CHECK(p.coverage(fridge, day(2025, 6, 1), std::nullopt, "misuse").exclusion == "misuse");
    // Another product does not know the fridge's cause.
    CHECK_ERROR(ErrorCode::not_found, "cause", "ice_overload",
                p.coverage(unit_of("tv", day(2025, 1, 10)), day(2025, 6, 1), std::nullopt, "ice_overload"));
  }
  SECTION("errors") {
    CHECK_ERROR(ErrorCode::not_found, "product", "toaster",
                sanbao_plain().coverage(unit_of("toaster", day(2025, 1, 10)), day(2025, 6, 1)));
    CHECK_ERROR(ErrorCode::not_found, "component", "remote_control",
                sanbao_plain().coverage(tv, day(2025, 6, 1), "remote_control"));
    CHECK_ERROR(ErrorCode::not_found, "cause", "alien_abduction",
                sanbao_plain().coverage(tv, day(2025, 6, 1), std::nullopt, "alien_abduction"));
    CHECK_ERROR(ErrorCode::invalid_argument, "on", "2025-01-09", sanbao_plain().coverage(tv, day(2025, 1, 9)));
    // The bicycle has no colour-TV parts.
    CHECK_ERROR(ErrorCode::not_found, "component", "picture_tube",
                sanbao_plain().coverage(unit_of("bicycle", day(2025, 1, 10)), day(2025, 6, 1), "picture_tube"));
  }
}

TEST_CASE("coverage: extended warranties", "[warranty]") {
  // No calendar: the maker's whole unit ends 2026-01-10.
  const WarrantyPolicy& p = sanbao_plain();
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
  const std::vector<ExtendedWarranty> two_years{ExtendedWarranty{"ew-1", 2, {"voltage"}}};
  const std::vector<ExtendedWarranty> climate{ExtendedWarranty{"ew-2", 1, {"environment"}}};

  SECTION("starts the day after the maker's warranty, runs `years`") {
    CHECK_FALSE(p.coverage(tv, day(2026, 1, 11)).covered);
    const Coverage first = p.coverage(tv, day(2026, 1, 11), std::nullopt, std::nullopt, two_years);
    CHECK(first.covered);
    CHECK(ostr(first.until) == "2028-01-10");
    CHECK_THAT(first.rule(), Catch::Matchers::Contains("ew-1"));
    CHECK(p.coverage(tv, day(2028, 1, 10), std::nullopt, std::nullopt, two_years).covered);
    const Coverage after = p.coverage(tv, day(2028, 1, 11), std::nullopt, std::nullopt, two_years);
    CHECK_FALSE(after.covered);
    CHECK(ostr(after.until) == "2028-01-10");
    // During the maker's warranty the maker's term answers.
    const Coverage maker = p.coverage(tv, day(2025, 6, 1), std::nullopt, std::nullopt, two_years);
    CHECK(maker.covered);
    CHECK(ostr(maker.until) == "2026-01-10");
  }
  SECTION("with the China calendar it follows the maker's extended end (2026-01-12)") {
    const Coverage c = sanbao_cn().coverage(tv, day(2026, 1, 13), std::nullopt, std::nullopt, climate);
    CHECK(c.covered);
    CHECK(ostr(c.until) == "2027-01-12");  // a Tuesday
    CHECK_FALSE(sanbao_cn().coverage(tv, day(2027, 1, 13), std::nullopt, std::nullopt, climate).covered);
  }
  SECTION("extra causes are covered although the maker excludes them") {
    const Coverage c = p.coverage(tv, day(2026, 6, 1), std::nullopt, "environment", climate);
    CHECK(c.covered);
    CHECK(c.exclusion.empty());
    // Not an extra cause of this extended warranty: still excluded.
    const Coverage no = p.coverage(tv, day(2026, 6, 1), std::nullopt, "environment", two_years);
    CHECK_FALSE(no.covered);
    CHECK(no.exclusion == "environment");
    const Coverage misuse = p.coverage(tv, day(2026, 6, 1), std::nullopt, "misuse", climate);
    CHECK_FALSE(misuse.covered);
    CHECK(misuse.exclusion == "misuse");
  }
  SECTION("an extended warranty runs 1..max_extended_years (5)") {
    const std::vector<ExtendedWarranty> five{ExtendedWarranty{"ew-5", 5, {}}};
    CHECK(ostr(p.coverage(tv, day(2026, 6, 1), std::nullopt, std::nullopt, five).until) == "2031-01-10");
    for (const int y : {0, 6, -1}) {
      INFO(y);
      const std::vector<ExtendedWarranty> bad{ExtendedWarranty{"ew-x", y, {}}};
      CHECK_ERROR(ErrorCode::invalid_argument, "extended[0].years", std::to_string(y),
                  p.coverage(tv, day(2026, 6, 1), std::nullopt, std::nullopt, bad));
    }
  }
  SECTION("a cause only an extended warranty knows") {
    CHECK(p.coverage(tv, day(2026, 6, 1), std::nullopt, "voltage", two_years).covered);
    // In the maker's period the cause is not an exclusion: covered as usual.
    CHECK(p.coverage(tv, day(2025, 6, 1), std::nullopt, "voltage", two_years).covered);
    // Without that extended warranty it is unknown.
    CHECK_ERROR(ErrorCode::not_found, "cause", "voltage", p.coverage(tv, day(2025, 6, 1), std::nullopt, "voltage"));
    CHECK_ERROR(ErrorCode::not_found, "cause", "voltage",
                p.coverage(tv, day(2026, 6, 1), std::nullopt, "voltage", climate));
  }
}

// ====================================================================== remedy

TEST_CASE("coverage_many: the batch answers as coverage() does", "[warranty]") {
  const WarrantyPolicy& p = sanbao_cn();
  // Purchases over 2015..2026 (the calendar's horizon is 2026-12-31: later
  // terms stay unmoved) asked about up to 4 years later; repeated purchase
  // days share the table entry.
  std::vector<Date> purchased, on;
  std::uint64_t x = 12345;
  auto next = [&x](std::uint64_t n) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<long>((x >> 33) % n);
  };
  for (int i = 0; i < 3000; ++i) {
    const Date d = day(2015, 1, 1) + boost::gregorian::days(next(12 * 365));
    purchased.push_back(d);
    on.push_back(d + boost::gregorian::days(next(4 * 365)));
  }
  for (const std::optional<std::string_view> component : {std::optional<std::string_view>(), std::optional<std::string_view>("picture_tube")}) {
    std::vector<Date> until(purchased.size());
    std::unique_ptr<bool[]> covered(new bool[purchased.size()]);
    const std::size_t answered =
        p.coverage_many("colour_tv", purchased, on, std::span<bool>(covered.get(), purchased.size()), until, component);
    CHECK(answered == purchased.size());
    std::size_t mismatches = 0, yes = 0;
    for (std::size_t i = 0; i < purchased.size(); ++i) {
      const Coverage c = p.coverage(unit_of("colour_tv", purchased[i]), on[i], component);
      mismatches += c.covered != covered[i] || *c.until != until[i];
      yes += covered[i];
    }
    CHECK(mismatches == 0);
    CHECK(yes > 300);  // both answers occur
    CHECK(yes < purchased.size() - 300);
  }

  SECTION("no date in, no answer out; refused elements name themselves or are skipped") {
    const Date none(boost::date_time::not_a_date_time);
    const std::vector<Date> bought{day(2025, 1, 10), none, day(2025, 1, 10), day(2025, 3, 1)};
    std::vector<Date> asked{day(2026, 1, 12), day(2025, 6, 1), none, day(2025, 2, 1)};
    std::vector<Date> until(4);
    bool covered[4];
    CHECK_ERROR(ErrorCode::invalid_argument, "on[3]", "before the purchase",
                p.coverage_many("colour_tv", bought, asked, covered, until));
    CHECK(p.coverage_many("colour_tv", bought, asked, covered, until, std::nullopt, true) == 1);
    CHECK(covered[0]);
    CHECK(until[0] == day(2026, 1, 12));
    for (std::size_t i : {1u, 2u, 3u}) {
      CHECK_FALSE(covered[i]);
      CHECK(until[i].is_not_a_date());
    }
    // A term past 2199 is refused for its element.
    const std::vector<Date> late{day(2199, 6, 1)};
    const std::vector<Date> late_on{day(2199, 7, 1)};
    CHECK_ERROR(ErrorCode::out_of_range, "purchased[0]", "2199",
                p.coverage_many("colour_tv", late, late_on, std::span<bool>(covered, 1), std::span<Date>(until.data(), 1)));
  }
  SECTION("the product, the component and the sizes are checked before any element") {
    const std::vector<Date> one{day(2025, 1, 10)};
    std::vector<Date> until(1);
    bool covered[1];
    CHECK_ERROR(ErrorCode::not_found, "product", "'tv'", p.coverage_many("tv", one, one, covered, until));
    CHECK_ERROR(ErrorCode::not_found, "component", "'knob'",
                p.coverage_many("colour_tv", one, one, covered, until, "knob"));
    const std::vector<Date> two{day(2025, 1, 10), day(2025, 1, 11)};
    CHECK_ERROR(ErrorCode::invalid_argument, "on", "2 elements", p.coverage_many("colour_tv", one, two, covered, until));
    // A product counted from delivery needs more than purchase dates.
    CHECK_ERROR(ErrorCode::invalid_argument, "product", "delivery",
                company_policy().coverage_many("fridge", one, one, covered, until));
  }
}

TEST_CASE("decisions keep their own facts: the rule can be written after the policy is gone", "[warranty]") {
  Coverage c;
  RemedyDecision r;
  {
    const WarrantyPolicy p = WarrantyPolicy::sanbao(cn());
    c = p.coverage(unit_of("colour_tv", day(2025, 1, 10)), day(2025, 6, 1), "picture_tube");
    FaultFacts f = fault_on(day(2025, 1, 14));
    f.price = 600000;
    r = p.remedy(unit_of("colour_tv", day(2025, 1, 10)), f);
  }
  CHECK(c.rule() == "warranty.colour_tv.components.picture_tube = 3 years from invoice 2025-01-10: until 2028-01-10 "
                    "(after the calendar's horizon 2026-12-31: no rest-day extension)");
  CHECK(r.rule() == "warranty.rules.return_days = 7: performance fault by 2025-01-17: return, exchange or repair");
  CHECK(r.trail().back() == "refund: the invoice price");
  CHECK(r.basis == RemedyBasis::return_window);
  CHECK(r.return_until == day(2025, 1, 17));
  // 15 days end on Saturday 2025-01-25; Sunday the 26th was a make-up working day.
  CHECK(r.exchange_until == day(2025, 1, 26));
}

TEST_CASE("remedy: the 7-day and 15-day windows", "[warranty]") {
  const WarrantyPolicy& p = sanbao_plain();
  const UnitFacts tv = unit_of("colour_tv", day(2025, 3, 3));

  SECTION("within 7 days: return, exchange or repair, refund at the invoice price") {
    FaultFacts f = fault_on(day(2025, 3, 10));  // last day of the 7-day window
    f.price = 300000;
    const RemedyDecision d = p.remedy(tv, f);
    CHECK(opts(d) == "return,exchange,repair");
    CHECK(d.free);
    REQUIRE(d.refund.has_value());
    CHECK(*d.refund == 300000);
    CHECK_FALSE(d.rule().empty());
    CHECK_FALSE(d.trail().empty());
    // Without a price there is no amount.
    const RemedyDecision no_price = p.remedy(tv, fault_on(day(2025, 3, 3)));
    CHECK(opts(no_price) == "return,exchange,repair");
    CHECK_FALSE(no_price.refund.has_value());
  }
  SECTION("days 8 to 15: exchange or repair") {
    for (const Date d : {day(2025, 3, 11), day(2025, 3, 18)}) {
      INFO(format_date(d));
      FaultFacts f = fault_on(d);
      f.price = 300000;
      const RemedyDecision r = p.remedy(tv, f);
      CHECK(opts(r) == "exchange,repair");
      CHECK(r.free);
      CHECK_FALSE(r.refund.has_value());  // return is not an option
    }
  }
  SECTION("after 15 days within the warranty: free repair") {
    for (const Date d : {day(2025, 3, 19), day(2025, 9, 1), day(2026, 3, 3)}) {
      INFO(format_date(d));
      const RemedyDecision r = p.remedy(tv, fault_on(d));
      CHECK(opts(r) == "repair");
      CHECK(r.free);
      CHECK_FALSE(r.refund.has_value());
    }
  }
  SECTION("out of warranty: paid repair") {
    FaultFacts f = fault_on(day(2026, 3, 4));
    f.price = 300000;
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "repair");
    CHECK_FALSE(r.free);
    CHECK_FALSE(r.refund.has_value());
    CHECK_FALSE(r.rule().empty());
    // Twice repaired does not help once the warranty has ended.
    f.prior_repairs = 2;
    CHECK(opts(p.remedy(tv, f)) == "repair");
    CHECK_FALSE(p.remedy(tv, f).free);
  }
  SECTION("the windows follow the policy calendar (art. 203)") {
    // Bought 2025-09-26: 7 days end on 10-03, a holiday -> 10-09.
    const UnitFacts set = unit_of("colour_tv", day(2025, 9, 26));
    CHECK(opts(sanbao_cn().remedy(set, fault_on(day(2025, 10, 9)))) == "return,exchange,repair");
    CHECK(opts(sanbao_cn().remedy(set, fault_on(day(2025, 10, 10)))) == "exchange,repair");
    // 15 days end on Saturday 10-11, a make-up working day: not moved.
    CHECK(opts(sanbao_cn().remedy(set, fault_on(day(2025, 10, 11)))) == "exchange,repair");
    CHECK(opts(sanbao_cn().remedy(set, fault_on(day(2025, 10, 12)))) == "repair");
    // Without a calendar 10-09 is already past the 7 days.
    CHECK(opts(sanbao_plain().remedy(set, fault_on(day(2025, 10, 4)))) == "exchange,repair");
    CHECK(opts(sanbao_plain().remedy(set, fault_on(day(2025, 10, 3)))) == "return,exchange,repair");
  }
  SECTION("no same model: return instead of exchange") {
    FaultFacts f = fault_on(day(2025, 3, 12));
    f.same_model_available = false;
    f.price = 300000;
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "return,repair");
    CHECK(r.free);
    REQUIRE(r.refund.has_value());
    CHECK(*r.refund == 300000);
    f.fault_on = day(2025, 3, 5);
    CHECK(opts(p.remedy(tv, f)) == "return,repair");
  }
  SECTION("the windows are policy numbers") {
    RemedyRules rules;
    rules.return_days = 3;
    rules.exchange_days = 10;
    const WarrantyPolicy own = company_policy(rules);
    const UnitFacts t = unit_of("tv", day(2025, 3, 3));
    CHECK(opts(own.remedy(t, fault_on(day(2025, 3, 6)))) == "return,exchange,repair");
    CHECK(opts(own.remedy(t, fault_on(day(2025, 3, 7)))) == "exchange,repair");
    CHECK(opts(own.remedy(t, fault_on(day(2025, 3, 13)))) == "exchange,repair");
    CHECK(opts(own.remedy(t, fault_on(day(2025, 3, 14)))) == "repair");
  }
}

TEST_CASE("remedy: twice repaired, 30-day repair limit, 90-day parts limit", "[warranty]") {
  const WarrantyPolicy& p = sanbao_plain();
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));

  SECTION("repaired twice and still faulty: free exchange or return") {
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.price = 600000;
    f.prior_repairs = 1;
    CHECK(opts(p.remedy(tv, f)) == "repair");
    for (const int n : {2, 3, 7}) {
      INFO(n);
      f.prior_repairs = n;
      const RemedyDecision r = p.remedy(tv, f);
      CHECK(opts(r) == "return,exchange");
      CHECK(r.free);
      REQUIRE(r.refund.has_value());
      CHECK(*r.refund == 600000);  // not refused: the invoice price
      CHECK_THAT(r.rule(), Catch::Matchers::Contains("max_repairs"));
    }
    f.prior_repairs = 2;
    f.same_model_available = false;
    const RemedyDecision none = p.remedy(tv, f);
    CHECK(opts(none) == "return");
    CHECK(none.free);
    REQUIRE(none.refund.has_value());
    CHECK(*none.refund == 600000);
  }
  SECTION("a repair over 30 days: exchange") {
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.repair_days = 30;
    CHECK(opts(p.remedy(tv, f)) == "repair");
    f.repair_days = 31;
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "exchange");
    CHECK(r.free);
    CHECK_THAT(r.rule(), Catch::Matchers::Contains("repair_limit_days"));
    f.same_model_available = false;
    f.price = 250000;
    const RemedyDecision ret = p.remedy(tv, f);
    CHECK(opts(ret) == "return");
    REQUIRE(ret.refund.has_value());
    CHECK(*ret.refund == 250000);
  }
  SECTION("no parts for more than 90 days: exchange") {
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.waiting_parts_days = 90;
    CHECK(opts(p.remedy(tv, f)) == "repair");
    f.waiting_parts_days = 91;
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "exchange");
    CHECK(r.free);
    CHECK_THAT(r.rule(), Catch::Matchers::Contains("parts_limit_days"));
    f.same_model_available = false;
    CHECK(opts(p.remedy(tv, f)) == "return");
  }
  SECTION("the trail lists the rules checked") {
    const RemedyDecision r = p.remedy(tv, fault_on(day(2025, 6, 1)));
    CHECK(opts(r) == "repair");
    CHECK(r.trail().size() >= 3u);
    for (const std::string& line : r.trail()) CHECK_FALSE(line.empty());
    // The coverage, the return/exchange windows and the repair counts are all checked.
    CHECK(trail_mentions(r, "coverage"));
    CHECK(trail_mentions(r, "return"));
    CHECK(trail_mentions(r, "exchange"));
    CHECK(trail_mentions(r, "repair"));
    // An escalation is in the trail too.
    FaultFacts twice = fault_on(day(2025, 6, 1));
    twice.prior_repairs = 2;
    const RemedyDecision esc = p.remedy(tv, twice);
    CHECK(trail_mentions(esc, "max_repairs"));
    CHECK(trail_mentions(esc, "coverage"));
  }
  SECTION("the 三包 remedies stop at remedy_period (car-like terms)") {
    const WarrantyPolicy own = company_policy();
    const UnitFacts van = unit_of("van", day(2022, 3, 1));
    FaultFacts f = fault_on(day(2023, 6, 1));
    f.prior_repairs = 2;
    CHECK(opts(own.remedy(van, f)) == "return,exchange");
    f.fault_on = day(2024, 6, 1);  // past 2 years, within 3: free repair only
    const RemedyDecision r = own.remedy(van, f);
    CHECK(opts(r) == "repair");
    CHECK(r.free);
    f.fault_on = day(2025, 3, 2);
    CHECK_FALSE(own.remedy(van, f).free);
  }
}

TEST_CASE("remedy: a refused exchange adds a return less depreciation; the 7-day return is the full price", "[warranty]") {
  const WarrantyPolicy& p = sanbao_plain();
  const UnitFacts tv = unit_of("colour_tv", day(2025, 3, 3));
  FaultFacts f = fault_on(day(2025, 3, 6));
  f.price = 600000;
  f.refused_exchange = true;
  SECTION("within 7 days: return at the invoice price, whatever was refused") {
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "return,exchange,repair");
    CHECK(r.refund == 600000);
    CHECK_FALSE(r.depreciated);
  }
  SECTION("within 15 days: exchange or repair; refusing the exchange gives a return, depreciated") {
    f.fault_on = day(2025, 3, 14);  // 11 days
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "return,exchange,repair");
    CHECK(r.refused_exchange);
    CHECK(r.refund == 600000 - 6600);  // 11 days x 0.1 %
    CHECK_THAT(r.rule(), Catch::Matchers::Contains("exchange refused"));
    f.refused_exchange = false;
    CHECK(opts(p.remedy(tv, f)) == "exchange,repair");
    CHECK_FALSE(p.remedy(tv, f).refund.has_value());
  }
  SECTION("a repair over 30 days: exchange, or a return when it is refused") {
    f.fault_on = day(2025, 8, 1);
    f.repair_days = 31;
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "return,exchange");
    CHECK(r.basis == RemedyBasis::repair_limit);
    // 151 days held, 31 under repair: 120 days x 0.1 % of 6,000 yuan.
    CHECK(r.refund == 600000 - 72000);
  }
  SECTION("no same model: return at the full price, nothing refused") {
    f.fault_on = day(2025, 3, 14);
    f.same_model_available = false;
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "return,repair");
    CHECK(r.refund == 600000);
  }
}

TEST_CASE("remedy: components, extended warranties and exchanges", "[warranty]") {
  const WarrantyPolicy& p = sanbao_plain();
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
  SECTION("a picture tube in year 2: free repair under its own term, no 三包 exchange") {
    FaultFacts f = fault_on(day(2026, 6, 1));
    f.prior_repairs = 3;
    CHECK_FALSE(p.remedy(tv, f).free);  // the whole unit's year is over
    f.component = "picture_tube";
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(r.free);
    CHECK(opts(r) == "repair");
    CHECK(r.coverage.kind == CoverageTerm::component);
    f.fault_on = day(2025, 6, 1);  // within the whole-unit year the escalation applies
    CHECK(opts(p.remedy(tv, f)) == "return,exchange");
  }
  SECTION("under an extended warranty: free repair, unlimited") {
    FaultFacts f = fault_on(day(2026, 6, 1));
    f.prior_repairs = 7;
    const RemedyDecision r = p.remedy(tv, f, {ExtendedWarranty{"ew-1", 2, {}}});
    CHECK(r.free);
    CHECK(opts(r) == "repair");
    CHECK(r.coverage.kind == CoverageTerm::extended);
  }
  SECTION("an exchange restarts the remedy period (car: 2 years from the exchange)") {
    const WarrantyPolicy car = WarrantyPolicy::car_2021();
    UnitFacts u = unit_of("car", day(2022, 1, 1));
    u.exchanged = day(2024, 6, 1);
    FaultFacts f = fault_on(day(2025, 3, 1));
    f.prior_repairs = 5;
    const RemedyDecision r = car.remedy(u, f);
    CHECK(opts(r) == "return,exchange");
    CHECK(r.remedy_until == day(2026, 6, 1));
  }
  SECTION("the unit's repair days are named as the unit's") {
    UnitFacts u = tv;
    u.repair_days = 84001;
    CHECK_ERROR(ErrorCode::invalid_argument, "unit.repair_days", "84001", p.remedy(u, fault_on(day(2025, 6, 1))));
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.repair_days = -1;
    CHECK_ERROR(ErrorCode::invalid_argument, "repair_days", "-1", p.remedy(tv, f));
  }
  SECTION("housing: repaired, never exchanged") {
    const WarrantyPolicy h = WarrantyPolicy::housing();
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.prior_repairs = 9;
    f.repair_days = 100;
    f.component = "roof_waterproofing";
    UnitFacts house = unit_of("housing", day(2025, 1, 1));
    house.delivered = day(2025, 1, 1);
    CHECK(opts(h.remedy(house, f)) == "repair");
  }
}

TEST_CASE("coverage: each extended warranty covers its own extra causes", "[warranty]") {
  const WarrantyPolicy& p = sanbao_plain();
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
  const std::vector<ExtendedWarranty> two{ExtendedWarranty{"accident", 1, {"misuse"}}, ExtendedWarranty{"long", 3, {}}};
  // The shorter one names misuse and runs 2026-01-11 .. 2027-01-10.
  const Coverage c = p.coverage(tv, day(2026, 6, 1), std::nullopt, "misuse", two);
  CHECK(c.covered);
  CHECK(c.term == "accident");
  CHECK_FALSE(p.coverage(tv, day(2027, 6, 1), std::nullopt, "misuse", two).covered);
  CHECK(p.coverage(tv, day(2027, 6, 1), std::nullopt, std::nullopt, two).term == "long");
}

TEST_CASE("remedy: refund minus depreciation when an exchange was refused", "[warranty]") {
  const WarrantyPolicy& p = sanbao_plain();
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));

  SECTION("README example: 6,000 yuan, 142 days at 0.1 %/day") {
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.prior_repairs = 2;
    f.price = 600000;
    f.refused_exchange = true;
    const RemedyDecision r = p.remedy(tv, f);
    CHECK(opts(r) == "return,exchange");
    REQUIRE(r.refund.has_value());
    CHECK(*r.refund == 514800);  // 600000 - 600000 * 1000 * 142 / 1e6
  }
  SECTION("repair and waiting days are not charged") {
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.prior_repairs = 2;
    f.price = 600000;
    f.refused_exchange = true;
    f.repair_days = 10;
    f.waiting_parts_days = 20;
    // 142 - 30 = 112 days: 67200 fen.
    REQUIRE(p.remedy(tv, f).refund.has_value());
    CHECK(*p.remedy(tv, f).refund == 532800);
  }
  SECTION("never below zero days") {
    FaultFacts f = fault_on(day(2025, 1, 30));  // 20 days
    f.prior_repairs = 2;
    f.price = 600000;
    f.refused_exchange = true;
    f.repair_days = 25;
    REQUIRE(p.remedy(tv, f).refund.has_value());
    CHECK(*p.remedy(tv, f).refund == 600000);
  }
  SECTION("rounded half up to the fen") {
    FaultFacts f = fault_on(day(2025, 4, 20));  // 100 days
    f.prior_repairs = 2;
    f.refused_exchange = true;
    f.price = 12345;  // 1234.5 fen -> 1235
    CHECK(p.remedy(tv, f).refund.value_or(-1) == 11110);
    f.price = 12344;  // 1234.4 -> 1234
    CHECK(p.remedy(tv, f).refund.value_or(-1) == 11110);
    f.price = 12346;  // 1234.6 -> 1235
    CHECK(p.remedy(tv, f).refund.value_or(-1) == 11111);

    const UnitFacts bike = unit_of("bicycle", day(2025, 1, 10));  // 0.05 %/day
    f.price = 10;  // 0.5 fen -> 1
    CHECK(p.remedy(bike, f).refund.value_or(-1) == 9);
    f.price = 30;  // 1.5 -> 2
    CHECK(p.remedy(bike, f).refund.value_or(-1) == 28);
    f.price = 29;  // 1.45 -> 1
    CHECK(p.remedy(bike, f).refund.value_or(-1) == 28);
    f.price = 0;
    CHECK(p.remedy(bike, f).refund.value_or(-1) == 0);
  }
}

TEST_CASE("remedy: exclusions, piano remedy table, errors", "[warranty]") {
  SECTION("an excluded cause: paid repair, even within 7 days") {
    const UnitFacts tv = unit_of("colour_tv", day(2025, 3, 3));
    FaultFacts f = fault_on(day(2025, 3, 5));
    f.cause = "misuse";
    f.price = 300000;
    const RemedyDecision r = sanbao_plain().remedy(tv, f);
    CHECK(opts(r) == "repair");
    CHECK_FALSE(r.free);
    CHECK_FALSE(r.refund.has_value());
    CHECK_THAT(r.rule(), Catch::Matchers::Contains("misuse"));
    f.cause = "transport_storage";
    f.prior_repairs = 2;
    f.fault_on = day(2025, 6, 1);
    CHECK(opts(sanbao_plain().remedy(tv, f)) == "repair");
    CHECK_FALSE(sanbao_plain().remedy(tv, f).free);
  }
  SECTION("piano: the remedy table decides within the 3 years") {
    const UnitFacts piano = unit_of("piano", day(2025, 1, 10));
    const std::vector<std::pair<std::string, std::string>> table = {
        {"iron_frame", "return"},      {"soundboard_crack", "return"}, {"pedal_spring", "exchange"},
        {"hammer_glue", "return,repair"}, {"case_crack", "repair"},   {"tuning_pins", "repair"},
        {"broken_keys", "repair"}};
    for (const auto& [kind, remedies] : table) {
      INFO(kind);
      FaultFacts f = fault_on(day(2026, 5, 1));
      f.fault = kind;
      f.price = 2000000;
      const RemedyDecision r = piano_plain().remedy(piano, f);
      CHECK(opts(r) == remedies);
      CHECK(r.free);
      CHECK_THAT(r.rule(), Catch::Matchers::Contains(kind));
      if (remedies.find("return") != std::string::npos) {
        REQUIRE(r.refund.has_value());
        CHECK(*r.refund == 2000000);
      } else {
        CHECK_FALSE(r.refund.has_value());
      }
    }
    FaultFacts spring = fault_on(day(2026, 5, 1));
    spring.fault = "pedal_spring";
    spring.same_model_available = false;
    CHECK(opts(piano_plain().remedy(piano, spring)) == "return");

    // Last day 2028-01-10; after it the table no longer applies.
    FaultFacts frame = fault_on(day(2028, 1, 10));
    frame.fault = "iron_frame";
    CHECK(opts(piano_plain().remedy(piano, frame)) == "return");
    frame.fault_on = day(2028, 1, 11);
    CHECK(opts(piano_plain().remedy(piano, frame)) == "repair");
    CHECK_FALSE(piano_plain().remedy(piano, frame).free);
    CHECK(piano_plain().coverage(piano, day(2028, 1, 10)).covered);
    CHECK_FALSE(piano_plain().coverage(piano, day(2028, 1, 11)).covered);

    FaultFacts odd = fault_on(day(2026, 5, 1));
    odd.fault = "lid_squeak";
    CHECK_ERROR(ErrorCode::not_found, "fault", "lid_squeak", piano_plain().remedy(piano, odd));
  }
  SECTION("bad input names the field") {
    const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
    FaultFacts f = fault_on(day(2025, 6, 1));
    f.prior_repairs = -1;
    CHECK_ERROR(ErrorCode::invalid_argument, "prior_repairs", "-1", sanbao_plain().remedy(tv, f));
    f = fault_on(day(2025, 6, 1));
    f.repair_days = -2;
    CHECK_ERROR(ErrorCode::invalid_argument, "repair_days", "-2", sanbao_plain().remedy(tv, f));
    f = fault_on(day(2025, 6, 1));
    f.waiting_parts_days = -3;
    CHECK_ERROR(ErrorCode::invalid_argument, "waiting_parts_days", "-3", sanbao_plain().remedy(tv, f));
    f = fault_on(day(2025, 6, 1));
    f.price = -100;
    CHECK_ERROR(ErrorCode::invalid_argument, "price", "-100", sanbao_plain().remedy(tv, f));
    f = fault_on(day(2025, 6, 1));
    f.cause = "alien_abduction";
    CHECK_ERROR(ErrorCode::not_found, "cause", "alien_abduction", sanbao_plain().remedy(tv, f));
    CHECK_ERROR(ErrorCode::not_found, "product", "toaster",
                sanbao_plain().remedy(unit_of("toaster", day(2025, 1, 10)), fault_on(day(2025, 6, 1))));
    CHECK_ERROR(ErrorCode::invalid_argument, "fault_on", "2025-01-09",
                sanbao_plain().remedy(tv, fault_on(day(2025, 1, 9))));
  }
}

// ====================================================================== category

TEST_CASE("category: internal, free, contract, paid", "[warranty]") {
  const WarrantyPolicy& p = sanbao_plain();
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));  // maker's warranty to 2026-01-10
  const std::vector<MaintenanceContract> contract_2026{
      MaintenanceContract{"mc-1", day(2026, 1, 11), day(2027, 1, 10), std::nullopt}};
  const std::vector<MaintenanceContract> contract_2025{
      MaintenanceContract{"mc-0", day(2025, 1, 1), day(2025, 12, 31), std::nullopt}};
  const std::vector<ExtendedWarranty> extended{ExtendedWarranty{"ew-1", 1, {"voltage"}}};

  SECTION("covered: free") {
    std::string rule;
    CHECK(p.category(tv, day(2025, 6, 1), std::nullopt, {}, {}, false, &rule) == ServiceCategory::free);
    CHECK_FALSE(rule.empty());
    CHECK(p.category(tv, day(2026, 1, 10)) == ServiceCategory::free);
    // A contract does not turn covered work into contract work.
    CHECK(p.category(tv, day(2025, 6, 1), std::nullopt, contract_2025) == ServiceCategory::free);
  }
  SECTION("internal work is internal, whatever else holds") {
    std::string rule;
    CHECK(p.category(tv, day(2025, 6, 1), std::nullopt, contract_2025, extended, true, &rule) ==
          ServiceCategory::internal);
    CHECK_FALSE(rule.empty());
    CHECK(p.category(tv, day(2030, 6, 1), std::nullopt, {}, {}, true) == ServiceCategory::internal);
  }
  SECTION("excluded cause: contract when one covers the date, else paid") {
    std::string rule;
    CHECK(p.category(tv, day(2025, 6, 1), "misuse", {}, {}, false, &rule) == ServiceCategory::paid);
    CHECK_FALSE(rule.empty());
    CHECK(p.category(tv, day(2025, 6, 1), "misuse", contract_2025, {}, false, &rule) == ServiceCategory::contract);
    CHECK_FALSE(rule.empty());
  }
  SECTION("out of warranty: the contract's dates, inclusive") {
    CHECK(p.category(tv, day(2026, 1, 11)) == ServiceCategory::paid);
    CHECK(p.category(tv, day(2026, 1, 11), std::nullopt, contract_2026) == ServiceCategory::contract);
    CHECK(p.category(tv, day(2027, 1, 10), std::nullopt, contract_2026) == ServiceCategory::contract);
    CHECK(p.category(tv, day(2027, 1, 11), std::nullopt, contract_2026) == ServiceCategory::paid);
    const std::vector<MaintenanceContract> later{
        MaintenanceContract{"mc-2", day(2026, 6, 2), day(2027, 6, 1), std::nullopt}};
    CHECK(p.category(tv, day(2026, 6, 1), std::nullopt, later) == ServiceCategory::paid);
    CHECK(p.category(tv, day(2026, 6, 2), std::nullopt, later) == ServiceCategory::contract);
  }
  SECTION("an extended warranty makes it free") {
    CHECK(p.category(tv, day(2026, 6, 1), std::nullopt, {}, extended) == ServiceCategory::free);
    CHECK(p.category(tv, day(2026, 6, 1), std::nullopt, contract_2026, extended) == ServiceCategory::free);
    CHECK(p.category(tv, day(2026, 6, 1), "voltage", {}, extended) == ServiceCategory::free);
    CHECK(p.category(tv, day(2026, 6, 1), "misuse", contract_2026, extended) == ServiceCategory::contract);
    CHECK(p.category(tv, day(2027, 1, 11), std::nullopt, {}, extended) == ServiceCategory::paid);
  }
  SECTION("errors") {
    CHECK_ERROR(ErrorCode::not_found, "product", "toaster",
                p.category(unit_of("toaster", day(2025, 1, 10)), day(2025, 6, 1)));
    CHECK_ERROR(ErrorCode::not_found, "cause", "alien_abduction", p.category(tv, day(2025, 6, 1), "alien_abduction"));
    CHECK_ERROR(ErrorCode::invalid_argument, "on", "2025-01-09", p.category(tv, day(2025, 1, 9)));
  }
}

// ====================================================================== tariff

TEST_CASE("extended warranty tariff: the TV example", "[warranty]") {
  const ExtendedWarrantyTariff t = ExtendedWarrantyTariff::tv_example();
  CHECK(t.price(600000, 1) == 27900);
  CHECK(t.price(600000, 2) == 52800);
  CHECK(t.price(600000, 3) == 77700);
  CHECK(t.price(600000, 4) == 102300);
  CHECK(t.max_years() == 4);
  CHECK(t.price(0, 1) == 0);
  CHECK(t.price(100, 1) == 5);          // 4.65 fen -> 5
  CHECK(t.price(99999, 1) == 4650);     // 4649.95 -> 4650
  CHECK(t.price(1000000, 1) == 46500);  // 10,000 yuan, 4.65 %

  CHECK_ERROR(ErrorCode::invalid_argument, "years", "5", t.price(600000, 5));
  CHECK_ERROR(ErrorCode::invalid_argument, "years", "0", t.price(600000, 0));
  CHECK_ERROR(ErrorCode::invalid_argument, "years", "-1", t.price(600000, -1));
  CHECK_ERROR(ErrorCode::invalid_argument, "product_price", "-1", t.price(-1, 1));

  SECTION("a company tariff: half up to the fen") {
    const ExtendedWarrantyTariff own({{1, 5000}, {3, 9000}});
    CHECK(own.max_years() == 3);
    CHECK(own.price(1, 1) == 1);  // 0.5 -> 1
    CHECK(own.price(3, 1) == 2);  // 1.5 -> 2
    CHECK(own.price(100, 3) == 90);
    CHECK_ERROR(ErrorCode::invalid_argument, "years", "2", own.price(100, 2));  // not in the tariff
  }
}

// ====================================================================== contracts

TEST_CASE("expiry notices: due from one month before the end through the end", "[warranty]") {
  const MaintenanceContract a{"a", day(2025, 1, 1), day(2025, 3, 31), std::nullopt};   // from 02-28
  const MaintenanceContract b{"b", day(2024, 4, 1), day(2025, 3, 30), std::nullopt};   // from 02-28
  const MaintenanceContract c{"c", day(2024, 6, 16), day(2025, 6, 15), std::nullopt};  // from 05-15
  const MaintenanceContract d{"d", day(2025, 1, 1), day(2025, 3, 31), std::string("d2")};  // renewed
  const MaintenanceContract e{"e", day(2024, 6, 1), day(2025, 5, 31), std::nullopt};   // from 04-30
  const std::vector<MaintenanceContract> all{a, b, c, d, e};
  using ids = std::vector<std::string>;

  CHECK(expiry_notices(all, day(2025, 2, 27)) == ids{});
  CHECK(expiry_notices(all, day(2025, 2, 28)) == ids{"a", "b"});
  CHECK(expiry_notices(all, day(2025, 3, 15)) == ids{"a", "b"});
  CHECK(expiry_notices(all, day(2025, 3, 30)) == ids{"a", "b"});
  CHECK(expiry_notices(all, day(2025, 3, 31)) == ids{"a"});
  CHECK(expiry_notices(all, day(2025, 4, 1)) == ids{});
  CHECK(expiry_notices(all, day(2025, 4, 29)) == ids{});
  CHECK(expiry_notices(all, day(2025, 4, 30)) == ids{"e"});
  CHECK(expiry_notices(all, day(2025, 5, 14)) == ids{"e"});
  CHECK(expiry_notices(all, day(2025, 5, 15)) == ids{"c", "e"});
  CHECK(expiry_notices(all, day(2025, 5, 31)) == ids{"c", "e"});
  CHECK(expiry_notices(all, day(2025, 6, 1)) == ids{"c"});
  CHECK(expiry_notices(all, day(2025, 6, 16)) == ids{});

  SECTION("input order, not id order; idempotent") {
    const std::vector<MaintenanceContract> reversed{e, d, c, b, a};
    CHECK(expiry_notices(reversed, day(2025, 3, 1)) == ids{"b", "a"});
    const auto first = expiry_notices(reversed, day(2025, 5, 20));
    const auto second = expiry_notices(reversed, day(2025, 5, 20));
    CHECK(first == ids{"e", "c"});
    CHECK(first == second);
    CHECK(expiry_notices({}, day(2025, 5, 20)) == ids{});
  }
  SECTION("leap years") {
    const std::vector<MaintenanceContract> leap{
        MaintenanceContract{"x", day(2023, 4, 1), day(2024, 3, 31), std::nullopt},   // from 02-29
        MaintenanceContract{"y", day(2023, 3, 30), day(2024, 3, 29), std::nullopt}}; // from 02-29
    CHECK(expiry_notices(leap, day(2024, 2, 28)) == ids{});
    CHECK(expiry_notices(leap, day(2024, 2, 29)) == ids{"x", "y"});
  }
}

TEST_CASE("renew: the successor starts the day after the end and is linked", "[warranty]") {
  MaintenanceContract current{"mc-2025", day(2025, 1, 1), day(2025, 12, 31), std::nullopt};
  const MaintenanceContract next = renew(current, "mc-2026", years_p(1));
  CHECK(next.id == "mc-2026");
  CHECK(str(next.start) == "2026-01-01");
  CHECK(str(next.end) == "2026-12-31");
  CHECK_FALSE(next.successor.has_value());
  REQUIRE(current.successor.has_value());
  CHECK(*current.successor == "mc-2026");

  // Once renewed, no notice is due for it any more; the successor's comes in time.
  CHECK(expiry_notices({current, next}, day(2025, 12, 15)) == std::vector<std::string>{});
  CHECK(expiry_notices({current, next}, day(2026, 11, 30)) == std::vector<std::string>{"mc-2026"});

  CHECK_ERROR(ErrorCode::state, "current", "mc-2026", renew(current, "mc-2026b", years_p(1)));
  CHECK(*current.successor == "mc-2026");  // unchanged by the failed renewal

  MaintenanceContract half{"h", day(2025, 3, 1), day(2025, 8, 31), std::nullopt};
  const MaintenanceContract h2 = renew(half, "h2", months_p(6));
  CHECK(str(h2.start) == "2025-09-01");
  CHECK(str(h2.end) == "2026-02-28");  // 2025-08-31 + 6 months, month-end rule

  // Monthly renewals do not drift: each month runs to its own last day.
  MaintenanceContract jan{"m1", day(2025, 1, 1), day(2025, 1, 31), std::nullopt};
  MaintenanceContract feb = renew(jan, "m2", months_p(1));
  const MaintenanceContract mar = renew(feb, "m3", months_p(1));
  CHECK(str(feb.end) == "2025-02-28");
  CHECK(str(mar.start) == "2025-03-01");
  CHECK(str(mar.end) == "2025-03-31");
}

TEST_CASE("expiry notices: short contracts and duplicate ids", "[warranty]") {
  // Shorter than a month: due from its first day, never before it.
  const MaintenanceContract short_one{"s", day(2025, 3, 10), day(2025, 3, 31), std::nullopt};
  CHECK(expiry_notices({short_one}, day(2025, 3, 9)).empty());
  CHECK(expiry_notices({short_one}, day(2025, 3, 10)) == std::vector<std::string>{"s"});
  CHECK_ERROR(ErrorCode::invalid_argument, "contracts[1].id", "'s'", expiry_notices({short_one, short_one}, day(2025, 3, 20)));
}

TEST_CASE("from_json: an empty remedy list or a key given twice is refused at load", "[warranty]") {
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.tv.remedies.x", "no remedy",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"tv": {"whole_unit": "1y", "remedies": {"x": []}}}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv", "twice",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"tv": {"whole_unit": "1y"}, "tv": {"whole_unit": "2y"}}}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.rules.max_repairs_remedies", "no remedy",
              WarrantyPolicy::from_json(R"({"warranty": {"rules": {"max_repairs_remedies": []}, "products": {"tv": {"whole_unit": "1y"}}}})"));
}

// ====================================================================== JSON

namespace {

const char* const company_doc = R"({"warranty": {
  "rules": {"return_days": 5, "exchange_days": 12, "max_repairs": 3,
            "repair_limit_days": 25, "parts_limit_days": 60, "max_extended_years": 4},
  "exclusions": ["misuse", "flood"],
  "products": {
    "tv": {"whole_unit": "1y", "basis": "invoice",
           "components": {"panel": "3y", "remote": "6mo"},
           "remedies": {"panel_dead": ["return", "exchange"]},
           "depreciation_ppm_per_day": 1000, "remedy_period": "2y"},
    "fridge": {"whole_unit": "P2Y6M", "basis": "delivery", "depreciation_ppm_per_day": 500},
    "fan": {"whole_unit": "90d", "basis": "installation"}}}})";

// The same document with one product's member replaced (or added).
std::string with_tv(const std::string& member, const std::string& value) {
  auto doc = nlohmann::json::parse(company_doc);
  doc["warranty"]["products"]["tv"][member] = nlohmann::json::parse(value);
  return doc.dump();
}

std::string with_rules(const std::string& member, const std::string& value) {
  auto doc = nlohmann::json::parse(company_doc);
  doc["warranty"]["rules"][member] = nlohmann::json::parse(value);
  return doc.dump();
}

}  // namespace

TEST_CASE("from_json: a company document", "[warranty]") {
  const WarrantyPolicy p = WarrantyPolicy::from_json(company_doc);
  const RemedyRules& r = p.remedy_rules();
  CHECK(r.return_days == 5);
  CHECK(r.exchange_days == 12);
  CHECK(r.max_repairs == 3);
  CHECK(r.repair_limit_days == 25);
  CHECK(r.parts_limit_days == 60);
  CHECK(r.max_extended_years == 4);
  CHECK(sorted(p.exclusions()) == std::vector<std::string>{"flood", "misuse"});

  const ProductTerms& tv = p.terms("tv");
  CHECK(total_months(tv.whole_unit) == 12);
  CHECK(tv.basis == StartBasis::invoice);
  REQUIRE(tv.components.size() == 2u);
  REQUIRE(find_component(tv, "panel") != nullptr);
  CHECK(total_months(find_component(tv, "panel")->period) == 36);
  REQUIRE(find_component(tv, "remote") != nullptr);
  CHECK(total_months(find_component(tv, "remote")->period) == 6);
  REQUIRE(tv.remedy_table.count("panel_dead") == 1u);
  CHECK(opts(tv.remedy_table.find("panel_dead")->second) == "return,exchange");
  CHECK(tv.depreciation_ppm_per_day == 1000);
  REQUIRE(tv.remedy_period.has_value());
  CHECK(total_months(*tv.remedy_period) == 24);

  const ProductTerms& fridge = p.terms("fridge");
  CHECK(total_months(fridge.whole_unit) == 30);
  CHECK(fridge.basis == StartBasis::delivery);
  CHECK_FALSE(fridge.remedy_period.has_value());
  const ProductTerms& fan = p.terms("fan");
  CHECK(fan.whole_unit.days == 90);
  CHECK(total_months(fan.whole_unit) == 0);
  CHECK(fan.basis == StartBasis::installation);

  // Decisions use the document's numbers.
  const UnitFacts tv_unit = unit_of("tv", day(2025, 3, 3));
  CHECK(opts(p.remedy(tv_unit, fault_on(day(2025, 3, 8)))) == "return,exchange,repair");
  CHECK(opts(p.remedy(tv_unit, fault_on(day(2025, 3, 9)))) == "exchange,repair");
  CHECK(opts(p.remedy(tv_unit, fault_on(day(2025, 3, 16)))) == "repair");
  FaultFacts twice = fault_on(day(2025, 6, 1));
  twice.prior_repairs = 2;
  CHECK(opts(p.remedy(tv_unit, twice)) == "repair");  // max_repairs = 3 here
  twice.prior_repairs = 3;
  CHECK(opts(p.remedy(tv_unit, twice)) == "return,exchange");
  CHECK(p.coverage(tv_unit, day(2025, 6, 1), std::nullopt, "flood").exclusion == "flood");
  UnitFacts fan_unit = unit_of("fan", day(2025, 1, 1));
  fan_unit.installed = day(2025, 1, 2);
  CHECK(ostr(p.coverage(fan_unit, day(2025, 2, 1)).until) == "2025-04-02");  // 90 days

  // The bare section reads the same.
  const std::string bare = nlohmann::json::parse(company_doc)["warranty"].dump();
  CHECK(WarrantyPolicy::from_json(bare).to_json() == p.to_json());
}

TEST_CASE("to_json / from_json round trip", "[warranty]") {
  const std::vector<std::pair<std::string, WarrantyPolicy>> policies{
      {"sanbao", WarrantyPolicy::sanbao()},   {"piano", WarrantyPolicy::piano()},
      {"housing", WarrantyPolicy::housing()}, {"car_2021", WarrantyPolicy::car_2021()},
      {"company", WarrantyPolicy::from_json(company_doc)}, {"built", company_policy()}};
  for (const auto& [name, p] : policies) {
    INFO(name);
    const std::string text = p.to_json();
    CHECK_NOTHROW(nlohmann::json::parse(text));
    const WarrantyPolicy q = WarrantyPolicy::from_json(text);
    CHECK(q.to_json() == text);
    CHECK(q.exclusions() == p.exclusions());
    CHECK(q.remedy_rules().return_days == p.remedy_rules().return_days);
    CHECK(q.remedy_rules().max_repairs == p.remedy_rules().max_repairs);
  }
  // Decisions agree after the round trip (with a calendar given again).
  const WarrantyPolicy q = WarrantyPolicy::from_json(sanbao_cn().to_json(), cn());
  const UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
  CHECK(ostr(q.coverage(tv, day(2026, 1, 12)).until) == "2026-01-12");
  CHECK(ostr(q.coverage(tv, day(2026, 1, 12), "ics").until) == "2028-01-10");
  CHECK(q.terms("colour_tv").depreciation_ppm_per_day == 1000);
  FaultFacts f = fault_on(day(2025, 6, 1));
  f.prior_repairs = 2;
  f.price = 600000;
  f.refused_exchange = true;
  CHECK(q.remedy(tv, f).refund.value_or(-1) == 514800);
  const WarrantyPolicy piano2 = WarrantyPolicy::from_json(piano_plain().to_json());
  CHECK(piano2.terms("piano").remedy_table.size() == 7u);
  const WarrantyPolicy house2 = WarrantyPolicy::from_json(WarrantyPolicy::housing().to_json());
  REQUIRE(house2.terms("housing").housing.has_value());
  CHECK(house2.terms("housing").housing->parts.size() == 12u);
}

TEST_CASE("from_json: malformed documents name the JSON path", "[warranty]") {
  auto load = [](const std::string& text) { return WarrantyPolicy::from_json(text); };
  SECTION("not JSON, wrong shapes") {
    // Text that is not JSON at all names the whole document.
    CHECK_ERROR(ErrorCode::parse_error, "policy", "invalid JSON", load("{"));
    CHECK_ERROR(ErrorCode::parse_error, "policy", "invalid JSON", load(""));
    CHECK_ERROR(ErrorCode::parse_error, "warranty", "[1,2]", load("[1,2]"));
    CHECK_ERROR(ErrorCode::parse_error, "warranty", "5", load(R"({"warranty": 5})"));
    CHECK_ERROR(ErrorCode::parse_error, "warranty.products", "[]", load(R"({"warranty": {"products": []}})"));
    CHECK_ERROR(ErrorCode::parse_error, "warranty.exclusions", "misuse",
                load(R"({"warranty": {"exclusions": "misuse", "products": {}}})"));
    CHECK_ERROR(ErrorCode::parse_error, "warranty.rules.return_days", "seven", load(with_rules("return_days", R"("seven")")));
  }
  SECTION("periods") {
    CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv.whole_unit", "1x", load(with_tv("whole_unit", R"("1x")")));
    CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv.whole_unit", "12", load(with_tv("whole_unit", "12")));
    CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv.components.panel", "three",
                load(with_tv("components", R"({"panel": "three"})")));
    CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv.remedy_period", "2 years",
                load(with_tv("remedy_period", R"("2 years")")));
  }
  SECTION("months > 1200: invalid_argument") {
    CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.tv.whole_unit", "1200",
                load(with_tv("whole_unit", R"("101y")")));
    CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.tv.components.panel", "1200",
                load(with_tv("components", R"({"panel": "1201mo"})")));
    CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.tv.whole_unit", "1200",
                load(with_tv("whole_unit", R"("100y1mo")")));
    CHECK_NOTHROW(load(with_tv("whole_unit", R"("100y")")));
  }
  SECTION("names and numbers") {
    CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.tv.basis", "purchase",
                load(with_tv("basis", R"("purchase")")));
    CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.tv.remedies.panel_dead[1]", "swap",
                load(with_tv("remedies", R"({"panel_dead": ["return", "swap"]})")));
    CHECK_ERROR(ErrorCode::invalid_argument, "warranty.products.tv.depreciation_ppm_per_day", "-5",
                load(with_tv("depreciation_ppm_per_day", "-5")));
    CHECK_ERROR(ErrorCode::invalid_argument, "warranty.rules.max_repairs", "-1", load(with_rules("max_repairs", "-1")));
  }
  SECTION("the bare section: paths without the prefix") {
    const auto bare = [](const std::string& text) {
      return WarrantyPolicy::from_json(nlohmann::json::parse(text)["warranty"].dump());
    };
    CHECK_ERROR(ErrorCode::parse_error, "products.tv.whole_unit", "1x", bare(with_tv("whole_unit", R"("1x")")));
    CHECK_ERROR(ErrorCode::invalid_argument, "products.tv.whole_unit", "1200", bare(with_tv("whole_unit", R"("101y")")));
  }
}

TEST_CASE("from_json: calendar periods take ISO 8601 P...Y...M...D or y, mo, d", "[warranty]") {
  const auto term = [](const std::string& text) {
    return WarrantyPolicy::from_json(R"({"warranty": {"products": {"tv": {"whole_unit": ")" + text + R"("}}}})")
        .terms("tv")
        .whole_unit;
  };
  const auto is = [](Period p, int y, int mo, int d) { return p.years == y && p.months == mo && p.days == d; };
  CHECK(is(term("P1Y6M"), 1, 6, 0));
  CHECK(is(term("2y6mo"), 2, 6, 0));
  CHECK(is(term("15d"), 0, 0, 15));
  CHECK(is(term("P15D"), 0, 0, 15));
  CHECK(is(term("P1Y2M3D"), 1, 2, 3));
  CHECK(is(term("1y2mo3d"), 1, 2, 3));
  CHECK(is(term("P6M"), 0, 6, 0));
  CHECK(is(term("6mo"), 0, 6, 0));
  CHECK(is(term("P0D"), 0, 0, 0));
  const std::string field = "warranty.products.tv.whole_unit";
  // Working time, bare numbers, a bare m, weeks and malformed text are refused,
  // naming the member and showing the accepted forms.
  for (const char* bad : {"6h", "PT6H", "30min", "45s", "P1DT6H", "6m", "2y6m", "1m", "365", "0", "", "P", "PT",
                          "P2W", "2w", "1y1y", "6mo1y", "P6M1Y", "1.5y", "-1y", "1 y", "y", "1Y", "p1y", "P1YT"}) {
    INFO("text '" << bad << "'");
    CHECK_ERROR(ErrorCode::parse_error, field, std::string("'") + bad + "'", term(bad));
    CHECK_ERROR(ErrorCode::parse_error, field, "P1Y, P6M, P2Y6M, P15D or 1y, 6mo, 2y6mo, 15d", term(bad));
  }
  CHECK_ERROR(ErrorCode::parse_error, field, "working time, not a calendar period", term("6h"));
  CHECK_ERROR(ErrorCode::parse_error, field, "working time, not a calendar period", term("PT6H"));
  CHECK_ERROR(ErrorCode::parse_error, field, "ambiguous", term("6m"));
  CHECK_ERROR(ErrorCode::parse_error, field, "bare number", term("365"));
  CHECK_ERROR(ErrorCode::parse_error, field, "weeks", term("P2W"));
  CHECK_ERROR(ErrorCode::parse_error, field, "too large", term("999999999999d"));
  CHECK_ERROR(ErrorCode::parse_error, field, "'365' is a bare number",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"tv": {"whole_unit": 365}}}})"));
  // Every period member reads the same grammar.
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv.components.panel", "'3m' is ambiguous",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"tv": {"whole_unit": "1y",
                  "components": {"panel": "3m"}}}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.car.remedy_period", "'24h' is working time",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"car": {"whole_unit": "3y", "remedy_period": "24h"}}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.car.fault_windows.frame.period", "'7' is a bare number",
              WarrantyPolicy::from_json(R"({"warranty": {"products": {"car": {"whole_unit": "3y",
                  "fault_windows": {"frame": {"period": 7, "remedies": ["exchange"]}}}}}})"));
}

TEST_CASE("to_json writes periods in the grammar, so every preset round-trips", "[warranty]") {
  for (const WarrantyPolicy& p : {WarrantyPolicy::sanbao(), WarrantyPolicy::piano(), WarrantyPolicy::housing(),
                                  WarrantyPolicy::car_2021()}) {
    const std::string text = p.to_json();
    CHECK(WarrantyPolicy::from_json(text).to_json() == text);
  }
  const WarrantyPolicy own = WarrantyPolicy::from_json(
      R"({"warranty": {"products": {"tv": {"whole_unit": "P2Y6M", "components": {"remote": "P6M", "panel": "P15D"}}}}})");
  const std::string text = own.to_json();
  CHECK_THAT(text, Catch::Contains(R"("whole_unit": "2y6mo")") && Catch::Contains(R"("remote": "6mo")") &&
                       Catch::Contains(R"("panel": "15d")"));
  CHECK(WarrantyPolicy::from_json(text).to_json() == text);
}

// ====================================================================== independent cases
//
// Worked examples from published 三包 material, re-expressed here. The
// sources are cited; the arithmetic is our own.

TEST_CASE("independent: 1995 catalogue rows (部分商品修理更换退货责任规定, 附件)", "[warranty]") {
  // Source: 法搜网 copy of the 1995 regulation with its appendix
  // "实施三包的部分商品目录(第一批)",
  // http://www.lygzb.net/html/text/chl/134/13469_3.html :
  //   自行车 整机 1 年, 主要部件 2 年 (车架、变速器), 折旧率 0.05 %/日
  //   彩色电视机 1 / 3 年 (显像管、行输出变压器、高频头、集成电路), 0.1 %/日
  //   黑白电视机 1 / 3 年, 0.05 %/日
  //   家用录像机 1 / 1 年, 0.1 %/日
  const WarrantyPolicy& p = sanbao_plain();
  CHECK(p.terms("colour_tv").depreciation_ppm_per_day == 1000);
  CHECK(p.terms("bw_tv").depreciation_ppm_per_day == 500);
  CHECK(p.terms("vcr").depreciation_ppm_per_day == 1000);
  CHECK(p.terms("bicycle").depreciation_ppm_per_day == 500);
  const ProductTerms& bw = p.terms("bw_tv");
  CHECK(bw.components.size() == 4u);
  for (const ComponentTerm& c : bw.components) {
    INFO(c.name);
    CHECK(total_months(c.period) == 36);
  }
  for (const ComponentTerm& c : p.terms("vcr").components) {
    INFO(c.name);
    CHECK(total_months(c.period) == 12);
  }
  const ProductTerms& bike = p.terms("bicycle");
  CHECK_FALSE(bike.components.empty());
  for (const ComponentTerm& c : bike.components) {
    INFO(c.name);
    CHECK(total_months(c.period) == 24);
  }
}

TEST_CASE("independent: arts. 9-11, the 7/15-day windows and twice repaired", "[warranty]") {
  // Source: the text of arts. 9-11 as quoted at
  // http://crsrw.com/falvjiangtang/111959.html : within 7 days of sale a
  // performance fault gives return (at the invoice price), exchange or repair;
  // within 15 days exchange or repair; repaired twice within the 三包 period
  // and still not working: free exchange of the same model, or return.
  // A bicycle sold Monday 2025-06-02; the China calendar has no holiday then.
  const UnitFacts bike = unit_of("bicycle", day(2025, 6, 2));
  FaultFacts f = fault_on(day(2025, 6, 9));  // day 7 (a Monday)
  f.price = 89900;
  const RemedyDecision seven = sanbao_cn().remedy(bike, f);
  CHECK(opts(seven) == "return,exchange,repair");
  CHECK(seven.refund.value_or(-1) == 89900);
  f.fault_on = day(2025, 6, 10);
  CHECK(opts(sanbao_cn().remedy(bike, f)) == "exchange,repair");
  f.fault_on = day(2025, 6, 17);  // day 15 (a Tuesday)
  CHECK(opts(sanbao_cn().remedy(bike, f)) == "exchange,repair");
  f.fault_on = day(2025, 6, 18);
  CHECK(opts(sanbao_cn().remedy(bike, f)) == "repair");
  f.fault_on = day(2026, 2, 2);
  f.prior_repairs = 2;
  CHECK(opts(sanbao_cn().remedy(bike, f)) == "return,exchange");
  CHECK(sanbao_cn().remedy(bike, f).free);
}

TEST_CASE("independent: depreciation examples from consumer guidance", "[warranty]") {
  SECTION("a 5,000 yuan colour TV returned after 30 days at 0.1 %/day") {
    // Source: https://www.lawparks.com/ask/how-to-calculate-return-depreciation
    // (折旧费 = 商品价款 × 每日折旧率 × 使用天数). The page's own arithmetic
    // slips (it prints 1500 yuan); 5000 × 0.1 % × 30 = 150 yuan, refund 4,850.
    const UnitFacts tv = unit_of("colour_tv", day(2025, 3, 1));
    FaultFacts f = fault_on(day(2025, 3, 31));  // 30 days after the invoice
    f.prior_repairs = 2;
    f.price = 500000;
    f.refused_exchange = true;
    CHECK(sanbao_plain().remedy(tv, f).refund.value_or(-1) == 485000);
  }
  SECTION("repair and waiting time are deducted from the days used") {
    // Source: 齐鲁晚报 2014-03-27 "不同电器折旧费咋算",
    // https://epaper.qlwb.com.cn/qlwb/content/20140327/ArticelA13003FM.htm :
    // counted from the invoice date to the return date, minus time under
    // repair and waiting for repair. A 3,000 yuan colour TV, invoice
    // 2024-03-01, returned 2024-09-01 (184 days) after 20 days in repair and
    // 10 days waiting for parts: 154 days × 0.1 % × 3,000 = 462 yuan.
    const UnitFacts tv = unit_of("colour_tv", day(2024, 3, 1));
    FaultFacts f = fault_on(day(2024, 9, 1));
    f.prior_repairs = 2;
    f.price = 300000;
    f.refused_exchange = true;
    f.repair_days = 20;
    f.waiting_parts_days = 10;
    CHECK(sanbao_plain().remedy(tv, f).refund.value_or(-1) == 300000 - 46200);
  }
}

TEST_CASE("independent: flat-panel TVs count from installation (AQSIQ notice 2011 No. 20)", "[warranty]") {
  // Source: http://panasonic.cn/policy/tv_provision/ (国家质检总局 2011 年第 20 号公告):
  // flat-panel TVs 整机 1 年, 显示屏等主要部件 3 年, 0.1 %/日, counted from the
  // end of the agreed delivery, installation and commissioning. Re-expressed
  // as a company policy built in code.
  ProductTerms lcd;
  lcd.product = "lcd_tv";
  lcd.whole_unit = years_p(1);
  lcd.components = {ComponentTerm{"display", years_p(3)}, ComponentTerm{"backlight", years_p(3)}};
  lcd.basis = StartBasis::installation;
  lcd.depreciation_ppm_per_day = 1000;
  const WarrantyPolicy p({lcd}, RemedyRules{}, {"misuse"}, cn());

  UnitFacts set = unit_of("lcd_tv", day(2025, 9, 20));
  CHECK_ERROR(ErrorCode::invalid_argument, "installed", "installed", p.coverage(set, day(2025, 10, 1)));
  set.delivered = day(2025, 9, 22);
  set.installed = day(2025, 9, 23);
  // Whole unit: 2026-09-23, a Wednesday.
  CHECK(ostr(p.coverage(set, day(2026, 9, 23)).until) == "2026-09-23");
  CHECK(p.coverage(set, day(2026, 9, 23)).covered);
  CHECK_FALSE(p.coverage(set, day(2026, 9, 24)).covered);
  CHECK(ostr(p.coverage(set, day(2027, 1, 1), "display").until) == "2028-09-23");
  // The 7-day window counts from the sale (invoice), not the installation.
  // Sold 2025-09-20: 7 days end on Saturday 09-27, a rest day; Sunday 09-28
  // is a make-up working day, so the window ends then.
  CHECK(opts(p.remedy(set, fault_on(day(2025, 9, 28)))) == "return,exchange,repair");
  CHECK(opts(p.remedy(set, fault_on(day(2025, 9, 29)))) == "exchange,repair");
}

TEST_CASE("bad counts and far dates are clear errors, never a crash", "[warranty]") {
  UnitFacts tv = unit_of("colour_tv", day(2025, 1, 10));
  tv.repair_days = 1000000000;  // once ran boost's date arithmetic out of range
  CHECK_ERROR(ErrorCode::invalid_argument, "repair_days", "1000000000", sanbao_plain().coverage(tv, day(2025, 6, 1)));
  UnitFacts late = unit_of("colour_tv", day(2198, 6, 1));
  late.repair_days = 300;  // 2199-06-01 + 300 days
  CHECK_ERROR(ErrorCode::out_of_range, "repair_days", "2199-12-31", sanbao_plain().coverage(late, day(2198, 7, 1)));
  CHECK_ERROR(ErrorCode::out_of_range, "purchased", "2199-12-31",
              sanbao_plain().coverage(unit_of("colour_tv", day(2199, 6, 1)), day(2199, 7, 1)));
  FaultFacts f;
  f.fault_on = day(2025, 6, 1);
  f.waiting_parts_days = 100000;
  CHECK_ERROR(ErrorCode::invalid_argument, "waiting_parts_days", "100000",
              sanbao_plain().remedy(unit_of("colour_tv", day(2025, 1, 10)), f));
}
