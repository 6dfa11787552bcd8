// The piano preset (data/policies/piano.json) against its source, issue 27:
// seeds/001_dae681eb42747e8a.txt 第三篇 售后服务细则 (lines 63-89), the
// Yamaha / Kawai terms. "§1" etc. below are the seed's numbered items:
//   §1 (line 66)  保修期为三年, 自购买之日起: a 3-year warranty from purchase;
//   §2 (line 67)  保修期限结束后…按实际发生的费用收费: paid after the term;
//   §3 (lines 68-83) the table of defects and their remedies within the term;
//   不属于保修范围 1-5 (lines 84-89): the five exclusions.
// Pianos are not on the 三包 annex and the terms promise no 7-day return,
// 15-day exchange, twice-repaired rule or 30 / 90-day limits: none of them
// may reach a piano's decision. Also the "none" value of the rules in a
// policy document, which says so.
#include <aftersales/error.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"
#include "remedy_support.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;

namespace {

const WarrantyPolicy& piano() {
  static const WarrantyPolicy p = WarrantyPolicy::piano();
  return p;
}

UnitFacts bought(Date d) { return unit_bought("piano", d); }

const Date purchase = day(2025, 1, 10);

}  // namespace

TEST_CASE("piano preset: the terms give no 三包 windows or limits (seed 001 第三篇, RULES.md 3.3)", "[piano]") {
  const RemedyRules& r = piano().remedy_rules();
  CHECK(r.return_days == 0);        // no 7-day return
  CHECK(r.exchange_days == 0);      // no 15-day exchange
  CHECK(r.max_repairs == 0);        // no twice-repaired rule
  CHECK(r.repair_limit_days == 0);  // no 30-day repair limit
  CHECK(r.parts_limit_days == 0);   // no 90-day parts limit
  // The sanbao defaults stay as they were.
  const RemedyRules s = WarrantyPolicy::sanbao().remedy_rules();
  CHECK(s.return_days == 7);
  CHECK(s.exchange_days == 15);
  CHECK(s.max_repairs == 2);
  CHECK(s.repair_limit_days == 30);
  CHECK(s.parts_limit_days == 90);
}

TEST_CASE("piano §1: a performance fault on day 3 gets free repair only, no return or exchange", "[piano]") {
  const RemedyDecision d = piano().remedy(bought(purchase), fault(day(2025, 1, 13)));
  CHECK(opts(d) == "repair");
  CHECK(d.free);
  CHECK(d.basis == RemedyBasis::free_repair);
  CHECK_FALSE(d.windows_checked);
  CHECK_FALSE(trail_has(d, "return until"));
  // Within 15 days: still repair only.
  CHECK(opts(piano().remedy(bought(purchase), fault(day(2025, 1, 24)))) == "repair");
}

TEST_CASE("piano §3: a table defect on day 3 gets the table's remedy, nothing the 三包 windows add", "[piano]") {
  CHECK(opts(piano().remedy(bought(purchase), fault(day(2025, 1, 13), "broken_keys"))) == "repair");  // line 82-83 保修
  CHECK(opts(piano().remedy(bought(purchase), fault(day(2025, 1, 13), "soundboard_crack"))) == "return");  // 73-74 保退
}

TEST_CASE("piano: no twice-repaired rule, no 30 / 90-day limits (seed 001 第三篇 gives none)", "[piano]") {
  FaultFacts f = fault(day(2025, 6, 1));
  f.prior_repairs = 2;
  RemedyDecision d = piano().remedy(bought(purchase), f);
  CHECK(opts(d) == "repair");
  CHECK(d.free);
  CHECK(d.basis == RemedyBasis::free_repair);
  f.prior_repairs = 9;
  CHECK(opts(piano().remedy(bought(purchase), f)) == "repair");
  f.fault = "tuning_pins";  // line 80-81 保修: stays repair after repairs
  CHECK(opts(piano().remedy(bought(purchase), f)) == "repair");
  f = fault(day(2025, 6, 1));
  f.repair_days = 31;  // past the 三包 30 days
  CHECK(opts(piano().remedy(bought(purchase), f)) == "repair");
  f.repair_days = 0;
  f.waiting_parts_days = 91;  // past the 三包 90 days
  d = piano().remedy(bought(purchase), f);
  CHECK(opts(d) == "repair");
  CHECK(trail_has(d, "max_repairs, repair_limit_days and parts_limit_days: none"));
}

TEST_CASE("piano §3 (lines 69-83): remedies by defect within the 3 years, free", "[piano]") {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"iron_frame", "return"},          // line 71-72 结构设计不合适造成的铁排…: 保退
      {"soundboard_crack", "return"},    // line 73-74 正常环境下的音板开裂: 保退
      {"pedal_spring", "exchange"},      // line 75-76 踏板和踏板弹簧断裂: 保换
      {"hammer_glue", "return,repair"},  // line 77-78 弦槌…严重脱胶: 保修或保退
      {"case_crack", "repair"},          // line 79 琴壳破裂或脱落: 保修
      {"tuning_pins", "repair"},         // line 80-81 弦轴松动: 保修
      {"broken_keys", "repair"}};        // line 82-83 琴键断裂: 保修
  CHECK(piano().terms("piano").remedy_table.size() == table.size());
  for (const auto& [kind, remedies] : table) {
    INFO(kind);
    const RemedyDecision d = piano().remedy(bought(purchase), fault(day(2027, 6, 1), kind));
    CHECK(opts(d) == remedies);
    CHECK(d.free);
    CHECK(d.basis == RemedyBasis::remedy_table);
  }
}

