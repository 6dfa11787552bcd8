// Warranty remedies: return, exchange or repair for a fault, and the rule and
// trail that explain the decision.
#include <aftersales/warranty.hpp>

#include "detail/warranty_impl.hpp"
#include "detail/warranty_rest_day.hpp"

#include <algorithm>

namespace aftersales {

using detail::check_count;
using detail::check_unit;
using detail::legal_end;
using detail::mul_div_half_up;
using detail::term_start;

namespace {

std::string period_text(Period p) {
  std::string out;
  detail::append_period(out, p);
  return out;
}

// "return or exchange", in the customer's order.
std::string remedy_list(RemedySet set) {
  std::string out;
  for (const Remedy r : set) out.append(out.empty() ? "" : " or ").append(to_string(r));
  return out;
}

}  // namespace

RemedyDecision WarrantyPolicy::remedy(const UnitFacts& unit, const FaultFacts& fault,
                                      const std::vector<ExtendedWarranty>& extended) const {
  check_count(fault.prior_repairs, "prior_repairs");
  check_count(fault.repair_days, "repair_days");
  check_count(fault.waiting_parts_days, "waiting_parts_days");
  check_count(fault.prior_replacements, "prior_replacements");
  // The unit's repair days and the current repair's are both "repair_days":
  // past the checks above, one about repair days is the unit's.
  try {
    return decide_remedy(unit, fault, extended);
  } catch (const Error& e) {
    if (e.field() == "repair_days") throw e.renamed("repair_days", "unit.repair_days");
    throw;
  }
}

RemedyDecision WarrantyPolicy::decide_remedy(const UnitFacts& unit, const FaultFacts& fault,
                                             const std::vector<ExtendedWarranty>& extended) const {
  const ProductTerms& t = terms(unit.product);
  check_unit(unit);
  if (fault.price && (*fault.price < 0 || *fault.price > (Fen{1} << 50)))
    throw Error(ErrorCode::invalid_argument, "price", std::to_string(*fault.price) + " fen is outside 0..2^50");
  if (fault.fault_on < unit.purchased)
    throw Error(ErrorCode::invalid_argument, "fault_on",
                format_date(fault.fault_on) + " is before the purchase " + format_date(unit.purchased));
  const bool performance = fault.fault == "performance";
  const std::vector<Remedy>* table = nullptr;
  const FaultWindow* window = nullptr;
  const RepeatLimit* repeat = nullptr;
  if (!performance) {
    auto it = t.remedy_table.find(fault.fault);
    for (const FaultWindow& w : t.fault_windows)
      if (w.fault == fault.fault) window = &w;
    for (const RepeatLimit& l : t.repeat_limits)
      if (l.fault == fault.fault) repeat = &l;
    if (it == t.remedy_table.end() && !window && !repeat) {
      std::string known = "performance";
      for (const auto& [k, v] : t.remedy_table) known += ", " + k;
      for (const FaultWindow& w : t.fault_windows) known += ", " + w.fault;
      for (const RepeatLimit& l : t.repeat_limits)
        if (known.find(", " + l.fault) == std::string::npos) known += ", " + l.fault;
      throw Error(ErrorCode::not_found, "fault", "unknown fault kind '" + fault.fault + "' for " + t.product + " (known: " + known + ")");
    }
    // A kind with only a repeat limit is otherwise a performance fault.
    if (!window && it != t.remedy_table.end()) table = &it->second;
  }
  const std::optional<std::int64_t> usage_ppm = detail::usage_coefficient(t, fault);

  RemedyDecision d;
  cover(d.coverage, t, unit, fault.fault_on, fault.component, fault.cause, extended);
  if (!d.coverage.exclusion.empty() || !d.coverage.covered) {  // decided by coverage alone
    d.options = {Remedy::repair};
    d.basis = d.coverage.exclusion.empty() ? RemedyBasis::out_of_warranty : RemedyBasis::exclusion;
    return d;
  }
  d.rules = rules_;
  d.product = t.product;
  d.prior_repairs = fault.prior_repairs;
  d.repair_days = fault.repair_days;
  d.waiting_parts_days = fault.waiting_parts_days;
  d.unrepairable = fault.unrepairable;
  d.prior_replacements = fault.prior_replacements;
  if (repeat) d.repeat_limit = *repeat;
  // seeds/002 第三篇: under an extended warranty a unit that cannot be
  // repaired is replaced with a new one. Only where the extended warranty
  // alone covers the fault (past the maker's term, or a cause the maker
  // excludes and it names); within the maker's own terms they decide.
  if (fault.unrepairable && d.coverage.why.kind == CoverageRule::Kind::extended) {
    d.options = {Remedy::replacement};
    d.basis = RemedyBasis::extended_replacement;
    d.free = true;
    return d;
  }

  // The 三包 remedies run in the whole-unit term (or the shorter remedy
  // period), counted from the same start as coverage: an exchange restarts it.
  const Calendar* cal = calendar_ ? &*calendar_ : nullptr;
  d.remedy_period = t.remedy_period;
  // Without a remedy period it is the whole-unit term coverage has already worked out.
  d.remedy_until = !t.remedy_period && d.coverage.kind == CoverageTerm::whole_unit
                       ? *d.coverage.until
                       : detail::legal_end_for(t.remedy_period ? rest_day_extension_.remedy_period
                                                               : rest_day_extension_.whole_unit,
                                               term_start(t, unit), t.remedy_period.value_or(t.whole_unit), cal,
                                               nullptr, unit.repair_days);
  d.remedy_km = t.remedy_km ? t.remedy_km : t.whole_unit_km;
  d.mileage = unit.mileage_km;
  // Past the whole-unit term a component's or an extended warranty's term
  // gives free repair only.
  const bool in_remedy_period = d.coverage.kind != CoverageTerm::extended && fault.fault_on <= d.remedy_until &&
                                !(d.remedy_km && unit.mileage_km && *unit.mileage_km > *d.remedy_km);
  if (window) {
    d.window = *window;
    // Car 2021 art. 20/22/23: from the 三包有效期's start (art. 18), like the terms.
    d.window_until = detail::legal_end_for(rest_day_extension_.fault_window, term_start(t, unit), window->period, cal);
    d.in_window = fault.fault_on <= d.window_until && !(window->km && unit.mileage_km && *unit.mileage_km > *window->km);
  }

  RemedySet options;
  bool escalated = true;
  d.repairs_checked = in_remedy_period;
  if (!in_remedy_period) {
    escalated = false;
  } else if (repeat && ((repeat->repairs > 0 && fault.prior_repairs >= repeat->repairs) ||
                        (repeat->replacements > 0 && fault.prior_replacements >= repeat->replacements))) {
    options = repeat->remedies, d.basis = RemedyBasis::repeat_limit;  // car 2021 art. 24 para. 1 (1)-(3)
    d.fault = fault.fault;
  } else if (rules_.max_repairs > 0 && fault.prior_repairs >= rules_.max_repairs) {
    options = rules_.max_repairs_remedies, d.basis = RemedyBasis::max_repairs;
  } else if (rules_.repair_limit_days > 0 && fault.repair_days > rules_.repair_limit_days) {
    options = rules_.limit_remedies, d.basis = RemedyBasis::repair_limit;
  } else if (rules_.parts_limit_days > 0 && fault.waiting_parts_days > rules_.parts_limit_days) {
    options = rules_.limit_remedies, d.basis = RemedyBasis::parts_limit;
  } else {
    escalated = false;
  }
  if (!escalated) {
    // The 7/15-day windows, worked out only when a performance fault gets here.
    // Not when the policy offers neither window (piano, housing): no dates to compare.
    if (!table && !(window && d.in_window) && in_remedy_period && (rules_.return_days > 0 || rules_.exchange_days > 0)) {
      d.windows_checked = true;
      d.return_until = detail::legal_end_for(rest_day_extension_.return_window, unit.purchased,
                                             Period{.days = rules_.return_days}, cal);
      d.exchange_until = detail::legal_end_for(rest_day_extension_.exchange_window, unit.purchased,
                                               Period{.days = rules_.exchange_days}, cal);
    }
    if (table) {
      for (const Remedy r : *table) options.add(r);
      d.basis = RemedyBasis::remedy_table;
      d.fault = fault.fault;
    } else if (window && d.in_window && in_remedy_period) {
      options = window->remedies, d.basis = RemedyBasis::fault_window;
      d.fault = fault.fault;
    } else if (in_remedy_period && rules_.return_days > 0 && fault.fault_on <= d.return_until) {
      options = {Remedy::refund, Remedy::exchange, Remedy::repair}, d.basis = RemedyBasis::return_window;
    } else if (in_remedy_period && rules_.exchange_days > 0 && fault.fault_on <= d.exchange_until) {
      options = {Remedy::exchange, Remedy::repair}, d.basis = RemedyBasis::exchange_window;
    } else {
      options = {Remedy::repair}, d.basis = RemedyBasis::free_repair;
    }
  }
  // A decision resting on a provisional date says so: the notice may still
  // move that date. The dates are those the deciding rule compares the fault
  // day with; the earliest provisional one names the year.
  if (cal) {
    std::optional<Date> first;
    const std::optional<Date> horizon = cal->horizon();  // provisional dates lie past it
    auto lean = [&](Date day) {
      if (horizon && day > *horizon && cal->provisional(day) && (!first || day < *first)) first = day;
    };
    switch (d.basis) {
      case RemedyBasis::max_repairs:
      case RemedyBasis::repair_limit:
      case RemedyBasis::parts_limit:
      case RemedyBasis::remedy_table:
      case RemedyBasis::repeat_limit:
        lean(d.remedy_until);
        break;
      case RemedyBasis::fault_window:
        lean(d.window_until);
        break;
      default:  // the 7/15-day windows, and a free repair past them or past a fault window
        if (d.windows_checked && rules_.return_days > 0) lean(d.return_until);
        if (d.windows_checked && rules_.exchange_days > 0) lean(d.exchange_until);
        if (window) lean(d.window_until);
        break;
    }
    if (first) d.provisional = provisional_note_on(*cal, *first);
  }
  if (options.contains(Remedy::exchange)) {
    if (!fault.same_model_available) {
      options.remove(Remedy::exchange);
      options.add(Remedy::refund);
      d.no_same_model = true;
    } else if (fault.refused_exchange && d.basis != RemedyBasis::return_window) {
      // 1995 art. 13: a refused exchange may be returned, less depreciation;
      // only where the policy's rules give that return (not piano, not car 2021).
      if (rules_.refused_exchange_return) {
        options.add(Remedy::refund);
        d.refused_exchange = true;
      } else {
        d.refused_exchange_kept = true;
      }
    }
  }
  d.options = options;
  d.free = true;

  if (d.options.contains(Remedy::refund) && fault.price) {
    d.refund = *fault.price;
    if (d.refused_exchange) {
      const auto held = static_cast<std::int64_t>((fault.fault_on - unit.purchased).days());
      d.depreciated = true;
      d.depreciation_ppm_per_day = t.depreciation_ppm_per_day;
      d.depreciation_days = std::max<std::int64_t>(0, held - fault.repair_days - fault.waiting_parts_days);
      // Depreciation never exceeds the price: the rate is capped at 100 %.
      const std::int64_t ppm = std::min<std::int64_t>(t.depreciation_ppm_per_day * d.depreciation_days, 1000000);
      d.depreciation = mul_div_half_up(*fault.price, ppm, 1000000);
      *d.refund -= d.depreciation;
    }
  }
  // Car 2021 art. 27: an exchange or return under art. 24 para. 1.
  if (t.usage_coefficient_max_ppm > 0 &&
      (d.basis == RemedyBasis::repeat_limit || d.basis == RemedyBasis::max_repairs ||
       d.basis == RemedyBasis::repair_limit) &&
      (d.options.contains(Remedy::refund) || d.options.contains(Remedy::exchange))) {
    d.usage_compensation_due = true;
    d.usage_coefficient_ppm = usage_ppm;
    if (usage_ppm && fault.price && unit.mileage_km) {
      d.usage_price = fault.price;
      d.usage_compensation = detail::usage_compensation(*fault.price, *unit.mileage_km, *usage_ppm);
      if (d.refund) *d.refund = std::max<Fen>(0, *d.refund - *d.usage_compensation);
    }
  }
  return d;
}

std::string RemedyDecision::rule() const {
  std::string out;
  switch (basis) {
    case RemedyBasis::exclusion:
      return coverage.rule();
    case RemedyBasis::out_of_warranty:
      return "out of warranty: " + coverage.rule() + "; paid repair";
    case RemedyBasis::max_repairs:
      out = "warranty.rules.max_repairs = " + std::to_string(rules.max_repairs) + ": repaired " +
            std::to_string(prior_repairs) + " times and still faulty: " + remedy_list(rules.max_repairs_remedies);
      break;
    case RemedyBasis::repair_limit:
      out = "warranty.rules.repair_limit_days = " + std::to_string(rules.repair_limit_days) + ": repair took " +
            std::to_string(repair_days) + " days: " + remedy_list(rules.limit_remedies);
      break;
    case RemedyBasis::parts_limit:
      out = "warranty.rules.parts_limit_days = " + std::to_string(rules.parts_limit_days) + ": no parts for " +
            std::to_string(waiting_parts_days) + " days: " + remedy_list(rules.limit_remedies);
      break;
    case RemedyBasis::remedy_table:
      out = "warranty." + product + ".remedies." + fault;
      break;
    case RemedyBasis::fault_window: {
      out = "warranty." + product + ".fault_windows." + fault + " = " + period_text(window->period);
      if (window->km) out += " or " + std::to_string(*window->km) + " km";
      out += ": by " + format_date(window_until);
      if (mileage) out += " at " + std::to_string(*mileage) + " km";
      out += ": " + remedy_list(window->remedies);
      break;
    }
    case RemedyBasis::return_window:
      out = "warranty.rules.return_days = " + std::to_string(rules.return_days) + ": performance fault by " +
            format_date(return_until) + ": return, exchange or repair";
      break;
    case RemedyBasis::exchange_window:
      out = "warranty.rules.exchange_days = " + std::to_string(rules.exchange_days) + ": performance fault by " +
            format_date(exchange_until) + ": exchange or repair";
      break;
    case RemedyBasis::free_repair:
      out = "within the warranty: free repair (" + coverage.rule() + ")";
      break;
    case RemedyBasis::repeat_limit:
      out = detail::repeat_limit_text(*this);
      break;
    case RemedyBasis::extended_replacement:
      // coverage.rule() carries its own provisional note; `provisional` stays empty.
      out = "extended warranty " + coverage.why.name +
            ": the unit cannot be repaired: replacement with a new unit (seeds/002 第三篇: "
            "对于无法维修的电器, 厂家将直接更换新机; " +
            coverage.rule() + ")";
      break;
  }
  if (no_same_model) out += "; no same model available: return instead of exchange";
  if (refused_exchange) out += "; exchange refused: return less depreciation";
  if (refused_exchange_kept) out += "; exchange refused: no return for it (warranty.rules.refused_exchange_return = false)";
  if (usage_compensation) out += "; " + detail::usage_compensation_text(*this);
  // A free repair's coverage rule already carries the same note.
  if (basis != RemedyBasis::free_repair || provisional != coverage.why.provisional) out += provisional;
  return out;
}

std::vector<std::string> RemedyDecision::trail() const {
  std::vector<std::string> lines;
  lines.push_back("coverage: " + coverage.rule());
  if (unrepairable && basis != RemedyBasis::extended_replacement)
    lines.push_back("the unit cannot be repaired: a new unit is an extended warranty's remedy (seeds/002 第三篇), "
                    "and no extended warranty alone covers this fault: the terms below decide");
  if (remedy_period)
    lines.push_back("warranty." + product + ".remedy_period = " + period_text(*remedy_period) +
                    (remedy_km ? " or " + std::to_string(*remedy_km) + " km" : std::string()) + ": until " +
                    format_date(remedy_until) + (mileage && remedy_km ? ", at " + std::to_string(*mileage) + " km" : "") +
                    (repairs_checked ? " (within)" : " (past)"));
  const bool escalated = basis == RemedyBasis::max_repairs || basis == RemedyBasis::repair_limit ||
                         basis == RemedyBasis::parts_limit;
  if (repairs_checked)
    lines.push_back("repairs: " + std::to_string(prior_repairs) + " prior, " + std::to_string(repair_days) +
                    " repair days, " + std::to_string(waiting_parts_days) + " days waiting for parts" +
                    (escalated ? " -> " + rule()
                     : rules.max_repairs == 0 && rules.repair_limit_days == 0 && rules.parts_limit_days == 0
                         ? " (no escalation: warranty.rules max_repairs, repair_limit_days and parts_limit_days: none)"
                         : " (no escalation)"));
  if (repeat_limit && repairs_checked)
    lines.push_back("warranty." + product + ".repeat_limits." + repeat_limit->fault + ": " + std::to_string(prior_repairs) +
                    " prior repairs, " + std::to_string(prior_replacements) + " prior replacements" +
                    (basis == RemedyBasis::repeat_limit ? " -> " + rule() : std::string(" (not reached)")));
  if (window)
    lines.push_back("warranty." + product + ".fault_windows." + window->fault + ": until " + format_date(window_until) +
                    (window->km ? " or " + std::to_string(*window->km) + " km" : std::string()) +
                    (in_window ? " (within)" : " (past: decided as a performance fault)"));
  if (windows_checked)
    lines.push_back("windows: " +
                    (rules.return_days > 0 ? "return until " + format_date(return_until) : std::string("return: none")) +
                    (rules.exchange_days > 0 ? ", exchange until " + format_date(exchange_until)
                                             : std::string(", exchange: none")));
  lines.push_back("decided: " + rule());
  if (usage_compensation_due) lines.push_back(detail::usage_compensation_text(*this));
  if (refund) {
    if (usage_compensation)
      lines.push_back("refund: the invoice price less the usage compensation (car 2021 art. 27)");
    else if (depreciated)
      lines.push_back("refund: exchange refused: depreciation " + std::to_string(depreciation_ppm_per_day) + " ppm/day x " +
                      std::to_string(depreciation_days) + " days = " + std::to_string(depreciation) + " fen");
    else
      lines.push_back("refund: the invoice price");
  }
  return lines;
}

}  // namespace aftersales
