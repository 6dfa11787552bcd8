// Warranty coverage: the policy's terms, coverage and service categories, the
// extended warranty tariff and maintenance contracts.
#include <aftersales/warranty.hpp>
#include <aftersales/enum_names.hpp>

#include "detail/json.hpp"
#include "detail/warranty_housing_impl.hpp"
#include "detail/warranty_impl.hpp"
#include "detail/warranty_rest_day.hpp"

#include <algorithm>
#include <limits>

namespace aftersales {

using detail::append_period;
using detail::check_count;
using detail::check_unit;
using detail::legal_end;
using detail::max_km;
using detail::mul_div_half_up;
using detail::term_start;

namespace {

using detail::period_code;


// d + n days, refusing results after 2199 in the name of `field`.
Date days_after_checked(Date d, int n, const char* field) {
  static const Date last_day(max_year, 12, 31);
  const Date out = d + boost::gregorian::days(n);
  if (out > last_day)
    throw Error(ErrorCode::out_of_range, field, "the warranty would end on " + format_date(out) + ", after 2199-12-31");
  return out;
}

void check_period(Period p, const std::string& field) {
  if (p.days < 0 || p.months < 0 || p.years < 0)
    throw Error(ErrorCode::invalid_argument, field, period_code(p) + " has a negative part");
  if (static_cast<std::int64_t>(p.years) * 12 + p.months > max_period_months)
    throw Error(ErrorCode::invalid_argument, field,
                period_code(p) + " is longer than " + std::to_string(max_period_months) + " months");
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Counts of days or repairs beyond what 1970..2199 holds can only be typing
// errors; refusing them also keeps the date arithmetic in range.
constexpr int max_count = 84000;

Date days_after(Date d, int n) { return d + boost::gregorian::days(n); }

void check_km(const std::optional<std::int64_t>& km, const std::string& field) {
  if (km && (*km < 1 || *km > max_km))
    throw Error(ErrorCode::invalid_argument, field, std::to_string(*km) + " km is outside 1.." + std::to_string(max_km));
}

}  // namespace

namespace detail {

void append_period(std::string& out, Period p) {
  const std::size_t at = out.size();
  auto part = [&](int n, const char* one, const char* many) {
    if (out.size() != at) out += ' ';
    out.append(std::to_string(n)).append(" ").append(n == 1 ? one : many);
  };
  if (p.years) part(p.years, "year", "years");
  if (p.months) part(p.months, "month", "months");
  if (p.days || out.size() == at) part(p.days, "day", "days");
}

Date legal_end(Date start, Period period, const Calendar* cal, bool* past_horizon, int extra_days,
               std::string* note) {
  Date plain = period_end(start, period);
  if (extra_days) plain = days_after_checked(plain, extra_days, "repair_days");
  if (!cal) return plain;
  // Provisional dates lie past the horizon: the usual answer costs one
  // comparison of dates.
  const std::optional<Date> horizon = cal->horizon();
  if (horizon && plain > *horizon && !cal->provisional(plain)) {
    if (past_horizon) *past_horizon = true;
    return plain;
  }
  const Date end = cal->advance(plain, 0);  // art. 203: a rest day moves on to the next business day
  if (note && horizon && end > *horizon && cal->provisional(end)) *note = provisional_note_on(*cal, end);
  return end;
}

void check_count(int value, const char* field) {
  if (value < 0) throw Error(ErrorCode::invalid_argument, field, std::to_string(value) + " is negative");
  if (value > max_count)
    throw Error(ErrorCode::invalid_argument, field, std::to_string(value) + " is more than " + std::to_string(max_count));
}

Date term_start(const ProductTerms& t, const UnitFacts& unit, bool* exchanged) {
  Date start = unit.purchased;
  if (t.basis == StartBasis::delivery) {
    if (!unit.delivered)
      throw Error(ErrorCode::invalid_argument, "delivered", "the " + t.product + " warranty counts from delivery: give the delivery date");
    start = *unit.delivered;
  } else if (t.basis == StartBasis::invoice_or_delivery) {
    // Car 2021 art. 18 para. 2: the delivery date where it differs from the
    // invoice (either way round: the article says only "differ").
    if (unit.delivered) start = *unit.delivered;
  } else if (t.basis == StartBasis::installation) {
    if (!unit.installed)
      throw Error(ErrorCode::invalid_argument, "installed", "the " + t.product + " warranty counts from installation: give the installation date");
    start = *unit.installed;
  }
  if (unit.exchanged) {
    if (*unit.exchanged < unit.purchased)
      throw Error(ErrorCode::invalid_argument, "exchanged", format_date(*unit.exchanged) + " is before the purchase");
    start = *unit.exchanged;
    if (exchanged) *exchanged = true;
  }
  return start;
}

void check_unit(const UnitFacts& unit) {
  if (unit.purchased.is_special()) throw Error(ErrorCode::invalid_argument, "purchased", "not a valid date");
  check_count(unit.repair_days, "repair_days");
  if (unit.mileage_km && (*unit.mileage_km < 0 || *unit.mileage_km > max_km))
    throw Error(ErrorCode::invalid_argument, "mileage_km",
                std::to_string(*unit.mileage_km) + " km is outside 0.." + std::to_string(max_km));
}

}  // namespace detail

const char* to_string(StartBasis b) noexcept { return enum_name(b); }
const char* to_string(Remedy r) noexcept { return enum_name(r); }
const char* to_string(ServiceCategory c) noexcept { return enum_name(c); }
char letter(ServiceCategory c) noexcept { return "ABCD"[static_cast<int>(c)]; }

StartBasis parse_start_basis(std::string_view text, std::string_view field) {
  return parse_enum<StartBasis>(text, field);
}

Remedy parse_remedy(std::string_view text, std::string_view field) { return parse_enum<Remedy>(text, field); }

// ---------------------------------------------------------------- policy

WarrantyPolicy::WarrantyPolicy(std::vector<ProductTerms> products, RemedyRules rules,
                               std::vector<std::string> exclusions, std::optional<Calendar> calendar,
                               RestDayExtension rest_day_extension)
    : products_(std::move(products)),
      rules_(rules),
      exclusions_(std::move(exclusions)),
      calendar_(std::move(calendar)),
      rest_day_extension_(rest_day_extension) {
  if (products_.empty()) throw Error(ErrorCode::invalid_argument, "products", "a warranty policy needs a product");
  for (const char* f : {"return_days", "exchange_days", "max_repairs", "repair_limit_days", "parts_limit_days"}) {
    const int v = std::string_view(f) == "return_days"     ? rules_.return_days
                  : std::string_view(f) == "exchange_days" ? rules_.exchange_days
                  : std::string_view(f) == "max_repairs"   ? rules_.max_repairs
                  : std::string_view(f) == "repair_limit_days" ? rules_.repair_limit_days
                                                               : rules_.parts_limit_days;
    if (v < 0) throw Error(ErrorCode::invalid_argument, std::string("rules.") + f, std::to_string(v) + " is negative");
  }
  if (rules_.max_repairs_remedies.empty())
    throw Error(ErrorCode::invalid_argument, "rules.max_repairs_remedies", "names no remedy");
  if (rules_.limit_remedies.empty()) throw Error(ErrorCode::invalid_argument, "rules.limit_remedies", "names no remedy");
  if (rules_.max_extended_years < 1)
    throw Error(ErrorCode::invalid_argument, "rules.max_extended_years",
                std::to_string(rules_.max_extended_years) + " is not a positive number of years");
  for (std::size_t i = 0; i < products_.size(); ++i) {
    const ProductTerms& t = products_[i];
    const std::string f = "products." + t.product;
    if (t.product.empty()) throw Error(ErrorCode::invalid_argument, "products[" + std::to_string(i) + "]", "has no name");
    for (std::size_t j = 0; j < i; ++j)
      if (products_[j].product == t.product) throw Error(ErrorCode::invalid_argument, f, "is given twice");
    check_period(t.whole_unit, f + ".whole_unit");
    if (t.housing) detail::check_housing(*t.housing, f);
    for (const auto& c : t.components) check_period(c.period, f + ".components." + c.name);
    for (const auto& [kind, options] : t.remedy_table)
      if (options.empty()) throw Error(ErrorCode::invalid_argument, f + ".remedies." + kind, "names no remedy");
    if (t.remedy_period) check_period(*t.remedy_period, f + ".remedy_period");
    if (t.depreciation_ppm_per_day < 0 || t.depreciation_ppm_per_day > 1000000)
      throw Error(ErrorCode::invalid_argument, f + ".depreciation_ppm_per_day",
                  std::to_string(t.depreciation_ppm_per_day) + " is outside 0..1000000");
    check_km(t.whole_unit_km, f + ".whole_unit_km");
    check_km(t.remedy_km, f + ".remedy_km");
    for (std::size_t k = 0; k < t.fault_windows.size(); ++k) {
      const FaultWindow& w = t.fault_windows[k];
      const std::string wf = f + ".fault_windows." + w.fault;
      if (w.fault.empty() || w.fault == "performance")
        throw Error(ErrorCode::invalid_argument, f + ".fault_windows[" + std::to_string(k) + "]",
                    "'" + w.fault + "' cannot name a window (a fault kind other than performance)");
      if (t.remedy_table.count(w.fault)) throw Error(ErrorCode::invalid_argument, wf, "is also in the remedy table");
      for (std::size_t j = 0; j < k; ++j)
        if (t.fault_windows[j].fault == w.fault) throw Error(ErrorCode::invalid_argument, wf, "is given twice");
      check_period(w.period, wf + ".period");
      check_km(w.km, wf + ".km");
      if (w.remedies.empty()) throw Error(ErrorCode::invalid_argument, wf + ".remedies", "names no remedy");
    }
  }
}

const ProductTerms& WarrantyPolicy::terms(std::string_view product) const {
  for (const auto& t : products_)
    if (t.product == product) return t;
  std::string known;
  for (const auto& t : products_) known += (known.empty() ? "" : ", ") + t.product;
  throw Error(ErrorCode::not_found, "product", "unknown product '" + std::string(product) + "' (known: " + known + ")");
}

namespace {

// The maker's term for a unit: from term_start, by the legal period rule,
// lengthened by the days under repair.
void covered_term(CoverageRule& r, const WarrantyPolicy& policy, const ProductTerms& t, const UnitFacts& unit,
                  Period period, std::string_view term_name, bool component) {
  r.basis = t.basis;
  r.start = term_start(t, unit, &r.exchanged);
  if (t.basis == StartBasis::invoice_or_delivery) {  // the rule names the date it took
    r.either_date = true;
    r.basis = unit.delivered ? StartBasis::delivery : StartBasis::invoice;
  }
  const Calendar* cal = policy.calendar() ? &*policy.calendar() : nullptr;
  try {
    const RestDayExtension& ext = policy.rest_day_extension();
    r.until = detail::legal_end_for(component ? ext.component : ext.whole_unit, r.start, period, cal, &r.past_horizon,
                                    unit.repair_days, &r.provisional, &r.not_extended);
    // Past the provisional years (statutory mode) the day is not moved either.
    if (r.past_horizon) r.horizon = cal->provisional_until().value_or(*cal->horizon());
  } catch (const Error& e) {
    if (e.code() != ErrorCode::out_of_range || e.field() == "repair_days") throw;
    throw Error(e.code(), "purchased",
                "the " + std::string(component ? "components." : "") + std::string(term_name) + " term from " +
                    format_date(r.start) + " runs past 2199-12-31");
  }
  r.product = t.product;
  r.name = term_name;
  r.component = component;
  r.period = period;
  r.repair_days = unit.repair_days;
  r.km_limit = component ? std::nullopt : t.whole_unit_km;  // components have no mileage limit of their own
  r.mileage = unit.mileage_km;
  r.over_km = r.km_limit && r.mileage && *r.mileage > *r.km_limit;
}

}  // namespace

std::string CoverageRule::text() const {
  std::string out;
  out.reserve(128);
  switch (kind) {
    case Kind::term:
      out.append("warranty.").append(product).append(component ? ".components." : ".").append(name).append(" = ");
      append_period(out, period);
      if (km_limit) out.append(" or ").append(std::to_string(*km_limit)).append(" km");
      out.append(" from ").append(exchanged ? "exchange" : to_string(basis)).append(" ").append(format_date(start));
      if (either_date && !exchanged)
        out.append(basis == StartBasis::delivery ? " (invoice_or_delivery: the delivery date)"
                                                 : " (invoice_or_delivery: no delivery date given)");
      if (repair_days) out.append(", + ").append(std::to_string(repair_days)).append(" days under repair");
      out.append(": until ").append(format_date(until)).append(provisional);
      if (past_horizon)
        out.append(" (after the calendar's horizon ").append(format_date(horizon)).append(": no rest-day extension)");
      if (not_extended)
        out.append(" (a rest day: warranty.rest_day_extension.").append(component ? "component" : "whole_unit").append(" = false)");
      if (km_limit && mileage)
        out.append(", at ").append(std::to_string(*mileage)).append(" km").append(over_km ? " (over the limit)" : "");
      else if (km_limit)
        out.append(" (mileage not given: the date alone decides)");
      break;
    case Kind::extended:
      out.append("extended warranty ").append(name).append(" = ");
      append_period(out, period);
      out.append(" after the maker's warranty: ").append(format_date(start)).append(" .. ").append(format_date(until));
      out.append(provisional);
      if (not_extended) out.append(" (a rest day: warranty.rest_day_extension.extended = false)");
      if (!covers.empty()) out.append("; covers ").append(covers);
      break;
    case Kind::exclusion:
      out.append("warranty.exclusions.").append(name).append(": no free service for this cause (paid repair allowed)");
      break;
    case Kind::housing: detail::append_housing_rule(out, *this); break;
  }
  if (expired) out.append(" (expired)");
  return out;
}

Coverage WarrantyPolicy::coverage(const UnitFacts& unit, Date on, std::optional<std::string_view> component,
                                  std::optional<std::string_view> cause,
                                  const std::vector<ExtendedWarranty>& extended) const {
  Coverage out;
  const ProductTerms& t = terms(unit.product);
  check_unit(unit);
  cover(out, t, unit, on, component, cause, extended);
  return out;
}

// Answers into `out`, which the caller has default-constructed: a remedy
// decision fills its own `coverage` in place, with no copy or move.
// `t` is the unit's product terms, and the unit has passed check_unit.
void WarrantyPolicy::cover(Coverage& out, const ProductTerms& t, const UnitFacts& unit, Date on,
                           const std::optional<std::string_view>& component,
                           const std::optional<std::string_view>& cause,
                           const std::vector<ExtendedWarranty>& extended) const {
  if (on < unit.purchased)
    throw Error(ErrorCode::invalid_argument, "on", format_date(on) + " is before the purchase " + format_date(unit.purchased));
  if (t.housing) return detail::cover_housing(out, *this, t, unit, on, component, cause);
  Period period = t.whole_unit;
  std::string_view term_name = "whole_unit";
  if (component) {
    auto it = std::find_if(t.components.begin(), t.components.end(), [&](const ComponentTerm& c) { return c.name == *component; });
    if (it == t.components.end()) {
      std::string known;
      for (const auto& c : t.components) known += (known.empty() ? "" : ", ") + c.name;
      throw Error(ErrorCode::not_found, "component",
                  "unknown component '" + std::string(*component) + "' of " + t.product + " (known: " + known + ")");
    }
    period = it->period;
    term_name = it->name;
  }
  for (std::size_t i = 0; i < extended.size(); ++i)
    if (extended[i].years < 1 || extended[i].years > rules_.max_extended_years)
      throw Error(ErrorCode::invalid_argument, "extended[" + std::to_string(i) + "].years",
                  std::to_string(extended[i].years) + " is outside 1.." + std::to_string(rules_.max_extended_years));

  covered_term(out.why, *this, t, unit, period, term_name, component.has_value());
  const Date maker_until = out.why.until;
  out.until = maker_until;
  out.term = term_name;
  out.kind = component ? CoverageTerm::component : CoverageTerm::whole_unit;

  // Extended warranties: whole unit, from the day after the maker's whole-unit
  // term. Of those that qualify (for an excluded cause: those naming it) the
  // one that runs longest answers.
  Date whole_until = maker_until;
  if (component && !extended.empty()) {
    CoverageRule whole;
    covered_term(whole, *this, t, unit, t.whole_unit, "whole_unit", false);
    whole_until = whole.until;
  }
  const Calendar* cal = calendar_ ? &*calendar_ : nullptr;
  auto longest = [&](auto qualifies) {
    std::optional<CoverageRule> best;
    for (const auto& e : extended) {
      if (!qualifies(e)) continue;
      std::string note;
      bool not_extended = false;
      const Date until = detail::legal_end_for(rest_day_extension_.extended, whole_until, Period{.years = e.years}, cal,
                                               nullptr, 0, &note, &not_extended);
      if (best && until <= best->until) continue;
      best.emplace();
      best->not_extended = not_extended;
      best->provisional = std::move(note);
      best->kind = CoverageRule::Kind::extended;
      best->name = e.id;
      best->period = Period{.years = e.years};
      best->start = days_after(whole_until, 1);
      best->until = until;
    }
    return best;
  };
  // Writes an extended warranty's answer into `out`.
  auto answer_extended = [&](CoverageRule&& rule, bool covered, std::optional<std::string_view> covers,
                             bool as_extended_term) {
    out.covered = covered;
    out.why = std::move(rule);
    if (covers) out.why.covers = *covers;
    out.why.expired = !covered;
    if (as_extended_term) out.until = out.why.until, out.term = out.why.name, out.kind = CoverageTerm::extended;
  };

  if (cause) {
    const bool excluded = contains(exclusions_, *cause) || contains(t.exclusions, *cause);
    bool extra = false;
    for (const auto& e : extended) extra = extra || contains(e.extra_causes, *cause);
    if (!excluded && !extra) {
      std::string known;
      for (const auto& x : exclusions_) known += (known.empty() ? "" : ", ") + x;
      for (const auto& x : t.exclusions) known += (known.empty() ? "" : ", ") + x;
      throw Error(ErrorCode::not_found, "cause", "unknown cause '" + std::string(*cause) + "' (known: " + known + ")");
    }
    if (excluded) {
      // Only an extended warranty that names the cause, and is running, covers it.
      auto naming = longest([&](const ExtendedWarranty& e) { return contains(e.extra_causes, *cause); });
      if (naming && on <= naming->until && on <= maker_until) return answer_extended(std::move(*naming), true, cause, false);
      if (naming && on >= naming->start && on <= naming->until)
        return answer_extended(std::move(*naming), true, cause, true);
      out.covered = false;
      out.exclusion = std::string(*cause);
      out.why.kind = CoverageRule::Kind::exclusion;  // the term's facts stay: `until` still reports it
      out.why.name = *cause;
      return;
    }
  }
  if (on <= maker_until && !out.why.over_km) {
    out.covered = true;
    return;
  }
  auto ext = longest([](const ExtendedWarranty&) { return true; });
  if (ext && on >= ext->start && on <= ext->until) return answer_extended(std::move(*ext), true, std::nullopt, true);
  // The last covered day was the extended warranty's, when there is one.
  if (ext && on > ext->until) return answer_extended(std::move(*ext), false, std::nullopt, true);
  out.covered = false;
  out.why.expired = true;
}

std::size_t WarrantyPolicy::coverage_many(std::string_view product, std::span<const Date> purchased,
                                          std::span<const Date> on, std::span<bool> covered, std::span<Date> until,
                                          std::optional<std::string_view> component, bool skip_errors) const {
  const std::size_t n = purchased.size();
  auto check_size = [n](std::size_t size, const char* field) {
    if (size != n)
      throw Error(ErrorCode::invalid_argument, field,
                  "has " + std::to_string(size) + " elements, purchased has " + std::to_string(n));
  };
  check_size(on.size(), "on");
  check_size(covered.size(), "covered");
  check_size(until.size(), "until");
  const ProductTerms& t = terms(product);
  // invoice_or_delivery without delivery dates is the invoice date (car 2021 art. 18 para. 2).
  if (t.basis != StartBasis::invoice && t.basis != StartBasis::invoice_or_delivery)
    throw Error(ErrorCode::invalid_argument, "product",
                "the " + t.product + " warranty counts from " + to_string(t.basis) +
                    ", and coverage_many knows purchase dates only: ask coverage() per unit");
  if (t.whole_unit_km && !component)
    throw Error(ErrorCode::invalid_argument, "product",
                "the " + t.product + " warranty also ends at " + std::to_string(*t.whole_unit_km) +
                    " km, and coverage_many knows dates only: ask coverage() per unit with its mileage");
  if (component && std::none_of(t.components.begin(), t.components.end(),
                                [&](const ComponentTerm& c) { return c.name == *component; })) {
    UnitFacts probe{.product = t.product, .purchased = Date(min_year, 1, 1)};
    coverage(probe, probe.purchased, component);  // throws the not_found error naming "component"
  }

  // The term's last day per purchase day, as day offsets from the earliest
  // purchase: 0 = not worked out yet, -1 = refused (skipped), else until - first + 1.
  Date first(boost::date_time::pos_infin), last(boost::date_time::neg_infin);
  for (const Date p : purchased)
    if (!p.is_special()) first = std::min(first, p), last = std::max(last, p);
  std::vector<std::int32_t> memo;
  if (!first.is_special()) memo.assign(static_cast<std::size_t>((last - first).days()) + 1, 0);

  UnitFacts unit{.product = t.product};
  std::size_t answered = 0;
  for (std::size_t i = 0; i < n; ++i) {
    covered[i] = false, until[i] = Date(boost::date_time::not_a_date_time);
    if (purchased[i].is_special() || on[i].is_special()) continue;
    try {
      if (on[i] < purchased[i]) {  // coverage()'s own error for it
        unit.purchased = purchased[i];
        coverage(unit, on[i], component);
      }
      std::int32_t& m = memo[static_cast<std::size_t>((purchased[i] - first).days())];
      if (m == 0) {
        m = -1;  // until it has an answer: a skipped error stays skipped for the day
        unit.purchased = purchased[i];
        const Coverage c = coverage(unit, unit.purchased, component);
        m = static_cast<std::int32_t>((*c.until - first).days()) + 1;
      }
      if (m < 0) continue;
      until[i] = first + boost::gregorian::days(m - 1);
      covered[i] = on[i] <= until[i];
      ++answered;
    } catch (const Error& e) {
      if (!skip_errors)
        throw Error(e.code(), (e.field() == "on" ? "on[" : "purchased[") + std::to_string(i) + "]", e.message());
    }
  }
  return answered;
}

ServiceCategory WarrantyPolicy::category(const UnitFacts& unit, Date on, std::optional<std::string_view> cause,
                                         const std::vector<MaintenanceContract>& contracts,
                                         const std::vector<ExtendedWarranty>& extended, bool internal,
                                         std::string* rule) const {
  // The rule is written only when asked for: `why` gives its tail.
  auto out = [&](ServiceCategory c, auto why) {
    if (rule) *rule = "category " + std::string(1, letter(c)) + " (" + to_string(c) + "): " + why();
    return c;
  };
  if (internal) return out(ServiceCategory::internal, [] { return std::string("internal work"); });
  for (std::size_t i = 0; i < contracts.size(); ++i)
    if (contracts[i].end < contracts[i].start)
      throw Error(ErrorCode::invalid_argument, "contracts[" + std::to_string(i) + "].end", "is before the start");
  const Coverage cov = coverage(unit, on, std::nullopt, cause, extended);
  if (cov.covered) return out(ServiceCategory::free, [&] { return cov.rule(); });
  for (const auto& c : contracts)
    if (c.start <= on && on <= c.end)
      return out(ServiceCategory::contract, [&] {
        return "maintenance contract " + c.id + " " + format_date(c.start) + " .. " + format_date(c.end);
      });
  return out(ServiceCategory::paid, [&] { return cov.rule(); });
}

// ---------------------------------------------------------------- extended warranty tariff

ExtendedWarrantyTariff::ExtendedWarrantyTariff(std::map<int, std::int64_t> rate_per_years) : rates_(std::move(rate_per_years)) {
  if (rates_.empty()) throw Error(ErrorCode::invalid_argument, "rates", "a tariff needs at least one length");
  for (const auto& [years, rate] : rates_) {
    if (years < 1) throw Error(ErrorCode::invalid_argument, "rates", std::to_string(years) + " years is not a length");
    if (rate < 0 || rate > 10000)
      throw Error(ErrorCode::invalid_argument, "rates." + std::to_string(years), std::to_string(rate) + " is outside 0..10000");
  }
}

ExtendedWarrantyTariff ExtendedWarrantyTariff::tv_example() {
  // RULES.md §3.4: a 6,000 yuan TV costs 279 / 528 / 777 / 1,023 yuan for 1..4 years.
  return ExtendedWarrantyTariff({{1, 465}, {2, 880}, {3, 1295}, {4, 1705}});
}

Fen ExtendedWarrantyTariff::price(Fen product_price, int years) const {
  if (product_price < 0)
    throw Error(ErrorCode::invalid_argument, "product_price", std::to_string(product_price) + " fen is negative");
  if (product_price > (Fen{1} << 50))
    throw Error(ErrorCode::invalid_argument, "product_price", std::to_string(product_price) + " fen is too large");
  auto it = rates_.find(years);
  if (it == rates_.end())
    throw Error(ErrorCode::invalid_argument, "years",
                std::to_string(years) + " years is not in the tariff (1.." + std::to_string(max_years()) + ")");
  return mul_div_half_up(product_price, it->second, 10000);
}

int ExtendedWarrantyTariff::max_years() const noexcept { return rates_.rbegin()->first; }

// ---------------------------------------------------------------- maintenance contracts

std::vector<std::string> expiry_notices(const std::vector<MaintenanceContract>& contracts, Date on) {
  std::vector<std::string> due;
  for (std::size_t i = 0; i < contracts.size(); ++i) {
    const MaintenanceContract& c = contracts[i];
    if (c.end < c.start)
      throw Error(ErrorCode::invalid_argument, "contracts[" + std::to_string(i) + "].end", "is before the start");
    for (std::size_t j = 0; j < i; ++j)
      if (contracts[j].id == c.id)
        throw Error(ErrorCode::invalid_argument, "contracts[" + std::to_string(i) + "].id", "'" + c.id + "' is given twice");
    if (c.successor) continue;
    // One month before the end, the corresponding day (or the month's last);
    // a contract shorter than a month is due from its first day.
    const int total = static_cast<int>(c.end.year()) * 12 + (static_cast<int>(c.end.month()) - 1) - 1;
    const auto y = static_cast<unsigned short>(total / 12), m = static_cast<unsigned short>(total % 12 + 1);
    const auto last = boost::gregorian::gregorian_calendar::end_of_month_day(y, m);
    const Date notice = std::max(c.start, Date(y, m, std::min<unsigned short>(c.end.day(), last)));
    if (notice <= on && on <= c.end) due.push_back(c.id);
  }
  return due;
}

MaintenanceContract renew(MaintenanceContract& current, std::string successor_id, Period term) {
  if (current.successor)
    throw Error(ErrorCode::state, "current", "contract " + current.id + " was already renewed as " + *current.successor);
  if (successor_id.empty()) throw Error(ErrorCode::invalid_argument, "successor_id", "is empty");
  if (successor_id == current.id)
    throw Error(ErrorCode::invalid_argument, "successor_id", "'" + successor_id + "' is the current contract's id");
  check_period(term, "term");
  if (term.days == 0 && term.months == 0 && term.years == 0)
    throw Error(ErrorCode::invalid_argument, "term", "a renewal needs a term longer than 0");
  // The new term starts the day after the old end and counts that day: a year
  // from 2026-01-01 ends 2026-12-31, a month from 03-01 ends 03-31.
  const Date start = days_after(current.end, 1);
  const Date end = period_end(start, term, nullptr, PeriodOptions{.count_start_day = true});
  MaintenanceContract next{std::move(successor_id), start, end, std::nullopt};
  current.successor = next.id;
  return next;
}

}  // namespace aftersales
