// Store: its column queries and reports (bound by bind_store, bind_store.cpp).
// Column sets cross as dicts of lists, (int32 codes, categories) pairs and
// NumPy arrays; times as int64 Unix seconds or local civil seconds. "No
// value" comes from the columns' validity masks (Nullable, store.hpp) in
// NumPy's and pandas' own terms: NAT in a time array (NumPy's NaT), code
// -1 in a coded column, None in a list of str, and a (values, valid) pair
// of arrays (valid: bool, True where there is a value) for a nullable flag
// or integer. Every store call runs without the GIL.
#include "bind_store.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

// A text column as codes into its sorted distinct values; an element
// without a value (valid[i] == 0, when a mask is given) is code -1.
struct Coded {
  std::vector<std::int32_t> codes;
  std::vector<std::string> categories;
};

Coded coded(const std::vector<std::string>& values, const std::vector<std::uint8_t>* valid) {
  const auto has = [valid](std::size_t i) { return valid == nullptr || (*valid)[i] != 0; };
  std::map<std::string_view, std::int32_t> index;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (has(i)) index.emplace(values[i], 0);
  Coded out;
  out.categories.reserve(index.size());
  for (auto& [v, code] : index) {
    code = static_cast<std::int32_t>(out.categories.size());
    out.categories.emplace_back(v);
  }
  out.codes.reserve(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) out.codes.push_back(has(i) ? index.find(values[i])->second : -1);
  return out;
}

template <class T>
py::array_t<T> to_array(const std::vector<T>& v) {
  py::array_t<T> a(static_cast<py::ssize_t>(v.size()));
  std::copy(v.begin(), v.end(), a.mutable_data());
  return a;
}

// A mask or a yes/no column as a NumPy bool array (one byte each: a copy).
template <class T>
py::array_t<bool> to_bools(const std::vector<T>& v) {
  py::array_t<bool> a(static_cast<py::ssize_t>(v.size()));
  bool* out = a.mutable_data();
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = v[i] != 0;
  return a;
}

py::list to_list(const std::vector<std::string>& v) {
  py::list out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = py::str(v[i]);
  return out;
}

py::list to_list(const Nullable<std::string>& v) {  // None where there is no value
  py::list out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = v.valid[i] ? py::object(py::str(v.values[i])) : py::none();
  return out;
}

// Unix seconds -> local civil seconds of the calendar's zone (`local`) or
// kept; an element without a value (valid[i] == 0, when a mask is given)
// becomes NAT, NumPy's NaT.
void convert_times(std::vector<std::int64_t>& v, const std::vector<std::uint8_t>* valid, const Calendar& cal,
                   bool local) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (valid != nullptr && (*valid)[i] == 0) {
      v[i] = nat;
    } else if (local) {
      v[i] = secs(cal.to_local(instant(v[i])));
    }
  }
}

