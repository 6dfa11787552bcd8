// The car_2021 preset's articles added by issue 27 (家用汽车产品修理更换退货责任规定,
// 2021, 市场监管总局令第43号): art. 18 para. 2 (start from delivery), art. 20
// (assembly replacement), art. 24 para. 1 (1)-(3) (repeat limits), art. 27
// (usage compensation), art. 28 (answer and completion deadlines), and the
// piano's refused exchange (seeds/001 第三篇 gives no return for it; 1995 三包
// art. 13 does).
#include <aftersales/calendars/cn.hpp>
#include <aftersales/enum_names.hpp>
#include <aftersales/error.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "remedy_support.hpp"
#include "support.hpp"

#include <algorithm>
#include <string>

using namespace aftersales;
using namespace test_support;
using Catch::Matchers::Contains;

namespace {

const WarrantyPolicy& car() {
  static const WarrantyPolicy p = WarrantyPolicy::car_2021();
  return p;
}

UnitFacts car_unit(Date invoice, std::optional<std::int64_t> km = std::nullopt, std::optional<Date> delivered = {}) {
  UnitFacts u = unit_bought("car", invoice, km);
  u.delivered = delivered;
  return u;
}

}  // namespace

TEST_CASE("car_2021 art. 18 para. 2: both periods count from delivery when it differs from the invoice",
          "[warranty][car_2021][issue27]") {
  CHECK(car().terms("car").basis == StartBasis::invoice_or_delivery);
  CHECK(std::string(to_string(StartBasis::invoice_or_delivery)) == "invoice_or_delivery");
  CHECK(parse_start_basis("invoice_or_delivery") == StartBasis::invoice_or_delivery);
  // 包修期 3 years: from the delivery 2025-01-20, not the invoice 2025-01-10.
  const Coverage c = car().coverage(car_unit(day(2025, 1, 10), 1000, day(2025, 1, 20)), day(2028, 1, 15));
  CHECK(c.covered);
  CHECK(str(*c.until) == "2028-01-20");
  CHECK_THAT(c.rule(), Contains("from delivery 2025-01-20 (invoice_or_delivery: the delivery date)"));
  // No delivery date given: the invoice date.
  const Coverage i = car().coverage(car_unit(day(2025, 1, 10), 1000), day(2028, 1, 15));
  CHECK_FALSE(i.covered);
  CHECK_THAT(i.rule(), Contains("from invoice 2025-01-10 (invoice_or_delivery: no delivery date given)"));
  // 三包有效期 2 years from delivery: five repairs on 2027-01-15 still give exchange or return.
  FaultFacts f = fault(day(2027, 1, 15));
  f.prior_repairs = 5;
  CHECK(car().remedy(car_unit(day(2025, 1, 10), 1000, day(2025, 1, 20)), f).basis == RemedyBasis::max_repairs);
  CHECK(car().remedy(car_unit(day(2025, 1, 10), 1000), f).basis == RemedyBasis::free_repair);
  // Art. 23's 60 days count from the 三包有效期's start too: 2025-03-21 from delivery.
  const auto w = car().remedy(car_unit(day(2025, 1, 10), 100, day(2025, 1, 20)), fault(day(2025, 3, 20), "safety_failure"));
  CHECK(w.basis == RemedyBasis::fault_window);
  CHECK(str(w.window_until) == "2025-03-21");
}

