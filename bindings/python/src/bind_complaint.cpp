// Complaints: numbers, the policy (routing, deadlines, the stage workflow,
// reminders, overdue inquiries, statistics) and the Complaint value. The
// Complaint crosses as itself (a C++ value held by the Python object, so it
// goes back to advance/reminders unchanged); its instants cross as int64 Unix
// seconds, kinds, severities and markets as their names, months as "YYYY-MM".
#include "common.hpp"

#include <tuple>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

using OptSecs = std::optional<std::int64_t>;
using Complaints = std::vector<Complaint>;

OptSecs optional_secs(const std::optional<Instant>& t) {
  if (!t) return std::nullopt;
  return secs(*t);
}

std::optional<Instant> optional_instant(const OptSecs& s) {
  if (!s) return std::nullopt;
  return instant(*s);
}

std::optional<std::string_view> view(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return std::string_view(*s);
}

using RecordTuple = StageRecordTuple;

RecordTuple record_tuple(const StageRecord& r) {
  return {r.index, r.stage, r.department, secs(r.entered), optional_secs(r.deadline), secs(r.left), r.late_by().count()};
}

std::vector<RecordTuple> records(const std::vector<StageRecord>& in) {
  std::vector<RecordTuple> out;
  out.reserve(in.size());
  for (const StageRecord& r : in) out.push_back(record_tuple(r));
  return out;
}

// (first_reviewer, department, supervisor_visit, rule)
py::tuple routing_tuple(const Routing& r) {
  return py::make_tuple(r.first_reviewer, r.department, r.supervisor_visit, r.rule);
}

// (name, department, (domestic, foreign) half-days or None, before_clock,
//  optional, [decided_by], [entries]): a stage of the policy or of the list a
// complaint keeps (issue 29, seeds/002 (九)1-6).
py::tuple stage_tuple(const ComplaintStage& s) {
  py::object halves = py::none();
  if (s.half_days) halves = py::make_tuple(s.half_days->domestic, s.half_days->foreign);
  py::list entries;
  for (const ComplaintField f : s.entries) entries.append(to_string(f));
  return py::make_tuple(s.name, s.department, halves, s.before_clock, s.optional, s.decided_by, entries);
}

py::list stage_list(const std::vector<ComplaintStage>& in) {
  py::list out;
  for (const ComplaintStage& s : in) out.append(stage_tuple(s));
  return out;
}

py::dict rules_dict(const ComplaintRules& r) {
  py::dict d;
  d["stages"] = stage_list(r.stages);
  d["working_day"] = r.working_day.count();
  d["stage_count"] = to_string(r.stage_count);
  d["overall_days"] = py::make_tuple(r.overall_days.domestic, r.overall_days.foreign);
  d["overall_count"] = to_string(r.overall_count);
  d["overall_rest_day_extension"] = r.overall_rest_day_extension;
  d["report_half_days"] = r.report_half_days;
  d["consolidation_half_days"] = r.consolidation_half_days;
  d["statistics_day"] = r.statistics_day;
  d["serial_width"] = r.serial_width;
  py::dict reviewers, kinds;
  for (const auto& [severity, reviewer] : r.routing.first_reviewer) reviewers[to_string(severity)] = reviewer;
  for (const auto& [kind, department] : r.routing.department_by_kind) kinds[to_string(kind)] = department;
  std::map<std::string, std::string> disputes(r.routing.department_by_dispute.begin(), r.routing.department_by_dispute.end());
  d["first_reviewer"] = reviewers;
  d["department_by_kind"] = kinds;
  d["department_by_dispute"] = disputes;
  d["supervisor_visit"] = r.routing.supervisor_visit;
  return d;
}

template <class K>
std::map<std::string, std::size_t> by_name(const std::map<K, std::size_t>& in) {
  std::map<std::string, std::size_t> out;
  for (const auto& [k, n] : in) out.emplace(to_string(k), n);
  return out;
}

