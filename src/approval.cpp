// Approval by authority level (seeds/002 (九)6, (九)11) and the names of the
// improvement records ((七)3(5), (九)7): the policy's checks and the amount a
// decision commits.
#include <aftersales/approval.hpp>
#include <aftersales/enum_names.hpp>
#include <aftersales/error.hpp>

#include "detail/json.hpp"

#include <limits>

namespace aftersales {

const char* to_string(CommitmentKind k) noexcept { return enum_name(k); }
const char* to_string(ImprovementState s) noexcept { return enum_name(s); }
const char* to_string(TrackingExemption r) noexcept { return enum_name(r); }
CommitmentKind parse_commitment_kind(std::string_view text, std::string_view field) {
  return parse_enum<CommitmentKind>(text, field);
}
ImprovementState parse_improvement_state(std::string_view text, std::string_view field) {
  return parse_enum<ImprovementState>(text, field);
}
TrackingExemption parse_tracking_exemption(std::string_view text, std::string_view field) {
  return parse_enum<TrackingExemption>(text, field);
}

namespace {
std::string yuan(Fen f) { return format_yuan(f) + " yuan"; }
}  // namespace

void check_approval_rules(const ApprovalRules& rules, const std::string& prefix) {
  const auto fail = [](const std::string& field, const std::string& message) {
    throw Error(ErrorCode::invalid_argument, field, message);
  };
  // No levels: a policy that approves by no level (a hand-built one); the
  // default document always has them.
  if (rules.levels.empty() && rules.stage.empty()) return;
  if (rules.stage.empty()) fail(prefix + ".stage", "is empty");
  if (rules.levels.empty()) fail(prefix + ".levels", "names no level");
  for (std::size_t i = 0; i < rules.levels.size(); ++i) {
    const ApprovalLevel& l = rules.levels[i];
    const std::string f = prefix + ".levels[" + std::to_string(i) + "]";
    if (l.level.empty()) fail(f + ".level", "is empty");
    for (std::size_t j = 0; j < i; ++j)
      if (rules.levels[j].level == l.level) fail(f + ".level", "'" + l.level + "' is given twice");
    const bool last = i + 1 == rules.levels.size();
    if (!l.max_fen) {
      if (!last) fail(f + ".max_fen", "null (no upper bound) is only for the last, highest level");
      continue;
    }
    if (last)
      fail(f + ".max_fen", std::to_string(*l.max_fen) + ": the highest level needs no bound (null): "
                           "a decision above it could not be approved by anyone");
    if (*l.max_fen < 0) fail(f + ".max_fen", std::to_string(*l.max_fen) + " is negative");
    if (i > 0 && *rules.levels[i - 1].max_fen >= *l.max_fen)
      fail(f + ".max_fen", std::to_string(*l.max_fen) + " is not above the level before it (" +
                               std::to_string(*rules.levels[i - 1].max_fen) + ")");
  }
}

const ApprovalLevel& required_level(const ApprovalRules& rules, Fen amount) {
  if (amount < 0) throw Error(ErrorCode::invalid_argument, "amount", std::to_string(amount) + " fen is negative");
  if (rules.levels.empty())
    throw Error(ErrorCode::state, "policy.complaints.approval", "the policy gives no approval levels");
  for (const ApprovalLevel& l : rules.levels)
    if (!l.max_fen || amount <= *l.max_fen) return l;
  return rules.levels.back();  // unreachable for checked rules: the last is unbounded
}

const ApprovalLevel& check_authority(const ApprovalRules& rules, std::string_view level, Fen amount) {
  const ApprovalLevel& needed = required_level(rules, amount);
  std::size_t given = rules.levels.size(), need = 0;
  std::string known;
  for (std::size_t i = 0; i < rules.levels.size(); ++i) {
    if (rules.levels[i].level == level) given = i;
    if (&rules.levels[i] == &needed) need = i;
    known += (known.empty() ? "" : ", ") + rules.levels[i].level;
  }
  if (given == rules.levels.size())
    throw Error(ErrorCode::not_found, "level",
                "unknown approval level '" + std::string(level) + "' (the policy's levels: " + known + ")");
  if (given < need)
    throw Error(ErrorCode::invalid_argument, "level",
                std::string(level) + " may approve up to " + yuan(*rules.levels[given].max_fen) + "; " + yuan(amount) +
                    " needs " + needed.level + " (complaints.approval.levels, seeds/002 (九)6 依核決權限)");
  return needed;
}

Fen committed_amount(std::span<const DecisionLine> lines) {
  Fen total = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const DecisionLine& l = lines[i];
    const std::string f = "lines[" + std::to_string(i) + "]";
    if (!enum_from_int<CommitmentKind>(static_cast<long long>(l.kind)))
      throw Error(ErrorCode::invalid_argument, f + ".kind", std::to_string(static_cast<int>(l.kind)) +
                                                                " is not a commitment kind");
    if (l.quantity < 1) throw Error(ErrorCode::invalid_argument, f + ".quantity", std::to_string(l.quantity) + " is below 1");
    if (l.unit_price < 0)
      throw Error(ErrorCode::invalid_argument, f + ".unit_price", std::to_string(l.unit_price) + " fen is negative");
    Fen amount;
    if (__builtin_mul_overflow(l.quantity, l.unit_price, &amount))
      throw Error(ErrorCode::invalid_argument, f,
                  std::to_string(l.quantity) + " x " + std::to_string(l.unit_price) + " fen overflows 64-bit fen");
    if (__builtin_add_overflow(total, amount, &total))
      throw Error(ErrorCode::invalid_argument, "lines", "the sum of the lines overflows 64-bit fen");
  }
  return total;
}

namespace {
std::int64_t unix_s(Instant t) { return t.time_since_epoch().count(); }
template <class T>
detail::Json or_null(const std::optional<T>& v) {
  return v ? detail::Json(*v) : detail::Json(nullptr);
}
}  // namespace

std::string to_json(const ComplaintApproval& a) {
  detail::Json lines = detail::Json::array();
  for (const DecisionLine& l : a.lines)
    lines.push_back({{"kind", to_string(l.kind)}, {"quantity", l.quantity}, {"unit_price_fen", l.unit_price}});
  return detail::Json{{"id", a.id},
                      {"number", a.number},
                      {"level", a.level},
                      {"required_level", a.required_level},
                      {"approver", a.approver},
                      {"at", unix_s(a.at)},
                      {"amount_fen", a.amount},
                      {"lines", lines}}
      .dump();
}

std::string to_json(std::span<const Improvement> improvements) {
  detail::Json out = detail::Json::array();
  for (const Improvement& m : improvements)
    out.push_back({{"id", m.id},
                   {"number", m.number},
                   {"action", m.action},
                   {"owner", m.owner},
                   {"due", format_date(m.due)},
                   {"opened", unix_s(m.opened)},
                   {"state", to_string(m.state)},
                   {"closed_at", m.closed_at ? detail::Json(unix_s(*m.closed_at)) : detail::Json(nullptr)},
                   {"closed_by", or_null(m.closed_by)},
                   {"reopens", or_null(m.reopens)}});
  return out.dump();
}

std::string to_json(const TrackingExemptionRecord& r) {
  return detail::Json{{"number", r.number}, {"reason", to_string(r.reason)}, {"decided_by", r.decided_by},
                      {"at", unix_s(r.at)}}
      .dump();
}

}  // namespace aftersales
