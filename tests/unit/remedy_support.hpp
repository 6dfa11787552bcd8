// Helpers of the remedy tests: the facts of a unit and a fault, a
// decision's options as text, and whether its trail mentions a word.
#pragma once

#include <aftersales/warranty.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace test_support {

// A unit of `product` invoiced on `purchased`, with its odometer reading
// when `km` is given.
inline aftersales::UnitFacts unit_bought(std::string product, aftersales::Date purchased,
                                         std::optional<std::int64_t> km = std::nullopt) {
  aftersales::UnitFacts u;
  u.product = std::move(product);
  u.purchased = purchased;
  u.mileage_km = km;
  return u;
}

// A fault of `kind` found on `on`.
inline aftersales::FaultFacts fault(aftersales::Date on, std::string kind = "performance") {
  aftersales::FaultFacts f;
  f.fault_on = on;
  f.fault = std::move(kind);
  return f;
}

// "return,exchange,repair": the options in the order the decision gives them.
inline std::string opts(const aftersales::RemedyDecision& d) {
  std::string out;
  for (const aftersales::Remedy r : d.options) {
    if (!out.empty()) out += ',';
    out += to_string(r);
  }
  return out;
}

inline bool trail_has(const aftersales::RemedyDecision& d, const std::string& word) {
  for (const std::string& line : d.trail())
    if (line.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace test_support
