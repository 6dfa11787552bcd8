#pragma once
// Complaints (RULES.md §4, 客戶投訴管理辦法): complaint numbers, classes and
// routing, the stage workflow of the complaint form (客戶抱怨處理表) with its
// per-stage budgets and the overall deadline, reminders (催辦單) for open cases
// that are overdue, overdue inquiries (洽辦單) for closed cases that were late,
// re-opening after the customer rejects the decision, and the monthly
// statistics. Every number of the rules is a default of the policy document
// data/policies/complaints.json; every routing answer names its rule.
#include <aftersales/approval.hpp>
#include <aftersales/calendar.hpp>
#include <aftersales/penalty.hpp>
#include <aftersales/types.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aftersales {

// ------------------------------------------------------------------ numbers

// "2611-0007": year (2 digits, 2000..2099), month, serial within the month.
// The serial counter itself belongs to the store; here it is an input.
struct ComplaintNumber {
  int year = 0;    // full year, 2000..2099
  int month = 0;   // 1..12
  int serial = 0;  // 1..max_complaint_serial
  friend bool operator==(const ComplaintNumber&, const ComplaintNumber&) = default;
};

inline constexpr int max_complaint_serial = 9999;  // four digits

// Throws Error(invalid_argument) naming "year", "month" or "serial".
std::string complaint_number(int year, int month, int serial);
std::string complaint_number(const ComplaintNumber& n);
// "YYMM-NNNN" exactly. Throws Error(parse_error): naming `field` for a text
// of another shape ("26110007"), "month" for a month outside 1..12
// ("2613-0001"), "serial" for serial 0 ("2611-0000"); the parts are named
// "<field>.month" / "<field>.serial" when `field` is not "number". The
// number's year and month are not checked against any date: the store that
// hands out serials owns the numbering cycle.
ComplaintNumber parse_complaint_number(std::string_view text, std::string_view field = "number");
// The two above keep the four-digit form they always had. The seed's form
// (seeds/002 (八) 客戶投訴處理表編號原則: 年度(××)月份(××)流水編號(××), a
// cycle per year and month) has a two-digit serial: the width-aware forms
// below take the serial's minimum width (a policy's "serial_width"), and
// widen past it rather than reuse or refuse a serial: at width 2 serial 7 is
// "2611-07", serial 100 "2611-100".
inline constexpr int complaint_number_century = 2000;        // "26" is 2026
inline constexpr int max_complaint_serial_width = 9;         // digits
inline constexpr int max_wide_complaint_serial = 999999999;  // nine digits
// Throws Error(invalid_argument) naming "year", "month", "serial" (1..
// max_wide_complaint_serial) or "min_width" (1..max_complaint_serial_width).
std::string complaint_number(int year, int month, int serial, int min_width);
// "YYMM-" and min_width..9 digits: at width 2 "2611-07", "2611-100" and the
// four-digit "2611-0007" (numbers issued before) are all read; "2611-7" is
// not. Errors as the four-digit parse, plus invalid_argument naming
// "min_width".
ComplaintNumber parse_complaint_number(std::string_view text, int min_width, std::string_view field = "number");

// ------------------------------------------------------------------ classes

// 質量異常 / 非質量異常 (人為) / 服務 / 提案與建議.
enum class ComplaintKind { quality, non_quality, service, suggestion };
// 情節重大 / 一般性質.
enum class Severity { serious, general };
enum class Market { domestic, foreign };

const char* to_string(ComplaintKind k) noexcept;  // "quality", "non_quality", "service", "suggestion"
const char* to_string(Severity s) noexcept;       // "serious", "general"
const char* to_string(Market m) noexcept;         // "domestic", "foreign"
// Unknown text throws Error(invalid_argument) naming `field` and the text.
ComplaintKind parse_complaint_kind(std::string_view text, std::string_view field = "kind");
Severity parse_severity(std::string_view text, std::string_view field = "severity");
Market parse_market(std::string_view text, std::string_view field = "market");

// A contact with a complaining customer (issue 29): the result told
// (家電 (二十六)) or the supervisor's visit (二十八); how: by letter (函告, in
// writing), by phone, in person. Store::record_contact keeps them.
enum class ContactKind { notification, visit };
enum class ContactMethod { letter, phone, visit };
const char* to_string(ContactKind k) noexcept;    // "notification", "visit"
const char* to_string(ContactMethod m) noexcept;  // "letter", "phone", "visit"
ContactKind parse_contact_kind(std::string_view text, std::string_view field = "kind");
ContactMethod parse_contact_method(std::string_view text, std::string_view field = "how");

