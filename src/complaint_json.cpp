// The complaint policy document: reading a section over the defaults, and to_json.
#include <aftersales/complaint.hpp>

#include "detail/complaint_impl.hpp"
#include "detail/json.hpp"

#include <algorithm>
#include <cmath>

namespace aftersales {

using detail::all_markets;
using detail::last_statistics_day;
using detail::max_days;

namespace {

using detail::Json;

int half_days_value(const Json& v, const std::string& path) {
  if (!v.is_number()) detail::json_type_error(path, v, "a number of days in steps of 0.5");
  const double halves = v.get<double>() * 2;
  if (!(halves >= 1 && halves <= 2 * max_days) || halves != std::floor(halves))
    throw Error(ErrorCode::invalid_argument, path,
                v.dump() + " is not a number of days in steps of 0.5 within 0.5.." + std::to_string(max_days));
  return static_cast<int>(halves);
}

Json half_days_json(int half_days) {
  if (half_days % 2 == 0) return Json(half_days / 2);
  return Json(half_days / 2.0);
}

int whole_days_value(const Json& v, const std::string& path) {
  if (!v.is_number_integer()) detail::json_type_error(path, v, "a whole number of days");
  const auto n = v.get<std::int64_t>();
  if (n < 1 || n > max_days)
    throw Error(ErrorCode::invalid_argument, path, v.dump() + " is outside 1.." + std::to_string(max_days));
  return static_cast<int>(n);
}

// A number for every market, or {"domestic": .., "foreign": ..}.
template <class Read>
ByMarket<int> by_market_value(const Json& v, const std::string& path, Read read) {
  if (!v.is_object()) {
    const int n = read(v, path);
    return {n, n};
  }
  detail::json_only(v, path, {to_string(Market::domestic), to_string(Market::foreign)});
  ByMarket<int> out;
  for (const Market m : all_markets) {
    const std::string p = path + "." + to_string(m);
    if (!v.contains(to_string(m))) throw Error(ErrorCode::parse_error, p, "is missing");
    (m == Market::domestic ? out.domestic : out.foreign) = read(v[to_string(m)], p);
  }
  return out;
}

const Json& member(const Json& obj, const char* key, const std::string& path) {
  const std::string p = path.empty() ? key : path + "." + key;
  if (!obj.contains(key)) throw Error(ErrorCode::parse_error, p, "is missing");
  return obj[key];
}

std::string member_path(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

const Json& object_member(const Json& obj, const char* key, const std::string& path) {
  const Json& v = member(obj, key, path);
  if (!v.is_object()) detail::json_type_error(member_path(path, key), v, "an object");
  return v;
}

std::vector<ComplaintStage> stages_value(const Json& v, const std::string& path) {
  if (!v.is_array()) detail::json_type_error(path, v, "an array of stages");
  std::vector<ComplaintStage> out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    const Json& s = v[i];
    if (!s.is_object()) detail::json_type_error(p, s, "an object {\"name\", \"department\", \"days\"}");
    detail::json_only(s, p, {"name", "department", "days", "before_clock", "optional", "decided_by", "entries"});
    ComplaintStage stage;
    stage.name = detail::json_string(member(s, "name", p), p + ".name");
    stage.department = detail::json_string(member(s, "department", p), p + ".department");
    const Json& days = member(s, "days", p);
    if (!days.is_null()) stage.half_days = by_market_value(days, p + ".days", half_days_value);
    // Issue 29 (seeds/002 (九)1, (九)4): intake before the clock, R&D optional.
    if (s.contains("before_clock")) stage.before_clock = detail::json_bool(s["before_clock"], p + ".before_clock");
    if (s.contains("optional")) stage.optional = detail::json_bool(s["optional"], p + ".optional");
    if (s.contains("decided_by")) {
      const Json& by = s["decided_by"];
      if (!by.is_array()) detail::json_type_error(p + ".decided_by", by, "an array of stage names");
      for (std::size_t j = 0; j < by.size(); ++j)
        stage.decided_by.push_back(detail::json_string(by[j], p + ".decided_by[" + std::to_string(j) + "]"));
    }
    if (s.contains("entries")) {
      const Json& en = s["entries"];
      if (!en.is_array()) detail::json_type_error(p + ".entries", en, "an array of form fields");
      for (std::size_t j = 0; j < en.size(); ++j) {
        const std::string ep = p + ".entries[" + std::to_string(j) + "]";
        stage.entries.push_back(parse_complaint_field(detail::json_string(en[j], ep), ep));
      }
    }
    out.push_back(std::move(stage));
  }
  return out;
}

ComplaintRouting routing_value(const Json& r, const std::string& path) {
  detail::json_only(r, path,
                    {"first_reviewer", "department_by_kind", "department_by_dispute", "supervisor_visit", "notify_by"});
  ComplaintRouting out;
  const std::string reviewers = member_path(path, "first_reviewer");
  const Json& fr = object_member(r, "first_reviewer", path);
  for (auto it = fr.begin(); it != fr.end(); ++it)
    out.first_reviewer[parse_severity(it.key(), reviewers + "." + it.key())] =
        detail::json_string(it.value(), reviewers + "." + it.key());
  const std::string kinds = member_path(path, "department_by_kind");
  const Json& bk = object_member(r, "department_by_kind", path);
  for (auto it = bk.begin(); it != bk.end(); ++it)
    out.department_by_kind[parse_complaint_kind(it.key(), kinds + "." + it.key())] =
        detail::json_string(it.value(), kinds + "." + it.key());
  const std::string disputes = member_path(path, "department_by_dispute");
  const Json& bd = object_member(r, "department_by_dispute", path);
  for (auto it = bd.begin(); it != bd.end(); ++it)
    out.department_by_dispute[it.key()] = detail::json_string(it.value(), disputes + "." + it.key());
  out.supervisor_visit = detail::json_bool(member(r, "supervisor_visit", path), member_path(path, "supervisor_visit"));
  const std::string notify = member_path(path, "notify_by");
  const Json& nb = object_member(r, "notify_by", path);
  for (auto it = nb.begin(); it != nb.end(); ++it) {
    const std::string p = notify + "." + it.key();
    if (!it.value().is_array()) detail::json_type_error(p, it.value(), "an array of methods (\"letter\", \"phone\")");
    std::vector<ContactMethod>& methods = out.notify_by[parse_severity(it.key(), p)];
    for (std::size_t i = 0; i < it.value().size(); ++i) {
      const std::string mp = p + "[" + std::to_string(i) + "]";
      methods.push_back(parse_contact_method(detail::json_string(it.value()[i], mp), mp));
    }
  }
  return out;
}

// complaints.approval (issue 29): {"note", "stage", "levels": [{"level", "max_fen"}]}.
ApprovalRules approval_value(const Json& a, const std::string& path) {
  detail::json_only(a, path, {"note", "stage", "levels"});
  ApprovalRules out;
  out.stage = detail::json_string(member(a, "stage", path), member_path(path, "stage"));
  const std::string lp = member_path(path, "levels");
  const Json& levels = member(a, "levels", path);
  if (!levels.is_array()) detail::json_type_error(lp, levels, "an array of levels");
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const std::string p = lp + "[" + std::to_string(i) + "]";
    const Json& l = levels[i];
    if (!l.is_object()) detail::json_type_error(p, l, "an object {\"level\", \"max_fen\"}");
    detail::json_only(l, p, {"level", "max_fen"});
    ApprovalLevel level;
    level.level = detail::json_string(member(l, "level", p), p + ".level");
    const Json& max = member(l, "max_fen", p);
    if (!max.is_null()) {
      if (!max.is_number_integer()) detail::json_type_error(p + ".max_fen", max, "an amount in fen or null");
      level.max_fen = max.get<std::int64_t>();
    }
    out.levels.push_back(std::move(level));
  }
  check_approval_rules(out, path);
  return out;
}

// The section's members, every one present (the defaults were merged in).
ComplaintRules rules_value(const Json& s, const std::string& root) {
  const auto at = [&](std::string_view key) { return member_path(root, key); };
  detail::json_only(s, root, {"note", "working_day", "stage_count", "stages", "overall", "investigation_report_days",
                              "consolidation_days", "statistics_day", "serial_width", "routing", "approval"});
  ComplaintRules rules;
  rules.working_day = detail::json_working_time(member(s, "working_day", root), at("working_day"));
  rules.stage_count = parse_day_count(detail::json_string(member(s, "stage_count", root), at("stage_count")), at("stage_count"));
  rules.stages = stages_value(member(s, "stages", root), at("stages"));

  const std::string op = at("overall");
  const Json& overall = object_member(s, "overall", root);
  detail::json_only(overall, op, {"days", "count", "rest_day_extension"});
  rules.overall_days = by_market_value(member(overall, "days", op), op + ".days", whole_days_value);
  rules.overall_count = parse_day_count(detail::json_string(member(overall, "count", op), op + ".count"), op + ".count");
  rules.overall_rest_day_extension =
      detail::json_bool(member(overall, "rest_day_extension", op), op + ".rest_day_extension");

  rules.report_half_days = half_days_value(member(s, "investigation_report_days", root), at("investigation_report_days"));
  rules.consolidation_half_days = half_days_value(member(s, "consolidation_days", root), at("consolidation_days"));
  const Json& sd = member(s, "statistics_day", root);
  if (!sd.is_number_integer()) detail::json_type_error(at("statistics_day"), sd, "a day of the month");
  if (sd.get<std::int64_t>() < 1 || sd.get<std::int64_t>() > last_statistics_day)
    throw Error(ErrorCode::invalid_argument, at("statistics_day"),
                sd.dump() + " is outside 1.." + std::to_string(last_statistics_day));
  rules.statistics_day = sd.get<int>();
  const Json& sw = member(s, "serial_width", root);
  if (!sw.is_number_integer()) detail::json_type_error(at("serial_width"), sw, "a number of digits");
  if (sw.get<std::int64_t>() < 1 || sw.get<std::int64_t>() > max_complaint_serial_width)
    throw Error(ErrorCode::invalid_argument, at("serial_width"),
                sw.dump() + " is outside 1.." + std::to_string(max_complaint_serial_width));
  rules.serial_width = sw.get<int>();
  rules.routing = routing_value(object_member(s, "routing", root), at("routing"));
  rules.approval = approval_value(object_member(s, "approval", root), at("approval"));
  return rules;
}

// The defaults live in data/policies/complaints.json, read as every default
// document is (detail::default_document), never as constants in code.
const Json& default_section() { return detail::default_document("complaints").at("complaints"); }

// A document's section over the defaults: members left out keep the defaults
// of data/policies/complaints.json (objects merge member by member, as in
// RFC 7396 JSON merge patch; arrays such as "stages" replace; null removes).
ComplaintPolicy policy_from_json_value(const Json& doc, Calendar calendar) {
  if (!doc.is_object()) detail::json_type_error("complaints", doc, "an object");
  const bool wrapped = doc.contains("complaints");
  const Json& given = wrapped ? doc["complaints"] : doc;
  const std::string root = wrapped ? "complaints" : "";
  if (!given.is_object()) detail::json_type_error("complaints", given, "an object");
  Json section = default_section();
  section.merge_patch(given);
  ComplaintRules rules = rules_value(section, root);
  // A document of its own stages without the approval stage and without an
  // "approval" section (a 0.2.0 document) approves by no level, as before
  // issue 29; an approval section it gives must name one of its stages.
  if (!given.contains("approval") &&
      std::none_of(rules.stages.begin(), rules.stages.end(),
                   [&](const ComplaintStage& s) { return s.name == rules.approval.stage; }))
    rules.approval = ApprovalRules{};
  try {
    return ComplaintPolicy(std::move(rules), std::move(calendar));
  } catch (const Error& e) {
    if (root.empty()) throw;
    throw e.nested(root);  // the constructor names members inside the section
  }
}

}  // namespace

