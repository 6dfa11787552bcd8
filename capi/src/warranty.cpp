// as_warranty_*, as_tariff_*, as_expiry_notices: C arguments in,
// aftersales::WarrantyPolicy / ExtendedWarrantyTariff / expiry_notices call,
// C results out.
#include <aftersales.h>
#include <aftersales/warranty.hpp>

#include "guard.hpp"
#include "handles.hpp"

#include <climits>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

using aftersales::Date;
using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::ExtendedWarranty;
using aftersales::ExtendedWarrantyTariff;
using aftersales::MaintenanceContract;
using aftersales::WarrantyPolicy;
using aftersales::capi::guard;
using aftersales::capi::check_size;
using aftersales::capi::Names;
using aftersales::capi::renaming;
using aftersales::capi::require;

namespace {


std::string indexed(const char* array, size_t i, const char* member) {
  return std::string(array) + "[" + std::to_string(i) + "]" + (member[0] != '\0' ? "." : "") + member;
}


// The C++ fields a UnitFacts is checked under, and their C names.
constexpr std::pair<std::string_view, std::string_view> unit_names[] = {
    {"product", "unit.product"},
    {"purchased", "unit.purchased_yyyymmdd"},
    {"delivered", "unit.delivered_yyyymmdd"},
    {"installed", "unit.installed_yyyymmdd"},
    {"exchanged", "unit.exchanged_yyyymmdd"},
    {"mileage_km", "unit.mileage_km"},
    {"design_life_years", "unit.design_life_years"},
};

template <class F>
auto renaming_unit(Names more, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    for (const auto& [from, to] : unit_names)
      if (e.field() == from) throw Error(e.code(), std::string(to), e.message());
    for (const auto& [from, to] : more)
      if (e.field() == from) throw Error(e.code(), std::string(to), e.message());
    throw;
  }
}


void check_reserved(int32_t value, const std::string& field) {
  // A later version may give the field a meaning; 0 must stay "not given".
  if (value != 0) throw Error(ErrorCode::invalid_argument, field, std::to_string(value) + " is reserved and must be 0");
}

void check_count(int32_t value, const char* field) {
  if (value < 0) throw Error(ErrorCode::invalid_argument, field, std::to_string(value) + " is negative");
}

Date date(int32_t yyyymmdd, const std::string& field) { return aftersales::date_from_yyyymmdd(yyyymmdd, field); }

std::optional<Date> optional_date(int32_t yyyymmdd, const char* field) {
  if (yyyymmdd == 0) return std::nullopt;
  return date(yyyymmdd, field);
}

std::optional<std::string_view> optional_text(const char* s) {
  if (s == nullptr) return std::nullopt;
  return std::string_view(s);
}

aftersales::UnitFacts unit_of(const as_unit_facts* u) {
  require(u, "unit");
  static const as_unit_facts defaults = AS_UNIT_FACTS_INIT;
  const as_unit_facts read = aftersales::capi::sized_input(u, "unit", defaults);  // at the caller's size
  u = &read;
  require(u->product, "unit.product");
  check_count(u->repair_days, "unit.repair_days");
  aftersales::UnitFacts f;
  f.product = u->product;
  f.purchased = date(u->purchased_yyyymmdd, "unit.purchased_yyyymmdd");
  f.delivered = optional_date(u->delivered_yyyymmdd, "unit.delivered_yyyymmdd");
  f.installed = optional_date(u->installed_yyyymmdd, "unit.installed_yyyymmdd");
  f.exchanged = optional_date(u->exchanged_yyyymmdd, "unit.exchanged_yyyymmdd");
  f.repair_days = u->repair_days;
  if (u->has_mileage != 0) f.mileage_km = u->mileage_km;
  // Housing (trailing fields; an older caller's struct gets the INIT defaults).
  if (u->repairer != nullptr) f.repairer = u->repairer;
  if (u->design_life_years != 0) f.design_life_years = u->design_life_years;
  check_reserved(u->reserved1, "unit.reserved1");
  return f;
}