TEST_CASE("piano §1 (line 66): 3 years from the day of purchase: last day and the day after", "[piano]") {
  // Civil Code art. 201: the purchase day is not counted; 3 years end on the
  // corresponding day, 2028-01-10 (no calendar: no rest-day move).
  const UnitFacts u = bought(purchase);
  const Coverage last = piano().coverage(u, day(2028, 1, 10));
  CHECK(last.covered);
  REQUIRE(last.until.has_value());
  CHECK(str(*last.until) == "2028-01-10");
  CHECK_FALSE(piano().coverage(u, day(2028, 1, 11)).covered);
  CHECK(piano().terms("piano").basis == StartBasis::invoice);  // the purchase date

  // §3: the table applies on the last day; §2 (line 67): after it, paid.
  CHECK(opts(piano().remedy(u, fault(day(2028, 1, 10), "soundboard_crack"))) == "return");
  const RemedyDecision after = piano().remedy(u, fault(day(2028, 1, 11), "soundboard_crack"));
  CHECK(opts(after) == "repair");
  CHECK_FALSE(after.free);
  CHECK(after.basis == RemedyBasis::out_of_warranty);
  CHECK(piano().remedy(u, fault(day(2028, 1, 10))).free);
  CHECK_FALSE(piano().remedy(u, fault(day(2028, 1, 11))).free);
}

TEST_CASE("piano 不属于保修范围 1-5 (lines 85-89): each exclusion gives a paid repair", "[piano]") {
  const std::vector<std::pair<std::string, std::string>> exclusions = {
      {"transport_storage", "1 运输或保管不当 (line 85)"},
      {"misuse", "2 使用者人为造成 (line 86)"},
      {"environment", "3 环境气候 (line 87)"},
      {"force_majeure", "4 自然灾害等不可抗力 (line 88)"},
      {"unauthorised_repair", "5 非认定技术人员维修 (line 89)"}};
  std::vector<std::string> all = piano().exclusions();
  for (const auto& x : piano().terms("piano").exclusions) all.push_back(x);
  CHECK(all.size() == exclusions.size());
  for (const auto& [cause, source] : exclusions) {
    INFO(source);
    CHECK(std::find(all.begin(), all.end(), cause) != all.end());
    FaultFacts f = fault(day(2025, 1, 13), "soundboard_crack");  // within the term, even a table defect
    f.cause = cause;
    const RemedyDecision d = piano().remedy(bought(purchase), f);
    CHECK(opts(d) == "repair");
    CHECK_FALSE(d.free);
    CHECK(d.basis == RemedyBasis::exclusion);
    CHECK(d.coverage.exclusion == cause);
  }
  // No 三包 voucher exclusions: the piano terms do not name them.
  FaultFacts f = fault(day(2025, 6, 1));
  f.cause = "no_voucher";
  CHECK_ERROR(ErrorCode::not_found, "cause", "no_voucher", piano().remedy(bought(purchase), f));
}

TEST_CASE("policy document: \"none\" says a 三包 rule is not offered", "[piano][warranty]") {
  const auto doc = [](const std::string& rules) {
    return R"({"warranty": {"rules": {)" + rules + R"(}, "products": {"tv": {"whole_unit": "1y"}}}})";
  };
  const WarrantyPolicy p = WarrantyPolicy::from_json(doc(R"("return_days": "none", "exchange_days": "none",
      "max_repairs": "none", "repair_limit_days": "none", "parts_limit_days": "none")"));
  const RemedyRules& r = p.remedy_rules();
  CHECK(r.return_days == 0);
  CHECK(r.exchange_days == 0);
  CHECK(r.max_repairs == 0);
  CHECK(r.repair_limit_days == 0);
  CHECK(r.parts_limit_days == 0);
  UnitFacts tv = bought(purchase);
  tv.product = "tv";
  FaultFacts f = fault(day(2025, 1, 11));
  f.prior_repairs = 5;
  CHECK(opts(p.remedy(tv, f)) == "repair");

  // to_json writes "none" and reads back the same; the piano preset too.
  const std::string text = p.to_json();
  CHECK(text.find(R"("return_days": "none")") != std::string::npos);
  CHECK(WarrantyPolicy::from_json(text).to_json() == text);
  const std::string piano_text = piano().to_json();
  CHECK(piano_text.find(R"("max_repairs": "none")") != std::string::npos);
  CHECK(WarrantyPolicy::from_json(piano_text).remedy_rules().max_repairs == 0);

  // 0 keeps its old meaning (off); a member left out keeps the sanbao default.
  CHECK(WarrantyPolicy::from_json(doc(R"("return_days": 0)")).remedy_rules().return_days == 0);
  CHECK(WarrantyPolicy::from_json(doc(R"("return_days": 0)")).remedy_rules().exchange_days == 15);

  // A null no longer falls back to the default silently; other words are refused.
  CHECK_ERROR(ErrorCode::parse_error, "warranty.rules.return_days", "\"none\"",
              WarrantyPolicy::from_json(doc(R"("return_days": null)")));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.rules.max_repairs", "never",
              WarrantyPolicy::from_json(doc(R"("max_repairs": "never")")));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.rules.max_extended_years", "none",
              WarrantyPolicy::from_json(doc(R"("max_extended_years": "none")")));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.rules.limit_remedies", "null",
              WarrantyPolicy::from_json(doc(R"("limit_remedies": null)")));
}
