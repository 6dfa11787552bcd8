// The warranty policy document: the built-in presets, from_json and to_json.
#include <aftersales/warranty.hpp>

#include "detail/json.hpp"
#include "detail/warranty_housing_impl.hpp"
#include "detail/warranty_impl.hpp"
#include "detail/warranty_rest_day.hpp"

namespace aftersales {

namespace {

using detail::Json;
using detail::max_km;
using detail::period_code;

int int_member(const Json& obj, const char* key, int fallback, const std::string& path) {
  if (!obj.contains(key)) return fallback;
  const Json& v = obj[key];
  if (!v.is_number_integer()) detail::json_type_error(path + "." + key, v, "a whole number 0..100000");
  if (v.get<std::int64_t>() < 0 || v.get<std::int64_t>() > 100000)
    throw Error(ErrorCode::invalid_argument, path + "." + key, v.dump() + " is outside 0..100000");
  return static_cast<int>(v.get<std::int64_t>());
}

// A 三包 rule a policy may leave out of its promise (return_days,
// exchange_days, max_repairs, repair_limit_days, parts_limit_days): a whole
// number, or "none" for a rule not offered (the piano terms give none of
// them, seed 001 第三篇), kept as 0, which RemedyRules reads as off (0 given
// as a number still means the same).
int offered_member(const Json& obj, const char* key, int fallback, const std::string& path) {
  if (obj.contains(key) && obj[key].is_string()) {
    if (obj[key].get_ref<const std::string&>() == "none") return 0;
    detail::json_type_error(path + "." + key, obj[key], "a whole number 0..100000, or \"none\" for a rule not offered");
  }
  return int_member(obj, key, fallback, path);
}

bool bool_member(const Json& obj, const char* key, bool fallback, const std::string& path) {
  if (!obj.contains(key)) return fallback;
  if (!obj[key].is_boolean()) detail::json_type_error(path + "." + key, obj[key], "true or false");
  return obj[key].get<bool>();
}

// Car 2021 art. 24 para. 1 (1)-(3): {"serious_safety": {"repairs": 2,
// "remedies": ["return", "exchange"]}, "major_assembly": {"replacements": 2, ...}}.
std::vector<RepeatLimit> repeat_limits_from_json(const Json& v, const std::string& path);
Json repeat_limits_to_json(const std::vector<RepeatLimit>& limits);

// Car 2021 art. 27: the usage coefficient, in millionths, 0..1000000.
std::int64_t ppm_member(const Json& v, const std::string& path) {
  if (!v.is_number_integer()) detail::json_type_error(path, v, "a whole number of millionths, 0..1000000");
  if (v.get<std::int64_t>() < 0 || v.get<std::int64_t>() > 1000000)
    throw Error(ErrorCode::invalid_argument, path, v.dump() + " is outside 0..1000000");
  return v.get<std::int64_t>();
}

// RemedyRules' off value written back as the document says it.
Json offered_json(int value) { return value == 0 ? Json("none") : Json(value); }

std::vector<std::string> string_list(const Json& v, const std::string& path) {
  if (!v.is_array()) detail::json_type_error(path, v, "an array of names");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.size(); ++i) out.push_back(detail::json_string(v[i], path + "[" + std::to_string(i) + "]"));
  return out;
}

Json remedy_names_of(RemedySet set) {
  Json list = Json::array();
  for (const Remedy r : set) list.push_back(to_string(r));
  return list;
}

// A remedy a policy document may grant: a replacement with a new unit is
// the extended warranty's answer to an unrepairable fault (seed 002 第三篇),
// decided from FaultFacts::unrepairable, never listed by a document.
Remedy document_remedy(const std::string& name, const std::string& field) {
  const Remedy r = parse_remedy(name, field);
  if (r == Remedy::replacement)
    throw Error(ErrorCode::invalid_argument, field,
                "'replacement' is not granted by a document: it is the extended warranty's remedy for a unit that "
                "cannot be repaired (fault facts: unrepairable)");
  return r;
}

// ["return", "exchange"]: at least one remedy.
RemedySet remedy_set(const Json& v, const std::string& path) {
  RemedySet out;
  const auto names = string_list(v, path);
  for (std::size_t i = 0; i < names.size(); ++i) out.add(document_remedy(names[i], path + "[" + std::to_string(i) + "]"));
  if (out.empty()) throw Error(ErrorCode::invalid_argument, path, "names no remedy");
  return out;
}


std::int64_t km_value(const Json& v, const std::string& path) {
  if (!v.is_number_integer()) detail::json_type_error(path, v, "a whole number of km");
  if (v.get<std::int64_t>() < 1 || v.get<std::int64_t>() > max_km)
    throw Error(ErrorCode::invalid_argument, path, v.dump() + " km is outside 1.." + std::to_string(max_km));
  return v.get<std::int64_t>();
}

// RemedyRules' defaults: the rules of data/policies/sanbao.json, read once.
// Kept apart from RemedyRules, whose default constructor copies them.
struct RulesDefaults {
  int return_days, exchange_days, max_repairs, repair_limit_days, parts_limit_days, max_extended_years;
  RemedySet max_repairs_remedies, limit_remedies;
  bool refused_exchange_return;
  int answer_working_days, complete_working_days;
};

const RulesDefaults& rules_defaults() {
  static const RulesDefaults d = [] {
    const Json& r = detail::default_document("sanbao").at("warranty").at("rules");
    const std::string p = "sanbao.json: warranty.rules";
    const auto need = [&](const char* key) -> const Json& {
      if (!r.contains(key)) throw Error(ErrorCode::internal, p + "." + key, "is missing from the default document");
      return r[key];
    };
    const auto num = [&](const char* key) { return (void)need(key), int_member(r, key, 0, p); };
    const auto flag = [&](const char* key) { return (void)need(key), bool_member(r, key, false, p); };
    const auto offered = [&](const char* key) { return (void)need(key), offered_member(r, key, 0, p); };
    return RulesDefaults{num("return_days"),
                         num("exchange_days"),
                         num("max_repairs"),
                         num("repair_limit_days"),
                         num("parts_limit_days"),
                         num("max_extended_years"),
                         remedy_set(need("max_repairs_remedies"), p + ".max_repairs_remedies"),
                         remedy_set(need("limit_remedies"), p + ".limit_remedies"),
                         flag("refused_exchange_return"),
                         offered("answer_working_days"),
                         offered("complete_working_days")};
  }();
  return d;
}

std::vector<RepeatLimit> repeat_limits_from_json(const Json& v, const std::string& path) {
  if (!v.is_object())
    detail::json_type_error(path, v, "an object {\"fault\": {\"repairs\": 2, \"replacements\": 2, \"remedies\": [...]}}");
  std::vector<RepeatLimit> out;
  for (auto it = v.begin(); it != v.end(); ++it) {
    const std::string ep = path + "." + it.key();
    const Json& e = it.value();
    if (!e.is_object()) detail::json_type_error(ep, e, "an object");
    detail::json_only(e, ep, {"repairs", "replacements", "remedies"});
    if (!e.contains("remedies")) throw Error(ErrorCode::parse_error, ep + ".remedies", "is missing");
    RepeatLimit limit{it.key(), int_member(e, "repairs", 0, ep), int_member(e, "replacements", 0, ep), {}};
    if (limit.repairs == 0 && limit.replacements == 0)
      throw Error(ErrorCode::invalid_argument, ep, "gives neither repairs nor replacements (at least 1)");
    limit.remedies = remedy_set(e["remedies"], ep + ".remedies");
    out.push_back(std::move(limit));
  }
  return out;
}

Json repeat_limits_to_json(const std::vector<RepeatLimit>& limits) {
  Json out = Json::object();
  for (const RepeatLimit& l : limits) {
    Json e = {{"remedies", remedy_names_of(l.remedies)}};
    if (l.repairs) e["repairs"] = l.repairs;
    if (l.replacements) e["replacements"] = l.replacements;
    out[l.fault] = e;
  }
  return out;
}

WarrantyPolicy policy_from_json_value(const Json& doc, std::optional<Calendar> calendar) {
  if (!doc.is_object()) detail::json_type_error("warranty", doc, "an object");
  const bool wrapped = doc.contains("warranty");
  const Json& w = wrapped ? doc["warranty"] : doc;
  // Paths name the document's own layout: "warranty.products.tv" inside a
  // policy document, "products.tv" in a bare warranty section.
  const std::string root = wrapped ? "warranty" : "";
  const auto at = [&](const char* key) { return root.empty() ? std::string(key) : root + "." + key; };
  if (!w.is_object()) detail::json_type_error("warranty", w, "an object");
  detail::json_only(w, root, {"note", "rules", "rest_day_extension", "exclusions", "products"});
  // Members left out keep the default preset's (data/policies/sanbao.json):
  // "rules" merge member by member; "exclusions" and "products" are lists the
  // document gives whole, so given, they replace the preset's. A null given
  // for a member removes the default (RFC 7396) and is refused below.
  const Json merged = detail::merged_section(detail::default_document("sanbao").at("warranty"), w, {"products"});
  const auto given = [&](const char* key) -> const Json& {
    if (!merged.contains(key)) throw Error(ErrorCode::parse_error, at(key), "is null (leave it out for the default)");
    return merged[key];
  };

  RemedyRules rules;
  {
    const Json& r = given("rules");
    const std::string p = at("rules");
    if (!r.is_object()) detail::json_type_error(p, r, "an object");
    detail::json_only(r, p, {"return_days", "exchange_days", "max_repairs", "repair_limit_days", "parts_limit_days",
                             "max_extended_years", "max_repairs_remedies", "limit_remedies", "refused_exchange_return",
                             "answer_working_days", "complete_working_days"});
    // The merge drops a null member, which would then silently take the
    // sanbao default (a 7-day return for "no return"): refuse it by name.
    if (w.contains("rules") && w["rules"].is_object())
      for (auto it = w["rules"].begin(); it != w["rules"].end(); ++it)
        if (it.value().is_null())
          throw Error(ErrorCode::parse_error, p + "." + it.key(),
                      it.key().ends_with("remedies") || it.key() == "max_extended_years"
                          ? "is null (leave it out for the default)"
                          : "is null (write \"none\" for a rule not offered, or leave it out for the default)");
    rules.return_days = offered_member(r, "return_days", rules.return_days, p);
    rules.exchange_days = offered_member(r, "exchange_days", rules.exchange_days, p);
    rules.max_repairs = offered_member(r, "max_repairs", rules.max_repairs, p);
    rules.repair_limit_days = offered_member(r, "repair_limit_days", rules.repair_limit_days, p);
    rules.parts_limit_days = offered_member(r, "parts_limit_days", rules.parts_limit_days, p);
    rules.max_extended_years = int_member(r, "max_extended_years", rules.max_extended_years, p);
    if (r.contains("max_repairs_remedies"))
      rules.max_repairs_remedies = remedy_set(r["max_repairs_remedies"], p + ".max_repairs_remedies");
    if (r.contains("limit_remedies")) rules.limit_remedies = remedy_set(r["limit_remedies"], p + ".limit_remedies");
    rules.refused_exchange_return = bool_member(r, "refused_exchange_return", rules.refused_exchange_return, p);
    rules.answer_working_days = offered_member(r, "answer_working_days", rules.answer_working_days, p);
    rules.complete_working_days = offered_member(r, "complete_working_days", rules.complete_working_days, p);
  }
  // Member by member over the defaults, like "rules" (Civil Code art. 203/204).
  const RestDayExtension extension =
      detail::rest_day_extension_from_json(given("rest_day_extension"), at("rest_day_extension"), RestDayExtension());
  const std::vector<std::string> exclusions = string_list(given("exclusions"), at("exclusions"));

  std::vector<ProductTerms> products;
  const Json& ps = given("products");
  if (!ps.is_object()) detail::json_type_error(at("products"), ps, "an object keyed by product");
  for (auto it = ps.begin(); it != ps.end(); ++it) {
    const std::string p = at("products") + "." + it.key();
    const Json& v = it.value();
    if (!v.is_object()) detail::json_type_error(p, v, "an object");
    detail::json_only(v, p, {"note", "whole_unit", "basis", "components", "exclusions", "remedies",
                             "depreciation_ppm_per_day", "remedy_period", "whole_unit_km", "remedy_km",
                             "fault_windows", "parts", "seasons", "notice_days", "repeat_limits",
                             "usage_coefficient_max_ppm", "usage_coefficient_ppm"});
    ProductTerms t;
    t.product = it.key();
    // A home (housing.json) has parts with two guarantees each, and no whole-unit term.
    if (v.contains("parts")) t.housing = detail::housing_from_json(v, p);
    for (const char* k : {"seasons", "notice_days"})
      if (!t.housing && v.contains(k)) throw Error(ErrorCode::invalid_argument, p + "." + k, "is for a home: give \"parts\" too");
    if (!t.housing && !v.contains("whole_unit")) throw Error(ErrorCode::parse_error, p + ".whole_unit", "is missing");
    if (v.contains("whole_unit")) t.whole_unit = detail::json_period(v["whole_unit"], p + ".whole_unit");
    if (v.contains("basis")) t.basis = parse_start_basis(detail::json_string(v["basis"], p + ".basis"), p + ".basis");
    if (v.contains("components")) {
      const Json& c = v["components"];
      if (!c.is_object()) detail::json_type_error(p + ".components", c, "an object {\"part\": \"3y\"}");
      for (auto ci = c.begin(); ci != c.end(); ++ci) {
        const std::string cp = p + ".components." + ci.key();
        t.components.push_back({ci.key(), detail::json_period(ci.value(), cp)});
      }
    }
    if (v.contains("exclusions")) t.exclusions = string_list(v["exclusions"], p + ".exclusions");
    if (v.contains("remedies")) {
      const Json& r = v["remedies"];
      if (!r.is_object()) detail::json_type_error(p + ".remedies", r, "an object {\"fault\": [\"repair\"]}");
      for (auto ri = r.begin(); ri != r.end(); ++ri) {
        const std::string rp = p + ".remedies." + ri.key();
        std::vector<Remedy> options;
        const auto names = string_list(ri.value(), rp);
        if (names.empty()) throw Error(ErrorCode::invalid_argument, rp, "names no remedy");
        for (std::size_t i = 0; i < names.size(); ++i)
          options.push_back(document_remedy(names[i], rp + "[" + std::to_string(i) + "]"));
        t.remedy_table[ri.key()] = std::move(options);
      }
    }
    if (v.contains("depreciation_ppm_per_day")) {
      const Json& d = v["depreciation_ppm_per_day"];
      if (!d.is_number_integer())
        detail::json_type_error(p + ".depreciation_ppm_per_day", d, "a whole number of millionths per day, 0..1000000");
      if (d.get<std::int64_t>() < 0 || d.get<std::int64_t>() > 1000000)
        throw Error(ErrorCode::invalid_argument, p + ".depreciation_ppm_per_day", d.dump() + " is outside 0..1000000");
      t.depreciation_ppm_per_day = d.get<std::int64_t>();
    }
    if (v.contains("remedy_period"))
      t.remedy_period = detail::json_period(v["remedy_period"], p + ".remedy_period");
    if (v.contains("whole_unit_km")) t.whole_unit_km = km_value(v["whole_unit_km"], p + ".whole_unit_km");
    if (v.contains("remedy_km")) t.remedy_km = km_value(v["remedy_km"], p + ".remedy_km");
    if (v.contains("fault_windows")) {
      const Json& fw = v["fault_windows"];
      const std::string wp = p + ".fault_windows";
      if (!fw.is_object())
        detail::json_type_error(wp, fw, "an object {\"fault\": {\"period\": \"60d\", \"km\": 3000, \"remedies\": [...]}}");
      for (auto wi = fw.begin(); wi != fw.end(); ++wi) {
        const std::string ep = wp + "." + wi.key();
        const Json& e = wi.value();
        if (!e.is_object()) detail::json_type_error(ep, e, "an object");
        detail::json_only(e, ep, {"period", "km", "remedies"});
        if (!e.contains("period")) throw Error(ErrorCode::parse_error, ep + ".period", "is missing");
        if (!e.contains("remedies")) throw Error(ErrorCode::parse_error, ep + ".remedies", "is missing");
        FaultWindow win{wi.key(), detail::json_period(e["period"], ep + ".period"), {}, {}};
        if (e.contains("km")) win.km = km_value(e["km"], ep + ".km");
        win.remedies = remedy_set(e["remedies"], ep + ".remedies");
        t.fault_windows.push_back(std::move(win));
      }
    }
    if (v.contains("repeat_limits")) t.repeat_limits = repeat_limits_from_json(v["repeat_limits"], p + ".repeat_limits");
    if (v.contains("usage_coefficient_max_ppm"))
      t.usage_coefficient_max_ppm = ppm_member(v["usage_coefficient_max_ppm"], p + ".usage_coefficient_max_ppm");
    if (v.contains("usage_coefficient_ppm")) {
      const std::string np = p + ".usage_coefficient_ppm";
      t.usage_coefficient_ppm = ppm_member(v["usage_coefficient_ppm"], np);
      if (*t.usage_coefficient_ppm > t.usage_coefficient_max_ppm)  // art. 27: n at most the cap
        throw Error(ErrorCode::invalid_argument, np,
                    std::to_string(*t.usage_coefficient_ppm) + " is above usage_coefficient_max_ppm " +
                        std::to_string(t.usage_coefficient_max_ppm));
    }
    products.push_back(std::move(t));
  }
  return WarrantyPolicy(std::move(products), rules, std::move(exclusions), std::move(calendar), extension);
}

WarrantyPolicy preset(std::string_view name, std::optional<Calendar> calendar) {
  return policy_from_json_value(detail::default_document(name), std::move(calendar));
}

}  // namespace

