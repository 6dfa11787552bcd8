// Penalties (RULES.md §5): splits that sum back exactly, loss assessment,
// administrative deductions, return reconciliation and the capped ledger.
#include <aftersales/error.hpp>
#include <aftersales/penalty.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;

namespace {

std::string shares(const std::vector<Share>& v) {
  std::string out;
  for (const Share& s : v) out += (out.empty() ? "" : " ") + s.party + "=" + std::to_string(s.amount);
  return out;
}

Fen sum(const std::vector<Share>& v) {
  return std::accumulate(v.begin(), v.end(), Fen{0}, [](Fen a, const Share& s) { return a + s.amount; });
}

const PenaltyPolicy& policy() {
  static const PenaltyPolicy p = PenaltyPolicy::default_policy();
  return p;
}

YearMonth ym(int y, int m) { return YearMonth{y, m}; }

}  // namespace

TEST_CASE("splits: largest remainder, ties to the earlier party, always summing back", "[penalty]") {
  SECTION("1 fen three ways: the first party takes it") {
    const std::vector<Weight> three{{"a", 1}, {"b", 1}, {"c", 1}};
    CHECK(shares(split_by_points(1, three)) == "a=1 b=0 c=0");
    CHECK(shares(split_by_points(2, three)) == "a=1 b=1 c=0");
    CHECK(shares(split_by_points(100, three)) == "a=34 b=33 c=33");
  }
  SECTION("ratios in percent") {
    CHECK(shares(split_by_ratios(100000, std::vector<Weight>{{"wang", 6000}, {"li", 4000}})) == "wang=60000 li=40000");
    // 1/3 each of 100.00 yuan in 33.34 / 33.33 / 33.33 %: the remainders decide.
    CHECK(shares(split_by_ratios(10000, std::vector<Weight>{{"a", 3333}, {"b", 3334}, {"c", 3333}})) ==
          "a=3333 b=3334 c=3333");
    // One person at fault bears it all.
    CHECK(shares(split_by_ratios(12345, std::vector<Weight>{{"only", 10000}})) == "only=12345");
  }
  SECTION("the largest remainder wins over the order") {
    // 10 fen by 1:2:3 -> exact 1.67, 3.33, 5: floors 1, 3, 5 (9); the one left goes to a (.67).
    CHECK(shares(split_by_points(10, std::vector<Weight>{{"a", 1}, {"b", 2}, {"c", 3}})) == "a=2 b=3 c=5");
  }
  SECTION("base points: department loss / total points x the person's points") {
    // 1,000 yuan over 3 + 2 points: 600 and 400.
    CHECK(shares(split_by_points(100000, std::vector<Weight>{{"a", 3}, {"b", 2}})) == "a=60000 b=40000");
    // A party with 0 points gets nothing.
    CHECK(shares(split_by_points(7, std::vector<Weight>{{"a", 0}, {"b", 5}})) == "a=0 b=7");
  }
  SECTION("random splits sum back exactly") {
    std::uint64_t x = 7;
    for (int round = 0; round < 2000; ++round) {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      const Fen amount = static_cast<Fen>((x >> 20) % 100000000);
      std::vector<Weight> w;
      const int n = 1 + static_cast<int>((x >> 8) % 7);
      for (int i = 0; i < n; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        w.push_back({std::string("p").append(std::to_string(i)), static_cast<std::int64_t>((x >> 33) % 1000)});
      }
      if (std::all_of(w.begin(), w.end(), [](const Weight& e) { return e.weight == 0; })) w[0].weight = 1;
      const auto s = split_by_points(amount, w);
      REQUIRE(sum(s) == amount);
      for (std::size_t i = 0; i < s.size(); ++i) {
        // Each share is its exact share rounded down or up by at most 1 fen.
        const std::int64_t total = std::accumulate(w.begin(), w.end(), std::int64_t{0},
                                                   [](std::int64_t a, const Weight& e) { return a + e.weight; });
        const auto exact_floor = static_cast<Fen>(static_cast<long double>(amount) * w[i].weight / total);
        REQUIRE(s[i].amount >= exact_floor - 1);
        REQUIRE(s[i].amount <= exact_floor + 1);
      }
    }
  }
  SECTION("bad input names the field") {
    CHECK_ERROR(ErrorCode::invalid_argument, "ratios", "99 %",
                split_by_ratios(100, std::vector<Weight>{{"a", 6000}, {"b", 3900}}));
    CHECK_ERROR(ErrorCode::invalid_argument, "ratios", "100.5 %",
                split_by_ratios(100, std::vector<Weight>{{"a", 6050}, {"b", 4000}}));
    CHECK_ERROR(ErrorCode::invalid_argument, "ratios.b", "-10",
                split_by_ratios(100, std::vector<Weight>{{"a", 10000}, {"b", -10}}));
    // Each ratio is at most 100 %, even when they sum to 100 %.
    CHECK_ERROR(ErrorCode::invalid_argument, "ratios.a", "100.1 % is over 100 %",
                split_by_ratios(100, std::vector<Weight>{{"a", 10010}, {"b", -10}}));
    CHECK_ERROR(ErrorCode::invalid_argument, "ratios.a", "110 % is over 100 %",
                split_by_ratios(100, std::vector<Weight>{{"a", 11000}}));
    CHECK_ERROR(ErrorCode::invalid_argument, "points.b", "-1", split_by_points(100, std::vector<Weight>{{"a", 3}, {"b", -1}}));
    CHECK_ERROR(ErrorCode::invalid_argument, "amount", "-5", split_by_points(-5, std::vector<Weight>{{"a", 1}}));
    CHECK_ERROR(ErrorCode::invalid_argument, "points.a", "twice", split_by_points(5, std::vector<Weight>{{"a", 1}, {"a", 1}}));
    CHECK_ERROR(ErrorCode::invalid_argument, "points", "all 0", split_by_points(5, std::vector<Weight>{{"a", 0}}));
    CHECK_ERROR(ErrorCode::invalid_argument, "points", "no party", split_by_points(5, std::vector<Weight>{}));
  }
}