// One value per market.
template <class T>
struct ByMarket {
  T domestic{};
  T foreign{};
  const T& operator[](Market m) const noexcept { return m == Market::domestic ? domestic : foreign; }
  friend bool operator==(const ByMarket&, const ByMarket&) = default;
};

// How a number of days is counted.
//  working:  working time of the policy calendar (Calendar::add), one day
//            being the policy's standard working day;
//  calendar: elapsed calendar time (a stage budget of 1 day is 24 hours; the
//            overall deadline is a legal period of days, see ComplaintPolicy).
enum class DayCount { working, calendar };
const char* to_string(DayCount c) noexcept;  // "working", "calendar"
DayCount parse_day_count(std::string_view text, std::string_view field = "count");

// ------------------------------------------------------------------ the policy's rules

// What an entry of the form fills in along the way (seeds/002 客戶投訴
// (九)3-6, (七)4(2)): quality management's cause and responsibility;
// manufacturing's cause, countermeasure (處理對策), production unit, machine
// shift, operator and production date ("YYYY-MM-DD"); an opinion (經理室,
// R&D); the general manager's office's check (查核); sales' handling
// proposal, the result told, the customer's reaction and the supervisor's
// review (九)5; the office's consolidation (九)6. call_for: an optional stage
// called for on leaving a stage (written by advance, not by an entry).
enum class ComplaintField {
  cause, responsibility, countermeasure, production_unit, machine_shift, machine_operator, production_date, opinion,
  check, handling_proposal, result, customer_reaction, supervisor_review, consolidation, call_for
};
const char* to_string(ComplaintField f) noexcept;  // machine_operator is "operator"
ComplaintField parse_complaint_field(std::string_view text, std::string_view field = "field");

// One stage of the complaint form. Budgets are days in halves (the seeds'
// smallest step is ½ day = half of the standard working day): half_days 1 is
// ½ day, 2 is 1 day, 10 is 5 days.
struct ComplaintStage {
  std::string name;
  std::string department;  // who holds the form in this stage; reminders go there
  // None: the stage has no budget of its own (approval by authority level);
  // only the overall deadline applies to it.
  std::optional<ByMarket<int>> half_days;
  // Issue 29 (seeds/002 客戶投訴 (九)1-6):
  // before_clock: sales' intake with the sample (九)1 — only stages[0], no
  // budget; the complaint passes it from receipt to the general manager's
  // office accepting the form, where the clocks start.
  bool before_clock = false;
  // optional: R&D sees the form only 依異常狀況 (九)4 — entered only when a
  // stage named in decided_by (earlier, not optional) called for it when it
  // was left (AdvanceOptions::call_for); passed over (Complaint::skipped)
  // otherwise. decided_by is empty for a stage that is not optional.
  bool optional = false;
  std::vector<std::string> decided_by;
  // The fields this stage's department writes while the form is with it.
  std::vector<ComplaintField> entries;
  friend bool operator==(const ComplaintStage&, const ComplaintStage&) = default;
};

// A stage list in the policy document's layout ([{"name", "department",
// "days", "before_clock"?, "optional"?, "decided_by"?, "entries"?}]), as a stored
// complaint keeps the list it was opened under; errors name `field`[i].member.
std::string complaint_stages_json(std::span<const ComplaintStage> stages);
std::vector<ComplaintStage> parse_complaint_stages(std::string_view json, std::string_view field = "stages");

// Leaving a stage: the optional stages (by name) the case calls for, as the
// stage being left decides ((九)4 依異常狀況: quality management or
// manufacturing calls R&D in). Not naming one = it is not needed.
struct AdvanceOptions {
  std::vector<std::string> call_for;
};

struct ComplaintRouting {
  std::map<Severity, std::string> first_reviewer;          // every severity
  std::map<ComplaintKind, std::string> department_by_kind;  // every kind
  // A dispute type (contract, transport, ...) decides the handling department
  // before the kind does.
  std::map<std::string, std::string, std::less<>> department_by_dispute;
  bool supervisor_visit = false;  // (二十八) every complaining customer is visited
  // (二十六) how the result is told, per severity (every severity; letter or
  // phone, never in person: a visit is recorded as one).
  std::map<Severity, std::vector<ContactMethod>> notify_by;
  friend bool operator==(const ComplaintRouting&, const ComplaintRouting&) = default;
};

