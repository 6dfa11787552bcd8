#include <aftersales/penalty.hpp>
#include <aftersales/enum_names.hpp>

#include "detail/json.hpp"

#include <algorithm>
#include <numeric>

namespace aftersales {

namespace {

using detail::Json;

// Exact products of an amount and a weight (both below 2^63).
__extension__ typedef __int128 Wide;

// Amounts beyond 2^50 fen (about 11 trillion yuan) are typing errors, and
// keeping below it leaves room for exact products in 128 bits.
constexpr Fen max_amount = Fen{1} << 50;

void check_amount(Fen amount, const std::string& field) {
  if (amount < 0) throw Error(ErrorCode::invalid_argument, field, std::to_string(amount) + " fen is negative");
  if (amount > max_amount) throw Error(ErrorCode::invalid_argument, field, std::to_string(amount) + " fen is more than 2^50");
}

// `value` in units of 1/per_percent of a percent as text without trailing
// zeros: percent_text(12500, 10000) = "1.25 %", percent_text(10050, 100) = "100.5 %".
std::string percent_text(std::int64_t value, std::int64_t per_percent) {
  std::string out = std::to_string(value / per_percent);
  if (value % per_percent) {
    std::string frac = std::to_string(per_percent + value % per_percent).substr(1);
    frac.erase(frac.find_last_not_of('0') + 1);
    out.append(".").append(frac);
  }
  return out.append(" %");
}

// "400.00 yuan".
std::string fen_text(Fen fen) { return format_yuan(fen) + " yuan"; }

std::string member(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }

std::int64_t percent_member(const Json& obj, const char* key, const std::string& path, std::int64_t lo) {
  const std::string f = member(path, key);
  if (!obj.contains(key)) throw Error(ErrorCode::parse_error, f, "is missing");
  const Json& v = obj[key];
  if (!v.is_number_integer()) detail::json_type_error(f, v, "a whole number of percent");
  if (v.get<std::int64_t>() < lo || v.get<std::int64_t>() > 100)
    throw Error(ErrorCode::invalid_argument, f, v.dump() + " is outside " + std::to_string(lo) + "..100");
  return v.get<std::int64_t>() * 10000;
}

Fen fen_member(const Json& obj, const char* key, const std::string& path) {
  const std::string f = member(path, key);
  if (!obj.contains(key)) throw Error(ErrorCode::parse_error, f, "is missing");
  const Json& v = obj[key];
  if (!v.is_number_integer()) detail::json_type_error(f, v, "a whole number of fen");
  check_amount(v.get<std::int64_t>(), f);
  return v.get<std::int64_t>();
}

}  // namespace

// ---------------------------------------------------------------- months

YearMonth parse_year_month(std::string_view text, std::string_view field) {
  const std::string f(field);
  auto digits = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const int y = text.size() == 7 && text[4] == '-' ? digits(0, 4) : -1;
  const int m = y >= 0 ? digits(5, 2) : -1;
  if (y < 0 || m < 0)
    throw Error(ErrorCode::parse_error, f, "'" + std::string(text) + "' is not a month (YYYY-MM, e.g. \"2025-10\")");
  if (m < 1 || m > 12) throw Error(ErrorCode::parse_error, f, "'" + std::string(text) + "' has no month " + std::to_string(m));
  if (y < min_year || y > max_year)
    throw Error(ErrorCode::out_of_range, f, "'" + std::string(text) + "' is outside 1970..2199");
  return {y, m};
}

std::string format_year_month(YearMonth m) {
  std::string out = std::to_string(m.year) + "-";
  if (m.month < 10) out += '0';
  return out + std::to_string(m.month);
}

// ---------------------------------------------------------------- splits

std::vector<Share> split_by_weights(Fen amount, std::span<const Weight> weights, std::string_view field) {
  const std::string f(field);
  check_amount(amount, "amount");
  if (weights.empty()) throw Error(ErrorCode::invalid_argument, f, "names no party");
  Wide total = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    std::string at = f;
    if (weights[i].party.empty())
      at.append("[").append(std::to_string(i)).append("]");
    else
      at.append(".").append(weights[i].party);
    if (weights[i].party.empty()) throw Error(ErrorCode::invalid_argument, at, "has no name");
    for (std::size_t j = 0; j < i; ++j)
      if (weights[j].party == weights[i].party) throw Error(ErrorCode::invalid_argument, at, "is given twice");
    if (weights[i].weight < 0)
      throw Error(ErrorCode::invalid_argument, at, std::to_string(weights[i].weight) + " is negative");
    total += weights[i].weight;
  }
  if (total == 0) throw Error(ErrorCode::invalid_argument, f, "the weights are all 0");