// A columns struct as a dict of Python objects: lists of str (None where a
// nullable text has no value), (codes, categories) for the repeated names
// (-1: no value), int64 arrays of times (local civil seconds when `local`;
// NAT where there is no value), plain arrays, and (values, valid) pairs of
// arrays for nullable flags (bool values) and integers. The work that needs
// no Python runs first, without the GIL.
class ColumnsDict {
 public:
  ColumnsDict() = default;  // no times
  ColumnsDict(const Calendar& cal, bool local) : cal_(&cal), local_(local) {}
  ColumnsDict& text(const char* name, const std::vector<std::string>& v) {
    arrays_.emplace_back(name, [&v] { return py::object(to_list(v)); });
    return *this;
  }
  ColumnsDict& text(const char* name, const Nullable<std::string>& v) {
    arrays_.emplace_back(name, [&v] { return py::object(to_list(v)); });
    return *this;
  }
  ColumnsDict& coded(const char* name, const std::vector<std::string>& v) {
    coded_.push_back({name, &v, nullptr, {}});
    return *this;
  }
  ColumnsDict& coded(const char* name, const Nullable<std::string>& v) {
    coded_.push_back({name, &v.values, &v.valid, {}});
    return *this;
  }
  ColumnsDict& times(const char* name, std::vector<std::int64_t>& v) {
    times_.push_back({name, &v, nullptr});
    return *this;
  }
  ColumnsDict& times(const char* name, Nullable<std::int64_t>& v) {
    times_.push_back({name, &v.values, &v.valid});
    return *this;
  }
  template <class T>
  ColumnsDict& values(const char* name, const std::vector<T>& v) {
    arrays_.emplace_back(name, [&v] { return py::object(to_array(v)); });
    return *this;
  }
  // (values, valid): int64 values, or bool for a yes/no flag.
  ColumnsDict& values(const char* name, const Nullable<std::int64_t>& v) {
    arrays_.emplace_back(name, [&v] { return py::object(py::make_tuple(to_array(v.values), to_bools(v.valid))); });
    return *this;
  }
  ColumnsDict& flags(const char* name, const Nullable<std::int8_t>& v) {
    arrays_.emplace_back(name, [&v] { return py::object(py::make_tuple(to_bools(v.values), to_bools(v.valid))); });
    return *this;
  }
  py::dict build() {
    {
      py::gil_scoped_release release;
      for (CodedColumn& c : coded_) c.result = aftersales::python::coded(*c.values, c.valid);
      for (TimeColumn& t : times_) convert_times(*t.values, t.valid, *cal_, local_);
    }
    py::dict d;
    for (const CodedColumn& c : coded_) d[c.name] = py::make_tuple(to_array(c.result.codes), c.result.categories);
    for (const TimeColumn& t : times_) d[t.name] = to_array(*t.values);
    for (const auto& [name, array] : arrays_) d[name] = array();
    return d;
  }

 private:
  struct CodedColumn {
    const char* name;
    const std::vector<std::string>* values;
    const std::vector<std::uint8_t>* valid;  // none: every element has a value
    Coded result;
  };
  struct TimeColumn {
    const char* name;
    std::vector<std::int64_t>* values;
    const std::vector<std::uint8_t>* valid;  // none: every element has a value
  };
  const Calendar* cal_ = nullptr;
  bool local_ = false;
  std::vector<CodedColumn> coded_;
  std::vector<TimeColumn> times_;
  std::vector<std::pair<const char*, std::function<py::object()>>> arrays_;
};

py::dict columns_dict(CallColumns&& cols, const Calendar& cal, bool local) {
  return ColumnsDict(cal, local)
      .text("id", cols.id)
      .text("voucher", cols.voucher)
      .text("customer", cols.customer)
      .text("serial", cols.serial)
      .coded("zone", cols.zone)
      .coded("centre", cols.centre)
      .coded("product", cols.product)
      .coded("technician", cols.technician)
      .coded("category", cols.category)
      .coded("state", cols.state)
      .times("received", cols.received)
      .times("deadline", cols.deadline)
      .times("dispatched", cols.dispatched)
      .times("arrived", cols.arrived)
      .times("completed", cols.completed)
      .flags("sla_met", cols.sla_met)
      .flags("signed_off", cols.signed_off)
      .values("provisional_year", cols.provisional)
      .build();
}

py::dict complaint_columns_dict(ComplaintColumns&& cols, const Calendar& cal, bool local) {
  return ColumnsDict(cal, local)
      .text("number", cols.number)
      .text("original_number", cols.original_number)
      .text("call_id", cols.call_id)
      .text("kind", cols.kind)
      .text("severity", cols.severity)
      .text("market", cols.market)
      .coded("department", cols.department)
      .coded("stage", cols.stage)
      .times("received", cols.received)
      .times("accepted", cols.accepted)
      .times("deadline", cols.deadline)
      .times("closed_at", cols.closed_at)
      .flags("on_time", cols.on_time)
      .values("invalid", cols.invalid)
      .values("rejections", cols.rejections)
      .text("survey_id", cols.survey_id)
      .build();
}