RemedyRules::RemedyRules()
    : return_days(rules_defaults().return_days),
      exchange_days(rules_defaults().exchange_days),
      max_repairs(rules_defaults().max_repairs),
      repair_limit_days(rules_defaults().repair_limit_days),
      parts_limit_days(rules_defaults().parts_limit_days),
      max_extended_years(rules_defaults().max_extended_years),
      max_repairs_remedies(rules_defaults().max_repairs_remedies),
      limit_remedies(rules_defaults().limit_remedies),
      refused_exchange_return(rules_defaults().refused_exchange_return),
      answer_working_days(rules_defaults().answer_working_days),
      complete_working_days(rules_defaults().complete_working_days) {}

WarrantyPolicy WarrantyPolicy::sanbao(std::optional<Calendar> calendar) { return preset("sanbao", std::move(calendar)); }
WarrantyPolicy WarrantyPolicy::piano(std::optional<Calendar> calendar) { return preset("piano", std::move(calendar)); }
WarrantyPolicy WarrantyPolicy::housing(std::optional<Calendar> calendar) { return preset("housing", std::move(calendar)); }
WarrantyPolicy WarrantyPolicy::car_2021(std::optional<Calendar> calendar) { return preset("car_2021", std::move(calendar)); }

WarrantyPolicy WarrantyPolicy::from_json(std::string_view json, std::optional<Calendar> calendar) {
  return policy_from_json_value(detail::parse_json(json, "policy"), std::move(calendar));
}

