// Shared helpers of the _core module: the module only translates. Instants
// cross the boundary as int64 Unix seconds (UTC) or int64 local civil seconds
// (seconds since 1970-01-01T00:00 of the calendar's zone, read as if UTC);
// dates as "YYYY-MM-DD"; durations as int64 seconds. NumPy NaT is INT64_MIN.
#pragma once
#include <aftersales/aftersales.hpp>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace aftersales::python {

namespace py = pybind11;

// NumPy's NaT in datetime64/timedelta64 arrays viewed as int64.
inline constexpr std::int64_t nat = std::numeric_limits<std::int64_t>::min();

using ShiftList = std::vector<std::pair<std::string, std::string>>;
// (party, weight): responsibility ratios or base points, in the caller's order.
using WeightList = std::vector<std::pair<std::string, std::int64_t>>;
using Int64Array = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;

// ComplaintStatistics as the dict ComplaintPolicy.monthly_statistics returns (bind_complaint.cpp).
py::dict complaint_statistics_dict(const ComplaintStatistics& s);
// Issue 29, the statistics' lists: an administrative penalty (person, month,
// case_number, kind, count, amount fen; bind_complaint.cpp) and an
// improvement (id, number, action, owner, due, opened, state, closed_at,
// closed_by, reopens; bind_store_approval.cpp).
py::tuple admin_charge_tuple(const AdminCharge& a);
py::tuple improvement_tuple(const Improvement& m);

// (index, stage, department, entered, deadline or None, left, late_by)
using StageRecordTuple = std::tuple<std::size_t, std::string, std::string, std::int64_t, std::optional<std::int64_t>,
                                    std::int64_t, std::int64_t>;
// (number, stage_index, stage, department, which, deadline, overdue_by,
//  stage_overdue_by, overall_overdue_by, rule)
using ReminderTuple = std::tuple<std::string, std::size_t, std::string, std::string, std::string, std::int64_t,
                                 std::int64_t, std::int64_t, std::int64_t, std::string>;
// (number, closed_at, deadline, late_by, [record, ...])
using InquiryTuple =
    std::tuple<std::string, std::int64_t, std::int64_t, std::int64_t, std::vector<StageRecordTuple>>;
// Reminders and overdue inquiries as ComplaintPolicy.reminders / late_closed
// return them (bind_complaint.cpp); plain C++, callable without the GIL.
std::vector<ReminderTuple> reminder_tuples(const std::vector<Reminder>& in);
std::vector<InquiryTuple> inquiry_tuples(const std::vector<OverdueInquiry>& in);
// A Settlement as PenaltyLedger.settle returns it (bind_penalty.cpp):
// (person, month, bonus, cap, deducted, carried, [(case_id, month, amount)]).
py::tuple settlement_tuple(const Settlement& s);

// A ratio the core gives exactly (numerator, denominator) as a float; None
// when the denominator is 0.
template <class N, class D>
py::object ratio_object(const std::pair<N, D>& r) {
  if (r.second == 0) return py::none();
  return py::float_(static_cast<double>(r.first) / static_cast<double>(r.second));
}

inline Instant instant(std::int64_t s) { return Instant(Seconds(s)); }
inline std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }
inline LocalTime local_time(std::int64_t s) { return LocalTime(Seconds(s)); }
inline std::int64_t secs(LocalTime t) { return t.time_since_epoch().count(); }

inline std::vector<Shift> to_shifts(const ShiftList& in, const std::string& field) {
  std::vector<Shift> out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i)
    out.push_back(Shift::parse(in[i].first, in[i].second, field + "[" + std::to_string(i) + "]"));
  return out;
}

inline std::vector<Weight> weights_of(const WeightList& in) {
  std::vector<Weight> out;
  out.reserve(in.size());
  for (const auto& [party, weight] : in) out.push_back({party, weight});
  return out;
}

inline WeightList from_weights(const std::vector<Weight>& in) {
  WeightList out;
  out.reserve(in.size());
  for (const Weight& w : in) out.emplace_back(w.party, w.weight);
  return out;
}

inline ShiftList from_shifts(const std::vector<Shift>& in) {
  ShiftList out;
  out.reserve(in.size());
  for (const auto& s : in) out.emplace_back(format_time_of_day(s.open), format_time_of_day(s.close));
  return out;
}

// The text of an Error without its "field: " prefix.
inline std::string bare_message(const Error& e) {
  std::string what = e.what();
  const std::string prefix = e.field() + ": ";
  if (!e.field().empty() && what.compare(0, prefix.size(), prefix) == 0) return what.substr(prefix.size());
  return what;
}

// An Error raised for element `i` of a batch names the element: "t[17]".
[[noreturn]] inline void rethrow_at(const Error& e, std::string_view field, std::size_t i) {
  std::string f = std::string(field) + "[" + std::to_string(i) + "]";
  if (!e.field().empty() && e.field() != field) f += " (" + e.field() + ")";
  throw Error(e.code(), f, bare_message(e));
}

// Checks that batch inputs have one shape and makes the output array.
inline Int64Array same_shape_output(std::initializer_list<const py::array*> inputs) {
  const py::array& first = **inputs.begin();
  for (const py::array* a : inputs) {
    if (a->ndim() != first.ndim() ||
        !std::equal(a->shape(), a->shape() + a->ndim(), first.shape()))
      throw Error(ErrorCode::invalid_argument, "arrays", "batch inputs must have the same shape (broadcast them first)");
  }
  return Int64Array(std::vector<py::ssize_t>(first.shape(), first.shape() + first.ndim()));
}

void bind_calendar(py::module_& m);
void bind_period(py::module_& m);
void bind_dispatch(py::module_& m);

}  // namespace aftersales::python
