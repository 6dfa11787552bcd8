#pragma once
// The store's records (store.hpp): intakes, calls, the column results, the
// month's report, the carry-in, survey and billing records of issue 28, and
// their JSON. Split from store.hpp, which keeps the Store class; include
// that one.
#include <aftersales/error.hpp>
#include <aftersales/nullable.hpp>
#include <aftersales/policy.hpp>
#include <aftersales/survey.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// A record id: a UUID version 7 (RFC 9562: Unix milliseconds, then 74
// random bits; within one millisecond a handle's next id is its last plus
// one) as 36 lowercase characters ("019a6b2e-54c0-7d3f-9a41-2c6e0f1b7d90"),
// made where the record is made, so records of tills working offline merge
// without collisions, and increasing, so indexes on ids grow at their end.
// Upper-case text is the same id; text that is no UUID finds no record.
using Id = std::string;

// The widest period of the queries that take one: every record.
inline constexpr Instant earliest_record{Seconds(std::numeric_limits<std::int64_t>::min() / 2)};
inline constexpr Instant latest_record{Seconds(std::numeric_limits<std::int64_t>::max() / 2)};

// How Store::open treats the file.
enum class OpenMode {
  // The file is created when missing, and its schema brought up to date.
  create,
  // The file must be an aftersales store already: a missing file is refused
  // (Error(not_found) naming "path") and nothing is created, neither the
  // file nor its -wal/-shm.
  must_exist,
  // As must_exist, and the handle only reads (SQLite's PRAGMA query_only,
  // not SQLITE_OPEN_READONLY, which leaves -wal/-shm files behind a WAL
  // store): every write is refused with Error(state) naming "store" and the
  // operation. A store of an older schema is refused, not upgraded.
  query_only,
};
const char* to_string(OpenMode m) noexcept;  // "create", "must_exist", "query_only"

struct StoreOptions {
  OpenMode mode = OpenMode::create;
  // "Now", for refusing a recorded time in the future. Default: the system
  // clock. A replay or a test passes its own. Each store call reads it once,
  // on the calling thread, before the store takes its lock (never while
  // holding it), and uses that reading for its checks, defaults and ids: it
  // may take the caller's locks, but may run on several threads at once and
  // must not call the store.
  std::function<Instant()> clock;
  // FULL (default): every commit is on disk before it returns. false: NORMAL,
  // faster; WAL may then lose the last commits on power loss, never the file.
  bool synchronous_full = true;
  // How long a writer waits for another connection's transaction.
  std::chrono::milliseconds busy_timeout{10000};
};

// resolved_remotely (issue 28): solved by phone or remotely
// (Store::resolve_remotely), never dispatched; a closed state like returned.
enum class CallState { registered, dispatched, on_site, completed, carried_in, returned, resolved_remotely };
const char* to_string(CallState s) noexcept;  // "registered", ..., "returned", "resolved_remotely"

// A repair call as the call register (叫修登記簿) takes it in.
struct CallIntake {
  std::string customer;  // the customer's name; with the phone it finds the customer, else adds one
  std::string phone;
  std::string address;
  std::string zone;     // one of the policy's dispatch zones
  std::string product;  // one of the policy's warranty products
  std::string serial;   // with the product it finds the unit, else adds one
  Date purchased{};     // invoice date
  std::optional<Date> delivered{};
  std::optional<Date> installed{};
  Instant received{};
  std::string centre = "main";       // the service station taking the call
  std::string fault{};               // what the customer reports
  std::optional<std::string> cause{};  // an exclusion cause known at intake (misuse, ...)
  bool internal = false;             // internal work (category D)
};

// A call taken in earlier, with its visit, for importing records kept
// elsewhere (another system, a spreadsheet): the intake, and optionally the
// technician with the dispatch, arrival and on-site completion times.
struct CallRecord {
  CallIntake intake;
  // The record's id in the system it comes from (a spreadsheet's row id, a
  // ticket number), unique in the store; none: the record is known by its
  // centre, customer, unit and received time.
  std::optional<std::string> external_id;
  std::optional<std::string> technician;  // required with `dispatched`
  std::optional<Instant> dispatched, arrived, completed;
  bool signed_off = true;  // with `completed`
};

