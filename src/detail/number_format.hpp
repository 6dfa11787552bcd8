#pragma once
// A number spelled from a service.numbering template (src/policy_numbering.cpp),
// without the JSON headers, for the store.
#include <cstdint>
#include <string>
#include <string_view>

namespace aftersales::detail {

// `tpl` (checked) with {centre}, {yymm} and {serial:N} filled in; the serial
// is zero-padded to N digits and wider when it needs more.
std::string format_number(std::string_view tpl, std::string_view centre, std::string_view yymm, std::int64_t serial);
// `serial` zero-padded to at least `width` digits.
std::string padded_serial(std::int64_t serial, int width);

}  // namespace aftersales::detail