aftersales::FaultFacts fault_of(const as_fault_facts* x) {
  require(x, "fault");
  static const as_fault_facts defaults = AS_FAULT_FACTS_INIT;
  const as_fault_facts read = aftersales::capi::sized_input(x, "fault", defaults);  // at the caller's size
  x = &read;
  check_reserved(x->reserved0, "fault.reserved0");
  check_count(x->prior_repairs, "fault.prior_repairs");
  check_count(x->repair_days, "fault.repair_days");
  check_count(x->waiting_parts_days, "fault.waiting_parts_days");
  aftersales::FaultFacts f;
  f.fault_on = date(x->fault_on_yyyymmdd, "fault.fault_on_yyyymmdd");
  if (x->fault != nullptr) f.fault = x->fault;
  if (x->component != nullptr) f.component = x->component;
  if (x->cause != nullptr) f.cause = std::string(x->cause);
  f.prior_repairs = x->prior_repairs;
  f.repair_days = x->repair_days;
  f.waiting_parts_days = x->waiting_parts_days;
  f.same_model_available = x->same_model_available != 0;
  if (x->has_price != 0) f.price = x->price_fen;
  f.refused_exchange = x->refused_exchange != 0;
  check_reserved(x->reserved1, "fault.reserved1");
  f.unrepairable = x->unrepairable != 0;  // 0 for a caller built before the field
  // Car 2021 (issue 27): 0 for a caller built before the fields.
  check_count(x->prior_replacements, "fault.prior_replacements");
  f.prior_replacements = x->prior_replacements;
  if (x->has_usage_coefficient != 0) f.usage_coefficient_ppm = x->usage_coefficient_ppm;
  check_reserved(x->reserved2, "fault.reserved2");
  return f;
}

// The extended warranties and, per id, the caller's index (ids are unique:
// the C++ answer names the covering warranty by id).
struct Extended {
  std::vector<ExtendedWarranty> list;
  std::unordered_map<std::string_view, size_t> index;
};

Extended extended_of(const as_extended_warranty* ext, size_t n) {
  Extended out;
  if (n == 0) return out;
  require(ext, "extended");
  if (n > static_cast<size_t>(INT32_MAX))
    throw Error(ErrorCode::invalid_argument, "n_extended", std::to_string(n) + " is too many");
  out.list.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const as_extended_warranty& e = ext[i];
    const auto id_field = indexed("extended", i, "id");
    require(e.id, id_field.c_str());
    check_reserved(e.reserved0, indexed("extended", i, "reserved0"));
    if (auto [it, fresh] = out.index.emplace(e.id, i); !fresh)
      throw Error(ErrorCode::invalid_argument, id_field,
                  "duplicate id '" + std::string(e.id) + "' (also " + indexed("extended", it->second, "id") + ")");
    ExtendedWarranty w;
    w.id = e.id;
    w.years = e.years;
    if (e.n_extra_causes > 0) require(e.extra_causes, indexed("extended", i, "extra_causes").c_str());
    w.extra_causes.reserve(e.n_extra_causes);
    for (size_t j = 0; j < e.n_extra_causes; ++j) {
      const auto field = indexed("extended", i, "extra_causes") + "[" + std::to_string(j) + "]";
      require(e.extra_causes[j], field.c_str());
      w.extra_causes.emplace_back(e.extra_causes[j]);
    }
    out.list.push_back(std::move(w));
  }
  return out;
}

struct Contracts {
  std::vector<MaintenanceContract> list;
  std::unordered_map<std::string_view, size_t> index;
};

Contracts contracts_of(const as_maintenance_contract* c, size_t n) {
  Contracts out;
  if (n == 0) return out;
  require(c, "contracts");
  out.list.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const auto id_field = indexed("contracts", i, "id");
    require(c[i].id, id_field.c_str());
    if (auto [it, fresh] = out.index.emplace(c[i].id, i); !fresh)
      throw Error(ErrorCode::invalid_argument, id_field,
                  "duplicate id '" + std::string(c[i].id) + "' (also " + indexed("contracts", it->second, "id") + ")");
    MaintenanceContract m;
    m.id = c[i].id;
    m.start = date(c[i].start_yyyymmdd, indexed("contracts", i, "start_yyyymmdd"));
    m.end = date(c[i].end_yyyymmdd, indexed("contracts", i, "end_yyyymmdd"));
    if (m.end < m.start)
      throw Error(ErrorCode::invalid_argument, indexed("contracts", i, "end_yyyymmdd"),
                  aftersales::format_date(m.end) + " is before the start " + aftersales::format_date(m.start));
    if (c[i].successor != nullptr) m.successor = std::string(c[i].successor);
    out.list.push_back(std::move(m));
  }
  return out;
}

