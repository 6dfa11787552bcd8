// A C++ program that uses the installed aftersales package through
// find_package(aftersales) and the aftersales::aftersales target.
#include <aftersales/aftersales.hpp>

#include <chrono>
#include <iostream>

namespace as = aftersales;
using namespace std::chrono;

int main() {
  const as::Calendar cn = as::calendars::china();
  const as::DispatchPolicy policy(cn);
  std::cout << "aftersales " << as::version_string() << '\n';

  // A suburban call on the last afternoon before the National Day break.
  const as::Instant call = cn.to_utc(local_days{2025y / 9 / 30} + 15h + 20min);
  const as::Instant due = policy.deadline(call, "suburban");
  const as::LocalTime local = cn.to_local(due);
  std::cout << "suburban deadline " << as::format_date(cn.local_date(due)) << ' '
            << as::format_time_of_day(local - floor<days>(local)) << '\n';

  try {
    (void)policy.target("mars");
    std::cout << "unknown zone accepted\n";
    return 1;
  } catch (const as::Error& e) {
    std::cout << "unknown zone: " << as::to_string(e.code()) << '\n';
  }
  std::cout << "7 days from 2025-09-24 end on "
            << as::format_date(as::period_end(as::Date(2025, 9, 24), as::Period{.days = 7}, &cn)) << '\n';
  std::cout << "ok\n";
  return 0;
}