// How Store::import_calls treats bad records.
struct ImportOptions {
  // false: the first bad record refuses the whole batch (Error naming
  // "calls[i]..."); true: each bad record is left out and reported in
  // ImportResult::rejected, the good ones imported.
  bool skip_bad = false;
  // Check everything and report as an import would, then write nothing (the
  // ids in `imported` are not kept).
  bool dry_run = false;
};

// A record Store::import_calls left out, with the error that refused it.
struct RejectedRecord {
  std::size_t index = 0;  // in the batch
  ErrorCode code = ErrorCode::invalid_argument;
  std::string field;  // "calls[i].zone", as the error names it
  std::string message;
  friend bool operator==(const RejectedRecord&, const RejectedRecord&) = default;
};

// What Store::import_calls did with a batch of records.
struct ImportResult {
  std::vector<Id> imported;                // the calls made, in the order of their records
  std::vector<std::size_t> skipped;        // the indexes of the records already in the store, ascending
  std::vector<RejectedRecord> rejected;    // with ImportOptions::skip_bad, ascending
  friend bool operator==(const ImportResult&, const ImportResult&) = default;
};

// A call with what happened to it so far.
struct ServiceCall {
  Id id;
  std::string voucher;  // the service voucher's number, "V-main-2510-000123" (centre, month of the call, serial)
  Id customer_id;
  Id unit_id;
  std::string customer, phone, address, zone, centre, product, serial, fault;
  Instant received{};
  // Fixed at intake from the policy: the service category and its rule, and
  // the arrival deadline (moved later by the working time of the pauses).
  ServiceCategory category = ServiceCategory::paid;
  std::string category_rule;
  Instant deadline{};
  CallState state = CallState::registered;
  std::optional<std::string> technician;  // the one dispatched
  std::optional<Instant> dispatched, arrived, completed;
  std::optional<bool> sla_met;  // once arrived: by the deadline
  std::optional<bool> signed_off;  // the customer signed the voucher (on site) or the receipt (carried in)
  friend bool operator==(const ServiceCall&, const ServiceCall&) = default;
};

// ---- Column results (CallColumns, DispatchColumns, SurveyColumns,
// ComplaintColumns, PenaltyColumns): one element per record, one member per
// column, all of one length.
//
// No value, one convention: a column whose element can lack a value (an
// instant not reached yet, a yes/no not decided yet, an optional text, a
// provisional year, a charge's deducted and carried) is a Nullable<T>
// (nullable.hpp): its values with a validity mask beside them, valid[i] == 1
// when values[i] holds a value; otherwise values[i] is T{} and means
// nothing. A column that always has a value is a plain std::vector. No
// sentinel stands for "no value" in these structs (no smallest int64, no -1
// flag, no "" text). The faces carry the same mask: JSON null (to_json
// below, the C API), NaT / pandas <NA> / None in Python's frames.
//
// Instants are Unix seconds; yes/no flags are int8 1 (yes) / 0 (no).

// The calls of a period as columns, for analysis (one element per call, in
// the order received, then id).
struct CallColumns {
  std::vector<Id> id;
  std::vector<std::string> voucher, customer, zone, centre, product, serial, category, state;
  Nullable<std::string> technician;  // none until dispatched
  std::vector<std::int64_t> received, deadline;
  Nullable<std::int64_t> dispatched, arrived, completed;  // none until the step happens
  Nullable<std::int8_t> sla_met;     // 1 met, 0 breached; none until arrived
  Nullable<std::int8_t> signed_off;  // 1 signed, 0 not; none until completed
  // The provisional year (statutory holidays only, make-up days not yet
  // published: Calendar::provisional) the deadline, and so the SLA verdict,
  // was counted over; none when it leaned on published dates only.
  Nullable<std::int64_t> provisional;
  std::size_t size() const noexcept { return id.size(); }
};

// What Store::open did to the stored deadlines and SLA verdicts that leaned
// on a provisional year its policy's calendar now publishes (a holiday file
// or a release with that year's notice): each such call's deadline counted
// again from its received time, zone and pauses, its verdict again from its
// arrival and the new deadline, and its flag cleared (or moved to a later
// year still provisional). Once: the rows no longer carry the published year.
struct Recomputed {
  std::vector<int> years;       // the published years found among the flags, ascending
  std::int64_t calls = 0;       // calls recomputed
  std::int64_t deadlines = 0;   // of them, whose deadline changed
  std::int64_t verdicts = 0;    // whose SLA verdict changed (arrived calls only)
  friend bool operator==(const Recomputed&, const Recomputed&) = default;
};