  // Exact in 128 bits: amount < 2^50 and each weight < 2^63.
  std::vector<Share> out;
  std::vector<Wide> remainder(weights.size());
  Fen given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Wide exact = static_cast<Wide>(amount) * weights[i].weight;
    out.push_back({weights[i].party, static_cast<Fen>(exact / total)});
    remainder[i] = exact % total;
    given += out.back().amount;
  }
  // Largest remainder first; a stable sort keeps a tie with the earlier party.
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t k = 0; given < amount; ++k, ++given) ++out[order[k]].amount;
  return out;
}

std::vector<Share> split_by_ratios(Fen amount, std::span<const Weight> ratios) {
  std::int64_t sum = 0;
  bool sane = true;  // otherwise split_by_weights names the bad one
  for (const Weight& r : ratios) {
    if (r.weight > 10000 && !r.party.empty())
      throw Error(ErrorCode::invalid_argument, "ratios." + r.party, percent_text(r.weight, 100) + " is over 100 %");
    sane = sane && r.weight >= 0 && r.weight <= 10000 && !r.party.empty();
    if (r.weight > 0 && r.weight <= 10000) sum += r.weight;
  }
  if (!ratios.empty() && sane && sum != 10000)
    throw Error(ErrorCode::invalid_argument, "ratios", "sum to " + percent_text(sum, 100) + ", not 100 %");
  return split_by_weights(amount, ratios, "ratios");
}

std::vector<Share> split_by_points(Fen amount, std::span<const Weight> points) {
  return split_by_weights(amount, points, "points");
}

// ---------------------------------------------------------------- names

const char* to_string(AdminPenalty p) noexcept { return enum_name(p); }
const char* to_string(ReturnCheck c) noexcept { return enum_name(c); }

const char* to_string(Function f) noexcept { return enum_name(f); }
const char* to_string(BearerLevel l) noexcept { return enum_name(l); }
const char* to_string(ReturnKind k) noexcept { return enum_name(k); }

Function parse_function(std::string_view text, std::string_view field) { return parse_enum<Function>(text, field); }

ReturnKind parse_return_kind(std::string_view text, std::string_view field) { return parse_enum<ReturnKind>(text, field); }

Bearer attribute(Function function, std::optional<std::string_view> person, std::optional<std::string_view> group,
                 std::string_view unit) {
  if (unit.empty()) throw Error(ErrorCode::invalid_argument, "unit", "is empty: the section or department is needed");
  const bool manufacturing = function == Function::manufacturing;
  // Who was found, if anyone: manufacturing looks for the group, sales and service for the person.
  const std::optional<std::string_view> found = manufacturing ? group : person;
  Bearer b;
  if (found && !found->empty()) {
    b.name = *found;
    b.level = manufacturing ? BearerLevel::group : BearerLevel::person;
  } else {
    b.name = unit;
    b.level = manufacturing ? BearerLevel::section : BearerLevel::department;
  }
  b.rule = std::string(to_string(function)) + ": the " + to_string(b.level) + " " + b.name +
           (b.level == BearerLevel::section || b.level == BearerLevel::department
                ? std::string(" (no ") + (manufacturing ? "group" : "person") + " found)"
                : std::string());
  return b;
}

AdminPenalty parse_admin_penalty(std::string_view text, std::string_view field) {
  return parse_enum<AdminPenalty>(text, field);
}

// ---------------------------------------------------------------- policy

// The defaults live in data/policies/penalties.json (detail::default_document):
// an empty section is the default policy.
PenaltyPolicy PenaltyPolicy::default_policy() { return from_json("{}"); }