TEST_CASE("months: YYYY-MM", "[penalty]") {
  CHECK(parse_year_month("2025-10") == ym(2025, 10));
  CHECK(format_year_month(ym(2025, 3)) == "2025-03");
  CHECK_ERROR(ErrorCode::parse_error, "month", "2025-13", parse_year_month("2025-13"));
  CHECK_ERROR(ErrorCode::parse_error, "month", "2025-00", parse_year_month("2025-00"));
  CHECK_ERROR(ErrorCode::parse_error, "month", "2025-1", parse_year_month("2025-1"));
  CHECK_ERROR(ErrorCode::out_of_range, "month", "2200-01", parse_year_month("2200-01"));
}

TEST_CASE("administrative deductions: warning, minor demerit per count, major = the whole bonus", "[penalty]") {
  const PenaltyPolicy& p = policy();
  CHECK(p.administrative_deduction(AdminPenalty::warning) == 40000);
  CHECK(p.administrative_deduction(AdminPenalty::minor_demerit, 3) == 240000);
  CHECK(p.administrative_deduction(AdminPenalty::major_demerit, 1, 512345) == 512345);
  CHECK(p.administrative_deduction(AdminPenalty::major_demerit, 2, 512345) == 512345);
  // "At least": a decided amount above the minimum stands; below it is refused.
  CHECK(p.administrative_deduction(AdminPenalty::warning, 1, std::nullopt, 60000) == 60000);
  CHECK(p.administrative_deduction(AdminPenalty::minor_demerit, 2, std::nullopt, 160000) == 160000);
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "below the minimum of 1600.00 yuan",
              p.administrative_deduction(AdminPenalty::minor_demerit, 2, std::nullopt, 159999));
  CHECK_ERROR(ErrorCode::invalid_argument, "bonus", "missing", p.administrative_deduction(AdminPenalty::major_demerit));
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "whole month's bonus",
              p.administrative_deduction(AdminPenalty::major_demerit, 1, 512345, 100));
  CHECK(parse_admin_penalty("minor") == AdminPenalty::minor_demerit);
  CHECK_ERROR(ErrorCode::invalid_argument, "kind", "'reprimand'", parse_admin_penalty("reprimand"));
  CHECK_ERROR(ErrorCode::invalid_argument, "count", "0", p.administrative_deduction(AdminPenalty::warning, 0));
  CHECK_ERROR(ErrorCode::invalid_argument, "bonus", "-1", p.administrative_deduction(AdminPenalty::major_demerit, 1, -1));
  CHECK(p.offences().size() == 15u);
}

