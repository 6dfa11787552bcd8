#pragma once
// Penalties for complaints (RULES.md §5): loss assessment, splitting a loss
// between the people and departments responsible, administrative deductions,
// and the ledger that takes deductions out of monthly bonuses, at most a
// share of each month's bonus, the rest carried forward oldest case first.
// Money is integer fen; every split sums back exactly. Every number of the
// rules is a default of the penalty policy document.
#include <aftersales/period.hpp>
#include <aftersales/types.hpp>

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// A calendar month, "2025-10".
struct YearMonth {
  int year = 1970;
  int month = 1;
  friend auto operator<=>(const YearMonth&, const YearMonth&) = default;
};
// "2025-10"; throws Error(parse_error / out_of_range) naming `field`.
YearMonth parse_year_month(std::string_view text, std::string_view field = "month");
std::string format_year_month(YearMonth m);

// One party's part of a split.
struct Share {
  std::string party;
  Fen amount = 0;
};

// A party and its weight in a split: a responsibility ratio or base points.
struct Weight {
  std::string party;
  std::int64_t weight = 0;
  friend bool operator==(const Weight&, const Weight&) = default;
};

// Splits `amount` in proportion to the weights by largest remainder: each
// party gets the floor of its exact share, and the fen left over go one each
// to the largest remainders, a tie to the earlier party. The shares sum to
// `amount`. Throws Error naming `field` ("ratios", "points") for no parties,
// a party named twice or with no name, a negative weight, all weights 0, or a
// negative amount.
std::vector<Share> split_by_weights(Fen amount, std::span<const Weight> weights, std::string_view field = "weights");

// Responsibility ratios in hundredths of a percent (60 % = 6000) that sum to
// 100 % (10000): one person at fault bears it all, several by their ratios.
std::vector<Share> split_by_ratios(Fen amount, std::span<const Weight> ratios);

// A department's share over its people by base points: loss ÷ total points ×
// the person's points.
std::vector<Share> split_by_points(Fen amount, std::span<const Weight> points);

// Who bears a share of a loss (經濟處罰準則): in manufacturing the smallest
// group unit where it happened, else the whole section; in sales and service
// the person, else the department.
enum class Function { manufacturing, sales, service };
const char* to_string(Function f) noexcept;  // "manufacturing", "sales", "service"
Function parse_function(std::string_view text, std::string_view field = "function");

enum class BearerLevel { person, group, section, department };
const char* to_string(BearerLevel l) noexcept;  // "person", "group", "section", "department"

struct Bearer {
  std::string name;
  BearerLevel level = BearerLevel::person;
  std::string rule;
};

// `person` and `group` are who was found, if anyone; `unit` is the section
// (manufacturing) or department (sales, service) the case belongs to and is
// always needed. Manufacturing ignores `person`: it bears as a group.
// Throws Error naming "unit" when it is empty.
Bearer attribute(Function function, std::optional<std::string_view> person, std::optional<std::string_view> group,
                 std::string_view unit);

// The kinds of a return or allowance decision (退貨及折讓).
enum class ReturnKind { allowance, compensation, goods_return, rework };
const char* to_string(ReturnKind k) noexcept;  // "allowance", "compensation", "return", "rework"
ReturnKind parse_return_kind(std::string_view text, std::string_view field = "kind");

// Administrative penalties (行政處罰準則).
enum class AdminPenalty { warning, minor_demerit, major_demerit };
const char* to_string(AdminPenalty p) noexcept;  // "warning", "minor", "major"
AdminPenalty parse_admin_penalty(std::string_view text, std::string_view field = "kind");

// Quantity check of a return against the approved quantity.
enum class ReturnCheck { accept, flag };
const char* to_string(ReturnCheck c) noexcept;  // "accept", "flag"
struct ReturnReconciliation {
  ReturnCheck check = ReturnCheck::accept;
  std::int64_t quantity = 0;  // the quantity to book: the actual one
  std::string rule;
};

