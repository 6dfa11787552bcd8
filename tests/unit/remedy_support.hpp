// Helpers of the remedy tests: a decision's options as text, and whether its
// trail mentions a word.
#pragma once

#include <aftersales/warranty.hpp>

#include <string>

namespace test_support {

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
