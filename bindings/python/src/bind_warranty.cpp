// WarrantyPolicy (coverage, remedy, service category, the batch coverage_many),
// the extended-warranty tariff and maintenance contracts. Dates cross as
// "YYYY-MM-DD" text (scalars) or int64 days since 1970-01-01 (batch arrays,
// NumPy datetime64[D] viewed as int64, NaT = INT64_MIN); money as int64 fen.
#include "common.hpp"

#include <algorithm>
#include <memory>
#include <tuple>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

// (id, years, extra_causes)
using ExtendedList = std::vector<std::tuple<std::string, int, std::vector<std::string>>>;
// (id, start, end, successor or None)
using ContractTuple = std::tuple<std::string, std::string, std::string, std::optional<std::string>>;
using ContractList = std::vector<ContractTuple>;
using BoolArray = py::array_t<bool, py::array::c_style>;

std::optional<Date> optional_date(const std::optional<std::string>& text, std::string_view field) {
  if (!text) return std::nullopt;
  return parse_date(*text, field);
}

// (product, purchased, delivered, installed, exchanged, repair_days, mileage_km):
// the unit facts every decision takes, checked and converted by the Python layer.
using UnitTuple = std::tuple<std::string, std::string, std::optional<std::string>, std::optional<std::string>,
                             std::optional<std::string>, int, std::optional<std::int64_t>>;

UnitFacts make_unit(const UnitTuple& in) {
  const auto& [product, purchased, delivered, installed, exchanged, repair_days, mileage_km] = in;
  UnitFacts u;
  u.product = product;
  u.purchased = parse_date(purchased, "purchased");
  u.delivered = optional_date(delivered, "delivered");
  u.installed = optional_date(installed, "installed");
  u.exchanged = optional_date(exchanged, "exchanged");
  u.repair_days = repair_days;
  u.mileage_km = mileage_km;
  return u;
}

std::vector<ExtendedWarranty> to_extended(const ExtendedList& in) {
  std::vector<ExtendedWarranty> out;
  out.reserve(in.size());
  for (const auto& [id, years, extra] : in) out.push_back(ExtendedWarranty{id, years, extra});
  return out;
}

MaintenanceContract to_contract(const ContractTuple& c, const std::string& field) {
  const auto& [id, start, end, successor] = c;
  return MaintenanceContract{id, parse_date(start, field + ".start"), parse_date(end, field + ".end"), successor};
}

std::vector<MaintenanceContract> to_contracts(const ContractList& in) {
  std::vector<MaintenanceContract> out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) out.push_back(to_contract(in[i], "contracts[" + std::to_string(i) + "]"));
  return out;
}

ContractTuple from_contract(const MaintenanceContract& c) {
  return {c.id, format_date(c.start), format_date(c.end), c.successor};
}

std::optional<std::string> optional_text(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return format_date(*d);
}

std::optional<std::string_view> view(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return std::string_view(*s);
}

// (covered, until or None, term, exclusion, rule, guarantee, repairer)
py::tuple coverage_tuple(const Coverage& c) {
  // Python names an extended warranty's term "extended.<id>", so that one
  // string tells a component from an extended warranty.
  const std::string term = c.kind == CoverageTerm::extended ? "extended." + c.term : c.term;
  // Housing: the guarantee whose end applies ("owner"/"contractor", else "") and the repairer.
  return py::make_tuple(c.covered, optional_text(c.until), term, c.exclusion, c.rule(), c.guarantee, c.repairer);
}

// ---------------------------------------------------------------- batch