// Everything a complaint policy decides with. No member has a default from
// the seeds: they come from data/policies/complaints.json.
struct ComplaintRules {
  std::vector<ComplaintStage> stages;   // in order; a complaint opens at stages[0]
  Seconds working_day{0};               // the standard working day (½ day is half of it)
  DayCount stage_count = DayCount::working;
  ByMarket<int> overall_days{};         // from the general manager's office accepting it
  DayCount overall_count = DayCount::calendar;
  // Calendar count only: a last day on a rest day moves to the next business
  // day (Civil Code art. 203). The seeds count plain calendar days.
  bool overall_rest_day_extension = false;
  int report_half_days = 0;             // quality investigation report, after the investigation
  int consolidation_half_days = 0;      // consolidated opinion, after the negotiation result arrives
  int statistics_day = 0;               // last month's statistics are due by this day (1..28)
  // Minimum digits of a complaint number's serial (1..9), widening past it
  // (seeds/002 (八): 流水編號(××), 2).
  int serial_width = 0;
  ComplaintRouting routing;
  // Approval by authority level (issue 29; seeds/002 (九)6, (九)11).
  ApprovalRules approval;
  friend bool operator==(const ComplaintRules&, const ComplaintRules&) = default;
};

// A routing answer.
struct Routing {
  std::string first_reviewer;
  std::string department;  // the handling (responsible) department
  bool supervisor_visit = false;
  // e.g. "severity general: first review by service_department
  // (complaints.routing.first_reviewer.general); kind quality: handled by
  // quality_management (complaints.routing.department_by_kind.quality); ..."
  std::string rule;
  friend bool operator==(const Routing&, const Routing&) = default;
};

// ------------------------------------------------------------------ the complaint

// The stage name a closed complaint reports; no policy stage may use it.
inline constexpr std::string_view closed_stage = "closed";

// One stage a complaint passed through.
struct StageRecord {
  std::size_t index = 0;
  std::string stage;
  std::string department;
  Instant entered{};
  std::optional<Instant> deadline{};  // none when the stage has no budget
  Instant left{};
  // How late the stage was left: left - deadline, or 0.
  Seconds late_by() const noexcept {
    return deadline && left > *deadline ? left - *deadline : Seconds(0);
  }
  friend bool operator==(const StageRecord&, const StageRecord&) = default;
};

// A complaint form: an immutable value. Only a ComplaintPolicy makes one
// (open, advance, reject, close_invalid, confirm_responsibility); a stored
// complaint is rebuilt by replaying its facts: open(...) and then each
// recorded step at its time.
class Complaint {
 public:
  const std::string& number() const noexcept { return number_; }
  Instant received() const noexcept { return received_; }  // sales took the complaint in
  Instant accepted() const noexcept { return accepted_; }  // the general manager's office accepted the form
  ComplaintKind kind() const noexcept { return kind_; }
  Severity severity() const noexcept { return severity_; }
  Market market() const noexcept { return market_; }
  const std::optional<std::string>& dispute() const noexcept { return dispute_; }

  // Routing.
  const std::string& first_reviewer() const noexcept { return routing_.first_reviewer; }
  const std::string& department() const noexcept { return routing_.department; }
  bool supervisor_visit() const noexcept { return routing_.supervisor_visit; }
  const std::string& rule() const noexcept { return routing_.rule; }
  const Routing& routing() const noexcept { return routing_; }

  // The current stage; once closed: index = the policy's stage count, stage
  // "closed", no department, entered = closed_at, no stage deadline.
  std::size_t stage_index() const noexcept { return stage_index_; }
  const std::string& stage() const noexcept { return stage_; }
  const std::string& stage_department() const noexcept { return stage_department_; }
  Instant stage_entered() const noexcept { return stage_entered_; }
  const std::optional<Instant>& stage_deadline() const noexcept { return stage_deadline_; }
  // The overall deadline (13 days domestic / 17 foreign by default).
  Instant deadline() const noexcept { return deadline_; }
  // The stages left so far, in order.
  const std::vector<StageRecord>& history() const noexcept { return history_; }
  // The stage list the complaint was opened under (copied at open, like a
  // bill copies its lines): a policy that changes its stages later never
  // re-interprets it. Its optional stages called for so far and those passed
  // over, by name, in order.
  const std::vector<ComplaintStage>& stages() const noexcept { return stages_; }
  const std::vector<std::string>& called_for() const noexcept { return called_for_; }
  const std::vector<std::string>& skipped() const noexcept { return skipped_; }

