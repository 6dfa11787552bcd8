#pragma once
// Helpers shared by the warranty sources (warranty.cpp: coverage and terms,
// warranty_remedy.cpp: remedies, warranty_json.cpp: the policy document).
#include <aftersales/warranty.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace aftersales::detail {

// Appends a legal period as words: "1 year", "2 years 6 months", "15 days".
void append_period(std::string& out, Period p);

// The last day of a legal period, moved past rest days by the calendar when
// the calendar knows that day. A warranty can end years after a calendar's
// horizon; then the day stands unmoved (the rule text says so) instead of
// failing, and `past_horizon` is set. A calendar in statutory mode knows the
// statutory days of its provisional years: a day there moves on them, and
// `note` gets the calendar's provisional note (a verdict on it says so).
//
// `extra_days` (days under repair, 三包 art. 8) lengthen the period before
// the rest-day rule looks at its last day.
Date legal_end(Date start, Period period, const Calendar* cal, bool* past_horizon = nullptr, int extra_days = 0,
               std::string* note = nullptr);

void check_count(int value, const char* field);

// round(a * b / d) half up, for 0 <= a < 2^53 and 0 <= b <= d <= 10^6:
// a * b could overflow, (a / d) * b and (a % d) * b cannot.
inline Fen mul_div_half_up(Fen a, std::int64_t b, std::int64_t d) {
  return (a / d) * b + ((a % d) * b + d / 2) / d;
}

// Mileage limits: whole km, 1..max_km.
inline constexpr std::int64_t max_km = 10'000'000;

// The first day a unit's terms count from: its start basis, or the exchange
// that restarted them.
Date term_start(const ProductTerms& t, const UnitFacts& unit, bool* exchanged = nullptr);
void check_unit(const UnitFacts& unit);

// Car 2021 (src/warranty_car.cpp). The unit's usage coefficient n (art. 27):
// the fault facts' or the product's, checked against the product's cap
// (Error naming "usage_coefficient_ppm"); nullopt when neither gives one.
std::optional<std::int64_t> usage_coefficient(const ProductTerms& t, const FaultFacts& fault);
// price x km / 1000 x ppm / 10^6, rounded half up to the fen, at most the price.
Fen usage_compensation(Fen price, std::int64_t km, std::int64_t ppm);
// "usage compensation (car 2021 art. 27): 20000000 fen x 12000 km / 1000 x 4000 ppm = 960000 fen"
std::string usage_compensation_text(const RemedyDecision& d);
// "warranty.car.repeat_limits.serious_safety = 2 repairs: repaired 2 times and still faulty: return or exchange"
std::string repeat_limit_text(const RemedyDecision& d);

}  // namespace aftersales::detail