TEST_CASE("loss: resold within a month at the grade-A price less the resale, else the actual loss", "[penalty]") {
  const PenaltyPolicy& p = policy();
  // Returned 2025-01-31: one month by the legal period rule ends 2025-02-28.
  LossAssessment a = p.assess_loss(100000, day(2025, 1, 31), Resale{day(2025, 2, 28), 70000});
  CHECK(a.resold_in_time);
  CHECK(a.resale_deadline == day(2025, 2, 28));
  CHECK(a.loss == 30000);
  a = p.assess_loss(100000, day(2025, 1, 31), Resale{day(2025, 3, 1), 70000}, 45000);
  CHECK_FALSE(a.resold_in_time);
  CHECK(a.loss == 45000);
  CHECK(p.assess_loss(100000, day(2025, 1, 31), std::nullopt, 99999).loss == 99999);
  // A resale above the grade-A price is no loss, not a gain.
  CHECK(p.assess_loss(100000, day(2025, 1, 31), Resale{day(2025, 2, 1), 120000}).loss == 0);
  CHECK_ERROR(ErrorCode::invalid_argument, "actual_loss", "2025-02-28", p.assess_loss(100000, day(2025, 1, 31), std::nullopt));
  CHECK_ERROR(ErrorCode::invalid_argument, "resale.sold", "before the return",
              p.assess_loss(100000, day(2025, 1, 31), Resale{day(2025, 1, 30), 1}));
  CHECK_ERROR(ErrorCode::invalid_argument, "grade_a_price", "-1", p.assess_loss(-1, day(2025, 1, 31), std::nullopt, 0));
  // The short form.
  CHECK(assess_loss(100000, Fen{70000}, std::nullopt) == 30000);
  CHECK(assess_loss(100000, std::nullopt, Fen{5}) == 5);
  CHECK_ERROR(ErrorCode::invalid_argument, "actual_loss", "actual loss", assess_loss(100000, std::nullopt, std::nullopt));
  CHECK_ERROR(ErrorCode::invalid_argument, "actual_loss", "resale price", assess_loss(100000, Fen{70000}, Fen{5}));
}

TEST_CASE("returns: accept up to the approved quantity plus the tolerance, flag beyond", "[penalty]") {
  const PenaltyPolicy& p = policy();  // 5 % by default
  CHECK(p.reconcile_return(100, 90).check == ReturnCheck::accept);
  CHECK(p.reconcile_return(100, 90).quantity == 90);
  CHECK(p.reconcile_return(100, 105).check == ReturnCheck::accept);  // exactly 5 % over
  CHECK(p.reconcile_return(100, 106).check == ReturnCheck::flag);
  CHECK(p.reconcile_return(100, 106).quantity == 106);
  CHECK(p.reconcile_return(100, 110, 100000).check == ReturnCheck::accept);  // the customer's own 10 %
  CHECK(p.reconcile_return(0, 1).check == ReturnCheck::flag);
  CHECK_THAT(p.reconcile_return(1000, 1013, 12500).rule, Catch::Matchers::Contains("1.25 %"));
  CHECK_ERROR(ErrorCode::invalid_argument, "actual", "-1", p.reconcile_return(100, -1));
  CHECK_ERROR(ErrorCode::invalid_argument, "tolerance", "-1", p.reconcile_return(100, 1, -1));
}

