// README example: a complaint's loss split between the people responsible,
// and the capped bonus deductions that follow over three months.
#include <aftersales/aftersales.hpp>

#include <iostream>
#include <string>
#include <vector>

namespace as = aftersales;

// Fen as yuan with two places, exactly (money never goes through a double).
std::string yuan(as::Fen fen) {
  const std::string cents = std::to_string(100 + fen % 100).substr(1);
  return std::to_string(fen / 100) + "." + cents;
}

int main() {
  const as::PenaltyPolicy scale = as::PenaltyPolicy::default_policy();

  // Goods returned on 2025-10-08 were resold on 11-03, within the month,
  // 7,000 yuan below their grade-A price.
  const as::LossAssessment loss =
      scale.assess_loss(3100000, as::Date(2025, 10, 8), as::Resale{as::Date(2025, 11, 3), 2400000});
  std::cout << "loss        " << yuan(loss.loss) << " yuan (" << loss.rule << ")\n";

  // Sales 60 %, the warehouse 40 %; the warehouse's part over its people by base points.
  const std::vector<as::Weight> ratios{{"wang", 6000}, {"warehouse", 4000}};
  const auto split = as::split_by_ratios(loss.loss, ratios);
  const std::vector<as::Weight> points{{"li", 3}, {"zhao", 2}, {"sun", 2}};
  const auto warehouse = as::split_by_points(split[1].amount, points);
  std::cout << "split       wang " << yuan(split[0].amount);
  for (const as::Share& s : warehouse) std::cout << ", " << s.party << ' ' << yuan(s.amount);
  std::cout << '\n';

  // Wang's 4,200 yuan against a 3,000 yuan monthly bonus: at most half of it a month.
  as::PenaltyLedger ledger(scale.cap_ppm());
  ledger.charge("wang", {2025, 11}, split[0].amount, "2510-0007");
  for (const as::YearMonth month : {as::YearMonth{2025, 11}, {2025, 12}, {2026, 1}}) {
    const as::Settlement s = ledger.settle("wang", month, 300000);
    std::cout << as::format_year_month(month) << "     deducted " << yuan(s.deducted) << ", carried "
              << yuan(s.carried) << '\n';
  }
}
