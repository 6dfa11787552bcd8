// Store: the SQLite service records. Instants cross as int64 Unix seconds,
// dates as "YYYY-MM-DD", durations as int64 seconds, money as int64 fen,
// months as "YYYY-MM". Every store call runs without the GIL, its arguments
// converted first; the optional Python clock takes the GIL back when the
// store asks it for "now".
#include "bind_store.hpp"

#include <aftersales/enum_names.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <tuple>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

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

// A Python callable returning Unix seconds, as the store's clock. It is
// called from store code running without the GIL, so it takes the GIL; the
// store calls it before taking its lock, so no thread waits for the GIL
// while holding the store's lock. The callable is released under the GIL too.
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

// The open mode by its name (the table in aftersales/enum_names.hpp).
OpenMode open_mode(const std::string& name) { return parse_enum<OpenMode>(name, "mode"); }

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
  py::class_<StoreHandle> store(m, "Store");
  store
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
      // ---- contracts: dates "YYYY-MM-DD"
      .def(
          "add_contract",
          [](StoreHandle& h, const std::string& number, const std::string& customer, const std::string& phone,
             const std::string& address, const std::string& product, const std::string& serial,
             const std::string& purchased, bool extended, const OptText& start, const OptText& end, int years,
             const std::vector<std::string>& extra_causes, const std::optional<std::vector<std::string>>& charges) {
            const auto s = h.get();
            ContractIntake c = contract_intake(number, customer, phone, address, product, serial, purchased,
                                               extended, start, end, years, extra_causes);
            if (charges) {  // (六) B: the parts of a covered call's bill its customer pays
              c.charges = ContractCharges{};
              for (const std::string& name : *charges) {
                bool* pays = name == "call_out" ? &c.charges->call_out
                             : name == "labour" ? &c.charges->labour
                             : name == "parts"  ? &c.charges->parts
                                                : nullptr;
                if (pays == nullptr)
                  throw Error(ErrorCode::invalid_argument, "charges",
                              "'" + name + "' is not a part of a bill (call_out, labour, parts)");
                *pays = true;
              }
            }
            py::gil_scoped_release release;
            s->add_contract(c);
          },
          "number"_a, "customer"_a, "phone"_a, "address"_a, "product"_a, "serial"_a, "purchased"_a, "extended"_a,
          "start"_a, "end"_a, "years"_a, "extra_causes"_a, "charges"_a = py::none())
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
      // ---- homes (issue 27): dates "YYYY-MM-DD"; notices as tuples (id, unit_id,
      // product, serial, owner, phone, part, ends, guarantee, issued_on,
      // issued_at Unix s, repairer or None)
      .def(
          "add_home",
          [](StoreHandle& h, const std::string& owner, const std::string& phone, const std::string& address,
             const std::string& product, const std::string& serial, const std::string& completed,
             const std::string& handover, const std::optional<int>& design_life_years, const OptText& repairer) {
            const auto s = h.get();
            HomeIntake in;
            in.owner = owner;
            in.phone = phone;
            in.address = address;
            in.product = product;
            in.serial = serial;
            in.completed = parse_date(completed, "completed");
            in.handover = parse_date(handover, "handover");
            in.design_life_years = design_life_years;
            in.repairer = repairer;
            py::gil_scoped_release release;
            return s->add_home(in);
          },
          "owner"_a, "phone"_a, "address"_a, "product"_a, "serial"_a, "completed"_a, "handover"_a,
          "design_life_years"_a, "repairer"_a)
      .def(
          "issue_housing_expiry_notices",
          [](StoreHandle& h, const std::string& on) {
            const auto s = h.get();
            const Date d = parse_date(on, "on");
            std::vector<HousingNotice> due;
            {
              py::gil_scoped_release release;
              due = s->issue_housing_expiry_notices(d);
            }
            py::list out;
            for (const HousingNotice& n : due)
              out.append(py::make_tuple(n.id, n.unit_id, n.product, n.serial, n.owner, n.phone, n.part,
                                        format_date(n.ends), n.guarantee, format_date(n.issued_on),
                                        n.issued_at.time_since_epoch().count(), n.repairer));
            return out;
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
          "centre"_a, "month"_a, "kind"_a, "amount"_a, "note"_a);
  bind_store_queries(store);
  bind_store_counter(store);
  bind_store_remote(store);
  bind_store_form(store);
  bind_store_billing(store);
  bind_store_approval(store);
  bind_store_contacts(store);
}

}  // namespace aftersales::python