// How a call was handled without a visit (seeds 003 2.2 遠程協助: remote
// assistance; 001 电话技术服务: guiding the customer by phone).
enum class RemoteMethod { phone, remote };
const char* to_string(RemoteMethod m) noexcept;  // "phone", "remote"
std::optional<RemoteMethod> remote_method_from(std::string_view name) noexcept;

// A call's contact by phone or remotely, as stored.
struct RemoteContact {
  Id call_id;
  std::string technician;
  RemoteMethod how = RemoteMethod::phone;
  Instant first_response{};
  std::optional<Instant> resolved;  // none: the attempt did not solve it (the call goes to a visit)
  Instant recorded{};
  friend bool operator==(const RemoteContact&, const RemoteContact&) = default;
};
// {"call_id", "technician", "how" ("phone" | "remote"), "first_response"
// (Unix s), "resolved" (Unix s, null: the attempt did not solve it),
// "recorded" (Unix s)}.
std::string to_json(const RemoteContact& contact);

// SLA compliance of one group of calls (a zone, a centre, a technician).
struct SlaRow {
  std::string key;
  std::int64_t calls = 0;     // calls received in the period
  std::int64_t met = 0;       // arrived by the deadline
  std::int64_t breached = 0;  // arrived late, or not arrived and the deadline has passed
  std::int64_t open = 0;      // not arrived, the deadline still ahead (running or paused)
  // (remote: below) A call handled by phone or remotely is none of met,
  // breached or open: calls = met + breached + open + remote.
  // Compliance as an exact ratio: met / (met + breached), the calls decided
  // so far (an open call is not judged yet); the denominator may be 0.
  std::pair<std::int64_t, std::int64_t> compliance() const noexcept { return {met, met + breached}; }
  // Calls handled by phone or remotely (seeds 003 2.2, 001) as of the
  // report's instant: resolved then, or first contacted then and resolved
  // later; of them, judged remote_met and remote_breached against
  // dispatch.remote (the rest still running). A technician's row counts
  // the calls he handled remotely. A call first tried by phone and then
  // visited counts as a visit.
  std::int64_t remote = 0, remote_met = 0, remote_breached = 0;
  friend bool operator==(const SlaRow&, const SlaRow&) = default;
};

// A technician's survey results in a month.
struct SatisfactionRow {
  std::string technician;
  std::int64_t surveys = 0;
  // Mean scores 1..4 in hundredths (350 = 3.50), per criterion and overall.
  std::int64_t attitude = 0, skill = 0, arrival = 0, promise = 0, overall = 0;
  friend bool operator==(const SatisfactionRow&, const SatisfactionRow&) = default;
};

// A complaint as the general manager's office takes it in; its number comes
// from the store's counter (the month of `received`).
struct ComplaintIntake {
  Instant received{};
  std::optional<Instant> accepted{};  // default: received
  ComplaintKind kind = ComplaintKind::quality;
  Severity severity = Severity::general;
  Market market = Market::domestic;
  std::optional<std::string> dispute{};
  std::optional<Id> call_id{};  // the service call it is about, if any
};

// A maintenance contract or an extended warranty sold on a unit (found by
// product and serial, added with its customer when new).
// What the customer pays on a call a maintenance contract covers, by its
// own terms (seeds/002 (六) B: 依…商品保養合同書的規定…收取服務費用): each
// part of the bill charged or not, valued at the policy's fees either way.
struct ContractCharges {
  bool call_out = false, labour = false, parts = false;
  friend bool operator==(const ContractCharges&, const ContractCharges&) = default;
};

struct ContractIntake {
  std::string number;  // the contract's own number, unique in the store
  std::string customer, phone, address, product, serial;
  Date purchased{};
  bool extended = false;  // false: a maintenance contract from start to end
  Date start{}, end{};    // maintenance: the days covered
  int years = 1;          // extended: years after the manufacturer's warranty
  std::vector<std::string> extra_causes{};  // extended: causes it covers that the maker excludes
  // Maintenance: what the customer pays on its calls; none: the policy's
  // service.billing.contract. A renewal keeps them.
  std::optional<ContractCharges> charges{};
};

