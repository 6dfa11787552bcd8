#pragma once
// Housing guarantees (src/warranty_housing.cpp), for the policy's coverage
// and its document.
#include <aftersales/warranty.hpp>

#include "detail/json.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace aftersales::detail {

void check_housing(const HousingTerms& h, const std::string& path);
// A product's "parts", "seasons" and "notice_days" members (`p` its path).
HousingTerms housing_from_json(const Json& product, const std::string& p);
void housing_to_json(Json& product, const HousingTerms& h);
// Coverage of a part of a home: the later of its two guarantees.
void cover_housing(Coverage& out, const WarrantyPolicy& policy, const ProductTerms& t, const UnitFacts& unit, Date on,
                   const std::optional<std::string_view>& component, const std::optional<std::string_view>& cause);
void append_housing_rule(std::string& out, const CoverageRule& r);

}  // namespace aftersales::detail