std::optional<aftersales::Calendar> calendar_of(const as_calendar* calendar) {
  if (calendar == nullptr) return std::nullopt;
  return calendar->calendar;
}

void check_rule_buffer(const char* rule_buf, size_t rule_cap) {
  if (rule_cap > 0) require(rule_buf, "rule_buf");
}

// Whether the caller asked for the rule text: writing it is most of a
// decision's cost, so a caller who passes no buffer does not pay for it.
bool wants_rule(size_t rule_cap, const size_t* out_rule_needed) { return rule_cap > 0 || out_rule_needed != nullptr; }


void make_policy(as_warranty_policy** out, WarrantyPolicy policy) {
  auto handle = std::make_unique<as_warranty_policy>(std::move(policy));
  *out = handle.release();
}

void make_tariff(as_tariff** out, ExtendedWarrantyTariff tariff) {
  auto handle = std::make_unique<as_tariff>(std::move(tariff));
  *out = handle.release();
}

}  // namespace

extern "C" {

as_status as_warranty_policy_preset(const char* name, const as_calendar* calendar, as_warranty_policy** out, as_error** error) {
  return guard(error, [&] {
    require(name, "name");
    require(out, "out");
    using Maker = WarrantyPolicy (*)(std::optional<aftersales::Calendar>);
    static constexpr std::pair<std::string_view, Maker> presets[] = {
        {"sanbao", &WarrantyPolicy::sanbao},
        {"piano", &WarrantyPolicy::piano},
        {"housing", &WarrantyPolicy::housing},
        {"car_2021", &WarrantyPolicy::car_2021},
    };
    for (const auto& [preset, make] : presets)
      if (preset == name) return make_policy(out, make(calendar_of(calendar)));
    throw Error(ErrorCode::not_found, "name",
                "unknown warranty preset '" + std::string(name) + "' (known: sanbao, piano, housing, car_2021)");
  });
}

as_status as_warranty_policy_from_json(const char* json, const as_calendar* calendar, as_warranty_policy** out, as_error** error) {
  return guard(error, [&] {
    require(json, "json");
    require(out, "out");
    make_policy(out, WarrantyPolicy::from_json(json, calendar_of(calendar)));
  });
}

void as_warranty_policy_destroy(as_warranty_policy* policy) { delete policy; }

as_status as_warranty_policy_to_json(const as_warranty_policy* policy, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_json, "out_json");
    *out_json = aftersales::capi::malloc_string(policy->policy.to_json());
  });
}

as_status as_warranty_coverage(const as_warranty_policy* policy, const as_unit_facts* unit, int32_t on_yyyymmdd,
                               const char* component, const char* cause, const as_extended_warranty* extended,
                               size_t n_extended, as_coverage* out, char* rule_buf, size_t rule_cap,
                               size_t* out_rule_needed, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out, "out");
    check_rule_buffer(rule_buf, rule_cap);
    check_size(out->size, sizeof(as_coverage), "out.size", "as_coverage", "AS_COVERAGE_INIT");
    const auto u = unit_of(unit);
    const Date on = date(on_yyyymmdd, "on_yyyymmdd");
    const auto ext = extended_of(extended, n_extended);
    const auto c = renaming_unit({{"on", "on_yyyymmdd"}}, [&] {
      return policy->policy.coverage(u, on, optional_text(component), optional_text(cause), ext.list);
    });

    as_coverage r{};
    r.size = out->size;
    r.covered = c.covered ? 1 : 0;
    r.until_yyyymmdd = c.until ? aftersales::date_to_yyyymmdd(*c.until) : 0;
    r.excluded = c.exclusion.empty() ? 0 : 1;
    r.extended_index = -1;
    switch (c.kind) {
      case aftersales::CoverageTerm::whole_unit: r.term = AS_TERM_WHOLE_UNIT; break;
      case aftersales::CoverageTerm::component: r.term = AS_TERM_COMPONENT; break;
      case aftersales::CoverageTerm::extended: {
        const auto it = ext.index.find(c.term);
        if (it == ext.index.end())
          throw Error(ErrorCode::internal, "coverage", "named an unknown extended warranty '" + c.term + "'");
        r.term = AS_TERM_EXTENDED;
        r.extended_index = static_cast<int32_t>(it->second);
        break;
      }
    }

    const std::string rule = wants_rule(rule_cap, out_rule_needed) ? c.rule() : std::string();

    // Nothing below throws: the outputs are written all or nothing.
    std::memcpy(out, &r, sizeof r);
    aftersales::capi::copy_text(rule, rule_buf, rule_cap, out_rule_needed);
  });
}

