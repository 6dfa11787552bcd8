#pragma once
// The service records in SQLite (RULES.md §2, §3.1, §6; the registers and
// forms of seeds/002 (八)-(二十八)): the call register, service vouchers,
// dispatches with their pauses, on-site completion, carry-in repairs with
// their goods log, labour and parts lines, surveys, and the queries a service
// centre runs on them. Every operation is one transaction: it checks its
// input and the record's state and either commits whole or changes nothing.
//
// The file: SQLite in WAL mode, synchronous=FULL by default (a committed
// record survives power loss), foreign keys on, STRICT tables, record ids
// UUID v7 as 16 bytes, money integer fen, instants integer Unix seconds,
// civil dates "YYYY-MM-DD" text. The schema version is PRAGMA user_version; a file from a
// newer version of the library is refused, not touched.
#include <aftersales/complaint_contacts.hpp>
#include <aftersales/store_records.hpp>
#include <aftersales/complaint_form.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// A store file with the policy it decides with. One handle may be used from
// several threads (its calls are serialised); several handles, in threads or
// processes, may write one file at once (SQLite's locking, busy_timeout).
class Store {
 public:
  // Opens `path` (":memory:" for a private in-memory store, create mode
  // only) as options.mode says: creating it or bringing its schema up to
  // date (create), or only an existing store (must_exist, query_only).
  // Errors name "path" and the file, in plain words: Error(not_found) "'z.db'
  // does not exist" (must_exist, query_only; nothing is created);
  // Error(storage) "'x.txt' is not a database file", "'y.db' is not an
  // aftersales store: an SQLite file of another application", "... is a
  // directory", "... permission denied", "... the directory ... does not
  // exist"; Error(state) naming "schema" for a store of a newer version (the
  // file is left as it was). A failed open leaves no file it created.
  static Store open(const std::string& path, Policy policy, StoreOptions options = {});
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const Policy& policy() const noexcept;
  const std::string& path() const noexcept;
  OpenMode mode() const noexcept;
  // The store's "now": its clock (StoreOptions::clock) or the system clock.
  Instant now() const;
  // What this open recomputed (see Recomputed), in one transaction before it
  // returned: create and must_exist modes. A query_only open writes nothing
  // (all zero); its reads, as every handle's (call, calls, dispatches,
  // monthly_report), judge a row flagged with a year the calendar publishes
  // with the calendar, as the recomputation would.
  const Recomputed& recomputed() const noexcept;
  static int schema_version() noexcept;  // the version this library writes

  // ---- the call register and the visit
  // Registers a call: finds or adds the customer and the unit, decides the
  // service category and the arrival deadline with the policy, numbers the
  // voucher. Errors name the field: "zone" (unknown), "product", "customer"
  // (empty), "phone", "received" (in the future), "purchased" (after the
  // call), "cause".
  ServiceCall register_call(const CallIntake& intake);
  // Many calls in one transaction, all or none; errors name "calls[i].<field>".
  std::vector<ServiceCall> register_calls(std::span<const CallIntake> intakes);
  // Calls with their visits, in one transaction, all or none: each is
  // registered as register_call does, then dispatched, reached and completed
  // at its times (each step needs the one before, in time order; errors name
  // "calls[i].dispatched" ...).
  // Repeatable: a record already in the store is skipped, counted, never
  // doubled (an earlier record of the same batch counts too). A record with
  // an external id repeats the call of that id (whatever its other fields
  // say now: a changed time is still the same call); a record without one
  // repeats a call of the same centre, customer (name and phone), unit
  // (product and serial) and received time; a record whose external id is
  // new repeats such a call only when that call was imported without an
  // external id. A skipped record is not checked again. An empty external
  // id is refused (Error(invalid_argument) naming "calls[i].external_id").
  // With options.skip_bad, each record is tried in a savepoint of its own and
  // a bad one is left out and reported (an error of the file itself still
  // fails the whole write); with options.dry_run nothing is written.
  ImportResult import_calls(std::span<const CallRecord> records, ImportOptions options = {});

