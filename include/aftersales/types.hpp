#pragma once
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace aftersales {

// An instant is UTC, second resolution.
using Instant = std::chrono::sys_seconds;
// A local civil time of some calendar's zone (no offset attached).
using LocalTime = std::chrono::local_seconds;
// Durations are seconds; working time is measured in real elapsed seconds.
using Seconds = std::chrono::seconds;
// Money is integer fen (1 yuan = 100 fen).
using Fen = std::int64_t;
// A civil date (holidays, purchase dates).
using Date = boost::gregorian::date;

// Supported civil dates: 1970-01-01 .. 2199-12-31.
inline constexpr int min_year = 1970;
inline constexpr int max_year = 2199;

// "2025-10-01" <-> Date. parse_date throws Error(parse_error/out_of_range)
// naming `field`.
Date parse_date(std::string_view text, std::string_view field = "date");
std::string format_date(Date d);
// YYYYMMDD integer form used by the C API.
Date date_from_yyyymmdd(std::int32_t yyyymmdd, std::string_view field = "date");
std::int32_t date_to_yyyymmdd(Date d) noexcept;

// Fen as yuan to the fen, exact: "1420.05", "-0.50" (every Fen, the most
// negative included). The one spelling of money in messages and the CLI.
std::string format_yuan(Fen fen);

}  // namespace aftersales