struct LossAssessment {
  Fen loss = 0;
  bool resold_in_time = false;
  Date resale_deadline;  // the last day the returned goods may be resold
  std::string rule;
};

// A resale of returned goods.
struct Resale {
  Date sold;
  Fen price = 0;
};

// The penalty scale of a company. Immutable.
class PenaltyPolicy {
 public:
  // The seeds' scale (data/policies/penalties.json): deductions capped at
  // 50 % of a month's bonus, warning 400 yuan, minor demerit 800 yuan per
  // count, major demerit the whole bonus, one month to resell returned goods,
  // a 5 % over-quantity tolerance on returns, the fifteen offence kinds.
  static PenaltyPolicy default_policy();
  // A policy document's "penalties" section, or the bare section; members
  // left out keep the defaults (see data/policies/penalties.json). Offence
  // names must be non-empty and distinct.
  static PenaltyPolicy from_json(std::string_view json);
  std::string to_json() const;

  std::int64_t cap_ppm() const noexcept { return cap_ppm_; }  // share of a month's bonus, in millionths
  // An empty ledger with this policy's cap.
  class PenaltyLedger ledger() const;
  Fen warning() const noexcept { return warning_; }
  Fen minor_demerit() const noexcept { return minor_demerit_; }
  const Period& resale_window() const noexcept { return resale_window_; }
  std::int64_t tolerance_ppm() const noexcept { return tolerance_ppm_; }
  const std::vector<std::string>& offences() const noexcept { return offences_; }

  // Warning: at least the policy's amount per count; minor demerit: at least
  // its amount per count; major demerit (or worse): the whole month's bonus,
  // whatever the count. `amount`, when given, is the deduction decided for a
  // warning or minor demerit: at least the minimum (Error naming "amount"
  // below it). A major demerit needs `bonus` (Error naming "bonus") and takes
  // no `amount`.
  Fen administrative_deduction(AdminPenalty kind, int count = 1, std::optional<Fen> bonus = std::nullopt,
                               std::optional<Fen> amount = std::nullopt) const;

  // The loss on returned goods: resold by the end of the resale window
  // (counted from `returned` by the legal period rule) -> the grade-A price
  // less the resale price (never below 0); not resold in time -> the actual
  // loss, which must then be given (Error naming "actual_loss").
  LossAssessment assess_loss(Fen grade_a_price, Date returned, std::optional<Resale> resale,
                             std::optional<Fen> actual_loss = std::nullopt) const;

  // The returned quantity against the approved one: at most the approved
  // quantity, or above it by no more than the tolerance (the customer's, else
  // the policy's), is accepted; more is flagged for a decision.
  ReturnReconciliation reconcile_return(std::int64_t approved, std::int64_t actual,
                                        std::optional<std::int64_t> tolerance_ppm = std::nullopt) const;

 private:
  PenaltyPolicy() = default;
  std::int64_t cap_ppm_ = 0;
  Fen warning_ = 0;
  Fen minor_demerit_ = 0;
  Period resale_window_{};
  std::int64_t tolerance_ppm_ = 0;
  std::vector<std::string> offences_;
};

// The loss when the resale (if any) was in time: grade-A price less the
// resale price, or the actual loss when nothing was resold. Give one of the
// two (Error naming "actual_loss" for both or neither); the resale window is
// not checked here (PenaltyPolicy::assess_loss checks it).
Fen assess_loss(Fen grade_a_price, std::optional<Fen> resale_price, std::optional<Fen> actual_loss);

// One case's charge against a person, as the ledger holds it.
struct Charge {
  std::string person;
  YearMonth month;      // the month it is charged in (deducted from then on)
  std::string case_id;  // the complaint it comes from
  Fen amount = 0;
  Fen paid = 0;         // deducted so far
};

struct Deduction {
  std::string case_id;
  YearMonth charged;
  Fen amount = 0;
};