  // Each checks the call's state and that `at` is neither before the previous
  // step nor in the future; Error(not_found) naming "call_id" for an unknown
  // call, Error(state) naming "call" for a step out of order.
  void dispatch(const Id& call_id, std::string_view technician, Instant at);
  void pause(const Id& call_id, Instant at, std::string_view reason);  // the SLA clock stops
  void resume(const Id& call_id, Instant at);                            // and starts again; the deadline moves
  void arrive(const Id& call_id, Instant at);                            // decides met / breached
  void complete_on_site(const Id& call_id, Instant at, bool signed_off);
  // Not repairable on site: the goods go to the workshop with a receipt;
  // `promised` is the date promised for the return. Returns the receipt number.
  std::string carry_in(const Id& call_id, Instant at, Date promised);
  // The repair card's lines: labour (who, how long, on which day) and parts.
  void record_labour(const Id& call_id, std::string_view technician, Date on, Seconds worked,
                     std::string_view description = {});
  void record_part(const Id& call_id, std::string_view part, std::int64_t quantity, Fen unit_price);
  // The goods go back to the customer, who signs the goods log; the receipt
  // is voided. Under service.inspection_before_return (seeds/002 (十二)) a
  // supervisor must have inspected them first (inspect_repair), else
  // Error(state) naming "inspected".
  void return_goods(const Id& call_id, Instant at, bool signed_off);
  // One survey per call, of any state (seeds/002 (二十三): a card for every
  // call of the day, no sampling), not before the call was received; the
  // respondent is never the call's technician (Error(invalid_argument)
  // naming "respondent"): the technician rated is the call's, or for a
  // call solved or attempted by phone or remotely and not dispatched, the
  // remote contact's (none: NULL); `comment`: the customer's own words (<= 2000
  // bytes, no control characters but newlines).
  void record_survey(const Id& call_id, const SurveyAnswers& answers, std::string_view respondent, Instant at,
                     std::string_view comment = {});

  // ---- complaints (RULES.md §4), each step one transaction
  // Opens a complaint numbered from the counter ("2510-0007"); errors as
  // ComplaintPolicy::open, and "call_id" for an unknown call.
  Complaint open_complaint(const ComplaintIntake& intake);
  // The steps of ComplaintPolicy on the stored complaint `number`
  // (Error(not_found) naming "number" when there is none); the new value is
  // returned and its step recorded. advance_complaint leaves every stage
  // but the approval stage: when the policy has approval levels
  // (complaints.approval), a complaint at that stage is closed only by
  // approve_complaint, which checks the approver's authority (seeds/002
  // (九)6, (九)11); advancing it is Error(state) naming "complaint".
  Complaint advance_complaint(std::string_view number, Instant at);
  Complaint close_complaint_invalid(std::string_view number, Instant at, std::string_view reason);
  Complaint confirm_responsibility(std::string_view number, std::span<const Weight> ratios);
  // The customer rejects the decision: a new complaint, numbered from the
  // counter, linked to `number` and its call. A decision is rejected once
  // (Error(state) naming "number" the second time: the chain does not fork).
  Complaint reject_complaint(std::string_view number, Instant at, std::optional<Instant> accepted = std::nullopt);
  Complaint complaint(std::string_view number) const;
  // Reminders for the open complaints at `now`; overdue inquiries and the
  // statistics of the complaints closed in `month` (issue 29's lists —
  // improvements, visits, results told, administrative penalties — as
  // recorded by now or by the end of the statistics' due day, whichever is
  // earlier: (九)10, (十二)1).
  std::vector<Reminder> complaint_reminders(Instant now) const;
  std::vector<OverdueInquiry> late_complaints(YearMonth month) const;
  ComplaintStatistics complaint_statistics(YearMonth month) const;
  // A return or allowance decided on complaint `number`: the quantity check
  // of PenaltyPolicy::reconcile_return, recorded with the amount.
  ReturnReconciliation record_return(std::string_view number, ReturnKind kind, std::int64_t approved,
                                     std::int64_t actual, Fen amount,
                                     std::optional<std::int64_t> tolerance_ppm = std::nullopt);