as_status as_warranty_coverage_many(const as_warranty_policy* policy, const char* product, const char* component,
                                    size_t n, const int32_t* purchased_yyyymmdd, const int32_t* on_yyyymmdd,
                                    int32_t skip_errors, int32_t* covered, int32_t* until_yyyymmdd,
                                    size_t* out_answered, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(product, "product");
    if (n > 0) {
      require(purchased_yyyymmdd, "purchased_yyyymmdd");
      require(on_yyyymmdd, "on_yyyymmdd");
      require(covered, "covered");
      require(until_yyyymmdd, "until_yyyymmdd");
    }
    const bool skip = skip_errors != 0;
    // 0 is "no date"; a date that does not parse is the caller's error (or skipped).
    auto dates = [&](const int32_t* in, const char* field) {
      std::vector<Date> out(n, Date(boost::date_time::not_a_date_time));
      for (size_t i = 0; i < n; ++i) {
        if (in[i] == 0) continue;
        try {
          out[i] = date(in[i], std::string(field) + "[" + std::to_string(i) + "]");
        } catch (const Error&) {
          if (!skip) throw;
        }
      }
      return out;
    };
    const std::vector<Date> purchased = dates(purchased_yyyymmdd, "purchased_yyyymmdd");
    const std::vector<Date> on = dates(on_yyyymmdd, "on_yyyymmdd");
    std::vector<Date> until(n);
    const std::unique_ptr<bool[]> is_covered(new bool[n]);
    const size_t answered = [&] {
      try {
        return policy->policy.coverage_many(product, purchased, on, std::span<bool>(is_covered.get(), n), until,
                                            optional_text(component), skip);
      } catch (const Error& e) {
        if (e.field().starts_with("on[")) throw e.renamed("on", "on_yyyymmdd");
        throw e.renamed("purchased", "purchased_yyyymmdd");
      }
    }();

    // Nothing below throws: the outputs are written all or nothing.
    for (size_t i = 0; i < n; ++i) {
      covered[i] = is_covered[i] ? 1 : 0;
      until_yyyymmdd[i] = until[i].is_special() ? 0 : aftersales::date_to_yyyymmdd(until[i]);
    }
    if (out_answered != nullptr) *out_answered = answered;
  });
}

