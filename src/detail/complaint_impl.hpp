#pragma once
// Bounds shared by the complaint sources (complaint.cpp: numbers, routing,
// deadlines, the workflow and reminders; complaint_json.cpp: the policy document).
#include <aftersales/complaint.hpp>
#include <aftersales/enum_names.hpp>

namespace aftersales::detail {

inline constexpr auto all_markets = enum_values<Market>();

// Budgets and deadlines longer than this are typing errors; the bound also
// keeps the time arithmetic far from overflow.
inline constexpr int max_days = 3660;

inline constexpr int last_statistics_day = 28;  // every month has it

}  // namespace aftersales::detail