  bool is_closed() const noexcept { return closed_at_.has_value(); }
  const std::optional<Instant>& closed_at() const noexcept { return closed_at_; }
  // Closed by the overall deadline (exactly at it counts as on time).
  bool closed_on_time() const noexcept { return closed_at_ && *closed_at_ <= deadline_; }

  // Found invalid (close_invalid): closed with no remedy for the customer;
  // the receivable is collected on its normal terms.
  bool invalid() const noexcept { return invalid_; }
  const std::string& invalid_reason() const noexcept { return invalid_reason_; }

  // The confirmed responsibility ratios (hundredths of a percent, summing to
  // 10000), in the order given; empty until confirmed.
  const std::vector<Weight>& responsibility() const noexcept { return responsibility_; }

  // Re-opening: how many times the customer rejected a decision along this
  // chain, the form this one re-opens and the first form of the chain.
  int rejections() const noexcept { return rejections_; }
  const std::optional<std::string>& original_number() const noexcept { return original_; }
  const std::optional<std::string>& root_number() const noexcept { return root_; }
  // The numbers of the forms before this one in the chain, the root first.
  const std::vector<std::string>& chain() const noexcept { return chain_; }

  friend bool operator==(const Complaint&, const Complaint&) = default;

 private:
  friend class ComplaintPolicy;
  Complaint() = default;

  std::string number_;
  Instant received_{};
  Instant accepted_{};
  ComplaintKind kind_ = ComplaintKind::quality;
  Severity severity_ = Severity::general;
  Market market_ = Market::domestic;
  std::optional<std::string> dispute_;
  Routing routing_;
  std::size_t stage_index_ = 0;
  std::string stage_;
  std::string stage_department_;
  Instant stage_entered_{};
  std::optional<Instant> stage_deadline_;
  Instant deadline_{};
  std::vector<StageRecord> history_;
  std::vector<ComplaintStage> stages_;
  std::vector<std::string> called_for_;
  std::vector<std::string> skipped_;
  std::optional<Instant> closed_at_;
  bool invalid_ = false;
  std::string invalid_reason_;
  std::vector<Weight> responsibility_;
  int rejections_ = 0;
  std::optional<std::string> original_;
  std::optional<std::string> root_;
  std::vector<std::string> chain_;
};

// ------------------------------------------------------------------ answers

// Where a complaint stands at an instant, the one judge of its deadlines
// (reminders and the register use it): open and within both deadlines;
// open past its stage deadline only; open past its overall deadline; closed
// within every deadline; closed after its overall deadline or with a stage
// left late (the cases late_closed gives an overdue inquiry, 洽辦單). A
// deadline is met exactly at it.
enum class ComplaintStanding { on_time, stage_overdue, overdue, closed_on_time, closed_late };
const char* to_string(ComplaintStanding s) noexcept;

enum class DeadlineKind { stage, overall };
const char* to_string(DeadlineKind k) noexcept;  // "stage", "overall"

// A reminder (催辦單) to the department holding an overdue open complaint.
struct Reminder {
  std::string number;
  std::size_t stage_index = 0;
  std::string stage;
  std::string department;  // the stage's department
  // The deadline passed longest ago (overall when both passed at once),
  // and by how much.
  DeadlineKind which = DeadlineKind::stage;
  Instant deadline{};
  Seconds overdue_by{0};
  // Each deadline's overdue time; 0 when it has not passed.
  Seconds stage_overdue_by{0};
  Seconds overall_overdue_by{0};
  // The deadline and where it comes from; a deadline counted over a
  // provisional date of the calendar (statutory mode past its horizon) ends
  // with " (2027: statutory holidays only, make-up days not yet published)".
  std::string rule;
  friend bool operator==(const Reminder&, const Reminder&) = default;
};

// An overdue inquiry (洽辦單) about a closed complaint that was late: closed
// after the overall deadline, or a stage left after its own deadline (the
// office checks every department's handling time, 十四).
struct OverdueInquiry {
  std::string number;
  Instant closed_at{};
  Instant deadline{};     // the overall deadline
  Seconds late_by{0};     // closed_at - deadline, or 0 when closed on time
  std::vector<StageRecord> late_stages;  // stages left after their deadline, in order
  friend bool operator==(const OverdueInquiry&, const OverdueInquiry&) = default;
};