py::dict statistics_dict(const ComplaintStatistics& s) {
  py::dict d;
  d["month"] = format_year_month(YearMonth{s.year, s.month});
  d["total"] = s.total;
  d["on_time"] = s.on_time;
  d["on_time_ratio"] = ratio_object(s.on_time_ratio());
  d["by_kind"] = by_name(s.by_kind);
  d["by_severity"] = by_name(s.by_severity);
  d["by_market"] = by_name(s.by_market);
  d["by_department"] = std::map<std::string, std::size_t>(s.by_department.begin(), s.by_department.end());
  d["due"] = format_date(s.due);
  d["invalid"] = s.invalid;
  d["unconfirmed"] = s.unconfirmed;
  d["responsibility"] = std::map<std::string, std::int64_t>(s.responsibility.begin(), s.responsibility.end());
  // Issue 29 (the store's statistics fill them; empty from the policy alone).
  d["unvisited"] = s.unvisited;
  d["unnotified"] = s.unnotified;
  py::list penalties;
  for (const AdminCharge& a : s.admin_penalties) penalties.append(admin_charge_tuple(a));
  d["admin_penalties"] = penalties;
  py::list open, overdue;
  for (const Improvement& m : s.open_improvements) open.append(improvement_tuple(m));
  for (const Improvement& m : s.overdue_improvements) overdue.append(improvement_tuple(m));
  d["open_improvements"] = open;
  d["overdue_improvements"] = overdue;
  return d;
}

void bind_value(py::module_& m) {
  // No constructor: only a policy makes one (open, advance, reject).
  py::class_<Complaint>(m, "Complaint")
      .def_property_readonly("number", &Complaint::number)
      .def_property_readonly("received", [](const Complaint& c) { return secs(c.received()); })
      .def_property_readonly("accepted", [](const Complaint& c) { return secs(c.accepted()); })
      .def_property_readonly("kind", [](const Complaint& c) { return std::string(to_string(c.kind())); })
      .def_property_readonly("severity", [](const Complaint& c) { return std::string(to_string(c.severity())); })
      .def_property_readonly("market", [](const Complaint& c) { return std::string(to_string(c.market())); })
      .def_property_readonly("dispute", &Complaint::dispute)
      .def_property_readonly("routing", [](const Complaint& c) { return routing_tuple(c.routing()); })
      .def_property_readonly("stage_index", &Complaint::stage_index)
      .def_property_readonly("stage", &Complaint::stage)
      .def_property_readonly("stage_department", &Complaint::stage_department)
      .def_property_readonly("stage_entered", [](const Complaint& c) { return secs(c.stage_entered()); })
      .def_property_readonly("stage_deadline", [](const Complaint& c) { return optional_secs(c.stage_deadline()); })
      .def_property_readonly("deadline", [](const Complaint& c) { return secs(c.deadline()); })
      .def_property_readonly("history", [](const Complaint& c) { return records(c.history()); })
      .def_property_readonly("is_closed", &Complaint::is_closed)
      .def_property_readonly("closed_at", [](const Complaint& c) { return optional_secs(c.closed_at()); })
      .def_property_readonly("closed_on_time", &Complaint::closed_on_time)
      .def_property_readonly("rejections", &Complaint::rejections)
      .def_property_readonly("original_number", &Complaint::original_number)
      .def_property_readonly("root_number", &Complaint::root_number)
      .def_property_readonly("chain", &Complaint::chain)
      .def_property_readonly("invalid", &Complaint::invalid)
      .def_property_readonly("invalid_reason", &Complaint::invalid_reason)
      .def_property_readonly("responsibility", [](const Complaint& c) { return from_weights(c.responsibility()); })
      // Issue 29 (seeds/002 (九)4): the optional stages called for, and those passed over.
      .def_property_readonly("called_for", &Complaint::called_for)
      .def_property_readonly("skipped", &Complaint::skipped)
      // The stage list the complaint was opened under (stage tuples).
      .def_property_readonly("stages", [](const Complaint& c) { return stage_list(c.stages()); })
      .def("__eq__", [](const Complaint& a, const Complaint& b) { return a == b; }, py::is_operator())
      .def("__ne__", [](const Complaint& a, const Complaint& b) { return !(a == b); }, py::is_operator());
}