TEST_CASE("ledger: at most half of each month's bonus, the rest carried oldest case first", "[penalty]") {
  PenaltyLedger led(policy().cap_ppm());
  SECTION("a cap that carries over three months") {
    led.charge("wang", ym(2025, 10), 250000, "2510-0001");  // 2,500 yuan; bonus 2,000 -> 1,000 a month
    Settlement s = led.settle("wang", ym(2025, 10), 200000);
    CHECK(s.cap == 100000);
    CHECK(s.deducted == 100000);
    CHECK(s.carried == 150000);
    s = led.settle("wang", ym(2025, 11), 200000);
    CHECK(s.deducted == 100000);
    CHECK(s.carried == 50000);
    s = led.settle("wang", ym(2025, 12), 200000);
    CHECK(s.deducted == 50000);
    CHECK(s.carried == 0);
    CHECK(led.outstanding("wang") == 0);
    s = led.settle("wang", ym(2026, 1), 200000);
    CHECK(s.deducted == 0);
    CHECK(s.lines.empty());
  }
  SECTION("a new charge while an old one is carried: the old one is paid first") {
    led.charge("li", ym(2025, 10), 150000, "A");
    CHECK(led.settle("li", ym(2025, 10), 200000).carried == 50000);
    led.charge("li", ym(2025, 11), 80000, "B");
    const Settlement s = led.settle("li", ym(2025, 11), 200000);
    REQUIRE(s.lines.size() == 2u);
    CHECK(s.lines[0].case_id == "A");
    CHECK(s.lines[0].amount == 50000);
    CHECK(s.lines[1].case_id == "B");
    CHECK(s.lines[1].amount == 50000);
    CHECK(s.carried == 30000);
    // A charge dated in an already settled month is owed from then: it is
    // older than B and is paid before it.
    led.charge("li", ym(2025, 10), 10000, "C");
    const Settlement dec = led.settle("li", ym(2025, 12), 200000);
    REQUIRE(dec.lines.size() == 2u);
    CHECK(dec.lines[0].case_id == "C");
    CHECK(dec.lines[1].case_id == "B");
    CHECK(dec.carried == 0);
  }
  SECTION("an odd bonus: the cap rounds down, never more than half") {
    led.charge("zhao", ym(2025, 10), 1000, "X");
    CHECK(led.settle("zhao", ym(2025, 10), 1001).deducted == 500);
    CHECK(led.settle("zhao", ym(2025, 11), 0).deducted == 0);  // no bonus: all carried
    CHECK(led.outstanding("zhao") == 500);
  }
  SECTION("charges of a later month wait for it; people are separate") {
    led.charge("wang", ym(2025, 12), 1000, "late");
    led.charge("li", ym(2025, 10), 1000, "other");
    const Settlement s = led.settle("wang", ym(2025, 10), 100000);
    CHECK(s.deducted == 0);
    CHECK(s.carried == 0);
    CHECK(led.settle("wang", ym(2025, 12), 100000).deducted == 1000);
  }
  SECTION("bad input; a month settled twice is refused and changes nothing") {
    CHECK_ERROR(ErrorCode::invalid_argument, "amount", "-1", led.charge("wang", ym(2025, 10), -1, "A"));
    CHECK_ERROR(ErrorCode::invalid_argument, "month", "2025-13", led.charge("wang", ym(2025, 13), 1, "A"));
    CHECK_ERROR(ErrorCode::invalid_argument, "person", "empty", led.charge("", ym(2025, 10), 1, "A"));
    led.charge("wang", ym(2025, 10), 300000, "A");
    led.settle("wang", ym(2025, 11), 200000);
    CHECK_ERROR(ErrorCode::state, "month", "2025-11", led.settle("wang", ym(2025, 11), 200000));
    CHECK_ERROR(ErrorCode::state, "month", "2025-10", led.settle("wang", ym(2025, 10), 200000));
    CHECK(led.outstanding("wang") == 200000);
    CHECK(led.settlements().size() == 1u);
    CHECK_ERROR(ErrorCode::invalid_argument, "bonus", "-1", led.settle("wang", ym(2025, 12), -1));
    CHECK_ERROR(ErrorCode::invalid_argument, "cap", "0", PenaltyLedger(0));
  }
}