  // ---- the penalty ledger (RULES.md §5): PenaltyLedger with the policy's
  // cap, kept as its operations. A charge names the complaint it comes from
  // (Error(not_found) naming "case_number" when there is none, Error(state)
  // when it was found invalid) and is charged no earlier than the month the
  // complaint was received (Error naming "month").
  void charge_penalty(std::string_view person, YearMonth month, Fen amount, std::string_view case_number);
  Settlement settle_penalties(std::string_view person, YearMonth month, Fen bonus);
  // The person's ledger as it stands.
  PenaltyLedger penalty_ledger(std::string_view person) const;

  // ---- contracts (RULES.md §3.1, §3.4)
  // Records a contract; a later intake for the unit decides its category
  // with it (free under an extended warranty, contract under a maintenance
  // contract). Errors name "number" (empty or already used), "end" (before
  // the start), "years", and the unit's fields as register_call does.
  void add_contract(const ContractIntake& contract);
  // Renews maintenance contract `number` for `term` from the day after its
  // end as `new_number`, linked. Error(state) naming "number" when it
  // already has a successor or is an extended warranty.
  void renew_contract(std::string_view number, std::string_view new_number, Period term);
  // The expiry notices due on `on` (one month before the end, by the legal
  // period rule) not issued yet: recorded as issued that day and returned
  // (contract numbers). Asking again the same day returns none.
  std::vector<std::string> issue_expiry_notices(Date on);

  // ---- homes (issue 27; seed 001 (五): 公告住房保修期届满的业主, 及时检查发现问题)
  // Records a home as a unit with its owner, its two dates, design service
  // life and repairer; returns the unit's id. Errors name the field and
  // value: "product" (unknown: not_found; no housing terms), "serial" (empty,
  // or already a unit of the product), "owner", "phone", "address" (empty),
  // "completed" / "handover" (not a date, in the future, handover before
  // completion), "design_life_years" (missing where a part lasts it, outside
  // 1..100), "repairer". Nothing is written on an error.
  Id add_home(const HomeIntake& home);
  // The guarantee-expiry notices due on `on`, recorded and returned (ordered
  // by end, serial, part): for each home part not noticed yet whose
  // applicable guarantee (the later of the owner's and the contractor's, as
  // the store's policy decides coverage, rest-day extension included) ends
  // within the terms' notice_days: end - notice_days <= on <= end. Issued
  // once per home and part (asking again returns none); one transaction,
  // all or nothing. A part counted in seasons whose dates the policy does
  // not give has no end to tell and is passed over (it is noticed once a
  // policy with the dates is used). Error(not_found) naming
  // "policy.warranty.products" when a home's product has no housing terms
  // in the store's policy.
  std::vector<HousingNotice> issue_housing_expiry_notices(Date on);

  // ---- costs (RULES.md §6: per region and station against budget)
  // A station's region (stations are added by intakes with no region).
  void set_region(std::string_view centre, std::string_view region);
  // Error naming "kind" for a kind not in the policy's cost kinds.
  void set_budget(std::string_view centre, YearMonth month, std::string_view kind, Fen amount);
  void record_cost(std::string_view centre, YearMonth month, std::string_view kind, Fen amount,
                   std::string_view note = {});
  // Per station and kind with a budget or a cost in the month, by region then station.
  std::vector<CostRow> cost_report(YearMonth month) const;

  // ---- day reports (十五, 十六): labour lines of a day per technician and category
  // One technician's day; the supervisor's day (every technician, optionally one centre).
  std::vector<DayReportRow> technician_day_report(std::string_view technician, Date day) const;
  std::vector<DayReportRow> supervisor_day_report(Date day, std::optional<std::string_view> centre = std::nullopt) const;

  // The complaints received in [from, to), as columns; all complaints.
  ComplaintColumns complaints(Instant from, Instant to) const;
  ComplaintColumns complaints() const;
  // The ledger's operations, of one person or (nullopt) of everyone.
  PenaltyColumns penalty_events(std::optional<std::string_view> person = std::nullopt) const;