// A home handed over to its owner (seed 001: the 住宅质量保证书 given at
// handover, naming any delegated repairer), stored as a unit of `product`
// with its two dates: completion acceptance (the contractor's guarantee
// counts from it, 建设工程质量管理条例 art. 40; the unit's purchase date) and
// handover (the owner's, 1998 art. 5 and 商品房销售管理办法 art. 33; the
// unit's delivery date).
struct HomeIntake {
  std::string owner, phone, address;  // the owner; with the phone finds the customer, else adds one
  std::string product = "housing";    // a product of the policy with housing terms
  std::string serial;                 // the home's identifier ("3-2-1201"), unique per product
  Date completed{};                   // completion acceptance (竣工验收)
  Date handover{};                    // handover to the owner (交付); not before `completed`
  // The design service life of the design documents (条例 art. 40(一)),
  // 1..100 years: required when a part of the terms lasts it (foundation
  // and main structure).
  std::optional<int> design_life_years{};
  // The repairer the 住宅质量保证书 names (1998 art. 4); none: the developer.
  // Plain text: no control characters, no surrounding blanks, <= 200 bytes.
  std::optional<std::string> repairer{};
};

// A guarantee-expiry notice to a home's owner about one part.
struct HousingNotice {
  Id id;       // the notice's own id
  Id unit_id;  // the home's unit
  std::string product, serial, owner, phone, part;
  Date ends{};                // the last day of the applicable guarantee
  std::string guarantee;      // which one's end applies: "owner" or "contractor"
  Date issued_on{};           // the day asked for
  Instant issued_at{};        // when recorded (the store's clock)
  std::optional<std::string> repairer;  // the repairer named, to route a check to
  friend bool operator==(const HousingNotice&, const HousingNotice&) = default;
};

// Costs against budget of one station and cost kind in a month.
struct CostRow {
  std::string centre, region, kind;
  Fen budget = 0;
  Fen actual = 0;
  friend bool operator==(const CostRow&, const CostRow&) = default;
};

// Working time per service category (paid, contract, free, internal).
struct DayReportRow {
  std::string technician;
  std::string category;
  std::int64_t jobs = 0;   // labour lines
  Seconds worked{0};
  friend bool operator==(const DayReportRow&, const DayReportRow&) = default;
};

// The complaints as columns, for analysis (one element per complaint, in the
// order received, then number). Each is rebuilt from its steps with the
// policy, so the derived columns (department, deadline, on_time, rejections)
// are the policy's answers.
struct ComplaintColumns {
  std::vector<std::string> number;
  Nullable<std::string> original_number;  // the form it re-opens; none for a first form
  Nullable<Id> call_id;                   // the service call it is about, if any
  std::vector<std::string> kind, severity, market;
  std::vector<std::string> department;  // the handling department (routing)
  std::vector<std::string> stage;       // the current stage; "closed" once closed
  std::vector<std::int64_t> received, accepted, deadline;  // Unix seconds; deadline: the overall one
  Nullable<std::int64_t> closed_at;  // none while open
  Nullable<std::int8_t> on_time;     // 1 closed by the deadline, 0 closed late; none while open
  std::vector<std::int8_t> invalid;     // 1 found invalid, else 0
  std::vector<std::int64_t> rejections;  // rejections along its chain
  Nullable<Id> survey_id;  // the survey it was opened from (open_survey_complaint); none otherwise
  std::size_t size() const noexcept { return number.size(); }
};

// The penalty ledger's operations as columns (one element per operation, in
// the order recorded): charges and monthly settlements.
struct PenaltyColumns {
  std::vector<std::string> person;
  std::vector<std::string> kind;   // "charge" or "settle"
  std::vector<std::string> month;  // "YYYY-MM": charged from, or settled
  std::vector<Fen> amount;         // a charge's amount, a settlement's bonus
  Nullable<std::string> case_number;  // a charge's complaint; none for a settlement
  Nullable<Fen> deducted, carried;    // a settlement's; none for a charge
  std::size_t size() const noexcept { return person.size(); }
};