// Statistics of one month's closed complaints (客戶投訴案件統計表).
struct ComplaintStatistics {
  int year = 0;
  int month = 0;
  std::size_t total = 0;    // complaints closed in the month
  std::size_t on_time = 0;  // of which closed by their overall deadline
  std::map<ComplaintKind, std::size_t> by_kind;    // every kind, zeros included
  std::map<Severity, std::size_t> by_severity;     // every severity, zeros included
  std::map<Market, std::size_t> by_market;         // every market, zeros included
  std::map<std::string, std::size_t, std::less<>> by_department;  // handling departments with cases
  std::size_t invalid = 0;      // of the total, found invalid
  // Responsibility of the valid cases: each party's confirmed ratios summed,
  // in hundredths of a percent (one whole case = 10000).
  std::map<std::string, std::int64_t, std::less<>> responsibility;
  std::size_t unconfirmed = 0;  // valid cases whose responsibility is still to be confirmed by `due`
  Date due{};  // the statistics are due by this date (the policy's day of the next month)
  // Issue 29 (the store's statistics fill them; ComplaintPolicy leaves them
  // empty): the month's complaints whose customer was not visited though
  // the routing asks for a visit (家電 (二十八)), or not told the result
  // (二十六), by number; the administrative penalties on them ((十二)1).
  std::vector<std::string> unvisited;
  std::vector<std::string> unnotified;
  std::vector<AdminCharge> admin_penalties;
  std::pair<std::size_t, std::size_t> on_time_ratio() const noexcept { return {on_time, total}; }
  // Improvements (issue 29; (七)3(5), (九)10 檢查改善對策): open and overdue
  // as of the end of `due` (or the store's now when earlier), by due date.
  // Filled by Store::complaint_statistics; empty from the policy alone.
  std::vector<Improvement> open_improvements;
  std::vector<Improvement> overdue_improvements;
  friend bool operator==(const ComplaintStatistics&, const ComplaintStatistics&) = default;
};

// ------------------------------------------------------------------ the policy

// The complaint rules of a company on its calendar. Immutable; safe to share
// between threads.
//
// Deadlines:
// - a stage's deadline is its budget after the stage was entered: working
//   time of the calendar (Calendar::add; ½ day = half the standard working
//   day), or elapsed time when the stages count calendar days;
// - the overall deadline counts from the general manager's office accepting
//   the form. Calendar count: a legal period of N days (the acceptance day is
//   not counted) whose last day ends at close of business when the calendar
//   has working hours that day, else at 24:00 (period_deadline), by default
//   without moving past rest days. Working count: N standard working days of
//   working time;
// - a deadline is met by an event exactly at it; one second later is late.
class ComplaintPolicy {
 public:
  // The seeds' rules, from data/policies/complaints.json.
  static ComplaintPolicy default_policy(Calendar calendar);
  // A policy document with a "complaints" section, or the bare section (see
  // data/policies/complaints.json for the layout). Errors name the path in
  // the document ("complaints.stages[4].days.foreign") and the value.
  static ComplaintPolicy from_json(std::string_view json, Calendar calendar);
  // {"complaints": {...}}; the calendar is not included.
  std::string to_json() const;

  // Throws Error(invalid_argument) naming the member that breaks a rule.
  ComplaintPolicy(ComplaintRules rules, Calendar calendar);

  const ComplaintRules& rules() const noexcept { return rules_; }
  const Calendar& calendar() const noexcept { return calendar_; }
  // The complaint number of a serial at the policy's serial_width, and its
  // parse (any width from serial_width up): see complaint_number above.
  std::string complaint_number(int year, int month, int serial) const;
  ComplaintNumber parse_complaint_number(std::string_view text, std::string_view field = "number") const;

  // Routing: the first reviewer by severity; the handling department by
  // dispute type when one is given, else by kind; the supervisor's visit.
  // An unknown dispute type throws Error(not_found) naming "dispute".
  Routing route(ComplaintKind kind, Severity severity, std::optional<std::string_view> dispute = std::nullopt) const;

  // The deadline of stage `stage` entered at `entered`; none when the stage
  // has no budget. Throws Error(invalid_argument) naming "stage" for an index
  // past the stages, Error(out_of_range) naming "entered" past the calendar.
  std::optional<Instant> stage_deadline(std::size_t stage, Market market, Instant entered) const;
  Instant overall_deadline(Market market, Instant accepted) const;
  // The quality investigation report is due investigation_report_days after
  // the investigation, counted like the stage budgets.
  Instant report_due(Instant investigated) const;
  // The office's consolidated opinion is due consolidation_days after it
  // receives the negotiation result, counted like the stage budgets.
  Instant consolidation_due(Instant negotiation_received) const;
  // The policy's statistics day of the month after year-month.
  Date statistics_due(int year, int month) const;

