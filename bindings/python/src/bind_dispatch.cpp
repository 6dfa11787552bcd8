// DispatchPolicy: targets, deadlines, SLA status, the dispatch queue.
#include "common.hpp"

#include <map>
#include <optional>
#include <tuple>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

using Targets = std::map<std::string, Seconds, std::less<>>;
// (start, end or None), UTC seconds.
using PauseList = std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>>;
// (id, received, zone, dispatched or None), UTC seconds.
using CallList =
    std::vector<std::tuple<std::string, std::int64_t, std::string, std::optional<std::int64_t>, PauseList>>;

std::vector<Pause> to_pauses(const PauseList& in) {
  std::vector<Pause> out;
  out.reserve(in.size());
  for (const auto& [start, end] : in)
    out.push_back(Pause{instant(start), end ? std::optional<Instant>(instant(*end)) : std::nullopt});
  return out;
}

DispatchPolicy make_policy(const Calendar& cal, const std::optional<std::map<std::string, std::int64_t>>& targets,
                           const std::optional<std::int64_t>& at_risk) {
  if (!targets && !at_risk) return DispatchPolicy(cal);
  const DispatchPolicy defaults(cal);
  Targets t;
  if (targets)
    for (const auto& [zone, s] : *targets) t.emplace(zone, Seconds(s));
  else
    t = defaults.targets();
  return DispatchPolicy(cal, std::move(t), at_risk ? Seconds(*at_risk) : defaults.at_risk());
}

py::dict status_dict(const SlaStatus& s) {
  py::dict d;
  d["state"] = to_string(s.state);
  d["deadline"] = secs(s.deadline);
  d["target"] = s.target.count();
  d["elapsed"] = s.elapsed.count();
  d["remaining"] = s.remaining.count();
  d["late_by"] = s.late_by.count();
  d["at_risk"] = s.at_risk;
  d["next_change"] = s.next_change ? py::object(py::int_(secs(*s.next_change))) : py::object(py::none());
  d["rule"] = s.rule;
  return d;
}

// deadline_many: received (local civil seconds) and an index into `zones` per
// call -> deadline (local civil seconds). DispatchPolicy::deadline_many does
// the work; this face converts local times (NaT in: NaT out) and names the
// element as the user gave it: "received[i]", "zones[i]" (the per-call array).
Int64Array deadline_many(const DispatchPolicy& p, const Int64Array& received, const std::vector<std::string>& zones,
                         const Int64Array& zone_index, bool coerce) {
  Int64Array out = same_shape_output({&received, &zone_index});
  const std::vector<std::string_view> names(zones.begin(), zones.end());
  const std::int64_t* rp = received.data();
  const std::int64_t* zp = zone_index.data();
  if (!coerce) {
    // This face's rule: an unknown zone fails the call before any time is
    // counted, NaT elements included; the error names the first element
    // given it (the core counts only elements with a time, in order).
    for (std::size_t z = 0; z < zones.size(); ++z) {
      try {
        p.target(zones[z]);
      } catch (const Error& e) {
        for (py::ssize_t i = 0; i < zone_index.size(); ++i)
          if (zp[i] == static_cast<std::int64_t>(z)) throw e.renamed("zone", "zones[" + std::to_string(i) + "]");
        throw;
      }
    }
  }
  std::int64_t* op = out.mutable_data();
  const auto n = static_cast<std::size_t>(received.size());
  const Calendar& cal = p.calendar();
  {
    py::gil_scoped_release release;
    // The elements with a call time, as UTC instants, and where they came from.
    std::vector<std::size_t> from;
    std::vector<Instant> utc;
    std::vector<std::int32_t> zi;
    from.reserve(n);
    utc.reserve(n);
    zi.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      if (zp[i] < 0 || static_cast<std::size_t>(zp[i]) >= zones.size())
        throw Error(ErrorCode::invalid_argument, "zones[" + std::to_string(i) + "]", "zone index out of range");
      op[i] = nat;
      if (rp[i] == nat) continue;
      try {
        utc.push_back(cal.to_utc(local_time(rp[i])));
      } catch (const Error& e) {
        if (!coerce) rethrow_at(e, "received", i);
        continue;
      }
      from.push_back(i);
      zi.push_back(static_cast<std::int32_t>(zp[i]));
    }
    std::vector<Instant> due(utc.size());
    std::vector<std::uint8_t> valid(utc.size(), 0);
    try {
      p.deadline_many(utc, names, zi, due, valid, coerce);
    } catch (const ElementError& e) {
      const std::size_t i = from[e.element()];
      if (e.input() == ElementError::Input::zone) throw e.cause().renamed("zone", "zones[" + std::to_string(i) + "]");
      rethrow_at(e.cause(), "received", i);
    }
    for (std::size_t j = 0; j < from.size(); ++j) {
      if (valid[j] == 0) continue;
      try {
        op[from[j]] = secs(cal.to_local(due[j]));
      } catch (const Error& e) {
        if (!coerce) rethrow_at(e, "received", from[j]);
      }
    }
  }
  return out;
}

}  // namespace