py::dict penalty_columns_dict(const PenaltyColumns& cols) {
  return ColumnsDict()
      .text("person", cols.person)
      .text("kind", cols.kind)
      .text("month", cols.month)
      .values("amount", cols.amount)
      .text("case", cols.case_number)
      .values("deducted", cols.deducted)
      .values("carried", cols.carried)
      .build();
}

py::dict dispatch_columns_dict(DispatchColumns&& cols, const Calendar& cal, bool local) {
  return ColumnsDict(cal, local)
      .text("call_id", cols.call_id)
      .text("voucher", cols.voucher)
      .coded("technician", cols.technician)
      .coded("zone", cols.zone)
      .coded("centre", cols.centre)
      .coded("category", cols.category)
      .coded("state", cols.state)
      .times("received", cols.received)
      .times("deadline", cols.deadline)
      .times("dispatched", cols.dispatched)
      .times("arrived", cols.arrived)
      .times("completed", cols.completed)
      .values("pauses", cols.pauses)
      .values("paused", cols.paused)
      .flags("sla_met", cols.sla_met)
      .flags("signed_off", cols.signed_off)
      .values("provisional_year", cols.provisional)
      .build();
}

py::dict survey_columns_dict(SurveyColumns&& cols, const Calendar& cal, bool local) {
  return ColumnsDict(cal, local)
      .text("call_id", cols.call_id)
      .text("voucher", cols.voucher)
      .coded("technician", cols.technician)
      .text("respondent", cols.respondent)
      .text("month", cols.month)
      .values("attitude", cols.attitude)
      .values("skill", cols.skill)
      .values("arrival", cols.arrival)
      .values("promise", cols.promise)
      .times("recorded", cols.recorded)
      .text("comment", cols.comment)
      .text("survey_id", cols.survey_id)
      .text("complaint", cols.complaint)
      .coded("centre", cols.centre)
      .build();
}

// Issue 29: the register (客戶抱怨案件登記追蹤表, seeds/002 (九)1) as
// columns; the department holding the form is no value once closed.
py::dict register_columns_dict(ComplaintRegister&& c, const Calendar& cal, bool local) {
  Nullable<std::string> holder;
  holder.reserve(c.size());
  for (const std::string& d : c.stage_department)
    holder.push_back(d.empty() ? std::nullopt : std::optional<std::string>(d));
  return ColumnsDict(cal, local)
      .text("number", c.number)
      .times("received", c.received)
      .times("accepted", c.accepted)
      .text("customer", c.customer)
      .text("order_number", c.order_number)
      .text("part_number", c.part_number)
      .text("shipped", c.shipped)
      .values("quantity", c.quantity)
      .values("defective_quantity", c.defective_quantity)
      .text("request", c.request)
      .values("sample_sent", c.sample_sent)
      .text("kind", c.kind)
      .text("severity", c.severity)
      .text("market", c.market)
      .coded("department", c.department)
      .coded("stage", c.stage)
      .coded("stage_department", holder)
      .times("stage_deadline", c.stage_deadline)
      .times("deadline", c.deadline)
      .text("standing", c.standing)
      .times("closed_at", c.closed_at)
      .text("skipped", c.skipped)
      .values("entries", c.entries)
      .build();
}

// [(centre, region, kind, budget, actual)], money in fen
using CostTuple = std::tuple<std::string, std::string, std::string, std::int64_t, std::int64_t>;
std::vector<CostTuple> cost_tuples(const std::vector<CostRow>& rows) {
  std::vector<CostTuple> out;
  out.reserve(rows.size());
  for (const CostRow& r : rows) out.emplace_back(r.centre, r.region, r.kind, r.budget, r.actual);
  return out;
}