  // A complaint at its first stage (the general manager's office), sales
  // having filled in the form. `accepted` defaults to `received` and may not
  // be before it. Throws Error naming "number", "kind", "severity", "market",
  // "accepted" or "dispute".
  Complaint open(std::string_view number, Instant received, ComplaintKind kind, Severity severity, Market market,
                 std::optional<Instant> accepted = std::nullopt,
                 std::optional<std::string_view> dispute = std::nullopt) const;
  // The complaint at its next stage, with the stage it leaves recorded in the
  // history; leaving the last stage closes it. `c` is unchanged. Throws
  // Error(state) naming "complaint" when it is closed, Error(invalid_argument)
  // naming "at" when `at` is before the stage was entered, and naming
  // "complaint" when its stage is not this policy's.
  Complaint advance(const Complaint& c, Instant at) const;
  // As above, the stage being left deciding the optional stages the case
  // calls for: each name an optional stage after it that lists it in
  // decided_by (Error(invalid_argument) naming "call_for[i]" otherwise). An
  // optional stage not called for by the time it comes is passed over.
  // advance(c, at) decides nothing: the default is to skip.
  Complaint advance(const Complaint& c, Instant at, const AdvanceOptions& options) const;
  // This policy with another stage list (checked like the constructor's):
  // how a stored complaint is replayed under the list it was opened under.
  ComplaintPolicy under_stages(std::vector<ComplaintStage> stages) const;
  // The customer rejects the decision on a closed complaint: a new form,
  // taken in at `at` (accepted at `accepted`, default `at`), with the same
  // kind, severity, market and dispute, linked to `closed`, one rejection
  // more. Throws Error(state) naming "complaint" when it is still open,
  // Error(invalid_argument) naming "at" before its closing or "new_number"
  // for a number of the chain.
  Complaint reject(const Complaint& closed, std::string_view new_number, Instant at,
                   std::optional<Instant> accepted = std::nullopt) const;
  // The complaint found invalid at `at`, at whatever stage it is: closed
  // there (the stage recorded in the history), with the reason. No remedy is
  // owed and the receivable is collected on its normal terms. Throws
  // Error(state) naming "complaint" when it is closed, Error(invalid_argument)
  // naming "reason" when empty or "at" before the stage was entered.
  Complaint close_invalid(const Complaint& c, Instant at, std::string_view reason) const;
  // The complaint with its responsibility ratios confirmed (hundredths of a
  // percent summing to 100 %: the parties that bear the loss, by name), as
  // the office does with the monthly statistics; confirming again replaces
  // them. Throws Error naming "ratios" like split_by_ratios, Error(state)
  // naming "complaint" when it was found invalid.
  Complaint confirm_responsibility(const Complaint& c, std::span<const Weight> ratios) const;

  // Reminders due at `now`: one per open complaint past its stage deadline or
  // its overall deadline, in input order. Pure: asking again gives the same
  // answer. Throws Error naming "complaints[i]" for a number given twice or a
  // stage this policy does not have.
  std::vector<Reminder> reminders(std::span<const Complaint> complaints, Instant now) const;
  // Where `c` stands at `now` (see ComplaintStanding).
  ComplaintStanding standing(const Complaint& c, Instant now) const;
  // Overdue inquiries: the complaints closed in year-month (local date of the
  // calendar's zone) that were late overall or at a stage, in input order.
  std::vector<OverdueInquiry> late_closed(std::span<const Complaint> complaints, int year, int month) const;
  // Statistics of the complaints closed in year-month: by kind, severity,
  // market and handling department, the on-time ratio (overall deadline), the
  // invalid ones, and the responsibility confirmed or still to confirm.
  ComplaintStatistics monthly_statistics(std::span<const Complaint> complaints, int year, int month) const;

 private:
  ComplaintRules rules_;
  Calendar calendar_;

  void enter(Complaint& c, std::size_t stage, Instant at, const char* field) const;
  std::size_t next_stage(Complaint& c, std::size_t from) const;  // past optional stages not called for
  Complaint leave(const Complaint& c, Instant at) const;  // c with its stage left at `at`, checked
  Instant after_half_days(Instant from, int half_days, const char* field) const;
  std::string stage_rule(const Complaint& c) const;
  std::string overall_rule(const Complaint& c) const;
  // " (2027: statutory holidays only, ...)" when the stage deadline was
  // counted over a provisional date of the calendar, else "".
  std::string stage_note(const Complaint& c) const;
};

}  // namespace aftersales
