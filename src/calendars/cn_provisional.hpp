#pragma once
// Private: what the calendar's statutory mode puts past the horizon.
#include <cstdint>
#include <vector>

namespace aftersales::calendars {

// The days off (statutory days and substitutes) of every year of
// cn_statutory_days, as day numbers (days since 1970-01-01), sorted;
// computed once.
const std::vector<std::int64_t>& cn_provisional_off_days();

}  // namespace aftersales::calendars