  // ---- queries
  ServiceCall call(const Id& call_id) const;
  // The dispatch queue at `now` (DispatchPolicy::dispatch_order over the
  // calls received by then and not dispatched, each with its pauses as they
  // stood then: a paused call ranks by its deadline if resumed at `now`).
  std::vector<Id> queue(Instant now) const;
  // The calls received in [from, to); all calls.
  CallColumns calls(Instant from, Instant to) const;
  CallColumns calls() const;
  // The dispatched calls received in [from, to) (the calls' period, so they
  // line up with calls() and the monthly report); all dispatched calls.
  DispatchColumns dispatches(Instant from, Instant to) const;
  DispatchColumns dispatches() const;
  // The surveys of the calls received in [from, to); all surveys.
  SurveyColumns surveys(Instant from, Instant to) const;
  SurveyColumns surveys() const;
  // The month's report as it stood at `as_of`: the month's calls received
  // by `as_of` (a call received later is not counted), each judged by
  // DispatchPolicy::judge on its facts as known then (a pause begun later
  // unknown, one ended later still open, an arrival later not happened);
  // the queue at the month's end (or as_of when earlier). Default as_of: the first
  // instant of the next month in the policy calendar's zone, or the clock's
  // now when that is earlier, so a past month gives one answer whenever it
  // is asked (monthly_as_of).
  MonthlyReport monthly_report(YearMonth month, std::optional<Instant> as_of = std::nullopt) const;
  // The default as_of of monthly_report for `month`.
  Instant monthly_as_of(YearMonth month) const;

  // ---- calls solved by phone or remotely (issue 28; seeds 003 2.2 遠程協助,
  // 001 电话技术服务): no dispatch. src/store/remote.cpp.
  // The call was solved without a visit: `technician` first contacted the
  // customer at first_response_at and solved it at resolved_at (both UTC
  // instants, not in the future, received <= first_response_at <=
  // resolved_at). The call leaves the dispatch queue and may no longer be
  // dispatched; its state becomes CallState::resolved_remotely (dispatch,
  // pause and every visit step refuse it: Error(state) naming "call"). An open
  // pause ends at resolved_at. Error(state) naming "call" once dispatched
  // or already contacted remotely; errors name "technician", "how",
  // "first_response_at", "resolved_at".
  void resolve_remotely(const Id& call_id, std::string_view technician, RemoteMethod how, Instant first_response_at,
                        Instant resolved_at);
  // A phone or remote attempt that did not solve the call: recorded as its
  // first response; the call stays in the queue for a normal dispatch, and
  // is judged as a visit. Errors as resolve_remotely ("at").
  void record_remote_attempt(const Id& call_id, std::string_view technician, RemoteMethod how, Instant at);
  // The call's remote contact, if any (Error(not_found) naming "call_id").
  std::optional<RemoteContact> remote_contact(const Id& call_id) const;
  // ---- billing (issue 28; seeds/002 (十), (十三), 第三篇), src/store/billing.cpp
  // The bill of a completed (or returned) call at `at`, made once from its
  // labour and parts lines and the policy's schedule for its category
  // (service.billing), the lines copied. Settled on the spot when its total
  // is at most collect_on_the_spot_max, else by an invoice due the day of
  // the completion or return; none when it charges nothing. Error(state)
  // naming "call" for a call not completed or already billed; "at" before
  // the completion or in the future. After it, the call takes no more
  // labour or parts lines (Error(state) naming "call").
  Bill bill_call(const Id& call_id, Instant at);
  // The invoice of the call's bill, numbered from the store's counter of the
  // call's centre and the month of `at` (policy service.numbering.invoice:
  // "I-main-2510-00001"), issued on the local date of `at`.
  // Error(not_found) naming "call_id" without a bill; Error(state) naming
  // "call" when invoiced already or charging nothing.
  Bill issue_invoice(const Id& call_id, Instant at);
  // A payment on the call's bill: `amount` > 0 (Error naming "amount") and
  // at most what is still owed (total - payments; Error(invalid_argument)
  // naming "amount" with both figures); `at` not before the bill nor in the
  // future. Returns the payment's id.
  Id record_payment(const Id& call_id, PaymentMethod method, Fen amount, Instant at);
  // The call's bill as it stands (Error(not_found) naming "call_id" without one).
  Bill bill(const Id& call_id) const;
  // The bills made in [from, to), paid and owed as of now; all bills.
  BillColumns bills(Instant from, Instant to) const;
  BillColumns bills() const;
  // The bills made by `as_of` with something owed at `as_of`.
  BillColumns receivables(Instant as_of) const;
  // The invoice-settled bills whose invoice was due before `on` and not
  // issued by `on` ((十), (十三): issued the same day).
  BillColumns overdue_invoices(Date on) const;
  // The payments made in [from, to); all payments.
  PaymentColumns payments(Instant from, Instant to) const;
  PaymentColumns payments() const;

