// Store: the SQLite service records. Instants cross as int64 Unix seconds,
// dates as "YYYY-MM-DD", durations as int64 seconds, money as int64 fen,
// months as "YYYY-MM". Every store call runs without the GIL, its arguments
// converted first; the optional Python clock takes the GIL back when the
// store asks it for "now".
#include "common.hpp"

#include <functional>
#include <map>
#include <memory>
#include <tuple>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

using OptSecs = std::optional<std::int64_t>;
using OptText = std::optional<std::string>;

// (customer, phone, address, zone, product, serial, purchased, delivered,
//  installed, received, centre, fault, cause, internal)
using IntakeTuple = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string,
                               std::string, OptText, OptText, std::int64_t, std::string, std::string, OptText, bool>;

std::string prefixed(const std::string& prefix, const char* field) {
  return prefix.empty() ? std::string(field) : prefix + "." + field;
}

CallIntake intake_of(const IntakeTuple& t, const std::string& prefix) {
  CallIntake in;
  in.customer = std::get<0>(t);
  in.phone = std::get<1>(t);
  in.address = std::get<2>(t);
  in.zone = std::get<3>(t);
  in.product = std::get<4>(t);
  in.serial = std::get<5>(t);
  in.purchased = parse_date(std::get<6>(t), prefixed(prefix, "purchased"));
  if (std::get<7>(t)) in.delivered = parse_date(*std::get<7>(t), prefixed(prefix, "delivered"));
  if (std::get<8>(t)) in.installed = parse_date(*std::get<8>(t), prefixed(prefix, "installed"));
  in.received = instant(std::get<9>(t));
  in.centre = std::get<10>(t);
  in.fault = std::get<11>(t);
  in.cause = std::get<12>(t);
  in.internal = std::get<13>(t);
  return in;
}

OptSecs optional_secs(const std::optional<Instant>& t) {
  if (!t) return std::nullopt;
  return secs(*t);
}

// (id, voucher, customer_id, unit_id, customer, phone, address, zone, centre,
//  product, serial, fault, received, category, category_rule, deadline, state,
//  technician, dispatched, arrived, completed, sla_met, signed_off)
py::tuple call_tuple(const ServiceCall& c) {
  return py::make_tuple(c.id, c.voucher, c.customer_id, c.unit_id, c.customer, c.phone, c.address, c.zone, c.centre,
                        c.product, c.serial, c.fault, secs(c.received), to_string(c.category), c.category_rule,
                        secs(c.deadline), to_string(c.state), c.technician, optional_secs(c.dispatched),
                        optional_secs(c.arrived), optional_secs(c.completed), c.sla_met, c.signed_off);
}

// A text column as codes into its sorted distinct values; "" is missing (-1)
// when `empty_is_missing`.
struct Coded {
  std::vector<std::int32_t> codes;
  std::vector<std::string> categories;
};

Coded coded(const std::vector<std::string>& values, bool empty_is_missing) {
  std::map<std::string_view, std::int32_t> index;
  for (const std::string& v : values)
    if (!(empty_is_missing && v.empty())) index.emplace(v, 0);
  Coded out;
  out.categories.reserve(index.size());
  for (auto& [v, code] : index) {
    code = static_cast<std::int32_t>(out.categories.size());
    out.categories.emplace_back(v);
  }
  out.codes.reserve(values.size());
  for (const std::string& v : values) out.codes.push_back(empty_is_missing && v.empty() ? -1 : index.find(v)->second);
  return out;
}

template <class T>
py::array_t<T> to_array(const std::vector<T>& v) {
  py::array_t<T> a(static_cast<py::ssize_t>(v.size()));
  std::copy(v.begin(), v.end(), a.mutable_data());
  return a;
}

py::list to_list(const std::vector<std::string>& v) {
  py::list out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = py::str(v[i]);
  return out;
}