// The dispatched calls as columns, for analysis: the calls of CallColumns
// that have a technician, in the same order (received, then id), with their
// pauses.
struct DispatchColumns {
  std::vector<Id> call_id;
  std::vector<std::string> voucher, technician, zone, centre, category, state;
  std::vector<std::int64_t> received, deadline, dispatched;  // Unix seconds; deadline: moved by the pauses
  Nullable<std::int64_t> arrived, completed;                 // none until the step happens
  std::vector<std::int64_t> pauses;  // pauses of the SLA clock, an open one included
  // Seconds of working time (the policy's calendar) in the ended pauses: the
  // time the SLA clock stood still. An open pause counts once it ends.
  std::vector<std::int64_t> paused;
  Nullable<std::int8_t> sla_met;     // 1 met, 0 breached; none until arrived
  Nullable<std::int8_t> signed_off;  // 1 signed, 0 not; none until completed
  // The provisional year the deadline and the SLA verdict were counted over,
  // or none: as CallColumns::provisional.
  Nullable<std::int64_t> provisional;
  std::size_t size() const noexcept { return call_id.size(); }
};

// The surveys as columns (one element per survey, in the order its call was
// received, then call id).
struct SurveyColumns {
  std::vector<Id> call_id;
  std::vector<std::string> voucher;
  // The call's technician when the survey was recorded; none for a call not
  // dispatched (or solved by phone): every call is surveyed (seeds/002 (二十三)).
  Nullable<std::string> technician;
  std::vector<std::string> respondent;
  std::vector<std::string> month;  // "YYYY-MM": the call's local month, the monthly report's grouping
  std::vector<std::int8_t> attitude, skill, arrival, promise;  // 1 (dissatisfied) .. 4 (very satisfied)
  std::vector<std::int64_t> recorded;  // Unix seconds
  std::vector<std::string> comment;    // the customer's own words ("" when none written)
  std::vector<Id> survey_id;           // the survey's own id
  Nullable<std::string> complaint;     // the number of the complaint opened from it; none when none
  std::vector<std::string> centre;     // the call's service station
  std::size_t size() const noexcept { return call_id.size(); }
};

// A person's penalty settlement of a month, as the ledger recorded it.
struct PenaltyRow {
  std::string person;
  Fen bonus = 0;
  Fen deducted = 0;
  Fen carried = 0;  // still owed after the month
  friend bool operator==(const PenaltyRow&, const PenaltyRow&) = default;
};

// ---- issue 28: carry-in controls and surveys of every call (seeds/002
// (十二)(十四)(二十三)(二十四)).

// A carried-in repair as the goods log and the receipt stand.
struct CarryIn {
  Id call_id;
  std::string voucher, receipt, centre, customer, phone, product, serial;
  std::optional<std::string> technician;  // the call's
  Instant taken{};                         // the goods taken in, the receipt written
  Date promised{};                         // the date promised for the return
  std::optional<std::string> inspected_by; // the supervisor's inspection (驗訖): who
  std::optional<Instant> inspected;        // and when
  std::optional<Instant> returned;         // the goods back to the customer
  std::optional<bool> signed_off;          // the customer signed the goods log at the return
  std::optional<Instant> voided;           // the receipt taken back and voided (at the return)
  friend bool operator==(const CarryIn&, const CarryIn&) = default;
};

// A repair past its promised date and not returned (seeds/002 (十四)): the
// supervisor's list.
struct OverdueRepair {
  CarryIn repair;
  std::int64_t days_late = 0;  // as_of - promised, in days (>= 1)
  friend bool operator==(const OverdueRepair&, const OverdueRepair&) = default;
};

// A survey of a call (one per call, any call: seeds/002 (二十三)).
struct Survey {
  Id id;
  Id call_id;
  std::string voucher, centre;
  std::optional<std::string> technician;  // the call's when recorded; none before a dispatch
  std::string respondent;
  SurveyAnswers answers;
  std::string comment;  // the customer's words (建議或抱怨), "" when none
  Instant recorded{};
  std::optional<std::string> complaint;  // the complaint opened from it (its number)
  friend bool operator==(const Survey&, const Survey&) = default;
};

// The surveyed share of one group of calls (a centre, a technician).
struct SurveyCoverageRow {
  std::string key;
  std::int64_t calls = 0;     // calls received in the period (by as_of)
  std::int64_t surveyed = 0;  // of them, with a survey recorded by as_of
  // The share as an exact ratio surveyed / calls (the denominator may be 0).
  std::pair<std::int64_t, std::int64_t> share() const noexcept { return {surveyed, calls}; }
  friend bool operator==(const SurveyCoverageRow&, const SurveyCoverageRow&) = default;
};

