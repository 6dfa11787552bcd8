#pragma once
#include <aftersales/calendar.hpp>
#include <aftersales/types.hpp>

#include <string>

namespace aftersales {

// A legal period: days, months and years. Years count as 12 months and are
// counted together with the months (1 year 1 month from 2024-02-29 ends on
// 2025-03-29, the corresponding day of the 13th month); days come after.
struct Period {
  int days = 0;
  int months = 0;
  int years = 0;
};

// The longest period supported (100 years), so date arithmetic never overflows.
inline constexpr int max_period_months = 1200;

// Agreements that depart from the Civil Code defaults (art. 204).
struct PeriodOptions {
  bool count_start_day = false;    // art. 201 default: the start day is not counted
  bool extend_past_rest = true;    // art. 203 default: a last day on a rest day moves on
};

// The last day of a period that starts on `start` (PRC Civil Code arts. 201-203):
// - the start day is not counted;
// - months/years end on the corresponding day of the last month, or on that
//   month's last day when it has no such day (2024-01-31 + 1 month = 2024-02-29);
// - a last day that is not a business day of `calendar` moves to the next
//   business day (with make-up days). Without a calendar there is no extension.
// Throws Error(invalid_argument) for negative parts or more than 1200 months
// in total, Error(out_of_range) for a start or a result outside 1970..2199.
Date period_end(Date start, Period period, const Calendar* calendar = nullptr,
                PeriodOptions options = {});

// The instant the period ends: close of the last shift on the last day when
// the calendar has business hours that day, else 24:00 local of that day.
Instant period_deadline(Date start, Period period, const Calendar& calendar,
                        PeriodOptions options = {});

// A period's last day on a provisional date (Calendar::provisional: past the
// horizon in statutory mode) leans on the statutory holidays alone: the
// State Council's notice may still add a bridging day off there. period_end
// returns a date, and calendar.provisional(end) tells. For a rule text:
// " (2027: statutory holidays only, make-up days not yet published)" when
// `d` is provisional, else "" (Calendar::provisional_note over that day;
// one comparison when the calendar has no provisional dates).
std::string provisional_note_on(const Calendar& calendar, Date d);

}  // namespace aftersales