// Unix seconds -> local civil seconds of the calendar's zone (`local`) or
// kept; `may_be_absent`: CallColumns::absent means "not yet" and becomes NAT.
void convert_times(std::vector<std::int64_t>& v, const Calendar& cal, bool local, bool may_be_absent) {
  for (std::int64_t& s : v) {
    if (may_be_absent && s == CallColumns::absent) {
      s = nat;
    } else if (local) {
      s = secs(cal.to_local(instant(s)));
    }
  }
}

// A columns struct as a dict of Python objects: lists of str, (codes,
// categories) for the repeated names, int64 arrays of times (local civil
// seconds when `local`; NAT where a step has not happened) and plain
// arrays. The work that needs no Python runs first, without the GIL.
class ColumnsDict {
 public:
  ColumnsDict() = default;  // no times
  ColumnsDict(const Calendar& cal, bool local) : cal_(&cal), local_(local) {}
  ColumnsDict& text(const char* name, const std::vector<std::string>& v) {
    texts_.emplace_back(name, &v);
    return *this;
  }
  ColumnsDict& coded(const char* name, const std::vector<std::string>& v, bool empty_is_missing = false) {
    coded_.push_back({name, &v, empty_is_missing, {}});
    return *this;
  }
  ColumnsDict& times(const char* name, std::vector<std::int64_t>& v, bool may_be_absent = false) {
    times_.push_back({name, &v, may_be_absent});
    return *this;
  }
  template <class T>
  ColumnsDict& values(const char* name, const std::vector<T>& v) {
    arrays_.emplace_back(name, [&v] { return py::object(to_array(v)); });
    return *this;
  }
  py::dict build() {
    {
      py::gil_scoped_release release;
      for (CodedColumn& c : coded_) c.result = aftersales::python::coded(*c.values, c.empty_is_missing);
      for (TimeColumn& t : times_) convert_times(*t.values, *cal_, local_, t.may_be_absent);
    }
    py::dict d;
    for (const auto& [name, v] : texts_) d[name] = to_list(*v);
    for (const CodedColumn& c : coded_) d[c.name] = py::make_tuple(to_array(c.result.codes), c.result.categories);
    for (const TimeColumn& t : times_) d[t.name] = to_array(*t.values);
    for (const auto& [name, array] : arrays_) d[name] = array();
    return d;
  }

 private:
  struct CodedColumn {
    const char* name;
    const std::vector<std::string>* values;
    bool empty_is_missing;
    Coded result;
  };
  struct TimeColumn {
    const char* name;
    std::vector<std::int64_t>* values;
    bool may_be_absent;
  };
  const Calendar* cal_ = nullptr;
  bool local_ = false;
  std::vector<std::pair<const char*, const std::vector<std::string>*>> texts_;
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
      .coded("technician", cols.technician, true)
      .coded("category", cols.category)
      .coded("state", cols.state)
      .times("received", cols.received)
      .times("deadline", cols.deadline)
      .times("dispatched", cols.dispatched, true)
      .times("arrived", cols.arrived, true)
      .times("completed", cols.completed, true)
      .values("sla_met", cols.sla_met)
      .values("signed_off", cols.signed_off)
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
      .times("closed_at", cols.closed_at, true)
      .values("on_time", cols.on_time)
      .values("invalid", cols.invalid)
      .values("rejections", cols.rejections)
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
      .times("arrived", cols.arrived, true)
      .times("completed", cols.completed, true)
      .values("pauses", cols.pauses)
      .values("paused", cols.paused)
      .values("sla_met", cols.sla_met)
      .values("signed_off", cols.signed_off)
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

ContractIntake contract_intake(const std::string& number, const std::string& customer, const std::string& phone,
                               const std::string& address, const std::string& product, const std::string& serial,
                               const std::string& purchased, bool extended, const OptText& start, const OptText& end,
                               int years, const std::vector<std::string>& extra_causes) {
  ContractIntake c;
  c.number = number;
  c.customer = customer;
  c.phone = phone;
  c.address = address;
  c.product = product;
  c.serial = serial;
  c.purchased = parse_date(purchased, "purchased");
  c.extended = extended;
  if (start) c.start = parse_date(*start, "start");
  if (end) c.end = parse_date(*end, "end");
  c.years = years;
  c.extra_causes = extra_causes;
  return c;
}

ComplaintIntake complaint_intake(std::int64_t received, std::string_view kind, std::string_view severity,
                                 std::string_view market, const OptSecs& accepted, const OptText& dispute,
                                 const OptText& call_id) {
  ComplaintIntake in;
  in.received = instant(received);
  if (accepted) in.accepted = instant(*accepted);
  in.kind = parse_complaint_kind(kind);
  in.severity = parse_severity(severity);
  in.market = parse_market(market);
  in.dispute = dispute;
  in.call_id = call_id;
  return in;
}

// [(key, calls, met, breached, open, compliance or None)]
py::list sla_rows(const std::vector<SlaRow>& rows) {
  py::list out;
  for (const SlaRow& r : rows)
    out.append(py::make_tuple(r.key, r.calls, r.met, r.breached, r.open, ratio_object(r.compliance())));
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
  return d;
}

// The Python object: the store until closed. Each call holds its own
// reference, so close() during a call in another thread is safe: the file
// is closed when that call ends.
struct StoreHandle {
  std::shared_ptr<Store> store;
  std::string path;