// The survey coverage of a day's or a month's calls (seeds/002 (二十三): the
// cards sent number the day's calls, no sampling).
struct SurveyCoverage {
  std::string period;  // "YYYY-MM-DD" or "YYYY-MM"
  Instant as_of{};
  std::int64_t calls = 0, surveyed = 0;
  std::vector<SurveyCoverageRow> by_centre;      // every centre with a call, by key
  // Per technician dispatched by as_of, or who solved the call by phone or
  // remotely (first contact by as_of), by key; other calls not dispatched
  // by then count in by_centre and the totals only.
  std::vector<SurveyCoverageRow> by_technician;
  std::pair<std::int64_t, std::int64_t> share() const noexcept { return {surveyed, calls}; }
  friend bool operator==(const SurveyCoverage&, const SurveyCoverage&) = default;
};

// A call of a day without its survey yet: whom to send the card to.
struct UnsurveyedCall {
  Id call_id;
  std::string voucher, centre, customer, phone, address;
  std::optional<std::string> technician;
  CallState state = CallState::registered;
  Instant received{};
  friend bool operator==(const UnsurveyedCall&, const UnsurveyedCall&) = default;
};

// ---- billing (issue 28; seeds/002 (十), (十三), 第三篇; seeds/001 按實際發生的費用收費)
enum class PaymentMethod { cash, card, transfer };
const char* to_string(PaymentMethod m) noexcept;  // "cash", "card", "transfer"
// How a bill is settled ((十)): nothing charged; collected on the spot (at or
// below the policy's collect_on_the_spot_max); or an invoice due the day of
// the completion (on site) or of the goods' return (carry-in, (十三)).
enum class BillSettlement { none, on_the_spot, invoice };
const char* to_string(BillSettlement s) noexcept;  // "none", "on_the_spot", "invoice"

// One line of a bill, copied from the call's labour and parts lines and the
// schedule when the bill was made.
struct BillLine {
  std::string kind;         // "call_out", "labour", "part"
  std::string description;  // the part, the labour line's description, "call-out", "repair job"
  std::int64_t quantity = 1;
  std::optional<Seconds> worked;  // labour: the seconds worked
  Fen unit_price = 0;             // per visit, per hour, per job, per part
  Fen amount = 0;                 // per hour: pro-rated to the second, half up to the fen
  bool charged = true;            // billed to the customer; else valued only (free, internal, contract-covered)
  friend bool operator==(const BillLine&, const BillLine&) = default;
};

// A call's bill: total (what the customer is charged) = the sum of its
// charged lines; value = the sum of all its lines (the work's cost at the
// schedule, recorded for free and internal work too).
struct Bill {
  Id id, call_id;
  std::string voucher, centre;
  ServiceCategory category = ServiceCategory::paid;
  Instant billed_at{};
  BillSettlement settlement = BillSettlement::none;
  std::optional<Date> due_on;  // invoice settlement: the invoice's due day
  Fen total = 0, value = 0;
  std::vector<BillLine> lines;
  std::optional<std::string> invoice_number;  // "I-main-2510-00001" (centre, month of issue, serial)
  std::optional<Date> invoiced_on;
  Fen paid = 0, owed = 0;  // payments so far; total - paid
  friend bool operator==(const Bill&, const Bill&) = default;
};

// Bills as columns (one element per bill, by billed_at then id); paid and
// owed as of the query's instant.
struct BillColumns {
  std::vector<Id> id, call_id;
  std::vector<std::string> voucher, centre, customer, category, settlement;
  std::vector<std::int64_t> billed_at;  // Unix seconds
  std::vector<Fen> total, value, paid, owed;
  Nullable<std::string> due_on;          // "YYYY-MM-DD"; invoice settlement only
  Nullable<std::string> invoice_number;  // none until invoiced
  Nullable<std::string> invoiced_on;     // "YYYY-MM-DD"
  std::size_t size() const noexcept { return id.size(); }
};

// Payments as columns (by paid_at, then id).
struct PaymentColumns {
  std::vector<Id> id, bill_id, call_id;
  std::vector<std::string> voucher, centre, method;
  std::vector<Fen> amount;
  std::vector<std::int64_t> paid_at, recorded;  // Unix seconds
  std::size_t size() const noexcept { return id.size(); }
};