PenaltyPolicy PenaltyPolicy::from_json(std::string_view json) {
  const Json doc = detail::parse_json(json, "policy");
  if (!doc.is_object()) detail::json_type_error("penalties", doc, "an object");
  const bool wrapped = doc.contains("penalties");
  const Json& given = wrapped ? doc["penalties"] : doc;
  const std::string path = wrapped ? "penalties" : "";
  auto at = [&](const char* key) { return member(path, key); };
  if (!given.is_object()) detail::json_type_error("penalties", given, "an object");
  detail::json_only(given, path, {"note", "deduction_cap_percent", "warning_fen", "minor_demerit_fen",
                                  "resale_window", "over_quantity_tolerance_percent", "offences"});
  // Members left out keep data/policies/penalties.json's values.
  Json p = given;
  const Json& defaults = detail::default_document("penalties").at("penalties");
  for (auto it = defaults.begin(); it != defaults.end(); ++it)
    if (!p.contains(it.key())) p[it.key()] = it.value();
  PenaltyPolicy out;
  out.cap_ppm_ = percent_member(p, "deduction_cap_percent", path, 1);
  out.warning_ = fen_member(p, "warning_fen", path);
  out.minor_demerit_ = fen_member(p, "minor_demerit_fen", path);
  out.tolerance_ppm_ = percent_member(p, "over_quantity_tolerance_percent", path, 0);
  if (!p.contains("resale_window")) throw Error(ErrorCode::parse_error, at("resale_window"), "is missing");
  out.resale_window_ = detail::json_period(p["resale_window"], at("resale_window"));
  if (p.contains("offences")) {
    const Json& o = p["offences"];
    if (!o.is_array()) detail::json_type_error(at("offences"), o, "an array of names");
    for (std::size_t i = 0; i < o.size(); ++i) {
      const std::string f = at("offences") + "[" + std::to_string(i) + "]";
      const std::string& name = detail::json_string(o[i], f);
      if (name.empty()) throw Error(ErrorCode::invalid_argument, f, "is empty");
      if (std::find(out.offences_.begin(), out.offences_.end(), name) != out.offences_.end())
        throw Error(ErrorCode::invalid_argument, f, "'" + name + "' is named twice");
      out.offences_.push_back(name);
    }
  }
  return out;
}

PenaltyLedger PenaltyPolicy::ledger() const { return PenaltyLedger(cap_ppm_); }

std::string PenaltyPolicy::to_json() const {
  Json p = {{"deduction_cap_percent", cap_ppm_ / 10000},
            {"warning_fen", warning_},
            {"minor_demerit_fen", minor_demerit_},
            {"resale_window", detail::period_code(resale_window_)},
            {"over_quantity_tolerance_percent", tolerance_ppm_ / 10000},
            {"offences", offences_}};
  return Json{{"penalties", p}}.dump(2);
}

Fen PenaltyPolicy::administrative_deduction(AdminPenalty kind, int count, std::optional<Fen> bonus,
                                            std::optional<Fen> amount) const {
  if (count < 1) throw Error(ErrorCode::invalid_argument, "count", std::to_string(count) + " is not a count of 1 or more");
  if (count > 1000) throw Error(ErrorCode::invalid_argument, "count", std::to_string(count) + " is more than 1000");
  if (bonus) check_amount(*bonus, "bonus");
  if (amount) check_amount(*amount, "amount");
  if (kind == AdminPenalty::major_demerit) {
    if (amount)
      throw Error(ErrorCode::invalid_argument, "amount",
                  fen_text(*amount) + " given for a major demerit, which takes the whole month's bonus");
    if (!bonus)
      throw Error(ErrorCode::invalid_argument, "bonus", "is missing: a major demerit takes the whole month's bonus");
    return *bonus;
  }
  const Fen minimum = (kind == AdminPenalty::warning ? warning_ : minor_demerit_) * count;
  if (amount && *amount < minimum)
    throw Error(ErrorCode::invalid_argument, "amount",
                fen_text(*amount) + " is below the minimum of " + fen_text(minimum) + " (penalties." +
                    (kind == AdminPenalty::warning ? "warning_fen" : "minor_demerit_fen") + " x " +
                    std::to_string(count) + ")");
  return amount.value_or(minimum);
}

LossAssessment PenaltyPolicy::assess_loss(Fen grade_a_price, Date returned, std::optional<Resale> resale,
                                          std::optional<Fen> actual_loss) const {
  check_amount(grade_a_price, "grade_a_price");
  if (returned.is_special()) throw Error(ErrorCode::invalid_argument, "returned", "not a valid date");
  LossAssessment out;
  out.resale_deadline = period_end(returned, resale_window_);
  const std::string window = "penalties.resale_window = " + detail::period_code(resale_window_) + ": resold by " +
                             format_date(out.resale_deadline);
  if (resale) {
    check_amount(resale->price, "resale.price");
    if (resale->sold < returned)
      throw Error(ErrorCode::invalid_argument, "resale.sold",
                  format_date(resale->sold) + " is before the return " + format_date(returned));
    out.resold_in_time = resale->sold <= out.resale_deadline;
  }
  if (out.resold_in_time) {
    out.loss = std::max<Fen>(0, grade_a_price - resale->price);
    out.rule = window + ": the grade-A price less the resale price";
    return out;
  }
  if (!actual_loss)
    throw Error(ErrorCode::invalid_argument, "actual_loss",
                std::string(resale ? "resold after " : "not resold by ") + format_date(out.resale_deadline) +
                    ": give the actual loss");
  check_amount(*actual_loss, "actual_loss");
  out.loss = *actual_loss;
  out.rule = window + (resale ? " (resold later)" : " (not resold)") + ": the actual loss";
  return out;
}

