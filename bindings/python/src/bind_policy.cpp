// Policy: the whole company policy as one value (calendar, dispatch,
// warranty, complaints, penalties, service rules) and its JSON document. The
// parts come out as copies of the C++ values the other bind_*.cpp files bind.
#include "common.hpp"

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

Policy make_policy(const Calendar& calendar, const DispatchPolicy& dispatch, const WarrantyPolicy& warranty,
                   const ComplaintPolicy& complaints, const PenaltyPolicy& penalties, int revisit_days,
                   std::vector<std::string> cost_kinds) {
  return Policy(calendar, dispatch, warranty, complaints, penalties,
                ServiceRules{revisit_days, std::move(cost_kinds)});
}

}  // namespace

void bind_policy(py::module_& m) {
  py::class_<Policy>(m, "Policy")
      .def(py::init(&make_policy), "calendar"_a, "dispatch"_a, "warranty"_a, "complaints"_a, "penalties"_a,
           "revisit_days"_a, "cost_kinds"_a)
      .def_static("default_policy", &Policy::default_policy, "calendar"_a)
      .def_static(
          "from_json",
          [](std::string_view text, std::optional<Calendar> calendar) { return Policy::from_json(text, calendar); },
          "text"_a, "calendar"_a = py::none())
      .def("to_json", &Policy::to_json)
      .def_property_readonly("calendar", [](const Policy& p) { return p.calendar(); })
      .def_property_readonly("dispatch", [](const Policy& p) { return p.dispatch(); })
      .def_property_readonly("warranty", [](const Policy& p) { return p.warranty(); })
      .def_property_readonly("complaints", [](const Policy& p) { return p.complaints(); })
      .def_property_readonly("penalties", [](const Policy& p) { return p.penalties(); })
      .def_property_readonly("revisit_days", [](const Policy& p) { return p.service().revisit_days; })
      .def_property_readonly("cost_kinds", [](const Policy& p) { return p.service().cost_kinds; });
}

}  // namespace aftersales::python
