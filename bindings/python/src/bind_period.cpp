// Legal periods (PRC Civil Code arts. 201-204).
#include "common.hpp"

namespace aftersales::python {

void bind_period(py::module_& m) {
  using namespace pybind11::literals;
  m.def(
      "period_end",
      [](std::string_view start, int days, int months, int years, const Calendar* calendar, bool count_start_day,
         bool extend_past_rest) {
        return format_date(period_end(parse_date(start, "start"), Period{days, months, years}, calendar,
                                      PeriodOptions{count_start_day, extend_past_rest}));
      },
      "start"_a, "days"_a = 0, "months"_a = 0, "years"_a = 0, "calendar"_a = py::none(), "count_start_day"_a = false,
      "extend_past_rest"_a = true);
  m.def(
      "period_deadline",
      [](std::string_view start, const Calendar& calendar, int days, int months, int years, bool count_start_day,
         bool extend_past_rest) {
        return secs(period_deadline(parse_date(start, "start"), Period{days, months, years}, calendar,
                                    PeriodOptions{count_start_day, extend_past_rest}));
      },
      "start"_a, "calendar"_a, "days"_a = 0, "months"_a = 0, "years"_a = 0, "count_start_day"_a = false,
      "extend_past_rest"_a = true);
}

}  // namespace aftersales::python