// [(technician, category, jobs, worked seconds)]
using DayTuple = std::tuple<std::string, std::string, std::int64_t, std::int64_t>;
std::vector<DayTuple> day_tuples(const std::vector<DayReportRow>& rows) {
  std::vector<DayTuple> out;
  out.reserve(rows.size());
  for (const DayReportRow& r : rows) out.emplace_back(r.technician, r.category, r.jobs, r.worked.count());
  return out;
}
// [(key, calls, met, breached, open, compliance or None, remote, remote_met, remote_breached)]
py::list sla_rows(const std::vector<SlaRow>& rows) {
  py::list out;
  for (const SlaRow& r : rows)
    out.append(py::make_tuple(r.key, r.calls, r.met, r.breached, r.open, ratio_object(r.compliance()), r.remote,
                              r.remote_met, r.remote_breached));
  return out;
}

py::dict report_dict(const MonthlyReport& r) {
  py::dict d;
  d["month"] = format_year_month(r.month);
  d["as_of"] = secs(r.as_of);
  d["sla_by_zone"] = sla_rows(r.sla_by_zone);
  d["sla_by_centre"] = sla_rows(r.sla_by_centre);
  d["sla_by_technician"] = sla_rows(r.sla_by_technician);
  d["calls"] = r.calls;
  d["completed"] = r.completed;
  d["first_time_fixed"] = r.first_time_fixed;
  d["first_time_fix_rate"] = ratio_object(r.first_time_fix_ratio());
  d["mean_time_to_repair"] = r.mean_time_to_repair ? r.mean_time_to_repair->count() : nat;
  d["responded"] = r.responded;
  d["mean_first_response"] = r.mean_first_response ? r.mean_first_response->count() : nat;
  d["completed_on_site"] = r.completed_on_site;
  d["mean_on_site"] = r.mean_on_site ? r.mean_on_site->count() : nat;
  // (technician, surveys, attitude, skill, arrival, promise, overall), means in hundredths
  py::list satisfaction;
  for (const SatisfactionRow& s : r.satisfaction)
    satisfaction.append(py::make_tuple(s.technician, s.surveys, s.attitude, s.skill, s.arrival, s.promise, s.overall));
  d["satisfaction"] = satisfaction;
  d["queue_at"] = secs(r.queue_at);
  d["queue"] = r.queue;
  d["complaints"] = r.complaints;
  d["complaints_per_1000_calls"] =
      r.complaints_per_1000_calls ? py::object(py::int_(*r.complaints_per_1000_calls)) : py::object(py::none());
  d["complaint_statistics"] = complaint_statistics_dict(r.complaint_statistics);
  // (person, bonus, deducted, carried) in fen
  py::list penalties;
  for (const PenaltyRow& p : r.penalties) penalties.append(py::make_tuple(p.person, p.bonus, p.deducted, p.carried));
  d["penalties"] = penalties;
  d["survey_coverage"] = to_json(r.survey_coverage);  // issue 28: JSON text, read by store.py
  d["remote"] = r.remote;
  d["remote_met"] = r.remote_met;
  d["remote_breached"] = r.remote_breached;
  d["remote_resolved"] = r.remote_resolved;
  // (centre, revenue, invoiced, collected, receivable, not_charged) in fen (issue 28)
  py::list billing;
  for (const BillingRow& b : r.billing_by_centre)
    billing.append(py::make_tuple(b.centre, b.revenue, b.invoiced, b.collected, b.receivable, b.not_charged));
  d["billing_by_centre"] = billing;
  return d;
}

// The shape of every query below: the store taken from the handle (closed:
// an error), then f(store) run without the GIL (the store serialises its
// callers itself); the answer is turned into Python objects afterwards, with
// the GIL held again.
template <class F>
auto without_gil(StoreHandle& h, F f) {
  const auto s = h.get();
  py::gil_scoped_release release;
  return f(static_cast<const Store&>(*s));
}