// An administrative penalty (行政處罰準則 (四)-(六)) on one person's month,
// as the ledger holds it: a warning or minor demerit takes `amount` (decided
// at least the policy's minimum per count, PenaltyPolicy::
// administrative_deduction), a major demerit the whole month's bonus
// (`amount` 0: the bonus is known at the settlement).
struct AdminCharge {
  std::string person;
  YearMonth month;      // the month whose bonus it takes, whole (never spread over two)
  std::string case_id;  // the complaint it comes from
  AdminPenalty kind = AdminPenalty::warning;
  int count = 1;
  Fen amount = 0;
  friend bool operator==(const AdminCharge&, const AdminCharge&) = default;
};

struct AdminDeduction {
  std::string case_id;
  AdminPenalty kind = AdminPenalty::warning;
  Fen amount = 0;       // taken from the month's bonus
  Fen uncollected = 0;  // the bonus left could not pay it (not carried)
  friend bool operator==(const AdminDeduction&, const AdminDeduction&) = default;
};

// A person's deductions for one month.
struct Settlement {
  std::string person;
  YearMonth month;
  Fen bonus = 0;
  Fen cap = 0;       // the most that month may take: bonus x the cap, rounded down
  Fen deducted = 0;  // the sum of `lines`
  Fen carried = 0;   // still owed after this month, from charges up to it
  std::vector<Deduction> lines;  // oldest case first
  // Issue 29 (行政處罰準則 (五)): the month's administrative penalties, taken
  // first and whole from the bonus, never carried; `cap` is then at most
  // what they leave (bonus - admin_deducted). admin_uncollected: the part of
  // them the bonus could not pay (a warning on top of a major demerit),
  // not carried either.
  Fen admin_deducted = 0;
  Fen admin_uncollected = 0;
  std::vector<AdminDeduction> admin_lines;  // major demerits first, then in the order recorded
};

// Complaint deductions per person, month by month. A charge is owed from its
// month on; settling a month deducts the person's oldest charges first (by
// month, then in the order charged) up to the cap of that month's bonus; what
// is left is carried into the next settlement. A value type; not safe to
// change from several threads at once.
class PenaltyLedger {
 public:
  // cap_ppm: the share of a month's bonus deductions may take, in millionths
  // (the seeds: 500000 = 50 %); 1..1000000.
  // (PenaltyPolicy::ledger() gives one with a policy's cap.)
  explicit PenaltyLedger(std::int64_t cap_ppm);

  // Throws Error naming "amount" (negative), "person" or "case_id" (empty).
  void charge(std::string person, YearMonth month, Fen amount, std::string case_id);
  // Throws Error(state) naming "month" when that person's month, or a later
  // one, is already settled; "bonus" when negative. All or nothing.
  Settlement settle(std::string_view person, YearMonth month, Fen bonus);

  // Issue 29: an administrative penalty on charge.person's charge.month,
  // settled with that month: first, whole, outside the cap (the 50 % cap of
  // 經濟處罰準則 (三)4 is for complaint deductions only). Throws Error naming
  // "person", "case_id" (empty), "month" (not a month; Error(state): that
  // month or a later one settled), "count" (1..1000), "amount" (negative,
  // or given for a major demerit).
  void penalize(AdminCharge charge);
  const std::vector<AdminCharge>& admin_charges() const noexcept { return admin_charges_; }

  Fen outstanding(std::string_view person) const;  // owed in all, whatever the month
  const std::vector<Charge>& charges() const noexcept { return charges_; }
  const std::vector<Settlement>& settlements() const noexcept { return settlements_; }
  std::int64_t cap_ppm() const noexcept { return cap_ppm_; }

 private:
  std::int64_t cap_ppm_;
  std::vector<Charge> charges_;
  std::vector<Settlement> settlements_;
  std::map<std::string, YearMonth, std::less<>> last_settled_;
  std::vector<AdminCharge> admin_charges_;
};

}  // namespace aftersales