ComplaintPolicy ComplaintPolicy::default_policy(Calendar calendar) {
  return policy_from_json_value(Json::object(), std::move(calendar));
}

ComplaintPolicy ComplaintPolicy::from_json(std::string_view json, Calendar calendar) {
  return policy_from_json_value(detail::parse_json(json, "policy"), std::move(calendar));
}

namespace {
Json stages_json_value(std::span<const ComplaintStage> list) {
  Json stages = Json::array();
  for (const ComplaintStage& s : list) {
    Json days;  // null: no budget of its own
    if (s.half_days)
      days = s.half_days->domestic == s.half_days->foreign
                 ? half_days_json(s.half_days->domestic)
                 : Json{{to_string(Market::domestic), half_days_json(s.half_days->domestic)},
                        {to_string(Market::foreign), half_days_json(s.half_days->foreign)}};
    Json stage = {{"name", s.name}, {"department", s.department}, {"days", days}};
    if (s.before_clock) stage["before_clock"] = true;
    if (s.optional) stage["optional"] = true;
    if (!s.decided_by.empty()) stage["decided_by"] = s.decided_by;
    if (!s.entries.empty()) {
      Json entries = Json::array();
      for (const ComplaintField f : s.entries) entries.push_back(to_string(f));
      stage["entries"] = std::move(entries);
    }
    stages.push_back(std::move(stage));
  }
  return stages;
}
}  // namespace