TEST_CASE("car_2021 art. 20: a main part of the engine, gearbox, battery or motor within 60 days / 3,000 km: "
          "assembly replacement",
          "[warranty][car_2021][issue27]") {
  CHECK(std::string(to_string(Remedy::assembly_replacement)) == "assembly_replacement");
  CHECK(parse_remedy("assembly_replacement") == Remedy::assembly_replacement);
  const auto d = car().remedy(car_unit(day(2025, 3, 10), 2999), fault(day(2025, 5, 9), "major_part"));
  CHECK(d.basis == RemedyBasis::fault_window);
  CHECK(d.options == RemedySet{Remedy::repair, Remedy::assembly_replacement});
  CHECK(d.free);
  CHECK_THAT(d.rule(), Contains("fault_windows.major_part = 60 days or 3000 km"));
  CHECK_THAT(d.rule(), Contains("repair or assembly_replacement"));
  // Past 3,000 km (or 60 days): a free repair, as before.
  CHECK(car().remedy(car_unit(day(2025, 3, 10), 3001), fault(day(2025, 5, 9), "major_part")).options ==
        RemedySet{Remedy::repair});
  CHECK(car().remedy(car_unit(day(2025, 3, 10), 100), fault(day(2025, 5, 10), "major_part")).options ==
        RemedySet{Remedy::repair});
  // A document may list it; 'replacement' (the extended warranty's new unit) stays refused.
  const std::string doc = R"({"products": {"car": {"whole_unit": "3y", "fault_windows": {"major_part":
      {"period": "60d", "remedies": ["assembly_replacement"]}}}}})";
  CHECK(WarrantyPolicy::from_json(doc).terms("car").fault_windows[0].remedies == RemedySet{Remedy::assembly_replacement});
}

TEST_CASE("car_2021 art. 23: the narrow failure list is fault kind safety_failure; serious_safety is art. 40's term",
          "[warranty][car_2021][issue27]") {
  const auto& windows = car().terms("car").fault_windows;
  CHECK(std::any_of(windows.begin(), windows.end(), [](const FaultWindow& w) { return w.fault == "safety_failure"; }));
  CHECK(std::none_of(windows.begin(), windows.end(), [](const FaultWindow& w) { return w.fault == "serious_safety"; }));
  // serious_safety within 60 days but not yet repaired twice: a free repair (no window of its own).
  CHECK(car().remedy(car_unit(day(2025, 3, 10), 100), fault(day(2025, 3, 20), "serious_safety")).options ==
        RemedySet{Remedy::repair});
}

TEST_CASE("car_2021 art. 24 para. 1 (1): a serious safety fault repaired twice and still there: exchange or return",
          "[warranty][car_2021][issue27]") {
  FaultFacts f = fault(day(2026, 6, 1), "serious_safety");
  f.prior_repairs = 1;
  CHECK(car().remedy(car_unit(day(2025, 3, 10), 20000), f).options == RemedySet{Remedy::repair});
  f.prior_repairs = 2;
  const auto d = car().remedy(car_unit(day(2025, 3, 10), 20000), f);
  CHECK(d.basis == RemedyBasis::repeat_limit);
  CHECK(d.options == RemedySet{Remedy::refund, Remedy::exchange});
  CHECK_THAT(d.rule(), Contains("warranty.car.repeat_limits.serious_safety = 2 repairs: repaired 2 times and still faulty: "
                                "return or exchange"));
  CHECK(trail_has(d, "repeat_limits.serious_safety: 2 prior repairs, 0 prior replacements -> "));
  // Past the 三包有效期 (2 years): free repair only.
  f.fault_on = day(2027, 6, 1);
  CHECK(car().remedy(car_unit(day(2025, 3, 10), 20000), f).options == RemedySet{Remedy::repair});
}

TEST_CASE("car_2021 art. 24 para. 1 (2)/(3): an assembly or the same main part replaced twice: exchange or return",
          "[warranty][car_2021][issue27]") {
  for (const char* kind : {"major_assembly", "main_part", "major_part"}) {
    CAPTURE(kind);
    FaultFacts f = fault(day(2026, 1, 5), kind);
    f.prior_replacements = 1;
    CHECK(car().remedy(car_unit(day(2025, 3, 10), 20000), f).options == RemedySet{Remedy::repair});
    f.prior_replacements = 2;
    const auto d = car().remedy(car_unit(day(2025, 3, 10), 20000), f);
    CHECK(d.basis == RemedyBasis::repeat_limit);
    CHECK(d.options == RemedySet{Remedy::refund, Remedy::exchange});
    CHECK_THAT(d.rule(), Contains(std::string("repeat_limits.") + kind + " = 2 replacements: replaced 2 times"));
  }
  FaultFacts bad = fault(day(2026, 1, 5), "main_part");
  bad.prior_replacements = -1;
  CHECK_ERROR(ErrorCode::invalid_argument, "prior_replacements", "-1", car().remedy(car_unit(day(2025, 3, 10)), bad));
  // A document's repeat limit needs a count.
  CHECK_ERROR(ErrorCode::invalid_argument, "products.car.repeat_limits.x", "neither",
              WarrantyPolicy::from_json(R"({"products": {"car": {"whole_unit": "3y", "repeat_limits":
                  {"x": {"remedies": ["exchange"]}}}}})"));
}