  // ---- properties: a few named texts about the store itself ("made_by",
  // a node id), kept in the file. set_property writes one (empty name:
  // Error(invalid_argument) naming "name"); property reads one (none: not set).
  void set_property(std::string_view name, std::string_view value);
  std::optional<std::string> property(std::string_view name) const;

  // ---- issue 28: carry-in controls and surveys (src/store/counter.cpp)
  // Appoints technician `person` service supervisor (服務主任) of `centre`
  // (both added when new); again: nothing changes. Errors name "centre", "person".
  void appoint_supervisor(std::string_view centre, std::string_view person);
  // The supervisors of `centre`, ascending.
  std::vector<std::string> supervisors(std::string_view centre) const;
  // The supervisor's inspection (驗訖, seeds/002 (十二)) of carried-in goods
  // before they go back: `supervisor` must be one of the call's centre and
  // not the call's technician (Error(invalid_argument) naming "supervisor"),
  // the call carried in and not inspected yet (Error(state) naming "call").
  void inspect_repair(const Id& call_id, std::string_view supervisor, Instant at);
  // The carry-in of a call (Error(not_found) naming "call_id": none).
  CarryIn carry_in_record(const Id& call_id) const;
  // The call whose goods receipt `receipt` holds: Error(not_found) naming
  // "receipt" for an unknown one, Error(state) naming "receipt" for one
  // voided at the return (a voided receipt is never used again).
  Id call_for_receipt(std::string_view receipt) const;
  // The repairs past their promised date and not returned as of the end of
  // local day `as_of` (promised < as_of, taken by then), optionally of one
  // centre: most overdue first, then receipt (seeds/002 (十四)). Each as it
  // stood then: an inspection or return after that day is not shown.
  std::vector<OverdueRepair> overdue_repairs(Date as_of, std::optional<std::string_view> centre = std::nullopt) const;
  // A call's survey (Error(not_found) naming "call_id": no call; naming
  // "survey": the call has none).
  Survey survey(const Id& call_id) const;
  // The survey coverage of the calls received on local day `day` / in local
  // month `month`, counting the surveys recorded by `as_of` (default: now).
  SurveyCoverage survey_coverage(Date day, std::optional<Instant> as_of = std::nullopt) const;
  SurveyCoverage survey_coverage(YearMonth month, std::optional<Instant> as_of = std::nullopt) const;
  // The calls received on `day` (optionally of one centre) without a survey
  // now, by centre, received, id.
  std::vector<UnsurveyedCall> unsurveyed_calls(Date day, std::optional<std::string_view> centre = std::nullopt) const;
  // Opens a complaint (the store's numbering and stages, kind
  // service.survey_complaint_kind, general, domestic, about the call) from
  // the call's dissatisfied survey (an answer at or below
  // service.survey_complaint_level), received at `at` (not before the
  // survey), linked both ways. Error(state) naming "survey" when the call
  // has no survey, it is not dissatisfied, or it opened one already.
  Complaint open_survey_complaint(const Id& call_id, Instant at);