as_status as_warranty_remedy(const as_warranty_policy* policy, const as_unit_facts* unit,
                             const as_fault_facts* fault, const as_extended_warranty* extended, size_t n_extended,
                             as_remedy* out, char* rule_buf, size_t rule_cap, size_t* out_rule_needed,
                             char** out_trail, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out, "out");
    check_rule_buffer(rule_buf, rule_cap);
    // Version 1 ends at refund_fen; the usage compensation came with issue 27.
    check_size(out->size, offsetof(as_remedy, has_usage_compensation), "out.size", "as_remedy", "AS_REMEDY_INIT");
    const auto u = unit_of(unit);
    const auto f = fault_of(fault);
    const auto ext = extended_of(extended, n_extended);
    const auto d = renaming_unit({{"cause", "fault.cause"},
                                  {"component", "fault.component"},
                                  {"fault", "fault.fault"},
                                  {"fault_on", "fault.fault_on_yyyymmdd"},
                                  {"price", "fault.price_fen"},
                                  {"prior_repairs", "fault.prior_repairs"},
                                  {"prior_replacements", "fault.prior_replacements"},
                                  {"usage_coefficient_ppm", "fault.usage_coefficient_ppm"},
                                  {"waiting_parts_days", "fault.waiting_parts_days"}},
                                 [&] { return policy->policy.remedy(u, f, ext.list); });

    as_remedy r{};
    r.size = out->size;
    for (const auto option : d.options) {
      switch (option) {
        case aftersales::Remedy::refund: r.options |= AS_REMEDY_RETURN; break;
        case aftersales::Remedy::exchange: r.options |= AS_REMEDY_EXCHANGE; break;
        case aftersales::Remedy::repair: r.options |= AS_REMEDY_REPAIR; break;
        case aftersales::Remedy::replacement: r.options |= AS_REMEDY_REPLACEMENT; break;
        case aftersales::Remedy::assembly_replacement: r.options |= AS_REMEDY_ASSEMBLY_REPLACEMENT; break;
      }
    }
    if (r.options == 0) throw Error(ErrorCode::internal, "remedy", "decided on no remedy at all");
    r.free_of_charge = d.free ? 1 : 0;
    r.has_refund = d.refund ? 1 : 0;
    r.refund_fen = d.refund ? *d.refund : 0;
    r.has_usage_compensation = d.usage_compensation ? 1 : 0;
    r.usage_compensation_fen = d.usage_compensation.value_or(0);

    char* trail = nullptr;
    if (out_trail != nullptr) {
      std::string text;
      for (const auto& line : d.trail()) {
        if (!text.empty()) text += '\n';
        text += line;
      }
      trail = aftersales::capi::malloc_string(text);
    }

    const std::string rule = wants_rule(rule_cap, out_rule_needed) ? d.rule() : std::string();

    // Nothing below throws: the outputs are written all or nothing.
    std::memcpy(out, &r, out->size < sizeof r ? out->size : sizeof r);  // a caller's older, smaller struct
    aftersales::capi::copy_text(rule, rule_buf, rule_cap, out_rule_needed);
    if (out_trail != nullptr) *out_trail = trail;
  });
}

as_status as_warranty_exchange_deadlines(const as_warranty_policy* policy, int32_t requested_yyyymmdd,
                                         int32_t received_yyyymmdd, int32_t* out_answer_by_yyyymmdd,
                                         int32_t* out_complete_by_yyyymmdd, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_answer_by_yyyymmdd, "out_answer_by_yyyymmdd");
    require(out_complete_by_yyyymmdd, "out_complete_by_yyyymmdd");
    const Date requested = date(requested_yyyymmdd, "requested_yyyymmdd");
    const std::optional<Date> received =
        received_yyyymmdd == 0 ? std::nullopt : std::optional<Date>(date(received_yyyymmdd, "received_yyyymmdd"));
    const auto d = renaming({{"requested", "requested_yyyymmdd"}, {"received", "received_yyyymmdd"}},
                            [&] { return policy->policy.exchange_request_deadlines(requested, received); });
    *out_answer_by_yyyymmdd = d.answer_by ? aftersales::date_to_yyyymmdd(*d.answer_by) : 0;
    *out_complete_by_yyyymmdd = d.complete_by ? aftersales::date_to_yyyymmdd(*d.complete_by) : 0;
  });
}

as_status as_warranty_category(const as_warranty_policy* policy, const as_unit_facts* unit, int32_t on_yyyymmdd,
                               const char* cause, const as_maintenance_contract* contracts, size_t n_contracts,
                               const as_extended_warranty* extended, size_t n_extended, int32_t internal,
                               int32_t* out_category, char* rule_buf, size_t rule_cap, size_t* out_rule_needed, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_category, "out_category");
    check_rule_buffer(rule_buf, rule_cap);
    // Internal work (training, tool care) needs no unit.
    aftersales::UnitFacts u;
    if (internal == 0 || unit != nullptr) u = unit_of(unit);
    const Date on = date(on_yyyymmdd, "on_yyyymmdd");
    const auto cs = contracts_of(contracts, n_contracts);
    const auto ext = extended_of(extended, n_extended);
    std::string rule;
    const auto c = renaming_unit({{"on", "on_yyyymmdd"}, {"repair_days", "unit.repair_days"}}, [&] {
      return policy->policy.category(u, on, optional_text(cause), cs.list, ext.list, internal != 0,
                                    wants_rule(rule_cap, out_rule_needed) ? &rule : nullptr);
    });
    const auto category = static_cast<int32_t>(c);  // AS_CATEGORY_* are its values (enum_codes.cpp)

    // Nothing below throws: the outputs are written all or nothing.
    *out_category = category;
    aftersales::capi::copy_text(rule, rule_buf, rule_cap, out_rule_needed);
  });
}