std::string WarrantyPolicy::to_json() const {
  Json w = Json::object();
  w["rules"] = {{"return_days", offered_json(rules_.return_days)},
                {"exchange_days", offered_json(rules_.exchange_days)},
                {"max_repairs", offered_json(rules_.max_repairs)},
                {"repair_limit_days", offered_json(rules_.repair_limit_days)},
                {"parts_limit_days", offered_json(rules_.parts_limit_days)},
                {"max_extended_years", rules_.max_extended_years},
                {"max_repairs_remedies", remedy_names_of(rules_.max_repairs_remedies)},
                {"limit_remedies", remedy_names_of(rules_.limit_remedies)},
                {"refused_exchange_return", rules_.refused_exchange_return},
                {"answer_working_days", offered_json(rules_.answer_working_days)},
                {"complete_working_days", offered_json(rules_.complete_working_days)}};
  w["rest_day_extension"] = detail::rest_day_extension_to_json(rest_day_extension_);
  w["exclusions"] = exclusions_;
  Json products = Json::object();
  for (const auto& t : products_) {
    Json p = Json::object();
    if (t.housing) detail::housing_to_json(p, *t.housing);
    else p["whole_unit"] = period_code(t.whole_unit);
    p["basis"] = to_string(t.basis);
    if (!t.components.empty()) {
      Json c = Json::object();
      for (const auto& comp : t.components) c[comp.name] = period_code(comp.period);
      p["components"] = c;
    }
    if (!t.exclusions.empty()) p["exclusions"] = t.exclusions;
    if (!t.remedy_table.empty()) {
      Json r = Json::object();
      for (const auto& [fault, options] : t.remedy_table) {
        Json list = Json::array();
        for (Remedy o : options) list.push_back(to_string(o));
        r[fault] = list;
      }
      p["remedies"] = r;
    }
    if (t.depreciation_ppm_per_day) p["depreciation_ppm_per_day"] = t.depreciation_ppm_per_day;
    if (t.remedy_period) p["remedy_period"] = period_code(*t.remedy_period);
    if (t.whole_unit_km) p["whole_unit_km"] = *t.whole_unit_km;
    if (t.remedy_km) p["remedy_km"] = *t.remedy_km;
    if (!t.fault_windows.empty()) {
      Json fw = Json::object();
      for (const FaultWindow& win : t.fault_windows) {
        Json e = {{"period", period_code(win.period)}, {"remedies", remedy_names_of(win.remedies)}};
        if (win.km) e["km"] = *win.km;
        fw[win.fault] = e;
      }
      p["fault_windows"] = fw;
    }
    if (!t.repeat_limits.empty()) p["repeat_limits"] = repeat_limits_to_json(t.repeat_limits);
    if (t.usage_coefficient_max_ppm) p["usage_coefficient_max_ppm"] = t.usage_coefficient_max_ppm;
    if (t.usage_coefficient_ppm) p["usage_coefficient_ppm"] = *t.usage_coefficient_ppm;
    products[t.product] = p;
  }
  w["products"] = products;
  return Json{{"warranty", w}}.dump(2);
}

}  // namespace aftersales