// coverage_many: purchased and on are int64 days since 1970-01-01 (same
// shape); returns (covered bool, until int64 days). NaT in either gives
// covered False and until NaT. The decisions are WarrantyPolicy::coverage_many's;
// here the days only become dates and back.
py::tuple coverage_many(const WarrantyPolicy& policy, const std::string& product, const Int64Array& purchased,
                        const Int64Array& on, const std::optional<std::string>& component, bool coerce) {
  Int64Array until = same_shape_output({&purchased, &on});
  BoolArray covered(std::vector<py::ssize_t>(purchased.shape(), purchased.shape() + purchased.ndim()));
  const auto n = static_cast<std::size_t>(purchased.size());
  const std::int64_t* pp = purchased.data();
  const std::int64_t* op = on.data();
  std::int64_t* up = until.mutable_data();
  bool* cp = covered.mutable_data();
  {
    py::gil_scoped_release release;
    static const Date epoch(1970, 1, 1);
    const std::int64_t lo = (Date(min_year, 1, 1) - epoch).days(), hi = (Date(max_year, 12, 31) - epoch).days();
    // A day outside the library's years is refused (or, coerced, not a date).
    auto to_dates = [&](const std::int64_t* days, const char* field) {
      std::vector<Date> out(n, Date(boost::date_time::not_a_date_time));
      for (std::size_t i = 0; i < n; ++i) {
        if (days[i] == nat) continue;
        if (days[i] >= lo && days[i] <= hi) {
          out[i] = epoch + boost::gregorian::days(days[i]);
        } else if (!coerce) {
          throw Error(ErrorCode::out_of_range, std::string(field) + "[" + std::to_string(i) + "]",
                      "day " + std::to_string(days[i]) + " since 1970-01-01 is outside " + std::to_string(min_year) +
                          ".." + std::to_string(max_year));
        }
      }
      return out;
    };
    const std::vector<Date> p = to_dates(pp, "purchased"), o = to_dates(op, "on");
    std::vector<Date> u(n);
    std::unique_ptr<bool[]> c(new bool[n]);  // not std::vector<bool>: that has no span
    policy.coverage_many(product, p, o, std::span<bool>(c.get(), n), u, view(component), coerce);
    for (std::size_t i = 0; i < n; ++i) {
      cp[i] = c[i];
      up[i] = u[i].is_special() ? nat : (u[i] - epoch).days();
    }
  }
  return py::make_tuple(covered, until);
}