// A centre's money in the monthly report, as of its as_of.
struct BillingRow {
  std::string centre;
  Fen revenue = 0;      // charged to customers on the bills made in the month
  Fen invoiced = 0;     // totals of the bills invoiced in the month
  Fen collected = 0;    // payments received in the month
  Fen receivable = 0;   // owed at as_of on every bill made by then
  Fen not_charged = 0;  // value of the month's bills charged to no one (free, internal, contract-covered work)
  friend bool operator==(const BillingRow&, const BillingRow&) = default;
};

// The management report of a month (calls received in the month, the local
// month of the policy's calendar).
struct MonthlyReport {
  YearMonth month;
  Instant as_of{};  // the moment the calls are judged at (Store::monthly_report's default: the month's end)
  std::vector<SlaRow> sla_by_zone, sla_by_centre, sla_by_technician;
  std::int64_t calls = 0;
  std::int64_t completed = 0;          // completed on site or returned after a carry-in
  std::int64_t first_time_fixed = 0;   // of those: on the first visit, no new call for the unit within revisit_days
  std::optional<Seconds> mean_time_to_repair;  // received -> completed, over the completed calls (none: none completed)
  // RULES §6 "first response and on-site time", which it does not define:
  // here wall time as mean_time_to_repair, over the month's calls as of as_of.
  std::int64_t responded = 0;                  // dispatched by as_of
  std::optional<Seconds> mean_first_response;  // received -> dispatched (none: none dispatched)
  std::int64_t completed_on_site = 0;          // completed on site by as_of (carry-ins not)
  std::optional<Seconds> mean_on_site;         // arrived -> completed, over those
  std::vector<SatisfactionRow> satisfaction;  // per technician, surveys of the month's calls
  Instant queue_at{};                  // the month's last second, or as_of when earlier
  std::vector<Id> queue;               // the dispatch queue at queue_at
  std::int64_t complaints = 0;         // complaints received in the month
  // Complaints per 1,000 calls of the month, in thousandths (2500 = 2.5); none without calls.
  std::optional<std::int64_t> complaints_per_1000_calls;
  // Of the complaints closed in the month, as Store::complaint_statistics
  // gives them but with issue 29's lists as of as_of (by the events' own
  // times): the default (the month's end) is one answer per month; the
  // statistics are due by the 10th (`due`; the month's 人事公布單 comes
  // after its end, (十二)1): ask as of that day, or complaint_statistics.
  ComplaintStatistics complaint_statistics;
  std::vector<PenaltyRow> penalties;   // the month's settlements, by person
  // seeds/002 (二十三): the share of the month's calls (received by as_of)
  // with a survey recorded by as_of, per centre and technician.
  SurveyCoverage survey_coverage;
  // Per centre (issue 28): the bills made, invoiced and paid in the month by
  // as_of (a payment after as_of has not happened), receivables at as_of.
  std::vector<BillingRow> billing_by_centre;
  // The first-time-fix rate as an exact ratio: first_time_fixed / completed.
  std::pair<std::int64_t, std::int64_t> first_time_fix_ratio() const noexcept { return {first_time_fixed, completed}; }
  // Calls handled by phone or remotely (the sums of sla_by_zone's remote
  // counts): remote, of them remote_met, remote_breached; and resolved
  // remotely by as_of. `responded` and `mean_first_response` count a
  // remote first contact as the call's first response (a call first tried
  // by phone and then visited: the phone contact).
  std::int64_t remote = 0, remote_met = 0, remote_breached = 0, remote_resolved = 0;
  friend bool operator==(const MonthlyReport&, const MonthlyReport&) = default;
};