// A column query over [start, end) (Unix seconds in), its columns turned
// into a dict by `to_dict` on the policy's calendar (local civil seconds
// when `local`).
template <class Columns, class ToDict>
auto column_query(Columns (Store::*query)(Instant, Instant) const, ToDict to_dict) {
  return [query, to_dict](StoreHandle& h, std::int64_t start, std::int64_t end, bool local) {
    const auto s = h.get();
    Columns cols = without_gil(h, [&](const Store& st) { return (st.*query)(instant(start), instant(end)); });
    return to_dict(std::move(cols), s->policy().calendar(), local);
  };
}

}  // namespace

void bind_store_queries(py::class_<StoreHandle>& store) {
  store
      .def(
          "call",
          [](StoreHandle& h, const std::string& id) {
            return call_tuple(without_gil(h, [&](const Store& s) { return s.call(id); }));
          },
          "call_id"_a)
      .def("now",
           [](StoreHandle& h) { return without_gil(h, [](const Store& s) { return secs(s.now()); }); })
      .def(
          "queue",
          [](StoreHandle& h, std::int64_t now) {
            return without_gil(h, [&](const Store& s) { return s.queue(instant(now)); });
          },
          "now"_a)
      // Columns of the calls received in [start, end): "id", "voucher",
      // "customer", "serial" lists; "zone", "centre", "product", "technician"
      // (-1: none), "category", "state" as (int32 codes, categories); int64
      // "received", "deadline", "dispatched", "arrived", "completed" (NAT:
      // not yet; local civil seconds when `local`, else Unix seconds);
      // (values, valid) pairs: "sla_met" (bool met; none until arrived),
      // "signed_off" (bool), "provisional_year" (int64).
      .def(
          "calls",
          column_query(&Store::calls, columns_dict),
          "start"_a, "end"_a, "local"_a)
      // ---- complaints
      .def(
          "complaint",
          [](StoreHandle& h, const std::string& number) {
            return without_gil(h, [&](const Store& s) { return s.complaint(number); });
          },
          "number"_a)
      .def(
          "complaint_reminders",
          [](StoreHandle& h, std::int64_t now) {
            return without_gil(h, [&](const Store& s) { return reminder_tuples(s.complaint_reminders(instant(now))); });
          },
          "now"_a)
      .def(
          "late_complaints",
          [](StoreHandle& h, const std::string& month) {
            const YearMonth ym = parse_year_month(month, "month");
            return without_gil(h, [&](const Store& s) { return inquiry_tuples(s.late_complaints(ym)); });
          },
          "month"_a)
      .def(
          "complaint_statistics",
          [](StoreHandle& h, const std::string& month) {
            const YearMonth ym = parse_year_month(month, "month");
            return complaint_statistics_dict(without_gil(h, [&](const Store& s) { return s.complaint_statistics(ym); }));
          },
          "month"_a)
      // Columns of the complaints received in [start, end): "number",
      // "original_number", "call_id" (None for none), "kind", "severity",
      // "market" lists; "department", "stage" as (int32 codes, categories);
      // int64 "received", "accepted", "deadline", "closed_at" (NAT while open;
      // local civil seconds when `local`); "on_time" (values, valid) of bool
      // (none while open); int8 "invalid" (0/1); int64 "rejections".
      .def(
          "complaints",
          column_query(&Store::complaints, complaint_columns_dict),
          "start"_a, "end"_a, "local"_a)
      // ---- the penalty ledger
      .def(
          "penalty_ledger",
          [](StoreHandle& h, const std::string& person) {
            return without_gil(h, [&](const Store& s) { return s.penalty_ledger(person); });
          },
          "person"_a)
      // Columns of the ledger's operations in order: "person", "kind"
      // ("charge" | "settle"), "month", "case" (None for a settlement) lists;
      // int64 fen "amount" (a charge's amount, a settlement's bonus),
      // "deducted", "carried" as (values, valid) (none for a charge).
      .def(
          "penalty_events",
          [](StoreHandle& h, const OptText& person) {
            return penalty_columns_dict(without_gil(h, [&](const Store& s) {
              return person ? s.penalty_events(std::string_view(*person)) : s.penalty_events();
            }));
          },
          "person"_a = py::none())
      // Columns of the dispatched calls received in [start, end): "call_id",
      // "voucher" lists; "technician", "zone", "centre", "category", "state"
      // as (int32 codes, categories); int64 "received", "deadline",
      // "dispatched", "arrived", "completed" (NAT: not yet; local civil
      // seconds when `local`); int64 "pauses", "paused" (working seconds of
      // the ended pauses); (values, valid) pairs "sla_met", "signed_off"
      // (bool; none not yet), "provisional_year" (int64).
      .def(
          "dispatches",
          column_query(&Store::dispatches, dispatch_columns_dict),
          "start"_a, "end"_a, "local"_a)
      // Columns of the surveys of the calls received in [start, end):
      // "call_id", "voucher", "respondent", "month" lists; "technician" as
      // (int32 codes, categories); int8 "attitude", "skill", "arrival",
      // "promise"; int64 "recorded" (local civil seconds when `local`).
      .def(
          "surveys",
          column_query(&Store::surveys, survey_columns_dict),
          "start"_a, "end"_a, "local"_a)
      // ---- costs
      .def(
          "cost_report",
          [](StoreHandle& h, const std::string& month) {
            const YearMonth ym = parse_year_month(month, "month");
            return without_gil(h, [&](const Store& s) { return cost_tuples(s.cost_report(ym)); });
          },
          "month"_a)
      // ---- day reports: days "YYYY-MM-DD"
      .def(
          "technician_day_report",
          [](StoreHandle& h, const std::string& technician, const std::string& day) {
            const Date d = parse_date(day, "day");
            return without_gil(h, [&](const Store& s) { return day_tuples(s.technician_day_report(technician, d)); });
          },
          "technician"_a, "day"_a)
      .def(
          "supervisor_day_report",
          [](StoreHandle& h, const std::string& day, const OptText& centre) {
            const Date d = parse_date(day, "day");
            return without_gil(h, [&](const Store& s) {
              return day_tuples(centre ? s.supervisor_day_report(d, std::string_view(*centre)) : s.supervisor_day_report(d));
            });
          },
          "day"_a, "centre"_a = py::none())
      .def(
          "monthly_report",
          [](StoreHandle& h, const std::string& month, const OptSecs& as_of) {
            const YearMonth ym = parse_year_month(month, "month");
            return report_dict(without_gil(h, [&](const Store& s) {
              return s.monthly_report(ym, as_of ? std::optional<Instant>(instant(*as_of)) : std::nullopt);
            }));
          },
          "month"_a, "as_of"_a = py::none())
      // Issue 29: the register of the complaints received in [start, end),
      // standing judged as of `as_of` (none: the store's now): "number",
      // "customer", "order_number", "part_number", "shipped" ("YYYY-MM-DD"),
      // "request", "kind", "severity", "market", "standing", "skipped"
      // lists; "department", "stage", "stage_department" (none once closed)
      // as (codes, categories); int64 "received", "accepted",
      // "stage_deadline", "deadline", "closed_at" (NAT: none); (values,
      // valid) "quantity", "defective_quantity" (none: not yet determined);
      // int8 "sample_sent"; int64 "entries".
      .def(
          "complaint_register",
          [](StoreHandle& h, std::int64_t start, std::int64_t end, const OptSecs& as_of, bool local) {
            const auto s = h.get();
            ComplaintRegister cols = without_gil(h, [&](const Store& st) {
              return st.complaint_register(instant(start), instant(end),
                                           as_of ? std::optional<Instant>(instant(*as_of)) : std::nullopt);
            });
            return register_columns_dict(std::move(cols), s->policy().calendar(), local);
          },
          "start"_a, "end"_a, "as_of"_a, "local"_a);
}

}  // namespace aftersales::python