  std::shared_ptr<Store> get() const {
    if (!store) throw Error(ErrorCode::state, "store", "is closed");
    return store;
  }
};

// A Python callable returning Unix seconds, as the store's clock. It is
// called from store code running without the GIL, so it takes the GIL; the
// callable is released under the GIL too.
std::function<Instant()> python_clock(py::object clock) {
  std::shared_ptr<py::object> fn(new py::object(std::move(clock)), [](py::object* p) {
    py::gil_scoped_acquire gil;
    delete p;
  });
  return [fn]() -> Instant {
    py::gil_scoped_acquire gil;
    return instant((*fn)().cast<std::int64_t>());
  };
}

// The open mode by its name (aftersales::to_string(OpenMode)).
OpenMode open_mode(const std::string& name) {
  for (OpenMode m : {OpenMode::create, OpenMode::must_exist, OpenMode::query_only})
    if (name == to_string(m)) return m;
  throw Error(ErrorCode::invalid_argument, "mode",
              "'" + name + "' is not an open mode (\"create\", \"must_exist\" or \"query_only\")");
}

// (intake, external_id, technician, dispatched, arrived, completed, signed_off)
using RecordTuple = std::tuple<IntakeTuple, OptText, OptText, OptSecs, OptSecs, OptSecs, bool>;

StoreHandle open_store(const std::string& path, const Policy& policy, const std::optional<py::object>& clock,
                       bool synchronous_full, std::int64_t busy_timeout_ms, const std::string& mode) {
  StoreOptions options;
  options.mode = open_mode(mode);
  if (clock && !clock->is_none()) options.clock = python_clock(*clock);
  options.synchronous_full = synchronous_full;
  options.busy_timeout = std::chrono::milliseconds(busy_timeout_ms);
  StoreHandle h;
  h.path = path;
  {
    py::gil_scoped_release release;
    h.store = std::make_shared<Store>(Store::open(path, policy, std::move(options)));
  }
  return h;
}

}  // namespace

