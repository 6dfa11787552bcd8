// README example: an urban repair call on the eve of the National Day break.
#include <aftersales/aftersales.hpp>

#include <chrono>
#include <iostream>

namespace as = aftersales;
using namespace std::chrono;

// "2025-10-09 13:20" in the calendar's zone (Asia/Shanghai).
std::string local(const as::Calendar& cal, as::Instant t) {
  const as::LocalTime lt = cal.to_local(t);
  return as::format_date(cal.local_date(t)) + " " + as::format_time_of_day(lt - floor<days>(lt));
}

int main() {
  const as::Calendar cn = as::calendars::china();  // Mon-Fri 09-12 + 13-18, holidays, 调休
  const as::DispatchPolicy policy(cn);             // urban 6 h, suburban 7 h of working time

  // Tuesday 2025-09-30, 15:20: 2 h 40 min of work left before the break (10-01..10-08).
  const as::Instant call = cn.to_utc(local_days{2025y / 9 / 30} + 15h + 20min);
  const as::Instant due = policy.deadline(call, "urban");
  std::cout << "call      " << local(cn, call) << "  urban\n"
            << "deadline  " << local(cn, due) << '\n';

  // The technician arrives on Thursday 10-09 at 11:05.
  const as::Instant arrival = cn.to_utc(local_days{2025y / 10 / 9} + 11h + 5min);
  const as::SlaStatus s = policy.status(call, "urban", arrival, {}, arrival);
  std::cout << "arrival   " << local(cn, arrival) << "  " << as::to_string(s.state) << " after "
            << duration_cast<minutes>(s.elapsed).count() << " working minutes\n";

  // A 7-day return window from 2025-09-24: its last day, 10-01, is a holiday.
  const as::Date end = as::period_end(as::Date(2025, 9, 24), as::Period{.days = 7}, &cn);
  std::cout << "returns   accepted until " << as::format_date(end) << '\n';
}
