#pragma once
// The "service.numbering" section of a policy document (issue 28): read,
// checked, written, and a number spelled from a template
// (src/policy_numbering.cpp).
#include <aftersales/policy.hpp>

#include "detail/json.hpp"
#include "detail/number_format.hpp"

#include <string>

namespace aftersales::detail {

// `merged`: the section over data/policies/service.json's (member by member).
NumberingRules numbering_from_json(const Json& merged, const std::string& path);
Json numbering_to_json(const NumberingRules& n);
// Throws Error(invalid_argument) naming "service.numbering.<kind>" and the template.
void check_numbering(const NumberingRules& n);

}  // namespace aftersales::detail
