// README example: a quality complaint accepted on the eve of the National Day
// break, its stage deadlines, a reminder, and its closing.
#include <aftersales/aftersales.hpp>

#include <chrono>
#include <iostream>
#include <vector>

namespace as = aftersales;
using namespace std::chrono;

// "2025-10-09 15:00" in the calendar's zone (Asia/Shanghai).
std::string local(const as::Calendar& cal, as::Instant t) {
  const as::LocalTime lt = cal.to_local(t);
  return as::format_date(cal.local_date(t)) + " " + as::format_time_of_day(lt - floor<days>(lt));
}

int main() {
  const as::Calendar cn = as::calendars::china();
  const as::ComplaintPolicy policy = as::ComplaintPolicy::default_policy(cn);
  auto at = [&](year_month_day d, hours h) { return cn.to_utc(local_days{d} + h); };

  // Tuesday 2025-09-30 10:00: a serious quality complaint, accepted at once.
  as::Complaint c = policy.open(as::complaint_number(2025, 9, 1), at(2025y / 9 / 30, 10h), as::ComplaintKind::quality,
                                as::Severity::serious, as::Market::domestic);
  std::cout << c.number() << "  first review: " << c.first_reviewer() << ", handled by " << c.department()
            << ", supervisor visit: " << (c.supervisor_visit() ? "yes" : "no") << '\n'
            << "overall deadline  " << local(cn, c.deadline()) << '\n';

  // Each stage has its budget in working time: ½ day, then 1 day, ...
  for (int i = 0; i < 2; ++i) {
    std::cout << c.stage() << " (" << c.stage_department() << ") due " << local(cn, *c.stage_deadline()) << '\n';
    c = policy.advance(c, *c.stage_deadline());
  }
  // Manufacturing is still at work on Monday 10-13 at 09:00: a reminder goes out.
  for (const as::Reminder& r : policy.reminders(std::vector<as::Complaint>{c}, at(2025y / 10 / 13, 9h)))
    std::cout << "reminder to " << r.department << ": " << r.stage << " was due " << local(cn, r.deadline)
              << ", overdue by " << duration_cast<hours>(r.overdue_by).count() << " h\n";
}