Fen assess_loss(Fen grade_a_price, std::optional<Fen> resale_price, std::optional<Fen> actual_loss) {
  check_amount(grade_a_price, "grade_a_price");
  if (resale_price && actual_loss)
    throw Error(ErrorCode::invalid_argument, "actual_loss",
                "given with a resale price: resold in time, the loss is the grade-A price less the resale price");
  if (resale_price) {
    check_amount(*resale_price, "resale_price");
    return std::max<Fen>(0, grade_a_price - *resale_price);
  }
  if (!actual_loss) throw Error(ErrorCode::invalid_argument, "actual_loss", "not resold: give the actual loss");
  check_amount(*actual_loss, "actual_loss");
  return *actual_loss;
}

ReturnReconciliation PenaltyPolicy::reconcile_return(std::int64_t approved, std::int64_t actual,
                                                     std::optional<std::int64_t> tolerance_ppm) const {
  constexpr std::int64_t max_quantity = std::int64_t{1} << 40;
  for (const auto& [value, field] : {std::pair{approved, "approved"}, std::pair{actual, "actual"}}) {
    if (value < 0) throw Error(ErrorCode::invalid_argument, field, std::to_string(value) + " is negative");
    if (value > max_quantity) throw Error(ErrorCode::invalid_argument, field, std::to_string(value) + " is more than 2^40");
  }
  const std::int64_t tol = tolerance_ppm.value_or(tolerance_ppm_);
  if (tol < 0 || tol > 1000000)
    throw Error(ErrorCode::invalid_argument, "tolerance", std::to_string(tol) + " ppm is outside 0..100 %");
  ReturnReconciliation out;
  out.quantity = actual;
  // actual <= approved x (1 + tol), exactly: both sides in millionths.
  const bool within = static_cast<Wide>(actual) * 1000000 <= static_cast<Wide>(approved) * (1000000 + tol);
  out.check = within ? ReturnCheck::accept : ReturnCheck::flag;
  const std::string t = percent_text(tol, 10000);
  out.rule = actual <= approved ? "returned " + std::to_string(actual) + " of " + std::to_string(approved) +
                                      " approved: accept the actual quantity"
             : within ? "returned " + std::to_string(actual) + ", over " + std::to_string(approved) +
                            " approved by no more than the tolerance " + t + ": accept the actual quantity"
                      : "returned " + std::to_string(actual) + ", over " + std::to_string(approved) +
                            " approved by more than the tolerance " + t + ": flag for a decision";
  return out;
}

// ---------------------------------------------------------------- ledger

PenaltyLedger::PenaltyLedger(std::int64_t cap_ppm) : cap_ppm_(cap_ppm) {
  if (cap_ppm < 1 || cap_ppm > 1000000)
    throw Error(ErrorCode::invalid_argument, "cap", std::to_string(cap_ppm) + " ppm is outside (0, 100 %]");
}

void PenaltyLedger::charge(std::string person, YearMonth month, Fen amount, std::string case_id) {
  if (person.empty()) throw Error(ErrorCode::invalid_argument, "person", "is empty");
  if (case_id.empty()) throw Error(ErrorCode::invalid_argument, "case_id", "is empty");
  if (month.month < 1 || month.month > 12 || month.year < min_year || month.year > max_year)
    throw Error(ErrorCode::invalid_argument, "month", format_year_month(month) + " is not a month of 1970..2199");
  check_amount(amount, "amount");
  charges_.push_back({std::move(person), month, std::move(case_id), amount, 0});
}