as_status as_tariff_tv_example(as_tariff** out, as_error** error) {
  return guard(error, [&] {
    require(out, "out");
    make_tariff(out, ExtendedWarrantyTariff::tv_example());
  });
}

as_status as_tariff_create(const as_tariff_rate* rates, size_t n_rates, as_tariff** out, as_error** error) {
  return guard(error, [&] {
    if (n_rates > 0) require(rates, "rates");
    require(out, "out");
    std::map<int, std::int64_t> map;
    std::map<int, size_t> where;
    for (size_t i = 0; i < n_rates; ++i) {
      const auto years_field = indexed("rates", i, "years");
      if (rates[i].years < 1)
        throw Error(ErrorCode::invalid_argument, years_field, std::to_string(rates[i].years) + " is not a length in years");
      if (rates[i].rate_per_10000 < 0 || rates[i].rate_per_10000 > 10000)
        throw Error(ErrorCode::invalid_argument, indexed("rates", i, "rate_per_10000"),
                    std::to_string(rates[i].rate_per_10000) + " is outside 0..10000");
      // A map silently keeps one of two equal keys; the caller meant something.
      if (auto [it, fresh] = where.emplace(rates[i].years, i); !fresh)
        throw Error(ErrorCode::invalid_argument, years_field,
                    "duplicate length " + std::to_string(rates[i].years) + " (also " +
                        indexed("rates", it->second, "years") + ")");
      map.emplace(rates[i].years, rates[i].rate_per_10000);
    }
    make_tariff(out, ExtendedWarrantyTariff(std::move(map)));
  });
}

void as_tariff_destroy(as_tariff* tariff) { delete tariff; }

as_status as_tariff_price(const as_tariff* tariff, int64_t price_fen, int32_t years, int64_t* out_fen, as_error** error) {
  return guard(error, [&] {
    require(tariff, "tariff");
    require(out_fen, "out_fen");
    *out_fen = renaming({{"product_price", "price_fen"}}, [&] { return tariff->tariff.price(price_fen, years); });
  });
}

as_status as_tariff_max_years(const as_tariff* tariff, int32_t* out_years, as_error** error) {
  return guard(error, [&] {
    require(tariff, "tariff");
    require(out_years, "out_years");
    *out_years = tariff->tariff.max_years();
  });
}

as_status as_expiry_notices(const as_maintenance_contract* contracts, size_t n_contracts, int32_t on_yyyymmdd,
                            size_t* out_indices, size_t* out_count, as_error** error) {
  return guard(error, [&] {
    if (n_contracts > 0) require(out_indices, "out_indices");
    require(out_count, "out_count");
    const auto cs = contracts_of(contracts, n_contracts);
    const Date on = date(on_yyyymmdd, "on_yyyymmdd");
    const auto due = aftersales::expiry_notices(cs.list, on);
    // The C++ answer is a list of ids; map them back to the caller's indices.
    std::vector<size_t> result;
    result.reserve(due.size());
    for (const auto& id : due) {
      const auto it = cs.index.find(id);
      if (it == cs.index.end())
        throw Error(ErrorCode::internal, "expiry_notices", "returned an unknown id '" + id + "'");
      result.push_back(it->second);
    }
    if (result.size() > n_contracts)
      throw Error(ErrorCode::internal, "expiry_notices", "returned more contracts than it was given");
    if (!result.empty()) std::memcpy(out_indices, result.data(), result.size() * sizeof(size_t));
    *out_count = result.size();
  });
}

}  // extern "C"
