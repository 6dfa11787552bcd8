// Penalties: splits, loss assessment, administrative deductions, return
// reconciliation, the policy and the ledger. Money crosses as int64 fen,
// ratios as hundredths of a percent, tolerances and caps as millionths,
// months as "YYYY-MM" text.
#include "common.hpp"

#include <tuple>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

using ShareList = std::vector<std::pair<std::string, std::int64_t>>;

ShareList shares_of(const std::vector<Share>& in) {
  ShareList out;
  out.reserve(in.size());
  for (const Share& s : in) out.emplace_back(s.party, s.amount);
  return out;
}

// (case_id, month, amount)
using LineTuple = std::tuple<std::string, std::string, std::int64_t>;

}  // namespace

py::tuple settlement_tuple(const Settlement& s) {
  std::vector<LineTuple> lines;
  for (const Deduction& d : s.lines) lines.emplace_back(d.case_id, format_year_month(d.charged), d.amount);
  // Issue 29: the month's administrative penalties, (case, kind, amount, uncollected) each.
  std::vector<std::tuple<std::string, std::string, std::int64_t, std::int64_t>> admin;
  for (const AdminDeduction& a : s.admin_lines) admin.emplace_back(a.case_id, to_string(a.kind), a.amount, a.uncollected);
  // (person, month, bonus, cap, deducted, carried, lines, admin_deducted, admin_uncollected, admin_lines)
  return py::make_tuple(s.person, format_year_month(s.month), s.bonus, s.cap, s.deducted, s.carried, lines,
                        s.admin_deducted, s.admin_uncollected, admin);
}

