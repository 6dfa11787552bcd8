#pragma once
// The "service.billing" section of a policy document (issue 28): read,
// checked, written (src/policy_billing.cpp).
#include <aftersales/policy.hpp>

#include "detail/json.hpp"

#include <string>

namespace aftersales::detail {

// `merged`: the section over data/policies/service.json's (member by member).
BillingRules billing_from_json(const Json& merged, const std::string& path);
Json billing_to_json(const BillingRules& b);
// Throws Error(invalid_argument) naming "service.billing.<member>" and the value.
void check_billing(const BillingRules& b);

}  // namespace aftersales::detail
