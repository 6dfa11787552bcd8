#include <aftersales/policy.hpp>

#include <aftersales/enum_names.hpp>

#include "detail/billing_policy.hpp"
#include "detail/json.hpp"
#include "detail/numbering_policy.hpp"

#include <set>

namespace aftersales {

namespace {

using detail::Json;

constexpr int max_revisit_days = 3650;

bool inspection_of(const Json& v, const std::string& path) {
  if (!v.is_boolean()) detail::json_type_error(path, v, "true or false");
  return v.get<bool>();
}

int survey_level_of(const Json& v, const std::string& path) {
  if (!v.is_number_integer()) detail::json_type_error(path, v, "a survey level 1..4");
  const std::int64_t level = v.get<std::int64_t>();
  if (level < 1 || level > 4)
    throw Error(ErrorCode::invalid_argument, path, std::to_string(level) + " is not a survey level 1..4");
  return static_cast<int>(level);
}

ComplaintKind complaint_kind_of(const Json& v, const std::string& path) {
  const std::string kind = detail::json_string(v, path);
  const auto k = enum_from_name<ComplaintKind>(kind);
  if (!k)
    throw Error(ErrorCode::invalid_argument, path,
                "'" + kind + "' is not a complaint kind (" + enum_names_text<ComplaintKind>() + ")");
  return *k;
}

int revisit_days_of(const Json& days, const std::string& path) {
  if (!days.is_number_integer()) detail::json_type_error(path, days, "a whole number of days");
  const std::int64_t n = days.get<std::int64_t>();
  if (n < 0 || n > max_revisit_days)
    throw Error(ErrorCode::invalid_argument, path,
                std::to_string(n) + " is not a number of days in 0.." + std::to_string(max_revisit_days));
  return static_cast<int>(n);
}

std::vector<std::string> cost_kinds_of(const Json& kinds, const std::string& path) {
  if (!kinds.is_array()) detail::json_type_error(path, kinds, "an array of names");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < kinds.size(); ++i)
    out.push_back(detail::json_string(kinds[i], path + "[" + std::to_string(i) + "]"));
  return out;
}

// The service section `merged` over data/policies/service.json's.
ServiceRules rules_from(const Json& merged, const std::string& path) {
  static constexpr const char* members[] = {"revisit_days",          "cost_kinds",           "inspection_before_return",
                                            "survey_complaint_level", "survey_complaint_kind", "billing",
                                            "numbering"};
  for (const char* key : members)
    if (!merged.contains(key)) throw Error(ErrorCode::parse_error, path + "." + key, "is null (leave it out for the default)");
  const auto at = [&](const char* key) -> const Json& { return merged[key]; };
  const auto member = [&](const char* key) { return path + "." + key; };
  // Every member given (in declaration order, so errors come in the
  // document's order): a ServiceRules' default member initializers read
  // default_service_rules(), which this builds.
  return ServiceRules{revisit_days_of(at("revisit_days"), member("revisit_days")),
                      cost_kinds_of(at("cost_kinds"), member("cost_kinds")),
                      inspection_of(at("inspection_before_return"), member("inspection_before_return")),
                      survey_level_of(at("survey_complaint_level"), member("survey_complaint_level")),
                      complaint_kind_of(at("survey_complaint_kind"), member("survey_complaint_kind")),
                      detail::billing_from_json(at("billing"), member("billing")),
                      detail::numbering_from_json(at("numbering"), member("numbering"))};
}

ServiceRules service_from_json(const Json& s, const std::string& path) {
  if (!s.is_object()) detail::json_type_error(path, s, "an object");
  detail::json_only(s, path, {"note", "revisit_days", "cost_kinds", "inspection_before_return", "survey_complaint_level",
                               "survey_complaint_kind", "billing", "numbering"});
  // Members left out keep data/policies/service.json's ("cost_kinds" is a
  // list: given, it replaces the default kinds).
  return rules_from(detail::merged_section(detail::default_document("service").at("service"), s), path);
}

ServiceRules default_service() { return default_service_rules(); }

void check_service(const ServiceRules& s) {
  if (s.revisit_days < 0 || s.revisit_days > max_revisit_days)
    throw Error(ErrorCode::invalid_argument, "service.revisit_days",
                std::to_string(s.revisit_days) + " is not a number of days in 0.." + std::to_string(max_revisit_days));
  if (s.cost_kinds.empty()) throw Error(ErrorCode::invalid_argument, "service.cost_kinds", "names no cost kind");
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < s.cost_kinds.size(); ++i) {
    std::string field = "service.cost_kinds[";
    field.append(std::to_string(i)).append("]");
    if (s.cost_kinds[i].empty()) throw Error(ErrorCode::invalid_argument, field, "is empty");
    if (!seen.insert(s.cost_kinds[i]).second)
      throw Error(ErrorCode::invalid_argument, field, "'" + s.cost_kinds[i] + "' is named twice");
  }
  if (s.survey_complaint_level < 1 || s.survey_complaint_level > 4)
    throw Error(ErrorCode::invalid_argument, "service.survey_complaint_level",
                std::to_string(s.survey_complaint_level) + " is not a survey level 1..4");
  if (!enum_from_int<ComplaintKind>(static_cast<int>(s.survey_complaint_kind)))
    throw Error(ErrorCode::invalid_argument, "service.survey_complaint_kind",
                std::to_string(static_cast<int>(s.survey_complaint_kind)) + " is not a complaint kind (" +
                    enum_codes_text<ComplaintKind>() + ")");
  detail::check_billing(s.billing);
  detail::check_numbering(s.numbering);
}

