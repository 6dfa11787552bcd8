#include <aftersales/warranty.hpp>

#include "detail/json.hpp"

#include <algorithm>
#include <limits>

namespace aftersales {

namespace generated {
std::string_view policy_document(std::string_view name) noexcept;
}

namespace {

using detail::Json;
using detail::period_code;

const char* const remedy_names[] = {"return", "exchange", "repair"};
const char* const basis_names[] = {"invoice", "delivery", "installation"};
const char* const category_names[] = {"paid", "contract", "free", "internal"};

// Appends a legal period as words: "1 year", "2 years 6 months", "15 days".
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

std::string period_text(Period p) {
  std::string out;
  append_period(out, p);
  return out;
}


// d + n days, refusing results after 2199 in the name of `field`.
Date days_after_checked(Date d, int n, const char* field) {
  static const Date last_day(max_year, 12, 31);
  const Date out = d + boost::gregorian::days(n);
  if (out > last_day)
    throw Error(ErrorCode::out_of_range, field, "the warranty would end on " + format_date(out) + ", after 2199-12-31");
  return out;
}

// The last day of a legal period, moved past rest days by the calendar when
// the calendar knows that day. A warranty can end years after a calendar's
// horizon; then the day stands unmoved (the rule text says so) instead of
// failing, and `past_horizon` is set. A calendar in statutory mode knows the
// statutory days of its provisional years: a day there moves on them, and
// `note` gets the calendar's provisional note (a verdict on it says so).
//
// `extra_days` (days under repair, 三包 art. 8) lengthen the period before
// the rest-day rule looks at its last day.
Date legal_end(Date start, Period period, const Calendar* cal, bool* past_horizon = nullptr, int extra_days = 0,
               std::string* note = nullptr) {
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

void check_count(int value, const char* field) {
  if (value < 0) throw Error(ErrorCode::invalid_argument, field, std::to_string(value) + " is negative");
  if (value > max_count)
    throw Error(ErrorCode::invalid_argument, field, std::to_string(value) + " is more than " + std::to_string(max_count));
}

Date days_after(Date d, int n) { return d + boost::gregorian::days(n); }

// round(a * b / d) half up, for 0 <= a < 2^53 and 0 <= b <= d <= 10^6:
// a * b could overflow, (a / d) * b and (a % d) * b cannot.
Fen mul_div_half_up(Fen a, std::int64_t b, std::int64_t d) {
  return (a / d) * b + ((a % d) * b + d / 2) / d;
}

int int_member(const Json& obj, const char* key, int fallback, const std::string& path) {
  if (!obj.contains(key)) return fallback;
  const Json& v = obj[key];
  if (!v.is_number_integer()) detail::json_type_error(path + "." + key, v, "a whole number 0..100000");
  if (v.get<std::int64_t>() < 0 || v.get<std::int64_t>() > 100000)
    throw Error(ErrorCode::invalid_argument, path + "." + key, v.dump() + " is outside 0..100000");
  return static_cast<int>(v.get<std::int64_t>());
}

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

// "return or exchange", in the customer's order.
std::string remedy_list(RemedySet set) {
  std::string out;
  for (const Remedy r : set) out.append(out.empty() ? "" : " or ").append(to_string(r));
  return out;
}

// ["return", "exchange"]: at least one remedy.
RemedySet remedy_set(const Json& v, const std::string& path) {
  RemedySet out;
  const auto names = string_list(v, path);
  for (std::size_t i = 0; i < names.size(); ++i) out.add(parse_remedy(names[i], path + "[" + std::to_string(i) + "]"));
  if (out.empty()) throw Error(ErrorCode::invalid_argument, path, "names no remedy");
  return out;
}

// Mileage limits: whole km, 1..max_km.
constexpr std::int64_t max_km = 10'000'000;

std::int64_t km_value(const Json& v, const std::string& path) {
  if (!v.is_number_integer()) detail::json_type_error(path, v, "a whole number of km");
  if (v.get<std::int64_t>() < 1 || v.get<std::int64_t>() > max_km)
    throw Error(ErrorCode::invalid_argument, path, v.dump() + " km is outside 1.." + std::to_string(max_km));
  return v.get<std::int64_t>();
}

void check_km(const std::optional<std::int64_t>& km, const std::string& field) {
  if (km && (*km < 1 || *km > max_km))
    throw Error(ErrorCode::invalid_argument, field, std::to_string(*km) + " km is outside 1.." + std::to_string(max_km));
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
  detail::json_only(w, root, {"note", "rules", "exclusions", "products"});
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
                             "max_extended_years", "max_repairs_remedies", "limit_remedies"});
    rules.return_days = int_member(r, "return_days", rules.return_days, p);
    rules.exchange_days = int_member(r, "exchange_days", rules.exchange_days, p);
    rules.max_repairs = int_member(r, "max_repairs", rules.max_repairs, p);
    rules.repair_limit_days = int_member(r, "repair_limit_days", rules.repair_limit_days, p);
    rules.parts_limit_days = int_member(r, "parts_limit_days", rules.parts_limit_days, p);
    rules.max_extended_years = int_member(r, "max_extended_years", rules.max_extended_years, p);
    if (r.contains("max_repairs_remedies"))
      rules.max_repairs_remedies = remedy_set(r["max_repairs_remedies"], p + ".max_repairs_remedies");
    if (r.contains("limit_remedies")) rules.limit_remedies = remedy_set(r["limit_remedies"], p + ".limit_remedies");
  }
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
                             "fault_windows"});
    ProductTerms t;
    t.product = it.key();
    if (!v.contains("whole_unit")) throw Error(ErrorCode::parse_error, p + ".whole_unit", "is missing");
    t.whole_unit = detail::json_period(v["whole_unit"], p + ".whole_unit");
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
          options.push_back(parse_remedy(names[i], rp + "[" + std::to_string(i) + "]"));
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
    products.push_back(std::move(t));
  }
  return WarrantyPolicy(std::move(products), rules, std::move(exclusions), std::move(calendar));
}

