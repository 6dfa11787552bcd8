// The billing rules of a policy (issue 28): a fee schedule per service
// category (seeds/002 (六) A paid, B contract, C free, D internal) and the
// on-the-spot collection limit ((十) 其費用較低者 當場收費, 否則 當天開具發票).
#include "detail/billing_policy.hpp"

#include <array>
#include <set>
#include <utility>

namespace aftersales {

const char* to_string(FeeSchedule::Labour l) noexcept { return l == FeeSchedule::Labour::per_hour ? "hour" : "job"; }

BillingRules default_billing_rules() {
  static const BillingRules rules =
      detail::billing_from_json(detail::default_document("service").at("service").at("billing"), "service.billing");
  return rules;
}

namespace detail {

namespace {

// The ceiling of any one amount: a bill's sums stay far inside int64 fen.
constexpr Fen max_fen = Fen{1} << 40;

constexpr std::array<std::pair<ServiceCategory, const char*>, 4> categories{
    {{ServiceCategory::paid, "paid"},
     {ServiceCategory::contract, "contract"},
     {ServiceCategory::free, "free"},
     {ServiceCategory::internal, "internal"}}};

FeeSchedule& schedule_of(BillingRules& b, ServiceCategory c) {
  return const_cast<FeeSchedule&>(std::as_const(b).schedule(c));
}

Fen fen_of(const Json& v, const std::string& path) {
  if (!v.is_number_integer()) json_type_error(path, v, "a whole number of fen");
  return v.get<std::int64_t>();
}

void check_fen(Fen v, const std::string& path) {
  if (v < 0 || v > max_fen)
    throw Error(ErrorCode::invalid_argument, path, std::to_string(v) + " fen is not an amount of 0.." +
                                                       std::to_string(max_fen) + " fen");
}

FeeSchedule schedule_from_json(const Json& s, const std::string& path) {
  if (!s.is_object()) json_type_error(path, s, "an object");
  json_only(s, path, {"note", "call_out_fen", "labour", "labour_fen", "customer_pays"});
  for (const char* key : {"call_out_fen", "labour", "labour_fen", "customer_pays"})
    if (!s.contains(key) || s[key].is_null())
      throw Error(ErrorCode::parse_error, path + "." + key, "is missing (leave it out for the default)");
  FeeSchedule out;
  out.call_out = fen_of(s["call_out_fen"], path + ".call_out_fen");
  const std::string& labour = json_string(s["labour"], path + ".labour");
  if (labour == "hour")
    out.labour = FeeSchedule::Labour::per_hour;
  else if (labour == "job")
    out.labour = FeeSchedule::Labour::per_job;
  else
    throw Error(ErrorCode::invalid_argument, path + ".labour", "'" + labour + "' is not \"hour\" or \"job\"");
  out.labour_rate = fen_of(s["labour_fen"], path + ".labour_fen");
  const Json& pays = s["customer_pays"];
  if (!pays.is_array()) json_type_error(path + ".customer_pays", pays, "an array of \"call_out\", \"labour\", \"parts\"");
  out.customer_pays_call_out = out.customer_pays_labour = out.customer_pays_parts = false;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < pays.size(); ++i) {
    const std::string field = path + ".customer_pays[" + std::to_string(i) + "]";
    const std::string& what = json_string(pays[i], field);
    if (!seen.insert(what).second) throw Error(ErrorCode::invalid_argument, field, "'" + what + "' is named twice");
    if (what == "call_out")
      out.customer_pays_call_out = true;
    else if (what == "labour")
      out.customer_pays_labour = true;
    else if (what == "parts")
      out.customer_pays_parts = true;
    else
      throw Error(ErrorCode::invalid_argument, field, "'" + what + "' is not \"call_out\", \"labour\" or \"parts\"");
  }
  return out;
}

}  // namespace

BillingRules billing_from_json(const Json& b, const std::string& path) {
  if (!b.is_object()) json_type_error(path, b, "an object");
  json_only(b, path, {"note", "collect_on_the_spot_max_fen", "paid", "contract", "free", "internal"});
  BillingRules out;
  if (!b.contains("collect_on_the_spot_max_fen") || b["collect_on_the_spot_max_fen"].is_null())
    throw Error(ErrorCode::parse_error, path + ".collect_on_the_spot_max_fen", "is missing (leave it out for the default)");
  out.collect_on_the_spot_max = fen_of(b["collect_on_the_spot_max_fen"], path + ".collect_on_the_spot_max_fen");
  for (const auto& [c, name] : categories) {
    if (!b.contains(name)) throw Error(ErrorCode::parse_error, path + "." + name, "is missing");
    schedule_of(out, c) = schedule_from_json(b[name], path + "." + name);
  }
  // Checked here too, so a document's error names its path.
  try {
    check_billing(out);
  } catch (const Error& e) {
    const std::string prefix = "service.billing";
    std::string field = e.field();
    if (field.rfind(prefix, 0) == 0) field = path + field.substr(prefix.size());
    throw Error(e.code(), field, e.message());
  }
  return out;
}

Json billing_to_json(const BillingRules& b) {
  Json out = Json::object();
  out["collect_on_the_spot_max_fen"] = b.collect_on_the_spot_max;
  for (const auto& [c, name] : categories) {
    const FeeSchedule& s = b.schedule(c);
    Json pays = Json::array();
    if (s.customer_pays_call_out) pays.push_back("call_out");
    if (s.customer_pays_labour) pays.push_back("labour");
    if (s.customer_pays_parts) pays.push_back("parts");
    out[name] = {{"call_out_fen", s.call_out},
                 {"labour", to_string(s.labour)},
                 {"labour_fen", s.labour_rate},
                 {"customer_pays", pays}};
  }
  return out;
}

void check_billing(const BillingRules& b) {
  check_fen(b.collect_on_the_spot_max, "service.billing.collect_on_the_spot_max_fen");
  for (const auto& [c, name] : categories) {
    const FeeSchedule& s = b.schedule(c);
    const std::string path = std::string("service.billing.") + name;
    check_fen(s.call_out, path + ".call_out_fen");
    check_fen(s.labour_rate, path + ".labour_fen");
    if (s.labour != FeeSchedule::Labour::per_hour && s.labour != FeeSchedule::Labour::per_job)
      throw Error(ErrorCode::invalid_argument, path + ".labour", "is not \"hour\" or \"job\"");
  }
}

}  // namespace detail

}  // namespace aftersales