// A section as its own document {"name": section}, so its errors keep their path.
std::string wrapped(const char* name, const Json& section) { return Json{{name, section}}.dump(); }

DispatchPolicy dispatch_on(const Calendar& cal, const Json* section) {
  Json doc{{"calendar", detail::calendar_to_json_value(cal)}};
  if (section) doc["dispatch"] = *section;
  return DispatchPolicy::from_json(doc.dump());
}

WarrantyPolicy warranty_on(const Calendar& cal, const Json* section) {
  if (section == nullptr) return WarrantyPolicy::sanbao(cal);
  if (!section->is_string()) return WarrantyPolicy::from_json(wrapped("warranty", *section), cal);
  const std::string& name = section->get_ref<const std::string&>();
  if (name == "sanbao") return WarrantyPolicy::sanbao(cal);
  if (name == "piano") return WarrantyPolicy::piano(cal);
  if (name == "housing") return WarrantyPolicy::housing(cal);
  if (name == "car_2021") return WarrantyPolicy::car_2021(cal);
  throw Error(ErrorCode::not_found, "warranty",
              "unknown preset '" + name + "' (presets: sanbao, piano, housing, car_2021; or a warranty section)");
}

}  // namespace

ServiceRules default_service_rules() {
  static const ServiceRules rules = rules_from(detail::default_document("service").at("service"), "service");
  return rules;
}

Policy::Policy(Calendar calendar, DispatchPolicy dispatch, WarrantyPolicy warranty, ComplaintPolicy complaints,
               PenaltyPolicy penalties, ServiceRules service)
    : calendar_(calendar),
      dispatch_(DispatchPolicy(calendar, dispatch.targets(), dispatch.at_risk()).with_remote(dispatch.remote())),
      warranty_(WarrantyPolicy::from_json(warranty.to_json(), calendar)),
      complaints_(complaints.rules(), calendar),
      penalties_(std::move(penalties)),
      service_(std::move(service)) {
  check_service(service_);
}

Policy Policy::default_policy(Calendar calendar) {
  return Policy(calendar, DispatchPolicy(calendar), WarrantyPolicy::sanbao(calendar),
                ComplaintPolicy::default_policy(calendar), PenaltyPolicy::default_policy(), default_service());
}

Policy Policy::from_json(std::string_view json, std::optional<Calendar> calendar) {
  const Json doc = detail::parse_json(json, "policy");
  if (!doc.is_object()) detail::json_type_error("policy", doc, "an object");
  detail::json_only(doc, "", {"note", "calendar", "dispatch", "warranty", "complaints", "penalties", "service"});
  if (!calendar) {
    if (!doc.contains("calendar"))
      throw Error(ErrorCode::parse_error, "calendar", "a policy document without a calendar needs one given with it");
    calendar = detail::calendar_from_json(doc["calendar"], "calendar");
  }
  const Calendar& cal = *calendar;
  const auto section = [&](const char* name) { return doc.contains(name) ? &doc[name] : nullptr; };
  const Json* complaints = section("complaints");
  const Json* penalties = section("penalties");
  const Json* service = section("service");
  return Policy(cal, dispatch_on(cal, section("dispatch")), warranty_on(cal, section("warranty")),
                complaints ? ComplaintPolicy::from_json(wrapped("complaints", *complaints), cal)
                           : ComplaintPolicy::default_policy(cal),
                penalties ? PenaltyPolicy::from_json(wrapped("penalties", *penalties)) : PenaltyPolicy::default_policy(),
                service ? service_from_json(*service, "service") : default_service());
}

std::string Policy::to_json() const {
  Json doc = Json::object();
  doc["calendar"] = detail::calendar_to_json_value(calendar_);
  doc["dispatch"] = Json::parse(dispatch_.to_json())["dispatch"];
  doc["warranty"] = Json::parse(warranty_.to_json())["warranty"];
  doc["complaints"] = Json::parse(complaints_.to_json())["complaints"];
  doc["penalties"] = Json::parse(penalties_.to_json())["penalties"];
  doc["service"] = {{"revisit_days", service_.revisit_days}, {"cost_kinds", service_.cost_kinds},
                    {"inspection_before_return", service_.inspection_before_return},
                    {"survey_complaint_level", service_.survey_complaint_level},
                    {"survey_complaint_kind", to_string(service_.survey_complaint_kind)}};
  doc["service"]["billing"] = detail::billing_to_json(service_.billing);
  doc["service"]["numbering"] = detail::numbering_to_json(service_.numbering);
  return doc.dump(2);
}

}  // namespace aftersales