TEST_CASE("car_2021 art. 27: usage compensation price x km / 1000 x n on an art. 24 exchange or return",
          "[warranty][car_2021][issue27]") {
  CHECK(car().terms("car").usage_coefficient_max_ppm == 5000);
  CHECK_FALSE(car().terms("car").usage_coefficient_ppm);  // the maker's n: not in the regulation
  FaultFacts f = fault(day(2026, 6, 1), "serious_safety");
  f.prior_repairs = 2;
  f.price = 20'000'000;  // 200,000 yuan
  f.usage_coefficient_ppm = 4000;  // n = 0.4 %
  const auto d = car().remedy(car_unit(day(2025, 3, 10), 12000), f);
  REQUIRE(d.usage_compensation);
  CHECK(*d.usage_compensation == 960'000);  // 200,000 x 12,000 / 1000 x 0.4 % = 9,600 yuan
  CHECK(d.refund == 20'000'000 - 960'000);
  CHECK_THAT(d.rule(), Contains("20000000 fen x 12000 km / 1000 x 4000 ppm = 960000 fen"));
  CHECK(trail_has(d, "refund: the invoice price less the usage compensation"));
  // Art. 24 para. 1 (4) too: more than 4 repairs.
  FaultFacts p = fault(day(2026, 6, 1));
  p.prior_repairs = 5, p.price = 20'000'000, p.usage_coefficient_ppm = 4000;
  CHECK(car().remedy(car_unit(day(2025, 3, 10), 12000), p).usage_compensation == 960'000);
  // Half up to the fen: 1,000 yuan x 1 km / 1000 x 0.5 % = 0.5 fen -> 1 fen; 0.4 fen -> 0.
  f.price = 100'000;
  CHECK(car().remedy(car_unit(day(2025, 3, 10), 1), f).usage_compensation == 0);  // n 0.4 %: 0.4 fen
  f.usage_coefficient_ppm = 5000;
  CHECK(car().remedy(car_unit(day(2025, 3, 10), 1), f).usage_compensation == 1);
  // n above the 0.5 % cap is refused, naming the field and the value.
  f.usage_coefficient_ppm = 5001;
  CHECK_ERROR(ErrorCode::invalid_argument, "usage_coefficient_ppm", "5001", car().remedy(car_unit(day(2025, 3, 10), 1), f));
  // Without n (or the mileage): not computed, and the trail says why.
  f.usage_coefficient_ppm.reset();
  const auto none = car().remedy(car_unit(day(2025, 3, 10), 12000), f);
  CHECK_FALSE(none.usage_compensation);
  CHECK(none.refund == 100'000);
  CHECK(trail_has(none, "not computed: no usage coefficient n"));
  // Not on an art. 23 window's return (art. 27 names art. 24 para. 1 only).
  FaultFacts w = fault(day(2025, 3, 20), "safety_failure");
  w.price = 20'000'000, w.usage_coefficient_ppm = 4000;
  CHECK_FALSE(car().remedy(car_unit(day(2025, 3, 10), 500), w).usage_compensation);
  // A product default n in a document, checked against the cap by name.
  CHECK_ERROR(ErrorCode::invalid_argument, "products.car.usage_coefficient_ppm", "6000",
              WarrantyPolicy::from_json(R"({"products": {"car": {"whole_unit": "3y", "usage_coefficient_max_ppm": 5000,
                  "usage_coefficient_ppm": 6000}}})"));
  const auto with_n = WarrantyPolicy::from_json(R"({"products": {"car": {"whole_unit": "3y", "usage_coefficient_max_ppm": 5000,
      "usage_coefficient_ppm": 4000}}})");
  FaultFacts m = fault(day(2025, 6, 1));
  m.prior_repairs = 2, m.price = 20'000'000;  // sanbao's 2 repairs over the document
  CHECK(with_n.remedy(car_unit(day(2025, 3, 10), 12000), m).usage_compensation == 960'000);
}

