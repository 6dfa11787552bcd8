// Store: approval by authority level and improvement actions (issue 29;
// seeds/002 (九)6, (九)11, (七)3(5), (九)7). Instants Unix seconds, dates
// "YYYY-MM-DD", money fen; the package (_store_approval.py) converts.
//   approval: (id, number, level, required_level, approver, at, amount_fen,
//              [(kind, quantity, unit_price_fen)])
//   improvement: (id, number, action, owner, due, opened, state, closed_at,
//                 closed_by, reopens)
//   exemption: (number, reason, decided_by, at)
// The statistics' improvements come with complaint_statistics (bind_complaint.cpp).
#include "bind_store.hpp"

#include <aftersales/enum_names.hpp>

#include <tuple>
#include <vector>

using namespace pybind11::literals;

namespace aftersales::python {

namespace {

using Line = std::tuple<std::string, std::int64_t, std::int64_t>;

py::tuple approval_tuple(const ComplaintApproval& a) {
  py::list lines;
  for (const DecisionLine& l : a.lines) lines.append(py::make_tuple(to_string(l.kind), l.quantity, l.unit_price));
  return py::make_tuple(a.id, a.number, a.level, a.required_level, a.approver, secs(a.at), a.amount, lines);
}

py::list improvement_list(const std::vector<Improvement>& v) {
  py::list out;
  for (const Improvement& m : v) out.append(improvement_tuple(m));
  return out;
}

ImprovementIntake intake_of(const std::string& action, const std::string& owner, const std::string& due,
                            std::int64_t opened) {
  ImprovementIntake in;
  in.action = action;
  in.owner = owner;
  in.due = parse_date(due, "due");
  in.opened = instant(opened);
  return in;
}

}  // namespace

py::tuple improvement_tuple(const Improvement& m) {
  return py::make_tuple(m.id, m.number, m.action, m.owner, format_date(m.due), secs(m.opened), to_string(m.state),
                        optional_secs(m.closed_at), m.closed_by, m.reopens);
}

void bind_store_approval(py::class_<StoreHandle>& store) {
  store
      .def(
          "approve_complaint",
          [](StoreHandle& h, const std::string& number, const std::string& level, const std::string& approver,
             std::int64_t at, const std::vector<Line>& lines) {
            const auto s = h.get();
            ApprovalIntake a;
            a.level = level;
            a.approver = approver;
            a.at = instant(at);
            for (std::size_t i = 0; i < lines.size(); ++i)
              a.lines.push_back({parse_enum<CommitmentKind>(std::get<0>(lines[i]),
                                                            "lines[" + std::to_string(i) + "].kind"),
                                 std::get<1>(lines[i]), std::get<2>(lines[i])});
            ComplaintApproval done;
            {
              py::gil_scoped_release release;
              done = s->approve_complaint(number, a);
            }
            return approval_tuple(done);
          },
          "number"_a, "level"_a, "approver"_a, "at"_a, "lines"_a)
      .def(
          "complaint_approval",
          [](StoreHandle& h, const std::string& number) -> py::object {
            const auto s = h.get();
            std::optional<ComplaintApproval> a;
            {
              py::gil_scoped_release release;
              a = s->complaint_approval(number);
            }
            if (!a) return py::none();
            return approval_tuple(*a);
          },
          "number"_a)
      .def(
          "open_improvement",
          [](StoreHandle& h, const std::string& number, const std::string& action, const std::string& owner,
             const std::string& due, std::int64_t opened) {
            const auto s = h.get();
            const ImprovementIntake in = intake_of(action, owner, due, opened);
            Improvement m;
            {
              py::gil_scoped_release release;
              m = s->open_improvement(number, in);
            }
            return improvement_tuple(m);
          },
          "number"_a, "action"_a, "owner"_a, "due"_a, "opened"_a)
      .def(
          "confirm_improvement",
          [](StoreHandle& h, const std::string& id, const std::string& by, std::int64_t at) {
            const auto s = h.get();
            Improvement m;
            {
              py::gil_scoped_release release;
              m = s->confirm_improvement(id, by, instant(at));
            }
            return improvement_tuple(m);
          },
          "id"_a, "by"_a, "at"_a)
      .def(
          "reopen_improvement",
          [](StoreHandle& h, const std::string& id, const std::string& by, std::int64_t at, const std::string& action,
             const std::string& owner, const std::string& due) {
            const auto s = h.get();
            ImprovementIntake in;
            try {
              in = intake_of(action, owner, due, at);
            } catch (const Error& e) {
              throw e.nested("reopened");
            }
            Improvement m;
            {
              py::gil_scoped_release release;
              m = s->reopen_improvement(id, by, instant(at), in);
            }
            return improvement_tuple(m);
          },
          "id"_a, "by"_a, "at"_a, "action"_a, "owner"_a, "due"_a)
      .def(
          "exempt_from_tracking",
          [](StoreHandle& h, const std::string& number, const std::string& reason, const std::string& decided_by,
             std::int64_t at) {
            const auto s = h.get();
            const TrackingExemption r = parse_enum<TrackingExemption>(reason, "reason");
            TrackingExemptionRecord rec;
            {
              py::gil_scoped_release release;
              rec = s->exempt_from_tracking(number, r, decided_by, instant(at));
            }
            return py::make_tuple(rec.number, to_string(rec.reason), rec.decided_by, secs(rec.at));
          },
          "number"_a, "reason"_a, "decided_by"_a, "at"_a)
      .def(
          "tracking_exemption",
          [](StoreHandle& h, const std::string& number) -> py::object {
            const auto s = h.get();
            std::optional<TrackingExemptionRecord> rec;
            {
              py::gil_scoped_release release;
              rec = s->tracking_exemption(number);
            }
            if (!rec) return py::none();
            return py::make_tuple(rec->number, to_string(rec->reason), rec->decided_by, secs(rec->at));
          },
          "number"_a)
      .def(
          "improvements",
          [](StoreHandle& h, std::optional<std::string> number) {
            const auto s = h.get();
            std::vector<Improvement> v;
            {
              py::gil_scoped_release release;
              v = number ? s->improvements(std::string_view(*number)) : s->improvements();
            }
            return improvement_list(v);
          },
          "number"_a = py::none())
      .def(
          "open_improvements",
          [](StoreHandle& h, std::int64_t as_of, bool overdue_only) {
            const auto s = h.get();
            std::vector<Improvement> v;
            {
              py::gil_scoped_release release;
              v = overdue_only ? s->overdue_improvements(instant(as_of)) : s->open_improvements(instant(as_of));
            }
            return improvement_list(v);
          },
          "as_of"_a, "overdue_only"_a = false);
}

}  // namespace aftersales::python