std::string complaint_stages_json(std::span<const ComplaintStage> stages) { return stages_json_value(stages).dump(); }

std::vector<ComplaintStage> parse_complaint_stages(std::string_view json, std::string_view field) {
  const std::string f(field);
  return stages_value(detail::parse_json(json, f), f);
}

std::string ComplaintPolicy::to_json() const {
  const auto by_market = [](const ByMarket<int>& v, auto write) {
    return Json{{to_string(Market::domestic), write(v.domestic)}, {to_string(Market::foreign), write(v.foreign)}};
  };
  const Json stages = stages_json_value(rules_.stages);
  Json reviewers = Json::object(), kinds = Json::object(), disputes = Json::object();
  for (const auto& [severity, reviewer] : rules_.routing.first_reviewer) reviewers[to_string(severity)] = reviewer;
  for (const auto& [kind, department] : rules_.routing.department_by_kind) kinds[to_string(kind)] = department;
  for (const auto& [dispute, department] : rules_.routing.department_by_dispute) disputes[dispute] = department;
  Json notify_by = Json::object();
  for (const auto& [severity, methods] : rules_.routing.notify_by) {
    Json list = Json::array();
    for (const ContactMethod m : methods) list.push_back(to_string(m));
    notify_by[to_string(severity)] = list;
  }
  Json s = Json::object();
  s["working_day"] = detail::working_time_code(rules_.working_day);
  s["stage_count"] = to_string(rules_.stage_count);
  s["stages"] = stages;
  s["overall"] = {{"days", by_market(rules_.overall_days, [](int d) { return Json(d); })},
                  {"count", to_string(rules_.overall_count)},
                  {"rest_day_extension", rules_.overall_rest_day_extension}};
  s["investigation_report_days"] = half_days_json(rules_.report_half_days);
  s["consolidation_days"] = half_days_json(rules_.consolidation_half_days);
  s["statistics_day"] = rules_.statistics_day;
  s["serial_width"] = rules_.serial_width;
  s["routing"] = {{"first_reviewer", reviewers},
                  {"department_by_kind", kinds},
                  {"department_by_dispute", disputes},
                  {"supervisor_visit", rules_.routing.supervisor_visit},
                  {"notify_by", notify_by}};
  Json levels = Json::array();
  for (const ApprovalLevel& l : rules_.approval.levels)
    levels.push_back({{"level", l.level}, {"max_fen", l.max_fen ? Json(*l.max_fen) : Json()}});
  s["approval"] = {{"stage", rules_.approval.stage}, {"levels", levels}};
  return Json{{"complaints", s}}.dump(2);
}

}  // namespace aftersales