WarrantyPolicy preset(std::string_view name, std::optional<Calendar> calendar) {
  const std::string_view text = generated::policy_document(name);
  if (text.empty()) throw Error(ErrorCode::internal, "preset", "the preset '" + std::string(name) + "' was not built in");
  return policy_from_json_value(detail::parse_json(text, "preset"), std::move(calendar));
}

}  // namespace

const char* to_string(StartBasis b) noexcept { return basis_names[static_cast<int>(b)]; }
const char* to_string(Remedy r) noexcept { return remedy_names[static_cast<int>(r)]; }
const char* to_string(ServiceCategory c) noexcept { return category_names[static_cast<int>(c)]; }
char letter(ServiceCategory c) noexcept { return "ABCD"[static_cast<int>(c)]; }

StartBasis parse_start_basis(std::string_view text, std::string_view field) {
  for (int i = 0; i < 3; ++i)
    if (text == basis_names[i]) return static_cast<StartBasis>(i);
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown start basis '" + std::string(text) + "' (expected invoice, delivery or installation)");
}

Remedy parse_remedy(std::string_view text, std::string_view field) {
  for (int i = 0; i < 3; ++i)
    if (text == remedy_names[i]) return static_cast<Remedy>(i);
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown remedy '" + std::string(text) + "' (expected return, exchange or repair)");
}

// ---------------------------------------------------------------- policy