void bind_policy(py::module_& m) {
  py::class_<ComplaintPolicy>(m, "ComplaintPolicy")
      .def_static("default_policy", &ComplaintPolicy::default_policy, "calendar"_a)
      .def_static("from_json", &ComplaintPolicy::from_json, "text"_a, "calendar"_a)
      .def("to_json", &ComplaintPolicy::to_json)
      .def_property_readonly("calendar", [](const ComplaintPolicy& p) { return p.calendar(); })
      .def_property_readonly("rules", [](const ComplaintPolicy& p) { return rules_dict(p.rules()); })
      .def(
          "route",
          [](const ComplaintPolicy& p, std::string_view kind, std::string_view severity,
             const std::optional<std::string>& dispute) {
            return routing_tuple(p.route(parse_complaint_kind(kind), parse_severity(severity), view(dispute)));
          },
          "kind"_a, "severity"_a, "dispute"_a = py::none())
      .def(
          "stage_deadline",
          [](const ComplaintPolicy& p, std::size_t stage, std::string_view market, std::int64_t entered) {
            return optional_secs(p.stage_deadline(stage, parse_market(market), instant(entered)));
          },
          "stage"_a, "market"_a, "entered"_a)
      .def(
          "overall_deadline",
          [](const ComplaintPolicy& p, std::string_view market, std::int64_t accepted) {
            return secs(p.overall_deadline(parse_market(market), instant(accepted)));
          },
          "market"_a, "accepted"_a)
      .def("report_due", [](const ComplaintPolicy& p, std::int64_t t) { return secs(p.report_due(instant(t))); },
           "investigated"_a)
      .def("consolidation_due",
           [](const ComplaintPolicy& p, std::int64_t t) { return secs(p.consolidation_due(instant(t))); },
           "negotiation_received"_a)
      .def(
          "statistics_due",
          [](const ComplaintPolicy& p, std::string_view month) {
            const YearMonth ym = parse_year_month(month, "month");
            return format_date(p.statistics_due(ym.year, ym.month));
          },
          "month"_a)
      .def(
          "open",
          [](const ComplaintPolicy& p, std::string_view number, std::int64_t received, std::string_view kind,
             std::string_view severity, std::string_view market, const OptSecs& accepted,
             const std::optional<std::string>& dispute) {
            return p.open(number, instant(received), parse_complaint_kind(kind), parse_severity(severity),
                          parse_market(market), optional_instant(accepted), view(dispute));
          },
          "number"_a, "received"_a, "kind"_a, "severity"_a, "market"_a, "accepted"_a, "dispute"_a)
      // call_for: the optional stages the stage being left calls for (seeds/002 (九)4); none = skipped.
      .def(
          "advance",
          [](const ComplaintPolicy& p, const Complaint& c, std::int64_t at, const std::vector<std::string>& call_for) {
            return p.advance(c, instant(at), AdvanceOptions{call_for});
          },
          "complaint"_a, "at"_a, "call_for"_a = std::vector<std::string>{})
      // Where `c` stands at `now`: the one judge of its deadlines (a ComplaintStanding name).
      .def(
          "standing",
          [](const ComplaintPolicy& p, const Complaint& c, std::int64_t now) {
            return std::string(to_string(p.standing(c, instant(now))));
          },
          "complaint"_a, "now"_a)
      .def(
          "reject",
          [](const ComplaintPolicy& p, const Complaint& c, std::string_view new_number, std::int64_t at,
             const OptSecs& accepted) { return p.reject(c, new_number, instant(at), optional_instant(accepted)); },
          "complaint"_a, "new_number"_a, "at"_a, "accepted"_a)
      .def(
          "close_invalid",
          [](const ComplaintPolicy& p, const Complaint& c, std::int64_t at, std::string_view reason) {
            return p.close_invalid(c, instant(at), reason);
          },
          "complaint"_a, "at"_a, "reason"_a)
      .def(
          "confirm_responsibility",
          [](const ComplaintPolicy& p, const Complaint& c, const WeightList& ratios) {
            return p.confirm_responsibility(c, weights_of(ratios));
          },
          "complaint"_a, "ratios"_a)
      // The three answers about a set copy the complaints in, then run without the GIL.
      .def(
          "reminders",
          [](const ComplaintPolicy& p, const Complaints& cs, std::int64_t now) {
            py::gil_scoped_release release;
            return reminder_tuples(p.reminders(cs, instant(now)));
          },
          "complaints"_a, "now"_a)
      .def(
          "late_closed",
          [](const ComplaintPolicy& p, const Complaints& cs, std::string_view month) {
            const YearMonth ym = parse_year_month(month, "month");
            py::gil_scoped_release release;
            return inquiry_tuples(p.late_closed(cs, ym.year, ym.month));
          },
          "complaints"_a, "month"_a)
      .def(
          "monthly_statistics",
          [](const ComplaintPolicy& p, const Complaints& cs, std::string_view month) {
            const YearMonth ym = parse_year_month(month, "month");
            ComplaintStatistics st;
            {
              py::gil_scoped_release release;
              st = p.monthly_statistics(cs, ym.year, ym.month);
            }
            return statistics_dict(st);
          },
          "complaints"_a, "month"_a);
}

}  // namespace

