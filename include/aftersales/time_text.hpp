#pragma once
// Instants as people and spreadsheets write them, one grammar for the CLI's
// imports and --as-of, C and Python.
#include <aftersales/calendar.hpp>
#include <aftersales/types.hpp>

#include <string>
#include <string_view>

namespace aftersales {

// "YYYY-MM-DD HH:MM[:SS[.fff]]" with a space or ISO 8601's "T" between date
// and time. With an offset ("Z", "+08:00", "+0800", "+08", "-05:30") it is
// that instant; without one it is civil time of `calendar`'s zone.
// Surrounding spaces are ignored; a fraction of a second is dropped
// (floored), as everywhere in the library. Throws Error(parse_error)
// naming `field` and the text, or Error(out_of_range) for a date outside
// min_year..max_year.
Instant parse_instant(std::string_view text, const Calendar& calendar, std::string_view field = "time");

// "2025-10-09 10:00:05" in `calendar`'s zone (seconds shown only when not 0).
std::string format_local(Instant t, const Calendar& calendar);

}  // namespace aftersales