void bind_dispatch(py::module_& m) {
  py::class_<DispatchPolicy>(m, "DispatchPolicy")
      .def(py::init(&make_policy), "calendar"_a, "targets"_a = py::none(), "at_risk"_a = py::none())
      .def_static("from_json", [](std::string_view text) { return DispatchPolicy::from_json(text); }, "text"_a)
      .def("to_json", &DispatchPolicy::to_json)
      .def_property_readonly("calendar", [](const DispatchPolicy& p) { return p.calendar(); })
      .def_property_readonly("targets",
                             [](const DispatchPolicy& p) {
                               std::map<std::string, std::int64_t> out;
                               for (const auto& [zone, s] : p.targets()) out.emplace(zone, s.count());
                               return out;
                             })
      .def_property_readonly("at_risk", [](const DispatchPolicy& p) { return p.at_risk().count(); })
      // (first_response, resolution) in seconds: dispatch.remote (issue 28)
      .def_property_readonly("remote",
                             [](const DispatchPolicy& p) {
                               return std::pair{p.remote().first_response.count(), p.remote().resolution.count()};
                             })
      .def("target", [](const DispatchPolicy& p, std::string_view zone) { return p.target(zone).count(); }, "zone"_a)
      .def(
          "deadline",
          [](const DispatchPolicy& p, std::int64_t received, std::string_view zone, const PauseList& pauses) {
            const auto ps = to_pauses(pauses);
            return secs(p.deadline(instant(received), zone, ps));
          },
          "received"_a, "zone"_a, "pauses"_a = PauseList{})
      .def(
          "status",
          [](const DispatchPolicy& p, std::int64_t received, std::string_view zone, std::int64_t now,
             const PauseList& pauses, const std::optional<std::int64_t>& arrival) {
            const auto ps = to_pauses(pauses);
            return status_dict(p.status(instant(received), zone, instant(now), ps,
                                        arrival ? std::optional<Instant>(instant(*arrival)) : std::nullopt));
          },
          "received"_a, "zone"_a, "now"_a, "pauses"_a = PauseList{}, "arrival"_a = py::none())
      .def(
          "dispatch_order",
          [](const DispatchPolicy& p, const CallList& calls, std::int64_t now) {
            std::vector<QueuedCall> qs;
            qs.reserve(calls.size());
            for (const auto& [id, received, zone, dispatched, pauses] : calls)
              qs.push_back(QueuedCall{id, instant(received), zone,
                                      dispatched ? std::optional<Instant>(instant(*dispatched)) : std::nullopt,
                                      to_pauses(pauses)});
            return p.dispatch_order(qs, instant(now));
          },
          "calls"_a, "now"_a)
      .def("deadline_many", &deadline_many, "received"_a, "zones"_a, "zone_index"_a, py::kw_only(),
           "coerce"_a = false);
}

}  // namespace aftersales::python