py::dict complaint_statistics_dict(const ComplaintStatistics& s) { return statistics_dict(s); }

py::tuple admin_charge_tuple(const AdminCharge& a) {
  return py::make_tuple(a.person, format_year_month(a.month), a.case_id, to_string(a.kind), a.count, a.amount);
}

std::vector<ReminderTuple> reminder_tuples(const std::vector<Reminder>& in) {
  std::vector<ReminderTuple> out;
  out.reserve(in.size());
  for (const Reminder& r : in)
    out.emplace_back(r.number, r.stage_index, r.stage, r.department, to_string(r.which), secs(r.deadline),
                     r.overdue_by.count(), r.stage_overdue_by.count(), r.overall_overdue_by.count(), r.rule);
  return out;
}

std::vector<InquiryTuple> inquiry_tuples(const std::vector<OverdueInquiry>& in) {
  std::vector<InquiryTuple> out;
  out.reserve(in.size());
  for (const OverdueInquiry& q : in)
    out.emplace_back(q.number, secs(q.closed_at), secs(q.deadline), q.late_by.count(), records(q.late_stages));
  return out;
}

void bind_complaint(py::module_& m) {
  m.def("complaint_number", py::overload_cast<int, int, int>(&complaint_number), "year"_a, "month"_a, "serial"_a);
  m.def(
      "parse_complaint_number",
      [](std::string_view text, std::string_view field) {
        const ComplaintNumber n = parse_complaint_number(text, field);
        return py::make_tuple(n.year, n.month, n.serial);
      },
      "text"_a, "field"_a = "number");
  // The width-aware forms (seeds/002 (八): YYMM-××, widened past the width).
  m.def("complaint_number_width", py::overload_cast<int, int, int, int>(&complaint_number), "year"_a, "month"_a,
        "serial"_a, "min_width"_a);
  m.def(
      "parse_complaint_number_width",
      [](std::string_view text, int min_width, std::string_view field) {
        const ComplaintNumber n = parse_complaint_number(text, min_width, field);
        return py::make_tuple(n.year, n.month, n.serial);
      },
      "text"_a, "min_width"_a, "field"_a = "number");
  bind_value(m);
  bind_policy(m);
}

}  // namespace aftersales::python