WarrantyPolicy::WarrantyPolicy(std::vector<ProductTerms> products, RemedyRules rules,
                               std::vector<std::string> exclusions, std::optional<Calendar> calendar)
    : products_(std::move(products)), rules_(rules), exclusions_(std::move(exclusions)), calendar_(std::move(calendar)) {
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

WarrantyPolicy WarrantyPolicy::sanbao(std::optional<Calendar> calendar) { return preset("sanbao", std::move(calendar)); }
WarrantyPolicy WarrantyPolicy::piano(std::optional<Calendar> calendar) { return preset("piano", std::move(calendar)); }
WarrantyPolicy WarrantyPolicy::housing(std::optional<Calendar> calendar) { return preset("housing", std::move(calendar)); }
WarrantyPolicy WarrantyPolicy::car_2021(std::optional<Calendar> calendar) { return preset("car_2021", std::move(calendar)); }

WarrantyPolicy WarrantyPolicy::from_json(std::string_view json, std::optional<Calendar> calendar) {
  return policy_from_json_value(detail::parse_json(json, "policy"), std::move(calendar));
}

std::string WarrantyPolicy::to_json() const {
  Json w = Json::object();
  w["rules"] = {{"return_days", rules_.return_days},
                {"exchange_days", rules_.exchange_days},
                {"max_repairs", rules_.max_repairs},
                {"repair_limit_days", rules_.repair_limit_days},
                {"parts_limit_days", rules_.parts_limit_days},
                {"max_extended_years", rules_.max_extended_years},
                {"max_repairs_remedies", remedy_names_of(rules_.max_repairs_remedies)},
                {"limit_remedies", remedy_names_of(rules_.limit_remedies)}};
  w["exclusions"] = exclusions_;
  Json products = Json::object();
  for (const auto& t : products_) {
    Json p = Json::object();
    p["whole_unit"] = period_code(t.whole_unit);
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
    products[t.product] = p;
  }
  w["products"] = products;
  return Json{{"warranty", w}}.dump(2);
}

const ProductTerms& WarrantyPolicy::terms(std::string_view product) const {
  for (const auto& t : products_)
    if (t.product == product) return t;
  std::string known;
  for (const auto& t : products_) known += (known.empty() ? "" : ", ") + t.product;
  throw Error(ErrorCode::not_found, "product", "unknown product '" + std::string(product) + "' (known: " + known + ")");
}

namespace {

// The first day a unit's terms count from: its start basis, or the exchange
// that restarted them.
Date term_start(const ProductTerms& t, const UnitFacts& unit, bool* exchanged = nullptr) {
  Date start = unit.purchased;
  if (t.basis == StartBasis::delivery) {
    if (!unit.delivered)
      throw Error(ErrorCode::invalid_argument, "delivered", "the " + t.product + " warranty counts from delivery: give the delivery date");
    start = *unit.delivered;
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

// The maker's term for a unit: from term_start, by the legal period rule,
// lengthened by the days under repair.
void covered_term(CoverageRule& r, const WarrantyPolicy& policy, const ProductTerms& t, const UnitFacts& unit,
                  Period period, std::string_view term_name, bool component) {
  r.basis = t.basis;
  r.start = term_start(t, unit, &r.exchanged);
  const Calendar* cal = policy.calendar() ? &*policy.calendar() : nullptr;
  try {
    r.until = legal_end(r.start, period, cal, &r.past_horizon, unit.repair_days, &r.provisional);
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

void check_unit(const UnitFacts& unit) {
  if (unit.purchased.is_special()) throw Error(ErrorCode::invalid_argument, "purchased", "not a valid date");
  check_count(unit.repair_days, "repair_days");
  if (unit.mileage_km && (*unit.mileage_km < 0 || *unit.mileage_km > max_km))
    throw Error(ErrorCode::invalid_argument, "mileage_km",
                std::to_string(*unit.mileage_km) + " km is outside 0.." + std::to_string(max_km));
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
      if (repair_days) out.append(", + ").append(std::to_string(repair_days)).append(" days under repair");
      out.append(": until ").append(format_date(until)).append(provisional);
      if (past_horizon)
        out.append(" (after the calendar's horizon ").append(format_date(horizon)).append(": no rest-day extension)");
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
      if (!covers.empty()) out.append("; covers ").append(covers);
      break;
    case Kind::exclusion:
      out.append("warranty.exclusions.").append(name).append(": no free service for this cause (paid repair allowed)");
      break;
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
      const Date until = legal_end(whole_until, Period{.years = e.years}, cal, nullptr, 0, &note);
      if (best && until <= best->until) continue;
      best.emplace();
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
  if (t.basis != StartBasis::invoice)
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

RemedyDecision WarrantyPolicy::remedy(const UnitFacts& unit, const FaultFacts& fault,
                                      const std::vector<ExtendedWarranty>& extended) const {
  check_count(fault.prior_repairs, "prior_repairs");
  check_count(fault.repair_days, "repair_days");
  check_count(fault.waiting_parts_days, "waiting_parts_days");
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
  if (!performance) {
    auto it = t.remedy_table.find(fault.fault);
    for (const FaultWindow& w : t.fault_windows)
      if (w.fault == fault.fault) window = &w;
    if (it == t.remedy_table.end() && !window) {
      std::string known = "performance";
      for (const auto& [k, v] : t.remedy_table) known += ", " + k;
      for (const FaultWindow& w : t.fault_windows) known += ", " + w.fault;
      throw Error(ErrorCode::not_found, "fault", "unknown fault kind '" + fault.fault + "' for " + t.product + " (known: " + known + ")");
    }
    if (!window) table = &it->second;
  }

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

  // The 三包 remedies run in the whole-unit term (or the shorter remedy
  // period), counted from the same start as coverage: an exchange restarts it.
  const Calendar* cal = calendar_ ? &*calendar_ : nullptr;
  d.remedy_period = t.remedy_period;
  // Without a remedy period it is the whole-unit term coverage has already worked out.
  d.remedy_until = !t.remedy_period && d.coverage.kind == CoverageTerm::whole_unit
                       ? *d.coverage.until
                       : legal_end(term_start(t, unit), t.remedy_period.value_or(t.whole_unit), cal, nullptr,
                                   unit.repair_days);
  d.remedy_km = t.remedy_km ? t.remedy_km : t.whole_unit_km;
  d.mileage = unit.mileage_km;
  // Past the whole-unit term a component's or an extended warranty's term
  // gives free repair only.
  const bool in_remedy_period = d.coverage.kind != CoverageTerm::extended && fault.fault_on <= d.remedy_until &&
                                !(d.remedy_km && unit.mileage_km && *unit.mileage_km > *d.remedy_km);
  if (window) {
    d.window = *window;
    d.window_until = legal_end(unit.purchased, window->period, cal);
    d.in_window = fault.fault_on <= d.window_until && !(window->km && unit.mileage_km && *unit.mileage_km > *window->km);
  }

  RemedySet options;
  bool escalated = true;
  d.repairs_checked = in_remedy_period;
  if (!in_remedy_period) {
    escalated = false;
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
    if (!table && !(window && d.in_window) && in_remedy_period) {
      d.windows_checked = true;
      d.return_until = legal_end(unit.purchased, Period{.days = rules_.return_days}, cal);
      d.exchange_until = legal_end(unit.purchased, Period{.days = rules_.exchange_days}, cal);
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
        lean(d.remedy_until);
        break;
      case RemedyBasis::fault_window:
        lean(d.window_until);
        break;
      default:  // the 7/15-day windows, and a free repair past them or past a fault window
        if (d.windows_checked) lean(d.return_until), lean(d.exchange_until);
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
      options.add(Remedy::refund);  // 1995 art. 13: a refused exchange may be returned, less depreciation
      d.refused_exchange = true;
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
  }
  if (no_same_model) out += "; no same model available: return instead of exchange";
  if (refused_exchange) out += "; exchange refused: return less depreciation";
  // A free repair's coverage rule already carries the same note.
  if (basis != RemedyBasis::free_repair || provisional != coverage.why.provisional) out += provisional;
  return out;
}

std::vector<std::string> RemedyDecision::trail() const {
  std::vector<std::string> lines;
  lines.push_back("coverage: " + coverage.rule());
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
                    (escalated ? " -> " + rule() : " (no escalation)"));
  if (window)
    lines.push_back("warranty." + product + ".fault_windows." + window->fault + ": until " + format_date(window_until) +
                    (window->km ? " or " + std::to_string(*window->km) + " km" : std::string()) +
                    (in_window ? " (within)" : " (past: decided as a performance fault)"));
  if (windows_checked)
    lines.push_back("windows: return until " + format_date(return_until) + ", exchange until " + format_date(exchange_until));
  lines.push_back("decided: " + rule());
  if (refund) {
    if (depreciated)
      lines.push_back("refund: exchange refused: depreciation " + std::to_string(depreciation_ppm_per_day) + " ppm/day x " +
                      std::to_string(depreciation_days) + " days = " + std::to_string(depreciation) + " fen");
    else
      lines.push_back("refund: the invoice price");
  }
  return lines;
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