Settlement PenaltyLedger::settle(std::string_view person, YearMonth month, Fen bonus) {
  if (person.empty()) throw Error(ErrorCode::invalid_argument, "person", "is empty");
  if (month.month < 1 || month.month > 12 || month.year < min_year || month.year > max_year)
    throw Error(ErrorCode::invalid_argument, "month", format_year_month(month) + " is not a month of 1970..2199");
  check_amount(bonus, "bonus");
  const auto last = last_settled_.find(person);
  if (last != last_settled_.end() && month <= last->second)
    throw Error(ErrorCode::state, "month",
                std::string(person) + "'s " + format_year_month(month) + " comes at or before the settled " +
                    format_year_month(last->second));

  Settlement s;
  s.person = std::string(person);
  s.month = month;
  s.bonus = bonus;
  // The administrative penalties of this month first, whole (行政處罰準則
  // (五)3: a major demerit takes the month's whole bonus at once; never
  // spread over two months): major demerits, then the others as recorded.
  Fen left = bonus;
  for (const bool major : {true, false})
    for (const AdminCharge& a : admin_charges_) {
      if (a.person != person || a.month != month || (a.kind == AdminPenalty::major_demerit) != major) continue;
      const Fen due = major ? left : a.amount;
      const Fen take = std::min(due, left);
      s.admin_lines.push_back({a.case_id, a.kind, take, due - take});
      s.admin_deducted += take;
      s.admin_uncollected += due - take;
      left -= take;
    }
  // The complaint deductions from what is left, at most the cap of the
  // whole bonus (經濟處罰準則 (三)4: 全月效率獎金50%).
  s.cap = std::min<Fen>(static_cast<Fen>(static_cast<Wide>(bonus) * cap_ppm_ / 1000000), left);
  // Owed charges of this person up to this month, oldest month first, then
  // in the order charged.
  std::vector<std::size_t> owed;
  for (std::size_t i = 0; i < charges_.size(); ++i)
    if (charges_[i].person == person && charges_[i].month <= month && charges_[i].paid < charges_[i].amount)
      owed.push_back(i);
  std::stable_sort(owed.begin(), owed.end(),
                   [&](std::size_t a, std::size_t b) { return charges_[a].month < charges_[b].month; });
  // Work on copies so that a failure (allocation) leaves the ledger as it was.
  std::vector<Fen> paid;
  for (const std::size_t i : owed) {
    const Fen due = charges_[i].amount - charges_[i].paid;
    const Fen take = std::min(due, s.cap - s.deducted);
    if (take > 0) s.lines.push_back({charges_[i].case_id, charges_[i].month, take});
    s.deducted += take;
    s.carried += due - take;
    paid.push_back(charges_[i].paid + take);
  }
  settlements_.reserve(settlements_.size() + 1);
  std::string key(person);
  last_settled_[key] = month;  // may allocate: before anything is changed in place below
  for (std::size_t k = 0; k < owed.size(); ++k) charges_[owed[k]].paid = paid[k];
  settlements_.push_back(s);
  return s;
}

void PenaltyLedger::penalize(AdminCharge charge) {
  if (charge.person.empty()) throw Error(ErrorCode::invalid_argument, "person", "is empty");
  if (charge.case_id.empty()) throw Error(ErrorCode::invalid_argument, "case_id", "is empty");
  const YearMonth month = charge.month;
  if (month.month < 1 || month.month > 12 || month.year < min_year || month.year > max_year)
    throw Error(ErrorCode::invalid_argument, "month", format_year_month(month) + " is not a month of 1970..2199");
  if (charge.count < 1 || charge.count > 1000)
    throw Error(ErrorCode::invalid_argument, "count", std::to_string(charge.count) + " is outside 1..1000");
  if (!enum_from_int<AdminPenalty>(static_cast<long long>(charge.kind)))
    throw Error(ErrorCode::invalid_argument, "kind",
                std::to_string(static_cast<int>(charge.kind)) + " is not an administrative penalty (" +
                    enum_names_text<AdminPenalty>() + ")");
  check_amount(charge.amount, "amount");
  // The month's penalties together stay within one amount's bound, so a
  // settlement's sums cannot overflow.
  Fen month_total = charge.amount;
  for (const AdminCharge& a : admin_charges_)
    if (a.person == charge.person && a.month == month) month_total += a.amount;  // each <= 2^50: no overflow
  if (month_total > max_amount)
    throw Error(ErrorCode::invalid_argument, "amount",
                std::to_string(charge.amount) + " fen takes " + charge.person + "'s " + format_year_month(month) +
                    " administrative penalties past 2^50 fen");
  if (charge.kind == AdminPenalty::major_demerit && charge.amount != 0)
    throw Error(ErrorCode::invalid_argument, "amount",
                "given for a major demerit: it takes the month's whole bonus, known at the settlement");
  // Taken whole with its month: a settled month cannot take it any more,
  // and a later month may not (never spread, never moved).
  const auto last = last_settled_.find(charge.person);
  if (last != last_settled_.end() && month <= last->second)
    throw Error(ErrorCode::state, "month",
                charge.person + "'s " + format_year_month(month) + " comes at or before the settled " +
                    format_year_month(last->second) + ": an administrative penalty is taken whole in its own month");
  admin_charges_.push_back(std::move(charge));
}

Fen PenaltyLedger::outstanding(std::string_view person) const {
  Fen owed = 0;
  for (const Charge& c : charges_)
    if (c.person == person) owed += c.amount - c.paid;
  return owed;
}

}  // namespace aftersales