TEST_CASE("penalty policy documents", "[penalty]") {
  const PenaltyPolicy p = PenaltyPolicy::from_json(policy().to_json());
  CHECK(p.to_json() == policy().to_json());
  CHECK(p.cap_ppm() == 500000);
  const PenaltyPolicy own = PenaltyPolicy::from_json(
      R"({"deduction_cap_percent": 30, "warning_fen": 50000, "minor_demerit_fen": 100000, "resale_window": "P2M",
          "over_quantity_tolerance_percent": 0})");
  CHECK(own.cap_ppm() == 300000);
  CHECK(own.reconcile_return(100, 101).check == ReturnCheck::flag);
  CHECK_ERROR(ErrorCode::invalid_argument, "penalties.deduction_cap_percent", "0",
              PenaltyPolicy::from_json(R"({"penalties": {"deduction_cap_percent": 0, "warning_fen": 1,
                  "minor_demerit_fen": 1, "resale_window": "1mo", "over_quantity_tolerance_percent": 5}})"));
  // Members left out keep the defaults, the fifteen offence kinds included.
  const PenaltyPolicy capped = PenaltyPolicy::from_json(R"({"penalties": {"deduction_cap_percent": 40}})");
  CHECK(capped.cap_ppm() == 400000);
  CHECK(capped.warning() == 40000);
  CHECK(capped.offences().size() == 15);
  CHECK(capped.offences() == policy().offences());
  CHECK(capped.ledger().cap_ppm() == 400000);
  CHECK_ERROR(ErrorCode::parse_error, "penalties.warning_fen", "a whole number of fen",
              PenaltyPolicy::from_json(R"({"penalties": {"warning_fen": "400"}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "penalties.offences[1]", "empty",
              PenaltyPolicy::from_json(R"({"penalties": {"offences": ["late delivery", ""]}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "penalties.offences[2]", "late delivery",
              PenaltyPolicy::from_json(R"({"penalties": {"offences": ["late delivery", "x", "late delivery"]}})"));
  CHECK_ERROR(ErrorCode::parse_error, "penalties.bonus_cap", "unknown member",
              PenaltyPolicy::from_json(R"({"penalties": {"bonus_cap": 50}})"));
}

TEST_CASE("attribution: the group or section in manufacturing, the person or department in sales and service", "[penalty]") {
  Bearer b = attribute(Function::manufacturing, std::nullopt, std::string_view("line 3"), "assembly");
  CHECK(b.name == "line 3");
  CHECK(b.level == BearerLevel::group);
  b = attribute(Function::manufacturing, std::string_view("wang"), std::nullopt, "assembly");
  CHECK(b.name == "assembly");  // a person is not what manufacturing looks for
  CHECK(b.level == BearerLevel::section);
  CHECK_THAT(b.rule, Catch::Matchers::Contains("no group found"));
  b = attribute(Function::sales, std::string_view("li"), std::nullopt, "sales east");
  CHECK(b.name == "li");
  CHECK(b.level == BearerLevel::person);
  b = attribute(Function::service, std::nullopt, std::nullopt, "service centre");
  CHECK(b.level == BearerLevel::department);
  CHECK(b.name == "service centre");
  CHECK_ERROR(ErrorCode::invalid_argument, "unit", "empty", attribute(Function::sales, std::nullopt, std::nullopt, ""));
  CHECK(parse_function("service") == Function::service);
  CHECK_ERROR(ErrorCode::invalid_argument, "function", "'finance'", parse_function("finance"));
}

TEST_CASE("return and allowance kinds by name", "[penalty]") {
  for (const ReturnKind k : {ReturnKind::allowance, ReturnKind::compensation, ReturnKind::goods_return, ReturnKind::rework})
    CHECK(parse_return_kind(to_string(k)) == k);
  CHECK(std::string(to_string(ReturnKind::goods_return)) == "return");
  CHECK_ERROR(ErrorCode::invalid_argument, "kind", "'refund'", parse_return_kind("refund"));
}
