// README example: two repair calls through the store (in memory here; a
// file path makes it durable), one on time, one late, and the month's report.
#include <aftersales/aftersales.hpp>

#include <chrono>
#include <iomanip>
#include <iostream>

namespace as = aftersales;
using namespace std::chrono;

int main() {
  const as::Calendar cn = as::calendars::china();
  auto at = [&](year_month_day d, minutes m) { return cn.to_utc(local_days{d} + m); };
  as::StoreOptions options;
  options.clock = [&] { return at(2025y / 11 / 20, 12h); };  // "now", for refusing future times
  as::Store store = as::Store::open(":memory:", as::Policy::default_policy(cn), options);

  as::CallIntake in;
  in.customer = "Wang Fang";
  in.phone = "13800000001";
  in.address = "1 Renmin Road";
  in.zone = "urban";
  in.product = "colour_tv";
  in.serial = "TV-0001";
  in.purchased = as::Date(2025, 3, 1);
  in.received = at(2025y / 10 / 9, 10h);  // Thursday 10:00: 6 working hours, due 17:00
  const as::ServiceCall a = store.register_call(in);
  std::cout << a.voucher << "  " << to_string(a.category) << ", due " << as::format_date(cn.local_date(a.deadline))
            << " " << as::format_time_of_day(cn.to_local(a.deadline) - floor<days>(cn.to_local(a.deadline))) << '\n';
  store.dispatch(a.id, "T01", at(2025y / 10 / 9, 10h + 20min));
  store.arrive(a.id, at(2025y / 10 / 9, 15h));
  store.complete_on_site(a.id, at(2025y / 10 / 9, 16h), true);
  store.record_survey(a.id, as::survey_answers(4, 4, 4, 3), "customer", at(2025y / 10 / 10, 9h));

  in.serial = "TV-0002";
  in.zone = "suburban";
  const as::ServiceCall b = store.register_call(in);  // 7 working hours: due 18:00
  store.dispatch(b.id, "T02", at(2025y / 10 / 9, 11h));
  store.arrive(b.id, at(2025y / 10 / 10, 10h));  // the next morning: late

  const as::MonthlyReport r = store.monthly_report(as::YearMonth{2025, 10});
  for (const as::SlaRow& z : r.sla_by_zone)
    std::cout << z.key << ": " << z.calls << " calls, " << z.met << " met, " << z.breached << " breached\n";
  std::cout << "completed " << r.completed << ", first-time fixes " << r.first_time_fixed << '\n';
  for (const as::SatisfactionRow& s : r.satisfaction)
    std::cout << s.technician << " satisfaction " << s.overall / 100 << "." << std::setw(2) << std::setfill('0')
              << s.overall % 100 << " of 4\n";
}