void bind_penalty(py::module_& m) {
  m.def("split_by_ratios", [](std::int64_t amount, const WeightList& ratios) {
    return shares_of(split_by_ratios(amount, weights_of(ratios)));
  }, "amount"_a, "ratios"_a);
  m.def("split_by_points", [](std::int64_t amount, const WeightList& points) {
    return shares_of(split_by_points(amount, weights_of(points)));
  }, "amount"_a, "points"_a);
  m.def("assess_loss", [](std::int64_t grade_a_price, std::optional<std::int64_t> resale_price,
                          std::optional<std::int64_t> actual_loss) {
    return assess_loss(grade_a_price, resale_price, actual_loss);
  }, "grade_a_price"_a, "resale_price"_a, "actual_loss"_a);
  m.def("parse_year_month", [](std::string_view text, std::string_view field) {
    return format_year_month(parse_year_month(text, field));
  }, "text"_a, "field"_a = "month");

  // (name, level, rule)
  m.def("attribute", [](std::string_view function, std::optional<std::string> person,
                        std::optional<std::string> group, std::string_view unit) {
    const auto view = [](const std::optional<std::string>& s) {
      return s ? std::optional<std::string_view>(*s) : std::nullopt;
    };
    const Bearer b = attribute(parse_function(function), view(person), view(group), unit);
    return py::make_tuple(b.name, std::string(to_string(b.level)), b.rule);
  }, "function"_a, "person"_a, "group"_a, "unit"_a);
  m.def("parse_return_kind", [](std::string_view text) { return std::string(to_string(parse_return_kind(text))); },
        "text"_a);

  py::class_<PenaltyPolicy>(m, "PenaltyPolicy")
      .def_static("default_policy", &PenaltyPolicy::default_policy)
      .def_static("from_json", &PenaltyPolicy::from_json, "text"_a)
      .def("to_json", &PenaltyPolicy::to_json)
      .def_property_readonly("cap_ppm", &PenaltyPolicy::cap_ppm)
      .def_property_readonly("warning", &PenaltyPolicy::warning)
      .def_property_readonly("minor_demerit", &PenaltyPolicy::minor_demerit)
      .def_property_readonly("tolerance_ppm", &PenaltyPolicy::tolerance_ppm)
      .def_property_readonly("offences", &PenaltyPolicy::offences)
      .def("administrative_deduction",
           [](const PenaltyPolicy& p, std::string_view kind, int count, std::optional<std::int64_t> bonus,
              std::optional<std::int64_t> amount) {
             return p.administrative_deduction(parse_admin_penalty(kind), count, bonus, amount);
           }, "kind"_a, "count"_a, "bonus"_a, "amount"_a)
      .def("assess_loss",
           [](const PenaltyPolicy& p, std::int64_t grade_a_price, std::string_view returned,
              std::optional<std::string> sold, std::optional<std::int64_t> resale_price,
              std::optional<std::int64_t> actual_loss) {
             std::optional<Resale> resale;
             if (sold) {
               if (!resale_price) throw Error(ErrorCode::invalid_argument, "resale_price", "a resale needs its price");
               resale = Resale{parse_date(*sold, "sold"), *resale_price};
             } else if (resale_price) {
               throw Error(ErrorCode::invalid_argument, "sold", "a resale price needs the day it was sold");
             }
             const LossAssessment a = p.assess_loss(grade_a_price, parse_date(returned, "returned"), resale, actual_loss);
             // (loss, resold_in_time, resale_deadline, rule)
             return py::make_tuple(a.loss, a.resold_in_time, format_date(a.resale_deadline), a.rule);
           }, "grade_a_price"_a, "returned"_a, "sold"_a, "resale_price"_a, "actual_loss"_a)
      .def("reconcile_return",
           [](const PenaltyPolicy& p, std::int64_t approved, std::int64_t actual, std::optional<std::int64_t> tol) {
             const ReturnReconciliation r = p.reconcile_return(approved, actual, tol);
             // (check, quantity, rule)
             return py::make_tuple(std::string(to_string(r.check)), r.quantity, r.rule);
           }, "approved"_a, "actual"_a, "tolerance_ppm"_a);

  py::class_<PenaltyLedger>(m, "PenaltyLedger")
      .def(py::init<std::int64_t>(), "cap_ppm"_a)
      .def_property_readonly("cap_ppm", &PenaltyLedger::cap_ppm)
      .def("charge",
           [](PenaltyLedger& l, std::string person, std::string_view month, std::int64_t amount, std::string case_id) {
             l.charge(std::move(person), parse_year_month(month, "month"), amount, std::move(case_id));
           }, "person"_a, "month"_a, "amount"_a, "case_id"_a)
      .def("settle",
           [](PenaltyLedger& l, std::string_view person, std::string_view month, std::int64_t bonus) {
             return settlement_tuple(l.settle(person, parse_year_month(month, "month"), bonus));
           }, "person"_a, "month"_a, "bonus"_a)
      .def("outstanding", &PenaltyLedger::outstanding, "person"_a)
      // (person, month, case_id, amount, paid)
      .def("charges", [](const PenaltyLedger& l) {
        std::vector<std::tuple<std::string, std::string, std::string, std::int64_t, std::int64_t>> out;
        for (const Charge& c : l.charges()) out.emplace_back(c.person, format_year_month(c.month), c.case_id, c.amount, c.paid);
        return out;
      })
      .def("settlements", [](const PenaltyLedger& l) {
        py::list out;
        for (const Settlement& s : l.settlements()) out.append(settlement_tuple(s));
        return out;
      })
      // Issue 29 (行政處罰準則 (五)3): an administrative penalty, taken first
      // and whole with its month's settlement, outside the cap.
      .def("penalize",
           [](PenaltyLedger& l, std::string person, std::string_view month, std::string case_id, std::string_view kind,
              int count, std::int64_t amount) {
             l.penalize(AdminCharge{std::move(person), parse_year_month(month, "month"), std::move(case_id),
                                    parse_admin_penalty(kind), count, amount});
           }, "person"_a, "month"_a, "case_id"_a, "kind"_a, "count"_a, "amount"_a)
      // (person, month, case_id, kind, count, amount)
      .def("admin_charges", [](const PenaltyLedger& l) {
        py::list out;
        for (const AdminCharge& a : l.admin_charges()) out.append(admin_charge_tuple(a));  // as the statistics give them
        return out;
      });
}

}  // namespace aftersales::python
