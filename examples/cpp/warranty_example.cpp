// README example: a colour TV under the 1995 三包 rules.
#include <aftersales/aftersales.hpp>

#include <iostream>

namespace as = aftersales;

int main() {
  const as::WarrantyPolicy sanbao = as::WarrantyPolicy::sanbao(as::calendars::china());
  const as::UnitFacts tv{.product = "colour_tv", .purchased = as::Date(2025, 1, 10)};

  // One year from the invoice ends on Saturday 2026-01-10: the last day moves to Monday.
  const as::Coverage whole = sanbao.coverage(tv, as::Date(2026, 1, 12));
  std::cout << "whole unit  " << (whole.covered ? "covered" : "not covered") << ": " << whole.rule() << '\n';

  // Dropped in transport: an exclusion, so repair is paid.
  const as::Coverage dropped = sanbao.coverage(tv, as::Date(2025, 6, 1), std::nullopt, "transport_storage");
  std::cout << "dropped     " << (dropped.covered ? "covered" : "not covered") << ": " << dropped.rule() << '\n';

  // Repaired twice and still faulty; the customer refuses an exchange and returns it.
  as::FaultFacts fault{.fault_on = as::Date(2025, 6, 1), .prior_repairs = 2, .price = 600000, .refused_exchange = true};
  const as::RemedyDecision r = sanbao.remedy(tv, fault);
  std::cout << "remedy     ";
  for (const as::Remedy option : r.options) std::cout << ' ' << as::to_string(option);
  std::cout << " (" << r.rule() << ")\nrefund      " << *r.refund / 100 << " yuan\n";

  // An extended warranty for the 6,000 yuan set: 3 more years.
  std::cout << "extended    3 years cost "
            << as::ExtendedWarrantyTariff::tv_example().price(600000, 3) / 100 << " yuan\n";
}