  // ---- the complaint form (issue 29; seeds/002 客戶投訴 (九)1-6, (七)4(2)),
  // src/store/complaint_form.cpp. Each call one transaction.
  // Leaving the stage of `number` at `at`, the stage deciding the optional
  // stages the case calls for (R&D 依異常狀況 (九)4); `by` (who decides) is
  // recorded as a call_for entry per stage called for, and must be given
  // when call_for is not empty (Error naming "by"). Errors as
  // ComplaintPolicy::advance ("call_for[i]").
  Complaint advance_complaint(std::string_view number, Instant at, const AdvanceOptions& options, std::string_view by);
  // Records (or replaces) the form's facts (九)1, recorded by `by` at `at`
  // (not before the complaint was received, not after now). Errors name
  // "number" (none; Error(state) when closed), "by", "at", "quantity",
  // "defective_quantity" (negative; more than the quantity), and the text
  // members when given empty ("part_number": give none instead).
  RecordedComplaintForm record_complaint_form(std::string_view number, const ComplaintForm& form, std::string_view by,
                                              Instant at);
  // The form's facts; none when never recorded.
  std::optional<RecordedComplaintForm> complaint_form(std::string_view number) const;
  // An entry written at the complaint's current stage: Error(state) naming
  // "number" when closed; Error(invalid_argument) naming "field" when the
  // stage does not write it (the message lists what it writes), "text"
  // (empty; a production_date that is not "YYYY-MM-DD"), "author" (empty),
  // "at" (before the stage was entered, or after now).
  ComplaintEntry record_complaint_entry(std::string_view number, const ComplaintEntryInput& entry);
  // The entries of `number` in the order written (at, then id).
  std::vector<ComplaintEntry> complaint_entries(std::string_view number) const;
  // The register (客戶抱怨案件登記追蹤表) of the complaints received in
  // [from, to), standing judged as of `as_of` (none: the store's now).
  ComplaintRegister complaint_register(Instant from, Instant to, std::optional<Instant> as_of = std::nullopt) const;
  // ---- issue 29: approval by authority level (src/store/complaint_approval.cpp;
  // seeds/002 (九)6 依核決權限, (九)11 不得超越核決權限)
  // Approves complaint `number` at its approval stage (the policy's
  // complaints.approval.stage): the amount the lines commit
  // (committed_amount) must be within the level's authority, else
  // Error(invalid_argument) naming "level" and the level needed (a higher
  // level may approve); the approval closes the stage (the complaint's
  // advance at `at`), recorded with approver, level and time. Errors:
  // Error(not_found) "number" / "level"; Error(state) naming "complaint" when
  // it is not at the approval stage (or closed); "approver" empty; "at" in
  // the future or before the stage was entered; "lines[i]..." as
  // committed_amount. Returns the approval; one transaction.
  ComplaintApproval approve_complaint(std::string_view number, const ApprovalIntake& approval);
  // The complaint's approval, if any (Error(not_found) naming "number").
  std::optional<ComplaintApproval> complaint_approval(std::string_view number) const;

