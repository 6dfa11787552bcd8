// Policy: the whole company policy as one value (calendar, dispatch,
// warranty, complaints, penalties, service rules) and its JSON document. The
// parts come out as copies of the C++ values the other bind_*.cpp files bind.
#include "common.hpp"

#include <aftersales/enum_names.hpp>

#include <map>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

// Issue 28's service members, left out (None), are the document's
// (default_service_rules()); numbering's kinds left out keep theirs.
Policy make_policy(const Calendar& calendar, const DispatchPolicy& dispatch, const WarrantyPolicy& warranty,
                   const ComplaintPolicy& complaints, const PenaltyPolicy& penalties, int revisit_days,
                   std::vector<std::string> cost_kinds, std::optional<bool> inspection_before_return,
                   std::optional<int> survey_complaint_level, std::optional<std::string> survey_complaint_kind,
                   const std::map<std::string, std::string>& numbering) {
  ServiceRules rules{revisit_days, std::move(cost_kinds)};
  if (inspection_before_return) rules.inspection_before_return = *inspection_before_return;
  if (survey_complaint_level) rules.survey_complaint_level = *survey_complaint_level;
  if (survey_complaint_kind)
    rules.survey_complaint_kind = parse_enum<ComplaintKind>(*survey_complaint_kind, "survey_complaint_kind");
  for (const auto& [kind, tpl] : numbering) {
    std::string* member = rules.numbering.of(kind);
    if (member == nullptr) {
      std::string known;
      for (const std::string_view k : NumberingRules::kinds) known.append(known.empty() ? "" : ", ").append(k);
      throw Error(ErrorCode::invalid_argument, "numbering", "'" + kind + "' is not a kind of number (" + known + ")");
    }
    *member = tpl;
  }
  return Policy(calendar, dispatch, warranty, complaints, penalties, std::move(rules));
}

py::dict schedule_dict(const FeeSchedule& f) {
  py::list pays;
  if (f.customer_pays_call_out) pays.append("call_out");
  if (f.customer_pays_labour) pays.append("labour");
  if (f.customer_pays_parts) pays.append("parts");
  return py::dict("call_out_fen"_a = f.call_out, "labour"_a = to_string(f.labour), "labour_fen"_a = f.labour_rate,
                  "customer_pays"_a = pays);
}

}  // namespace

void bind_policy(py::module_& m) {
  py::class_<Policy>(m, "Policy")
      .def(py::init(&make_policy), "calendar"_a, "dispatch"_a, "warranty"_a, "complaints"_a, "penalties"_a,
           "revisit_days"_a, "cost_kinds"_a, "inspection_before_return"_a = py::none(),
           "survey_complaint_level"_a = py::none(), "survey_complaint_kind"_a = py::none(),
           "numbering"_a = std::map<std::string, std::string>{})
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
      .def_property_readonly("cost_kinds", [](const Policy& p) { return p.service().cost_kinds; })
      // Issue 28's service members (the document's "service" section).
      .def_property_readonly("inspection_before_return",
                             [](const Policy& p) { return p.service().inspection_before_return; })
      .def_property_readonly("survey_complaint_level", [](const Policy& p) { return p.service().survey_complaint_level; })
      .def_property_readonly("survey_complaint_kind",
                             [](const Policy& p) { return std::string(to_string(p.service().survey_complaint_kind)); })
      .def_property_readonly("numbering",
                             [](const Policy& p) {
                               std::map<std::string, std::string> out;
                               for (const std::string_view kind : NumberingRules::kinds)
                                 out.emplace(kind, *p.service().numbering.of(kind));
                               return out;
                             })
      // Fen, as the document writes them; the package gives Decimal yuan.
      .def_property_readonly("billing", [](const Policy& p) {
        const BillingRules& b = p.service().billing;
        return py::dict("collect_on_the_spot_max_fen"_a = b.collect_on_the_spot_max, "paid"_a = schedule_dict(b.paid),
                        "contract"_a = schedule_dict(b.contract), "free"_a = schedule_dict(b.free),
                        "internal"_a = schedule_dict(b.internal));
      });
}

}  // namespace aftersales::python