void bind_policy(py::module_& m) {
  using Cal = std::optional<Calendar>;
  py::class_<WarrantyPolicy>(m, "WarrantyPolicy")
      .def_static("sanbao", [](const Cal& c) { return WarrantyPolicy::sanbao(c); }, "calendar"_a = py::none())
      .def_static("piano", [](const Cal& c) { return WarrantyPolicy::piano(c); }, "calendar"_a = py::none())
      .def_static("housing", [](const Cal& c) { return WarrantyPolicy::housing(c); }, "calendar"_a = py::none())
      .def_static("car_2021", [](const Cal& c) { return WarrantyPolicy::car_2021(c); }, "calendar"_a = py::none())
      .def_static("from_json", [](std::string_view text, const Cal& c) { return WarrantyPolicy::from_json(text, c); },
                  "text"_a, "calendar"_a = py::none())
      .def("to_json", &WarrantyPolicy::to_json)
      .def_property_readonly("calendar", [](const WarrantyPolicy& p) { return p.calendar(); })
      .def_property_readonly("exclusions", [](const WarrantyPolicy& p) { return p.exclusions(); })
      .def_property_readonly("remedy_rules",
                             [](const WarrantyPolicy& p) {
                               const RemedyRules& r = p.remedy_rules();
                               py::dict d;
                               d["return_days"] = r.return_days;
                               d["exchange_days"] = r.exchange_days;
                               d["max_repairs"] = r.max_repairs;
                               d["repair_limit_days"] = r.repair_limit_days;
                               d["parts_limit_days"] = r.parts_limit_days;
                               d["max_extended_years"] = r.max_extended_years;
                               // Issue 27: 1995 art. 13's return on a refused exchange; car 2021 art. 28.
                               d["refused_exchange_return"] = r.refused_exchange_return;
                               d["answer_working_days"] = r.answer_working_days;
                               d["complete_working_days"] = r.complete_working_days;
                               return d;
                             })
      .def(
          "coverage",
          [](const WarrantyPolicy& p, const UnitTuple& unit, std::string_view on,
             const std::optional<std::string>& component, const std::optional<std::string>& cause,
             const ExtendedList& extended, std::optional<int> design_life_years,
             const std::optional<std::string>& repairer) {
            UnitFacts u = make_unit(unit);
            // Housing facts at intake (warranty_housing.hpp): only coverage reads them.
            u.design_life_years = design_life_years;
            u.repairer = repairer.value_or("");
            const Date day = parse_date(on, "on");
            const auto ext = to_extended(extended);
            return coverage_tuple(p.coverage(u, day, view(component), view(cause), ext));
          },
          "unit"_a, "on"_a, "component"_a, "cause"_a, "extended"_a, "design_life_years"_a = py::none(),
          "repairer"_a = py::none())
      .def(
          "remedy",
          [](const WarrantyPolicy& p, const UnitTuple& unit, std::string_view fault_on, std::string fault,
             const std::optional<std::string>& component, const std::optional<std::string>& cause, int prior_repairs,
             int repair_days, int waiting_parts_days, bool same_model_available,
             const std::optional<std::int64_t>& price, bool refused_exchange, const ExtendedList& extended,
             bool unrepairable, int prior_replacements, const std::optional<std::int64_t>& usage_coefficient_ppm) {
            const UnitFacts u = make_unit(unit);
            FaultFacts f;
            f.fault_on = parse_date(fault_on, "fault_on");
            f.fault = std::move(fault);
            f.component = component;
            f.cause = cause;
            f.prior_repairs = prior_repairs;
            f.repair_days = repair_days;
            f.waiting_parts_days = waiting_parts_days;
            f.same_model_available = same_model_available;
            f.price = price;
            f.refused_exchange = refused_exchange;
            f.unrepairable = unrepairable;
            f.prior_replacements = prior_replacements;  // car 2021 art. 24 para. 1 (2)/(3)
            f.usage_coefficient_ppm = usage_coefficient_ppm;  // car 2021 art. 27
            const RemedyDecision d = p.remedy(u, f, to_extended(extended));
            std::vector<std::string> options;
            for (Remedy r : d.options) options.emplace_back(to_string(r));
            // (options, free, refund fen or None, rule, trail, usage compensation fen or None)
            return py::make_tuple(options, d.free, d.refund, d.rule(), d.trail(), d.usage_compensation);
          },
          "unit"_a, "fault_on"_a, "fault"_a, "component"_a, "cause"_a, "prior_repairs"_a, "repair_days"_a,
          "waiting_parts_days"_a, "same_model_available"_a, "price"_a, "refused_exchange"_a, "extended"_a,
          "unrepairable"_a = false, "prior_replacements"_a = 0, "usage_coefficient_ppm"_a = py::none())
      // Car 2021 art. 28: (answer_by or None, complete_by or None, rule).
      .def(
          "exchange_request_deadlines",
          [](const WarrantyPolicy& p, std::string_view requested, const std::optional<std::string>& received) {
            const auto d = p.exchange_request_deadlines(parse_date(requested, "requested"),
                                                        optional_date(received, "received"));
            return py::make_tuple(optional_text(d.answer_by), optional_text(d.complete_by), d.rule());
          },
          "requested"_a, "received"_a = py::none())
      .def(
          "category",
          [](const WarrantyPolicy& p, const UnitTuple& unit, std::string_view on,
             const std::optional<std::string>& cause, const ContractList& contracts, const ExtendedList& extended,
             bool internal) {
            const UnitFacts u = make_unit(unit);
            const Date day = parse_date(on, "on");
            const auto cs = to_contracts(contracts);
            const auto ext = to_extended(extended);
            std::string rule;
            const ServiceCategory c = p.category(u, day, view(cause), cs, ext, internal, &rule);
            // (name, letter, rule)
            return py::make_tuple(std::string(to_string(c)), std::string(1, letter(c)), rule);
          },
          "unit"_a, "on"_a, "cause"_a, "contracts"_a, "extended"_a, "internal"_a)
      // Batch: int64 days since 1970-01-01 in (NaT allowed); (covered bool, until int64 days) out; releases the GIL.
      .def("coverage_many", &coverage_many, "product"_a, "purchased"_a, "on"_a, "component"_a = py::none(),
           py::kw_only(), "coerce"_a = false);
}

void bind_tariff_and_contracts(py::module_& m) {
  py::class_<ExtendedWarrantyTariff>(m, "ExtendedWarrantyTariff")
      .def(py::init<std::map<int, std::int64_t>>(), "rates"_a)
      .def_static("tv_example", &ExtendedWarrantyTariff::tv_example)
      .def("price", &ExtendedWarrantyTariff::price, "product_price"_a, "years"_a)
      .def_property_readonly("max_years", &ExtendedWarrantyTariff::max_years);

  m.def(
      "expiry_notices",
      [](const ContractList& contracts, std::string_view on) {
        return expiry_notices(to_contracts(contracts), parse_date(on, "on"));
      },
      "contracts"_a, "on"_a);
  // Returns (current with its successor linked, successor).
  m.def(
      "renew",
      [](const ContractTuple& current, std::string successor_id, int days, int months, int years) {
        MaintenanceContract c = to_contract(current, "current");
        MaintenanceContract next = renew(c, std::move(successor_id), Period{days, months, years});
        return py::make_tuple(from_contract(c), from_contract(next));
      },
      "current"_a, "successor_id"_a, "days"_a = 0, "months"_a = 0, "years"_a = 0);
}

}  // namespace

void bind_warranty(py::module_& m) {
  bind_policy(m);
  bind_tariff_and_contracts(m);
}

}  // namespace aftersales::python
