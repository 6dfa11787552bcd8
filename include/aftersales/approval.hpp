#pragma once
// Approval by authority level and improvement actions (issue 29 items 3 and
// 4; seeds/002 客戶投訴管理辦法 (九)6 依核決權限分送業務部經理、副總經理或
// 總經理核決, (九)11 業務部門不得超越核決權限, (七)3(5) 改善案…效果確認,
// (九)7 人為疏忽免列案追蹤). The policy's part (ApprovalRules, a member of
// ComplaintRules read from data/policies/complaints.json "approval") and the
// values the store keeps; the store's operations are in store.hpp.
#include <aftersales/types.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// ------------------------------------------------------------------ the policy

// One authority level: who may approve a decision committing up to max_fen
// (inclusive); none: no upper bound (the last level).
struct ApprovalLevel {
  std::string level;
  std::optional<Fen> max_fen;
  friend bool operator==(const ApprovalLevel&, const ApprovalLevel&) = default;
};

// complaints.approval: the stage an approval closes and the levels, lowest
// authority first. The seeds name the levels but give no amounts: the
// thresholds are a company's choice (defaults ¥5,000 / ¥50,000 / above).
struct ApprovalRules {
  std::string stage;                 // the stage the approval closes ("approval")
  std::vector<ApprovalLevel> levels;  // ascending max_fen; only the last unbounded
  friend bool operator==(const ApprovalRules&, const ApprovalRules&) = default;
};

// Throws Error(invalid_argument) naming "<prefix>.levels[i].max_fen" (not
// ascending, negative, unbounded before the last, bounded last),
// "<prefix>.levels[i].level" (empty, twice) or "<prefix>.levels" (none),
// "<prefix>.stage" (empty).
void check_approval_rules(const ApprovalRules& rules, const std::string& prefix = "approval");

// The lowest level whose max_fen covers `amount` (Error(invalid_argument)
// naming "amount" for a negative one).
const ApprovalLevel& required_level(const ApprovalRules& rules, Fen amount);

// Refuses an approval of `amount` by `level`: Error(not_found) naming
// "level" for a level the policy does not have; Error(invalid_argument)
// naming "level" with the level needed ("sales_manager may approve up to
// 5000.00 yuan; 12000.00 yuan needs vice_president") when `level` is below
// it. A higher level may approve. Returns the level required.
const ApprovalLevel& check_authority(const ApprovalRules& rules, std::string_view level, Fen amount);

// ------------------------------------------------------------------ the decision

// What a decision commits (九)6: compensation (賠償), allowance (折讓) and
// goods taken back at their price (退貨).
enum class CommitmentKind { compensation, allowance, returned_goods };
const char* to_string(CommitmentKind k) noexcept;  // "compensation", "allowance", "returned_goods"
CommitmentKind parse_commitment_kind(std::string_view text, std::string_view field = "kind");

// One line of the decision: quantity x unit_price (compensation and
// allowance: quantity 1, the amount as the unit price).
struct DecisionLine {
  CommitmentKind kind = CommitmentKind::compensation;
  std::int64_t quantity = 1;  // >= 1
  Fen unit_price = 0;         // >= 0
  friend bool operator==(const DecisionLine&, const DecisionLine&) = default;
};

// The sum the lines commit, exact. Throws Error(invalid_argument) naming
// "lines[i].quantity" (< 1), "lines[i].unit_price" (< 0), "lines[i]" (the
// product overflows) or "lines" (the sum overflows).
Fen committed_amount(std::span<const DecisionLine> lines);

// An approval to record (Store::approve_complaint).
struct ApprovalIntake {
  std::string level;     // one of the policy's levels
  std::string approver;  // who signed
  Instant at{};          // when (closes the approval stage)
  std::vector<DecisionLine> lines;
};

// A recorded approval.
struct ComplaintApproval {
  std::string id;  // UUID
  std::string number;  // the complaint's
  std::string level;
  std::string required_level;  // the lowest level that could approve the amount
  std::string approver;
  Instant at{};
  Fen amount = 0;
  std::vector<DecisionLine> lines;
  friend bool operator==(const ComplaintApproval&, const ComplaintApproval&) = default;
};

// ------------------------------------------------------------------ improvements

// 改善案: open until its effect is confirmed (效果確認) or it is closed as
// ineffective (and reopened as a new improvement, linked).
enum class ImprovementState { open, confirmed, ineffective };
const char* to_string(ImprovementState s) noexcept;  // "open", "confirmed", "ineffective"
ImprovementState parse_improvement_state(std::string_view text, std::string_view field = "state");

// Why a case's improvement is not tracked (九)7: 人為疏忽免列案追蹤.
enum class TrackingExemption { human_negligence };
const char* to_string(TrackingExemption r) noexcept;  // "human_negligence"
TrackingExemption parse_tracking_exemption(std::string_view text, std::string_view field = "reason");

struct ImprovementIntake {
  std::string action;  // the improvement (改善方法)
  std::string owner;   // who carries it out
  Date due;            // due by the end of this local day
  Instant opened{};
};

struct Improvement {
  std::string id;      // UUID
  std::string number;  // the complaint's
  std::string action;
  std::string owner;
  Date due;
  Instant opened{};
  ImprovementState state = ImprovementState::open;
  std::optional<Instant> closed_at;      // confirmed or found ineffective
  std::optional<std::string> closed_by;  // who confirmed it / found it ineffective
  std::optional<std::string> reopens;    // the ineffective improvement this one replaces
  friend bool operator==(const Improvement&, const Improvement&) = default;
};

struct TrackingExemptionRecord {
  std::string number;
  TrackingExemption reason = TrackingExemption::human_negligence;
  std::string decided_by;
  Instant at{};
  friend bool operator==(const TrackingExemptionRecord&, const TrackingExemptionRecord&) = default;
};

// JSON for the C API and the CLI: an approval {"id", "number", "level",
// "required_level", "approver", "at" (Unix s), "amount_fen", "lines":
// [{"kind", "quantity", "unit_price_fen"}]}; improvements [{"id", "number",
// "action", "owner", "due" ("YYYY-MM-DD"), "opened", "state", "closed_at"
// (null: open), "closed_by", "reopens"}]; an exemption {"number", "reason",
// "decided_by", "at"}.
std::string to_json(const ComplaintApproval& a);
std::string to_json(std::span<const Improvement> improvements);
std::string to_json(const TrackingExemptionRecord& r);

}  // namespace aftersales
