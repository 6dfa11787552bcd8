// WarrantyPolicy (coverage, remedy, service category, the batch coverage_many),
// the extended-warranty tariff and maintenance contracts. Dates cross as
// "YYYY-MM-DD" text (scalars) or int64 days since 1970-01-01 (batch arrays,
// NumPy datetime64[D] viewed as int64, NaT = INT64_MIN); money as int64 fen.
#include "common.hpp"

#include <algorithm>
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

UnitFacts make_unit(std::string product, std::string_view purchased, const std::optional<std::string>& delivered,
                    const std::optional<std::string>& installed, const std::optional<std::string>& exchanged,
                    int repair_days) {
  UnitFacts u;
  u.product = std::move(product);
  u.purchased = parse_date(purchased, "purchased");
  u.delivered = optional_date(delivered, "delivered");
  u.installed = optional_date(installed, "installed");
  u.exchanged = optional_date(exchanged, "exchanged");
  u.repair_days = repair_days;
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

// (covered, until or None, term, exclusion, rule)
py::tuple coverage_tuple(const Coverage& c) {
  // Python names an extended warranty's term "extended.<id>", so that one
  // string tells a component from an extended warranty.
  const std::string term = c.kind == CoverageTerm::extended ? "extended." + c.term : c.term;
  return py::make_tuple(c.covered, optional_text(c.until), term, c.exclusion, c.rule);
}

// ---------------------------------------------------------------- batch

// Days since 1970-01-01 <-> Date, within the library's years.
const Date epoch(1970, 1, 1);

std::int64_t day_number(Date d) { return (d - epoch).days(); }

// coverage_many: purchased and on are int64 days since 1970-01-01 (same
// shape); returns (covered bool, until int64 days). NaT in either gives
// covered False and until NaT.
//
// The covered term depends on the purchase date only, not on `on` (no cause
// and no extended warranty here): it is computed once per distinct purchase
// date, by WarrantyPolicy::coverage itself, and covered is `on <= until`,
// which is that function's rule for this case. The per-element work is then
// a table look-up and a comparison; errors (`on` before the purchase) are
// raised by WarrantyPolicy::coverage for the element itself.
py::tuple coverage_many(const WarrantyPolicy& policy, const std::string& product, const Int64Array& purchased,
                        const Int64Array& on, const std::optional<std::string>& component, bool coerce) {
  Int64Array until = same_shape_output({&purchased, &on});
  BoolArray covered(std::vector<py::ssize_t>(purchased.shape(), purchased.shape() + purchased.ndim()));
  policy.terms(product);  // unknown product: one error naming "product", before the loop
  const std::int64_t* pp = purchased.data();
  const std::int64_t* op = on.data();
  std::int64_t* up = until.mutable_data();
  bool* cp = covered.mutable_data();
  const auto n = static_cast<std::size_t>(purchased.size());
  const std::int64_t lo = day_number(Date(min_year, 1, 1));
  const std::int64_t hi = day_number(Date(max_year, 12, 31));
  const std::optional<std::string_view> comp = view(component);
  if (comp) {  // an unknown component: the library's error, once, before the loop
    const ProductTerms& t = policy.terms(product);
    auto named = [&](const ComponentTerm& c) { return c.name == *comp; };
    if (std::none_of(t.components.begin(), t.components.end(), named)) {
      UnitFacts unit;
      unit.product = product;
      unit.purchased = epoch;
      policy.coverage(unit, epoch, comp);
    }
  }
  {
    py::gil_scoped_release release;
    UnitFacts unit;
    unit.product = product;
    // until per purchase day, offset by `lo`: 0 = not computed yet, -1 = no
    // answer (an error, coerced), else until - lo + 1.
    std::vector<std::int32_t> memo;
    auto out_of_range = [&](std::int64_t d, const char* field, std::size_t i) {
      rethrow_at(Error(ErrorCode::out_of_range, field,
                       "day " + std::to_string(d) + " since 1970-01-01 is outside " + std::to_string(min_year) + ".." +
                           std::to_string(max_year)),
                 field, i);
    };
    for (std::size_t i = 0; i < n; ++i) {
      const std::int64_t p = pp[i], o = op[i];
      if (p == nat || o == nat) {
        cp[i] = false, up[i] = nat;
        continue;
      }
      try {
        if (p < lo || p > hi) {
          if (!coerce) out_of_range(p, "purchased", i);
          cp[i] = false, up[i] = nat;
          continue;
        }
        if (o < lo || o > hi) {
          if (!coerce) out_of_range(o, "on", i);
          cp[i] = false, up[i] = nat;
          continue;
        }
        if (o < p) {  // the library's error for it, naming the element
          unit.purchased = epoch + boost::gregorian::days(p);
          policy.coverage(unit, epoch + boost::gregorian::days(o), comp);
        }
        if (memo.empty()) memo.assign(static_cast<std::size_t>(hi - lo + 1), 0);
        std::int32_t& m = memo[static_cast<std::size_t>(p - lo)];
        if (m == 0) {
          m = -1;  // until it has an answer: a coerced error stays coerced for the day
          unit.purchased = epoch + boost::gregorian::days(p);
          const Coverage c = policy.coverage(unit, unit.purchased, comp);
          if (c.until) m = static_cast<std::int32_t>(day_number(*c.until) - lo + 1);
        }
        if (m < 0) {
          cp[i] = false, up[i] = nat;
          continue;
        }
        const std::int64_t u = m - 1 + lo;
        up[i] = u;
        cp[i] = o <= u;
      } catch (const Error& e) {
        if (!coerce) {
          if (e.field().find('[') != std::string::npos) throw;  // already names the element
          rethrow_at(e, e.field() == "on" ? "on" : "purchased", i);
        }
        cp[i] = false, up[i] = nat;
      }
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
                               return d;
                             })
      .def(
          "coverage",
          [](const WarrantyPolicy& p, std::string product, std::string_view purchased, std::string_view on,
             const std::optional<std::string>& component, const std::optional<std::string>& cause,
             const std::optional<std::string>& delivered, const std::optional<std::string>& installed, int repair_days,
             const std::optional<std::string>& exchanged, const ExtendedList& extended) {
            const UnitFacts unit =
                make_unit(std::move(product), purchased, delivered, installed, exchanged, repair_days);
            const Date day = parse_date(on, "on");
            const auto ext = to_extended(extended);
            return coverage_tuple(p.coverage(unit, day, view(component), view(cause), ext));
          },
          "product"_a, "purchased"_a, "on"_a, "component"_a = py::none(), "cause"_a = py::none(),
          "delivered"_a = py::none(), "installed"_a = py::none(), "repair_days"_a = 0, "exchanged"_a = py::none(),
          "extended"_a = ExtendedList{})
      .def(
          "remedy",
          [](const WarrantyPolicy& p, std::string product, std::string_view purchased, std::string_view fault_on,
             std::string fault, const std::optional<std::string>& cause, int prior_repairs, int repair_days,
             int waiting_parts_days, bool same_model_available, const std::optional<std::int64_t>& price,
             bool refused_exchange, const std::optional<std::string>& delivered,
             const std::optional<std::string>& installed, const std::optional<std::string>& exchanged,
             int unit_repair_days) {
            const UnitFacts unit =
                make_unit(std::move(product), purchased, delivered, installed, exchanged, unit_repair_days);
            FaultFacts f;
            f.fault_on = parse_date(fault_on, "fault_on");
            f.fault = std::move(fault);
            f.cause = cause;
            f.prior_repairs = prior_repairs;
            f.repair_days = repair_days;
            f.waiting_parts_days = waiting_parts_days;
            f.same_model_available = same_model_available;
            f.price = price;
            f.refused_exchange = refused_exchange;
            const RemedyDecision d = p.remedy(unit, f);
            std::vector<std::string> options;
            for (Remedy r : d.options) options.emplace_back(to_string(r));
            // (options, free, refund fen or None, rule, trail)
            return py::make_tuple(options, d.free, d.refund, d.rule, d.trail);
          },
          "product"_a, "purchased"_a, "fault_on"_a, "fault"_a = "performance", "cause"_a = py::none(),
          "prior_repairs"_a = 0, "repair_days"_a = 0, "waiting_parts_days"_a = 0, "same_model_available"_a = true,
          "price"_a = py::none(), "refused_exchange"_a = false, "delivered"_a = py::none(), "installed"_a = py::none(),
          "exchanged"_a = py::none(), "unit_repair_days"_a = 0)
      .def(
          "category",
          [](const WarrantyPolicy& p, std::string product, std::string_view purchased, std::string_view on,
             const std::optional<std::string>& cause, const ContractList& contracts, const ExtendedList& extended,
             bool internal, const std::optional<std::string>& delivered, const std::optional<std::string>& installed,
             int repair_days, const std::optional<std::string>& exchanged) {
            const UnitFacts unit =
                make_unit(std::move(product), purchased, delivered, installed, exchanged, repair_days);
            const Date day = parse_date(on, "on");
            const auto cs = to_contracts(contracts);
            const auto ext = to_extended(extended);
            std::string rule;
            const ServiceCategory c = p.category(unit, day, view(cause), cs, ext, internal, &rule);
            // (name, letter, rule)
            return py::make_tuple(std::string(to_string(c)), std::string(1, letter(c)), rule);
          },
          "product"_a, "purchased"_a, "on"_a, "cause"_a = py::none(), "contracts"_a = ContractList{},
          "extended"_a = ExtendedList{}, "internal"_a = false, "delivered"_a = py::none(), "installed"_a = py::none(),
          "repair_days"_a = 0, "exchanged"_a = py::none())
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