// The report as a JSON document: {"month": "2025-10", "as_of": <Unix s>,
// "calls": .., "completed": .., "first_time_fixed": .., "mean_time_to_repair_s":
// .. (null when none completed), "responded": .., "mean_first_response_s": ..,
// "completed_on_site": .., "mean_on_site_s": .. (null over no calls), "sla_by_zone": [{"key": "urban", "calls": .., "met": .., "breached": ..,
// "open": .., "compliance": met / (met + breached), null when none is decided},
// ...], "sla_by_centre": [...], "sla_by_technician": [...],
// "first_time_fix_rate": first_time_fixed / completed (null when none completed),
// "satisfaction": [{"technician": .., "surveys": .., "attitude": 350, ...}],
// "queue_at": <Unix s>, "queue": [ids], "complaints": ..,
// "complaints_per_1000_calls_milli": .. (thousandths, null without calls),
// "complaint_statistics": {"total", "on_time", "on_time_ratio" (null without
// any closed), "invalid", "unconfirmed",
// "by_kind", "by_severity", "by_market", "by_department", "responsibility",
// "due", and issue 29's "unvisited", "unnotified", "admin_penalties" (as
// contact_statistics_json), "open_improvements", "overdue_improvements"
// (as to_json(improvements))}, "penalties": [{"person", "bonus_fen", "deducted_fen",
// "carried_fen"}]}, then "remote", "remote_met", "remote_breached",
// "remote_resolved"; each sla row ends with "remote", "remote_met",
// "remote_breached". Means are in hundredths.
// "carried_fen"}], "billing_by_centre": [{"centre", "revenue_fen",
// "invoiced_fen", "collected_fen", "receivable_fen", "not_charged_fen"}]}.
// Means are in hundredths.
std::string to_json(const MonthlyReport& report);
// Cost rows as a JSON array: [{"centre", "region", "kind", "budget_fen",
// "actual_fen"}]; day report rows: [{"technician", "category", "jobs",
// "worked_s"}].
std::string to_json(std::span<const CostRow> rows);
std::string to_json(std::span<const DayReportRow> rows);
// Names (contract numbers, ids) as a JSON array of strings.
std::string to_json(std::span<const std::string> names);
// Columns as one JSON object of equal-length arrays, one per member, for
// callers without the C++ types (the C API): text as strings, instants as
// Unix seconds, money in fen, yes/no as true/false; an element of a Nullable
// column without a value is null.
std::string to_json(const CallColumns& columns);  // "provisional_year": `provisional`
std::string to_json(const DispatchColumns& columns);  // "paused_s": `paused`; "provisional_year": `provisional`
std::string to_json(const SurveyColumns& columns);
std::string to_json(const ComplaintColumns& columns);
std::string to_json(const PenaltyColumns& columns);
// Housing notices as a JSON array: [{"id", "unit_id", "product", "serial",
// "owner", "phone", "part", "ends" ("YYYY-MM-DD"), "guarantee" ("owner" |
// "contractor"), "issued_on" ("YYYY-MM-DD"), "issued_at" (Unix s), "repairer"
// (null: none named)}].
std::string to_json(std::span<const HousingNotice> notices);
// Issue 28. A carry-in as a JSON object {"call_id", "voucher", "receipt",
// "centre", "customer", "phone", "product", "serial", "technician" (null:
// none), "taken" (Unix s), "promised" ("YYYY-MM-DD"), "inspected_by",
// "inspected", "returned", "signed_off" (true/false), "voided" (null: not
// yet)}; overdue repairs as an array of such objects with "days_late"
// appended; a survey {"id", "call_id", "voucher", "centre", "technician",
// "respondent", "attitude", "skill", "arrival", "promise" (1..4), "comment",
// "recorded", "complaint" (null: none)}; a coverage {"period", "as_of",
// "calls", "surveyed", "share" (surveyed / calls, null without calls),
// "by_centre": [{"key", "calls", "surveyed", "share"}], "by_technician":
// [...]}; unsurveyed calls [{"call_id", "voucher", "centre", "customer",
// "phone", "address", "technician", "state", "received"}].
std::string to_json(const CarryIn& carry_in);
std::string to_json(std::span<const OverdueRepair> repairs);
std::string to_json(const Survey& survey);
std::string to_json(const SurveyCoverage& coverage);
std::string to_json(std::span<const UnsurveyedCall> calls);
// Columns of bills and payments, as the other columns; a bill as one object
// {"id", "call_id", "voucher", "centre", "category", "billed_at",
// "settlement", "due_on", "total_fen", "value_fen", "lines": [{"kind",
// "description", "quantity", "worked_s", "unit_price_fen", "amount_fen",
// "charged"}], "invoice_number", "invoiced_on", "paid_fen", "owed_fen"}.
std::string to_json(const BillColumns& columns);
std::string to_json(const PaymentColumns& columns);
std::string to_json(const Bill& bill);
// Reminders as a JSON array: [{"number", "stage", "department", "which"
// ("stage" | "overall"), "deadline" (Unix s), "overdue_by_s", "rule"}].
std::string to_json(std::span<const Reminder> reminders);

}  // namespace aftersales