  // ---- issue 29: improvements (改善案, src/store/improvements.cpp; (七)3(5), (九)7)
  // Opens an improvement on complaint `number` (not found: Error(not_found)
  // naming "number"). Refused with Error(state) naming "number" on a case
  // exempt from tracking or found invalid; errors name "action", "owner"
  // (empty), "opened" (future, before the complaint was received), "due"
  // (not a date, before the local date of `opened`).
  Improvement open_improvement(std::string_view number, const ImprovementIntake& improvement);
  // 效果確認: the open improvement `id` confirmed effective by `by` at `at`.
  // Error(not_found) naming "id"; Error(state) naming "improvement" when it
  // is not open; "by" empty; "at" future or before it was opened.
  Improvement confirm_improvement(const Id& id, std::string_view by, Instant at);
  // The open improvement `id` found ineffective by `by` at `at` (closed), and
  // a new one opened at `at` that reopens it (linked), in one transaction.
  // Returns the new one; errors as confirm_improvement and open_improvement
  // ("reopened.action", "reopened.owner", "reopened.due"; `reopened.opened` is
  // not read: the new one opens at `at`).
  Improvement reopen_improvement(const Id& id, std::string_view by, Instant at, const ImprovementIntake& reopened);
  // (九)7 人為疏忽免列案追蹤: complaint `number`'s improvement is not tracked.
  // Error(state) naming "number" when exempt already or an improvement is
  // recorded on it; "decided_by" empty; "at" future or before the complaint
  // was received.
  TrackingExemptionRecord exempt_from_tracking(std::string_view number, TrackingExemption reason,
                                               std::string_view decided_by, Instant at);
  std::optional<TrackingExemptionRecord> tracking_exemption(std::string_view number) const;
  Improvement improvement(const Id& id) const;  // Error(not_found) naming "id"
  // One complaint's improvements (by opened), or every one (nullopt).
  std::vector<Improvement> improvements(std::optional<std::string_view> number = std::nullopt) const;
  // As they stood at `as_of`: opened by then and not closed by then; of
  // those, the overdue ones: due day ended (DispatchPolicy::judge's verdict
  // breached at `as_of` on the deadline "end of the due day"). By due, opened.
  std::vector<Improvement> open_improvements(Instant as_of) const;
  std::vector<Improvement> overdue_improvements(Instant as_of) const;
  // ---- issue 29 items 5 and 6 (src/store/complaint_contacts.cpp)
  // The customer of complaint `number` told the result (家電 (二十六)) or
  // visited (二十八): Error(not_found) naming "number"; "by" (empty),
  // "note"; "at" before the complaint was received or in the future; "how"
  // for a visit not in person, a notification in person, or a serious
  // case's result told otherwise than by letter (函告); a notification
  // tells the result: Error(state) naming "complaint" while it is open, "at"
  // before its closing. Returns the contact's id.
  Id record_contact(std::string_view number, const ContactIntake& contact);
  // The complaint's contacts by time (Error(not_found) naming "number").
  std::vector<ComplaintContact> contacts(std::string_view number) const;
  // An administrative penalty (行政處罰準則 (四)-(六), (十二)1) on a closed
  // complaint, published by notice; the person's ledger takes it whole with
  // the month's settlement (PenaltyLedger::penalize). Errors name
  // "case_number" (not_found; state: open or found invalid), "person",
  // "offence" (not one of the policy's), "count", "amount" (below the
  // minimum, or given for a major demerit), "notice_number",
  // "notice_date" (before the closing, in the future), "month" (before the
  // complaint was received; state: the person's month settled). Returns its id.
  Id record_admin_penalty(const AdminPenaltyIntake& penalty);
  // The administrative penalties on record, of one person or (nullopt) of
  // everyone, by month, then as recorded.
  std::vector<AdminPenaltyRecord> admin_penalties(std::optional<std::string_view> person = std::nullopt) const;

  // The implementation (src/store/); declared here for its source files.
  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;

  // Three C functions keep their 0.2.0 meaning (the C header's Stability
  // block), which the C++ operations no longer have: as_store_return_goods
  // (deprecated) returns the goods without the supervisor's inspection,
  // whatever the policy says; as_store_record_survey takes only a call
  // completed by a visit, not before its completion; as_store_advance_complaint
  // also closes the approval stage without an approval. Only the C API
  // reaches them, through this friend (capi/src/store_legacy.cpp); C++ and
  // Python callers have return_goods, record_survey and approve_complaint.
  friend struct StoreLegacyC;
  enum class Meaning { current, c_0_2_0 };
  void return_goods(const Id& call_id, Instant at, bool signed_off, Meaning meaning);
  void record_survey(const Id& call_id, const SurveyAnswers& answers, std::string_view respondent, Instant at,
                     std::string_view comment, Meaning meaning);
  Complaint advance_complaint(std::string_view number, Instant at, const AdvanceOptions& options, std::string_view by,
                              Meaning meaning);
};

}  // namespace aftersales