TEST_CASE("car_2021 art. 28: answer within 10 working days of receipt, complete within 20 of the request",
          "[warranty][car_2021][issue27]") {
  CHECK(car().remedy_rules().answer_working_days == 10);
  CHECK(car().remedy_rules().complete_working_days == 20);
  const WarrantyPolicy p = WarrantyPolicy::car_2021(calendars::china());
  // 2025 National Day: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked.
  const auto d = p.exchange_request_deadlines(day(2025, 9, 26));
  REQUIRE(d.answer_by);
  REQUIRE(d.complete_by);
  CHECK(str(*d.answer_by) == "2025-10-16");
  CHECK(str(*d.complete_by) == "2025-10-30");
  CHECK_THAT(d.rule(), Contains("warranty.rules.answer_working_days = 10 from receipt 2025-09-26: answer by 2025-10-16"));
  // Received later than requested: the answer counts from receipt.
  CHECK(str(*p.exchange_request_deadlines(day(2025, 9, 26), day(2025, 9, 29)).answer_by) == "2025-10-20");
  CHECK_ERROR(ErrorCode::state, "calendar", "calendar", car().exchange_request_deadlines(day(2025, 9, 26)));
  CHECK_ERROR(ErrorCode::invalid_argument, "warranty.rules.answer_working_days", "none",
              WarrantyPolicy::sanbao(calendars::china()).exchange_request_deadlines(day(2025, 9, 26)));
  CHECK(WarrantyPolicy::sanbao().remedy_rules().answer_working_days == 0);
}

TEST_CASE("refused exchange: a return less depreciation only where the rules give it (1995 三包 art. 13)",
          "[warranty][piano][car_2021][issue27]") {
  CHECK(WarrantyPolicy::sanbao().remedy_rules().refused_exchange_return);
  CHECK_FALSE(WarrantyPolicy::piano().remedy_rules().refused_exchange_return);
  CHECK_FALSE(car().remedy_rules().refused_exchange_return);  // art. 25 gives none
  // seeds/001 第三篇: pedal_spring 保换, and nothing about a refused exchange.
  UnitFacts piano;
  piano.product = "piano";
  piano.purchased = day(2025, 3, 10);
  FaultFacts f = fault(day(2025, 9, 1), "pedal_spring");
  f.refused_exchange = true;
  f.price = 3'000'000;
  const auto d = WarrantyPolicy::piano().remedy(piano, f);
  CHECK(d.options == RemedySet{Remedy::exchange});
  CHECK_FALSE(d.refund);
  CHECK_THAT(d.rule(), Contains("warranty.rules.refused_exchange_return = false"));
  // 三包 1995 keeps it: colour TV within 15 days, exchange refused: return less depreciation.
  UnitFacts tv;
  tv.product = "colour_tv";
  tv.purchased = day(2025, 3, 10);
  FaultFacts t = fault(day(2025, 3, 20));
  t.refused_exchange = true;
  t.price = 600'000;
  CHECK(WarrantyPolicy::sanbao().remedy(tv, t).options.contains(Remedy::refund));
}

TEST_CASE("car_2021: the new members round-trip through to_json", "[warranty][car_2021][issue27]") {
  const std::string once = car().to_json();
  CHECK_THAT(once, Contains("\"invoice_or_delivery\""));
  CHECK_THAT(once, Contains("\"repeat_limits\""));
  CHECK_THAT(once, Contains("\"usage_coefficient_max_ppm\": 5000"));
  CHECK_THAT(once, Contains("\"answer_working_days\": 10"));
  CHECK_THAT(once, Contains("\"refused_exchange_return\": false"));
  CHECK(WarrantyPolicy::from_json(once).to_json() == once);
  CHECK(WarrantyPolicy::piano().to_json().find("\"answer_working_days\": \"none\"") != std::string::npos);
}
