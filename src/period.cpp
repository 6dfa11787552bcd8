#include <aftersales/period.hpp>

#include "detail/calendar_impl.hpp"

namespace aftersales {

namespace {
constexpr int max_months = max_period_months;

// The library's date range; compared as day numbers, which is much cheaper
// than taking a date apart into year, month and day.
const Date first_day(min_year, 1, 1);
const Date last_day(max_year, 12, 31);

// Art. 202: the corresponding day of the last month, or that month's last day.
// In std::chrono's civil arithmetic, a few times cheaper than Boost's.
Date add_months(Date from, int months) {
  namespace chr = std::chrono;
  const chr::year_month_day ymd{chr::sys_days{chr::days{detail::day_number(from)}}};
  const chr::year_month ym = chr::year_month{ymd.year(), ymd.month()} + chr::months{months};
  if (static_cast<int>(ym.year()) > max_year)
    throw Error(ErrorCode::out_of_range, "period", "the period ends after 2199-12-31");
  const chr::day last = chr::year_month_day_last{ym.year(), chr::month_day_last{ym.month()}}.day();
  const chr::year_month_day end{ym.year(), ym.month(), std::min(ymd.day(), last)};
  return detail::date_from_day_number(chr::sys_days{end}.time_since_epoch().count());
}
}  // namespace

Date period_end(Date start, Period period, const Calendar* calendar, PeriodOptions options) {
  if (start.is_special()) throw Error(ErrorCode::invalid_argument, "start", "not a valid date");
  if (start < first_day || start > last_day)
    throw Error(ErrorCode::out_of_range, "start", "date " + format_date(start) + " is outside 1970-01-01..2199-12-31");
  if (period.days < 0) throw Error(ErrorCode::invalid_argument, "days", std::to_string(period.days) + " is negative");
  if (period.months < 0) throw Error(ErrorCode::invalid_argument, "months", std::to_string(period.months) + " is negative");
  if (period.years < 0) throw Error(ErrorCode::invalid_argument, "years", std::to_string(period.years) + " is negative");
  if (period.years > max_months / 12 || period.months > max_months ||
      period.years * 12 + period.months > max_months)
    throw Error(ErrorCode::invalid_argument, period.months > max_months ? "months" : "years",
                "a period longer than " + std::to_string(max_months) + " months is not supported");
  // 1970..2199 holds fewer days than this, so a longer count can only end past
  // 2199 (and the date arithmetic below never sees a huge number).
  if (period.days > 366 * (max_year - min_year + 1))
    throw Error(ErrorCode::out_of_range, "days", std::to_string(period.days) + " days end after 2199-12-31");

  // Art. 201: counting starts the next day, so the period ends on the
  // corresponding day. Counting the start day (art. 204) ends it a day sooner:
  // 2024-03-01 + 1 month counted from the start day ends 2024-03-31.
  Date end = start;
  if (period.years || period.months) end = add_months(start, period.years * 12 + period.months);
  end += boost::gregorian::days(period.days);
  if (options.count_start_day) end -= boost::gregorian::days(1);
  if (end > last_day) throw Error(ErrorCode::out_of_range, "period", "the period ends after 2199-12-31");
  // A zero-length period counting the start day would end before it starts.
  if (end < start) end = start;

  // Art. 203: a last day on a rest day moves to the next business day.
  if (calendar && options.extend_past_rest) end = calendar->advance(end, 0);
  return end;
}

Instant period_deadline(Date start, Period period, const Calendar& calendar, PeriodOptions options) {
  Date last = period_end(start, period, &calendar, options);
  auto shifts = calendar.shifts_on(last);
  const auto midnight = LocalTime(std::chrono::sys_days(std::chrono::year(last.year()) / static_cast<unsigned>(last.month()) /
                                                         static_cast<unsigned>(last.day()))
                                      .time_since_epoch());
  if (shifts.empty()) return calendar.to_utc(midnight + std::chrono::days(1));
  // Close of business: the latest close among the day's shifts.
  Seconds close{0};
  for (const auto& s : shifts) close = std::max(close, s.open + s.length());
  return calendar.to_utc(midnight + close);
}

std::string provisional_note_on(const Calendar& calendar, Date d) {
  if (!calendar.provisional(d)) return {};
  // Noon local: inside the day whatever the zone's offset changes do.
  const auto noon = LocalTime(std::chrono::days(detail::day_number(d))) + std::chrono::hours(12);
  const Instant t = calendar.to_utc(noon);
  return calendar.provisional_note(t, t);
}

}  // namespace aftersales