void bind_store(py::module_& m) {
  py::class_<StoreHandle>(m, "Store")
      .def_static("open", &open_store, "path"_a, "policy"_a, "clock"_a = py::none(), "synchronous_full"_a = true,
                  "busy_timeout_ms"_a = 10000, "mode"_a = "create")
      .def_property_readonly("mode", [](const StoreHandle& h) { return std::string(to_string(h.get()->mode())); })
      // What the open recomputed: (years, calls, deadlines, verdicts).
      .def_property_readonly("recomputed",
                             [](const StoreHandle& h) {
                               const Recomputed& r = h.get()->recomputed();
                               return py::make_tuple(r.years, r.calls, r.deadlines, r.verdicts);
                             })
      .def(
          "set_property",
          [](StoreHandle& h, const std::string& name, const std::string& value) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->set_property(name, value);
          },
          "name"_a, "value"_a)
      .def(
          "get_property",
          [](StoreHandle& h, const std::string& name) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->property(name);
          },
          "name"_a)
      .def(
          "import_calls",
          [](StoreHandle& h, const std::vector<RecordTuple>& ts, bool skip_bad, bool dry_run) {
            const auto s = h.get();
            std::vector<CallRecord> records;
            records.reserve(ts.size());
            for (std::size_t i = 0; i < ts.size(); ++i) {
              const auto& [intake, external_id, technician, dispatched, arrived, completed, signed_off] = ts[i];
              CallRecord r;
              r.intake = intake_of(intake, "calls[" + std::to_string(i) + "]");
              r.external_id = external_id;
              r.technician = technician;
              if (dispatched) r.dispatched = instant(*dispatched);
              if (arrived) r.arrived = instant(*arrived);
              if (completed) r.completed = instant(*completed);
              r.signed_off = signed_off;
              records.push_back(std::move(r));
            }
            ImportResult result;
            {
              py::gil_scoped_release release;
              result = s->import_calls(records, ImportOptions{.skip_bad = skip_bad, .dry_run = dry_run});
            }
            py::list rejected;
            for (const RejectedRecord& r : result.rejected)
              rejected.append(py::make_tuple(r.index, static_cast<int>(r.code), r.field, r.message));
            return py::make_tuple(result.imported, result.skipped, rejected);
          },
          "records"_a, "skip_bad"_a = false, "dry_run"_a = false)
      .def_static("schema_version", &Store::schema_version)
      .def("close", [](StoreHandle& h) { h.store.reset(); })
      .def_property_readonly("closed", [](const StoreHandle& h) { return !h.store; })
      .def_property_readonly("path", [](const StoreHandle& h) { return h.path; })
      .def_property_readonly("policy", [](const StoreHandle& h) { return h.get()->policy(); })
      .def(
          "register_call",
          [](StoreHandle& h, const IntakeTuple& t) {
            const auto s = h.get();
            const CallIntake in = intake_of(t, "");
            ServiceCall c;
            {
              py::gil_scoped_release release;
              c = s->register_call(in);
            }
            return call_tuple(c);
          },
          "intake"_a)
      .def(
          "register_calls",
          [](StoreHandle& h, const std::vector<IntakeTuple>& ts) {
            const auto s = h.get();
            std::vector<CallIntake> ins;
            ins.reserve(ts.size());
            for (std::size_t i = 0; i < ts.size(); ++i) ins.push_back(intake_of(ts[i], "calls[" + std::to_string(i) + "]"));
            std::vector<ServiceCall> made;
            {
              py::gil_scoped_release release;
              made = s->register_calls(ins);
            }
            py::list out(made.size());
            for (std::size_t i = 0; i < made.size(); ++i) out[i] = call_tuple(made[i]);
            return out;
          },
          "intakes"_a)
      .def(
          "dispatch",
          [](StoreHandle& h, const std::string& id, const std::string& technician, std::int64_t at) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->dispatch(id, technician, instant(at));
          },
          "call_id"_a, "technician"_a, "at"_a)
      .def(
          "pause",
          [](StoreHandle& h, const std::string& id, std::int64_t at, const std::string& reason) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->pause(id, instant(at), reason);
          },
          "call_id"_a, "at"_a, "reason"_a)
      .def(
          "resume",
          [](StoreHandle& h, const std::string& id, std::int64_t at) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->resume(id, instant(at));
          },
          "call_id"_a, "at"_a)
      .def(
          "arrive",
          [](StoreHandle& h, const std::string& id, std::int64_t at) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->arrive(id, instant(at));
          },
          "call_id"_a, "at"_a)
      .def(
          "complete_on_site",
          [](StoreHandle& h, const std::string& id, std::int64_t at, bool signed_off) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->complete_on_site(id, instant(at), signed_off);
          },
          "call_id"_a, "at"_a, "signed_off"_a)
      .def(
          "carry_in",
          [](StoreHandle& h, const std::string& id, std::int64_t at, const std::string& promised) {
            const auto s = h.get();
            const Date p = parse_date(promised, "promised");
            py::gil_scoped_release release;
            return s->carry_in(id, instant(at), p);
          },
          "call_id"_a, "at"_a, "promised"_a)
      .def(
          "record_labour",
          [](StoreHandle& h, const std::string& id, const std::string& technician, const std::string& on,
             std::int64_t worked, const std::string& description) {
            const auto s = h.get();
            const Date d = parse_date(on, "on");
            py::gil_scoped_release release;
            s->record_labour(id, technician, d, Seconds(worked), description);
          },
          "call_id"_a, "technician"_a, "on"_a, "worked"_a, "description"_a)
      .def(
          "record_part",
          [](StoreHandle& h, const std::string& id, const std::string& part, std::int64_t quantity,
             std::int64_t unit_price) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->record_part(id, part, quantity, unit_price);
          },
          "call_id"_a, "part"_a, "quantity"_a, "unit_price"_a)
      .def(
          "return_goods",
          [](StoreHandle& h, const std::string& id, std::int64_t at, bool signed_off) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->return_goods(id, instant(at), signed_off);
          },
          "call_id"_a, "at"_a, "signed_off"_a)
      .def(
          "record_survey",
          [](StoreHandle& h, const std::string& id, std::int64_t attitude, std::int64_t skill, std::int64_t arrival,
             std::int64_t promise, const std::string& respondent, std::int64_t at) {
            const auto s = h.get();
            const SurveyAnswers answers = survey_answers(attitude, skill, arrival, promise);
            py::gil_scoped_release release;
            s->record_survey(id, answers, respondent, instant(at));
          },
          "call_id"_a, "attitude"_a, "skill"_a, "arrival"_a, "promise"_a, "respondent"_a, "at"_a)
      .def(
          "call",
          [](StoreHandle& h, const std::string& id) {
            const auto s = h.get();
            ServiceCall c;
            {
              py::gil_scoped_release release;
              c = s->call(id);
            }
            return call_tuple(c);
          },
          "call_id"_a)
      .def("now",
           [](StoreHandle& h) {
             const auto s = h.get();
             py::gil_scoped_release release;
             return secs(s->now());
           })
      .def(
          "queue",
          [](StoreHandle& h, std::int64_t now) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->queue(instant(now));
          },
          "now"_a)
      // Columns of the calls received in [start, end): "id", "voucher",
      // "customer", "serial" lists; "zone", "centre", "product", "technician"
      // (-1: none), "category", "state" as (int32 codes, categories); int64
      // "received", "deadline", "dispatched", "arrived", "completed" (NAT:
      // not yet; local civil seconds when `local`, else Unix seconds); int8
      // "sla_met" (1 met, 0 breached, -1 not arrived); int64 "provisional_year"
      // (CallColumns::absent: none).
      .def(
          "calls",
          [](StoreHandle& h, std::int64_t start, std::int64_t end, bool local) {
            const auto s = h.get();
            CallColumns cols;
            {
              py::gil_scoped_release release;
              cols = s->calls(instant(start), instant(end));
            }
            return columns_dict(std::move(cols), s->policy().calendar(), local);
          },
          "start"_a, "end"_a, "local"_a)
      // ---- complaints: each returns the core Complaint the store rebuilt or made
      .def(
          "open_complaint",
          [](StoreHandle& h, std::int64_t received, const std::string& kind, const std::string& severity,
             const std::string& market, const OptSecs& accepted, const OptText& dispute, const OptText& call_id) {
            const auto s = h.get();
            const ComplaintIntake in = complaint_intake(received, kind, severity, market, accepted, dispute, call_id);
            py::gil_scoped_release release;
            return s->open_complaint(in);
          },
          "received"_a, "kind"_a, "severity"_a, "market"_a, "accepted"_a, "dispute"_a, "call_id"_a)
      .def(
          "advance_complaint",
          [](StoreHandle& h, const std::string& number, std::int64_t at) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->advance_complaint(number, instant(at));
          },
          "number"_a, "at"_a)
      .def(
          "close_complaint_invalid",
          [](StoreHandle& h, const std::string& number, std::int64_t at, const std::string& reason) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->close_complaint_invalid(number, instant(at), reason);
          },
          "number"_a, "at"_a, "reason"_a)
      .def(
          "confirm_responsibility",
          [](StoreHandle& h, const std::string& number, const WeightList& ratios) {
            const auto s = h.get();
            const std::vector<Weight> w = weights_of(ratios);
            py::gil_scoped_release release;
            return s->confirm_responsibility(number, w);
          },
          "number"_a, "ratios"_a)
      .def(
          "reject_complaint",
          [](StoreHandle& h, const std::string& number, std::int64_t at, const OptSecs& accepted) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->reject_complaint(number, instant(at),
                                       accepted ? std::optional<Instant>(instant(*accepted)) : std::nullopt);
          },
          "number"_a, "at"_a, "accepted"_a = py::none())
      .def(
          "complaint",
          [](StoreHandle& h, const std::string& number) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->complaint(number);
          },
          "number"_a)
      .def(
          "complaint_reminders",
          [](StoreHandle& h, std::int64_t now) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return reminder_tuples(s->complaint_reminders(instant(now)));
          },
          "now"_a)
      .def(
          "late_complaints",
          [](StoreHandle& h, const std::string& month) {
            const auto s = h.get();
            const YearMonth ym = parse_year_month(month, "month");
            py::gil_scoped_release release;
            return inquiry_tuples(s->late_complaints(ym));
          },
          "month"_a)
      .def(
          "complaint_statistics",
          [](StoreHandle& h, const std::string& month) {
            const auto s = h.get();
            const YearMonth ym = parse_year_month(month, "month");
            ComplaintStatistics st;
            {
              py::gil_scoped_release release;
              st = s->complaint_statistics(ym);
            }
            return complaint_statistics_dict(st);
          },
          "month"_a)
      // (check, quantity, rule)
      .def(
          "record_return",
          [](StoreHandle& h, const std::string& number, const std::string& kind, std::int64_t approved,
             std::int64_t actual, std::int64_t amount, const OptSecs& tolerance_ppm) {
            const auto s = h.get();
            const ReturnKind k = parse_return_kind(kind, "kind");
            ReturnReconciliation r;
            {
              py::gil_scoped_release release;
              r = s->record_return(number, k, approved, actual, amount, tolerance_ppm);
            }
            return py::make_tuple(std::string(to_string(r.check)), r.quantity, r.rule);
          },
          "number"_a, "kind"_a, "approved"_a, "actual"_a, "amount"_a, "tolerance_ppm"_a = py::none())
      // Columns of the complaints received in [start, end): "number",
      // "original_number", "call_id" ("" for none), "kind", "severity",
      // "market" lists; "department", "stage" as (int32 codes, categories);
      // int64 "received", "accepted", "deadline", "closed_at" (NAT while open;
      // local civil seconds when `local`); int8 "on_time" (1, 0, -1 open),
      // "invalid" (0/1); int64 "rejections".
      .def(
          "complaints",
          [](StoreHandle& h, std::int64_t start, std::int64_t end, bool local) {
            const auto s = h.get();
            ComplaintColumns cols;
            {
              py::gil_scoped_release release;
              cols = s->complaints(instant(start), instant(end));
            }
            return complaint_columns_dict(std::move(cols), s->policy().calendar(), local);
          },
          "start"_a, "end"_a, "local"_a)
      // ---- the penalty ledger: money in fen, months "YYYY-MM"
      .def(
          "charge_penalty",
          [](StoreHandle& h, const std::string& person, const std::string& month, std::int64_t amount,
             const std::string& case_number) {
            const auto s = h.get();
            const YearMonth ym = parse_year_month(month, "month");
            py::gil_scoped_release release;
            s->charge_penalty(person, ym, amount, case_number);
          },
          "person"_a, "month"_a, "amount"_a, "case_number"_a)
      .def(
          "settle_penalties",
          [](StoreHandle& h, const std::string& person, const std::string& month, std::int64_t bonus) {
            const auto s = h.get();
            const YearMonth ym = parse_year_month(month, "month");
            Settlement st;
            {
              py::gil_scoped_release release;
              st = s->settle_penalties(person, ym, bonus);
            }
            return settlement_tuple(st);
          },
          "person"_a, "month"_a, "bonus"_a)
      .def(
          "penalty_ledger",
          [](StoreHandle& h, const std::string& person) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->penalty_ledger(person);
          },
          "person"_a)
      // Columns of the ledger's operations in order: "person", "kind"
      // ("charge" | "settle"), "month", "case" ("" for a settlement) lists;
      // int64 fen "amount" (a charge's amount, a settlement's bonus),
      // "deducted", "carried" (NAT for a charge).
      .def(
          "penalty_events",
          [](StoreHandle& h, const OptText& person) {
            const auto s = h.get();
            PenaltyColumns cols;
            {
              py::gil_scoped_release release;
              cols = person ? s->penalty_events(std::string_view(*person)) : s->penalty_events();
            }
            return penalty_columns_dict(cols);
          },
          "person"_a = py::none())
      // Columns of the dispatched calls received in [start, end): "call_id",
      // "voucher" lists; "technician", "zone", "centre", "category", "state"
      // as (int32 codes, categories); int64 "received", "deadline",
      // "dispatched", "arrived", "completed" (NAT: not yet; local civil
      // seconds when `local`); int64 "pauses", "paused" (working seconds of
      // the ended pauses); int8 "sla_met", "signed_off" (1, 0, -1 not yet);
      // int64 "provisional_year" (DispatchColumns::absent: none).
      .def(
          "dispatches",
          [](StoreHandle& h, std::int64_t start, std::int64_t end, bool local) {
            const auto s = h.get();
            DispatchColumns cols;
            {
              py::gil_scoped_release release;
              cols = s->dispatches(instant(start), instant(end));
            }
            return dispatch_columns_dict(std::move(cols), s->policy().calendar(), local);
          },
          "start"_a, "end"_a, "local"_a)
      // Columns of the surveys of the calls received in [start, end):
      // "call_id", "voucher", "respondent", "month" lists; "technician" as
      // (int32 codes, categories); int8 "attitude", "skill", "arrival",
      // "promise"; int64 "recorded" (local civil seconds when `local`).
      .def(
          "surveys",
          [](StoreHandle& h, std::int64_t start, std::int64_t end, bool local) {
            const auto s = h.get();
            SurveyColumns cols;
            {
              py::gil_scoped_release release;
              cols = s->surveys(instant(start), instant(end));
            }
            return survey_columns_dict(std::move(cols), s->policy().calendar(), local);
          },
          "start"_a, "end"_a, "local"_a)
      // ---- contracts: dates "YYYY-MM-DD"
      .def(
          "add_contract",
          [](StoreHandle& h, const std::string& number, const std::string& customer, const std::string& phone,
             const std::string& address, const std::string& product, const std::string& serial,
             const std::string& purchased, bool extended, const OptText& start, const OptText& end, int years,
             const std::vector<std::string>& extra_causes) {
            const auto s = h.get();
            const ContractIntake c = contract_intake(number, customer, phone, address, product, serial, purchased,
                                                     extended, start, end, years, extra_causes);
            py::gil_scoped_release release;
            s->add_contract(c);
          },
          "number"_a, "customer"_a, "phone"_a, "address"_a, "product"_a, "serial"_a, "purchased"_a, "extended"_a,
          "start"_a, "end"_a, "years"_a, "extra_causes"_a)
      .def(
          "renew_contract",
          [](StoreHandle& h, const std::string& number, const std::string& new_number, int days, int months,
             int years) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->renew_contract(number, new_number, Period{days, months, years});
          },
          "number"_a, "new_number"_a, "days"_a = 0, "months"_a = 0, "years"_a = 0)
      .def(
          "issue_expiry_notices",
          [](StoreHandle& h, const std::string& on) {
            const auto s = h.get();
            const Date d = parse_date(on, "on");
            py::gil_scoped_release release;
            return s->issue_expiry_notices(d);
          },
          "on"_a)
      // ---- costs: months "YYYY-MM", money in fen
      .def(
          "set_region",
          [](StoreHandle& h, const std::string& centre, const std::string& region) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->set_region(centre, region);
          },
          "centre"_a, "region"_a)
      .def(
          "set_budget",
          [](StoreHandle& h, const std::string& centre, const std::string& month, const std::string& kind,
             std::int64_t amount) {
            const auto s = h.get();
            const YearMonth ym = parse_year_month(month, "month");
            py::gil_scoped_release release;
            s->set_budget(centre, ym, kind, amount);
          },
          "centre"_a, "month"_a, "kind"_a, "amount"_a)
      .def(
          "record_cost",
          [](StoreHandle& h, const std::string& centre, const std::string& month, const std::string& kind,
             std::int64_t amount, const std::string& note) {
            const auto s = h.get();
            const YearMonth ym = parse_year_month(month, "month");
            py::gil_scoped_release release;
            s->record_cost(centre, ym, kind, amount, note);
          },
          "centre"_a, "month"_a, "kind"_a, "amount"_a, "note"_a)
      .def(
          "cost_report",
          [](StoreHandle& h, const std::string& month) {
            const auto s = h.get();
            const YearMonth ym = parse_year_month(month, "month");
            py::gil_scoped_release release;
            return cost_tuples(s->cost_report(ym));
          },
          "month"_a)
      // ---- day reports: days "YYYY-MM-DD"
      .def(
          "technician_day_report",
          [](StoreHandle& h, const std::string& technician, const std::string& day) {
            const auto s = h.get();
            const Date d = parse_date(day, "day");
            py::gil_scoped_release release;
            return day_tuples(s->technician_day_report(technician, d));
          },
          "technician"_a, "day"_a)
      .def(
          "supervisor_day_report",
          [](StoreHandle& h, const std::string& day, const OptText& centre) {
            const auto s = h.get();
            const Date d = parse_date(day, "day");
            py::gil_scoped_release release;
            return day_tuples(centre ? s->supervisor_day_report(d, std::string_view(*centre))
                                     : s->supervisor_day_report(d));
          },
          "day"_a, "centre"_a = py::none())
      .def(
          "monthly_report",
          [](StoreHandle& h, const std::string& month, const OptSecs& as_of) {
            const auto s = h.get();
            const YearMonth ym = parse_year_month(month, "month");
            MonthlyReport r;
            {
              py::gil_scoped_release release;
              r = s->monthly_report(ym, as_of ? std::optional<Instant>(instant(*as_of)) : std::nullopt);
            }
            return report_dict(r);
          },
          "month"_a, "as_of"_a = py::none());
}

}  // namespace aftersales::python
