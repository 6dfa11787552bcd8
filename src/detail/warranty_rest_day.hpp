#pragma once
// The rest-day extension per period kind (warranty.rest_day_extension): the
// end of a period the policy may or may not move off a rest day, and the
// document's member. Used by warranty.cpp, warranty_remedy.cpp and
// warranty_json.cpp.
#include <aftersales/warranty.hpp>

#include "detail/json.hpp"

#include <string>

namespace aftersales::detail {

// legal_end() when `extend` (the policy's choice for the period's kind);
// else the plain last day (plus the extra days), and `*not_extended` is set
// when the calendar would have moved that day. A period not extended owes
// nothing to the calendar, so it has no provisional note.
Date legal_end_for(bool extend, Date start, Period period, const Calendar* cal, bool* past_horizon = nullptr,
                   int extra_days = 0, std::string* note = nullptr, bool* not_extended = nullptr);

// {"return": true, "exchange": true, ...}: every member a boolean, only the
// kinds RestDayExtension has; members left out keep `base`'s value.
RestDayExtension rest_day_extension_from_json(const Json& v, const std::string& path, RestDayExtension base);
Json rest_day_extension_to_json(const RestDayExtension& e);

}  // namespace aftersales::detail
