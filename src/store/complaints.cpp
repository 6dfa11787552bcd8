// Complaints, returns and the penalty ledger in the store: the opening facts
// and every step are rows; a value is rebuilt by replaying them with the
// policy, so the store never holds a state the policy could not reach.
#include "store/impl.hpp"
#include "store/contacts.hpp"

#include "detail/json.hpp"

namespace aftersales {

namespace {

std::string steps_json(std::span<const Weight> ratios) {
  detail::Json out = detail::Json::array();
  for (const Weight& w : ratios) out.push_back(detail::Json::array({w.party, w.weight}));
  return out.dump();
}

// An advance's detail: "" (nothing decided) or {"call_for": [...], "by": ...}.
std::string advance_detail(const AdvanceOptions& options, std::string_view by) {
  if (options.call_for.empty()) return {};
  return detail::Json{{"call_for", options.call_for}, {"by", by}}.dump();
}

AdvanceOptions advance_options_of(std::string_view text) {
  AdvanceOptions out;
  if (text.empty()) return out;
  const detail::Json doc = detail::parse_json(text, "complaint_steps.detail");
  for (const auto& name : doc.at("call_for")) out.call_for.push_back(name.get<std::string>());
  return out;
}

std::vector<Weight> ratios_of(std::string_view text) {
  const detail::Json doc = detail::parse_json(text, "complaint_steps.detail");
  std::vector<Weight> out;
  for (const auto& item : doc) out.push_back(Weight{item.at(0).get<std::string>(), item.at(1).get<std::int64_t>()});
  return out;
}

}  // namespace

namespace {

struct ComplaintRow {
  Id id;
  std::string number;
  std::optional<std::string> original;
  std::optional<std::string> dispute;
  ComplaintKind kind;
  Severity severity;
  Market market;
  Instant received;
  Instant accepted;
  std::string stage_list;  // the stage list it was opened under (JSON), schema 9
};

// The row of a statement selecting id, number, original_number, dispute,
// kind, severity, market, received, accepted (in that order).
ComplaintRow complaint_row(const store::Statement& q) {
  ComplaintRow r;
  r.id = q.id(0);
  r.number = q.text(1);
  r.original = q.optional_text(2);
  r.dispute = q.optional_text(3);
  r.kind = parse_complaint_kind(q.text_view(4), "kind");
  r.severity = parse_severity(q.text_view(5), "severity");
  r.market = parse_market(q.text_view(6), "market");
  r.received = instant(q.integer(7));
  r.accepted = instant(q.integer(8));
  return r;
}

std::optional<ComplaintRow> find_complaint(Store::Impl& impl, std::string_view number) {
  auto q = impl.db.use(
      "SELECT id, number, original_number, dispute, kind, severity, market, received, accepted, stage_list "
      "FROM complaints WHERE number = ?1");
  q->bind(1, number);
  if (!q->step()) return std::nullopt;
  ComplaintRow r = complaint_row(*q);
  r.stage_list = q->text(9);
  return r;
}

Complaint replay(Store::Impl& impl, const ComplaintRow& row) {
  // Under the stage list the complaint was opened under (issue 29): the
  // store's policy may have changed its stages since.
  const ComplaintPolicy& current = impl.policy.complaints();
  std::vector<ComplaintStage> stages = parse_complaint_stages(row.stage_list, "complaints.stage_list");
  std::optional<ComplaintPolicy> own;
  if (stages != current.rules().stages) own.emplace(current.under_stages(std::move(stages)));
  const ComplaintPolicy& policy = own ? *own : current;
  Complaint c = row.original
                    ? policy.reject(store_replay_complaint(impl, *row.original, "original_number"), row.number,
                                    row.received, row.accepted)
                    : policy.open(row.number, row.received, row.kind, row.severity, row.market, row.accepted,
                                  row.dispute ? std::optional<std::string_view>(*row.dispute) : std::nullopt);
  auto q = impl.db.use("SELECT kind, at, detail FROM complaint_steps WHERE complaint_id = ?1 ORDER BY seq");
  q->bind_id(1, row.id);
  std::vector<std::tuple<std::string, std::optional<std::int64_t>, std::string>> steps;
  while (q->step()) steps.emplace_back(q->text(0), q->optional_integer(1), q->text(2));
  for (const auto& [kind, at, detail] : steps) {
    if (kind == "advance") c = policy.advance(c, instant(*at), advance_options_of(detail));
    else if (kind == "invalid") c = policy.close_invalid(c, instant(*at), detail);
    else c = policy.confirm_responsibility(c, ratios_of(detail));
  }
  return c;
}

// Records a step and the cached columns of the new value.
void record_step(Store::Impl& impl, const Id& id, const char* kind, std::optional<Instant> at, const std::string& detail,
                 const Complaint& now) {
  {
    auto u = impl.db.use(
        "INSERT INTO complaint_steps (complaint_id, seq, kind, at, detail) "
        "VALUES (?1, (SELECT ifnull(max(seq), 0) + 1 FROM complaint_steps WHERE complaint_id = ?1), ?2, ?3, ?4)");
    u->bind_id(1, id).bind(2, kind).bind(3, at ? std::optional<std::int64_t>(secs(*at)) : std::nullopt).bind(4, detail);
    u->run();
  }
  auto u = impl.db.use("UPDATE complaints SET stage = ?2, closed = ?3, invalid = ?4 WHERE id = ?1");
  u->bind_id(1, id).bind(2, now.stage());
  u->bind(3, now.closed_at() ? std::optional<std::int64_t>(secs(*now.closed_at())) : std::nullopt);
  u->bind(4, now.invalid() ? 1 : 0);
  u->run();
}

ComplaintRow existing(Store::Impl& impl, std::string_view number, const char* field = "number") {
  auto row = find_complaint(impl, number);
  if (!row) throw Error(ErrorCode::not_found, field, "no complaint '" + std::string(number) + "'");
  return *row;
}

// Inserts the opening row of `c` (made by open or reject).
void insert_complaint(Store::Impl& impl, const Complaint& c, const std::optional<Id>& call_id) {
  auto u = impl.db.use(
      "INSERT INTO complaints (id, number, original_number, call_id, kind, severity, market, dispute, received, "
      "accepted, stage, stage_list) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  u->bind_id(1, impl.new_id()).bind(2, c.number()).bind(3, c.original_number()).bind_id(4, call_id);
  u->bind(5, to_string(c.kind())).bind(6, to_string(c.severity())).bind(7, to_string(c.market()));
  u->bind(8, c.dispute()).bind(9, secs(c.received())).bind(10, secs(c.accepted())).bind(11, c.stage());
  u->bind(12, complaint_stages_json(c.stages()));
  u->run();
}

// The next complaint number of the local month of `t`.
std::string next_complaint_number(Store::Impl& impl, Instant t, const char* field) {
  const Date d = impl.local_date(t, field);
  if (d.year() < 2000 || d.year() > 2099)
    throw Error(ErrorCode::out_of_range, field, format_date(d) + " is outside the numbers' years 2000..2099");
  // The policy's serial width (seeds/002 (八): two digits); the counter
  // widens the serial past it and never reuses one. One counter for all
  // centres (centre ""): the general manager's office (總經理室) gives
  // complaint numbers centrally (seeds/002 客戶投訴 (九)4).
  const std::string period = store::yymm(d);
  return period + "-" +
         detail::padded_serial(impl.next_serial("complaint", "", period), impl.policy.complaints().rules().serial_width);
}

template <class F>
std::vector<Complaint> replay_where(Store::Impl& impl, const char* sql, F bind) {
  std::vector<std::string> numbers;
  {
    auto q = impl.db.use(sql);
    bind(*q);
    while (q->step()) numbers.push_back(q->text(0));
  }
  std::vector<Complaint> out;
  out.reserve(numbers.size());
  for (const std::string& n : numbers) out.push_back(store_replay_complaint(impl, n, "number"));
  return out;
}

}  // namespace

Complaint store_replay_complaint(Store::Impl& impl, std::string_view number, const char* field) {
  const auto row = find_complaint(impl, number);
  if (!row) throw Error(ErrorCode::not_found, field, "no complaint '" + std::string(number) + "'");
  return replay(impl, *row);
}

// Issue 29: a step recorded by another source file (the approval's advance).
void store_record_complaint_step(Store::Impl& impl, const Id& id, const char* kind, std::optional<Instant> at,
                                 const std::string& detail, const Complaint& now) {
  record_step(impl, id, kind, at, detail, now);
}

// ---------------------------------------------------------------- the steps

Complaint store_open_complaint(Store::Impl& impl, const ComplaintIntake& in, Id* id) {
  impl.check_time(in.received, "received");
  if (in.accepted) impl.check_time(*in.accepted, "accepted");
  if (in.call_id) (void)impl.load(*in.call_id);
  const std::string number = next_complaint_number(impl, in.received, "received");
  Complaint c = impl.policy.complaints().open(number, in.received, in.kind, in.severity, in.market, in.accepted,
                                              in.dispute ? std::optional<std::string_view>(*in.dispute)
                                                         : std::nullopt);
  insert_complaint(impl, c, in.call_id);
  if (id) *id = find_complaint(impl, number)->id;
  return c;
}

Complaint Store::open_complaint(const ComplaintIntake& in) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  Complaint c = store_open_complaint(*impl_, in);
  tx.commit();
  return c;
}

Complaint Store::advance_complaint(std::string_view number, Instant at) {
  return advance_complaint(number, at, AdvanceOptions{}, "");
}

Complaint Store::advance_complaint(std::string_view number, Instant at, const AdvanceOptions& options,
                                   std::string_view by) {
  return advance_complaint(number, at, options, by, Meaning::current);
}

Complaint Store::advance_complaint(std::string_view number, Instant at, const AdvanceOptions& options,
                                   std::string_view by, Meaning meaning) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ComplaintRow row = existing(*impl_, number);
  impl_->check_time(at, "at");
  if (!options.call_for.empty() && by.empty())
    throw Error(ErrorCode::invalid_argument, "by", "is empty: say who calls for " + options.call_for.front());
  const Complaint before = replay(*impl_, row);
  // Sales may not answer beyond the authority (九)11: the approval stage is
  // closed by an approver of the level the amount needs.
  const ApprovalRules& approval = impl_->policy.complaints().rules().approval;
  if (meaning == Meaning::current && !approval.levels.empty() && !before.is_closed() &&
      before.stage() == approval.stage)
    throw Error(ErrorCode::state, "complaint",
                "complaint " + before.number() + " is at stage '" + approval.stage +
                    "': it is closed by an approval of the level its amount needs (approve_complaint; "
                    "complaints.approval.levels, seeds/002 (九)6)");
  // The complaint advances on its own list (the policy's only counts time).
  Complaint c = impl_->policy.complaints().advance(before, at, options);
  record_step(*impl_, row.id, "advance", at, advance_detail(options, by), c);
  // The decision is an entry of the form: who called the stage in, when.
  for (const std::string& name : options.call_for)
    store_add_complaint_entry(*impl_, row.id, before.stage(), "call_for", name, by, at);
  tx.commit();
  return c;
}

Complaint Store::close_complaint_invalid(std::string_view number, Instant at, std::string_view reason) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ComplaintRow row = existing(*impl_, number);
  impl_->check_time(at, "at");
  Complaint c = impl_->policy.complaints().close_invalid(replay(*impl_, row), at, reason);
  record_step(*impl_, row.id, "invalid", at, std::string(reason), c);
  tx.commit();
  return c;
}

Complaint Store::confirm_responsibility(std::string_view number, std::span<const Weight> ratios) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ComplaintRow row = existing(*impl_, number);
  Complaint c = impl_->policy.complaints().confirm_responsibility(replay(*impl_, row), ratios);
  record_step(*impl_, row.id, "responsibility", std::nullopt, steps_json(ratios), c);
  tx.commit();
  return c;
}

Complaint Store::reject_complaint(std::string_view number, Instant at, std::optional<Instant> accepted) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ComplaintRow row = existing(*impl_, number);
  impl_->check_time(at, "at");
  if (accepted) impl_->check_time(*accepted, "accepted");
  {
    // One rejection per decision: the chain does not fork.
    auto q = impl_->db.use("SELECT number FROM complaints WHERE original_number = ?1");
    q->bind(1, row.number);
    if (q->step())
      throw Error(ErrorCode::state, "number", "complaint " + row.number + " was already rejected: " + q->text(0));
  }
  const Complaint closed = replay(*impl_, row);
  const std::string next = next_complaint_number(*impl_, at, "at");
  Complaint c = impl_->policy.complaints().reject(closed, next, at, accepted);
  std::optional<Id> call_id;
  {
    auto q = impl_->db.use("SELECT call_id FROM complaints WHERE id = ?1");
    q->bind_id(1, row.id);
    if (q->step()) call_id = q->optional_id(0);
  }
  insert_complaint(*impl_, c, call_id);  // still about the same call
  tx.commit();
  return c;
}

Complaint Store::complaint(std::string_view number) const {
  Impl::Lock lock(*impl_);
  return store_replay_complaint(*impl_, number, "number");
}

std::vector<Reminder> Store::complaint_reminders(Instant now) const {
  Impl::Lock lock(*impl_);
  const auto open = replay_where(*impl_, "SELECT number FROM complaints WHERE closed IS NULL ORDER BY received, number",
                                 [](store::Statement&) {});
  return impl_->policy.complaints().reminders(open, now);
}

std::vector<Complaint> store_closed_in(Store::Impl& impl, YearMonth month) {
  if (month.month < 1 || month.month > 12 || month.year < min_year || month.year > max_year)
    throw Error(ErrorCode::invalid_argument, "month", format_year_month(month) + " is not a month of 1970..2199");
  const Instant from = impl.month_start(month), to = impl.month_end(month);
  return replay_where(impl,
                      "SELECT number FROM complaints WHERE closed >= ?1 AND closed <= ?2 ORDER BY closed, number",
                      [&](store::Statement& q) { q.bind(1, secs(from)).bind(2, secs(to)); });
}

std::vector<OverdueInquiry> Store::late_complaints(YearMonth month) const {
  Impl::Lock lock(*impl_);
  return impl_->policy.complaints().late_closed(store_closed_in(*impl_, month), month.year, month.month);
}

ComplaintStatistics store_complaint_statistics(Store::Impl& impl, YearMonth month, std::optional<Instant> as_of) {
  const auto closed = store_closed_in(impl, month);
  ComplaintStatistics s = impl.policy.complaints().monthly_statistics(closed, month.year, month.month);
  // Issue 29's lists, all as of one instant: the statistics are made by
  // their due day ((九)10, (十二)1: the 10th of the next month), so what is
  // recorded by its end counts, and nothing after `as_of` (default now).
  const Instant by = std::min(store_end_of_day(impl.policy.calendar(), s.due), as_of.value_or(impl.now()));
  store_improvement_statistics(impl, s, by);  // open and overdue improvements
  store_contact_statistics(impl, closed, s, by);  // visits, notifications, administrative penalties
  return s;
}

ComplaintStatistics Store::complaint_statistics(YearMonth month) const {
  Impl::Lock lock(*impl_);
  return store_complaint_statistics(*impl_, month, std::nullopt);
}

ReturnReconciliation Store::record_return(std::string_view number, ReturnKind kind, std::int64_t approved,
                                          std::int64_t actual, Fen amount, std::optional<std::int64_t> tolerance_ppm) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ComplaintRow row = existing(*impl_, number);
  if (amount < 0 || amount > (Fen{1} << 50))
    throw Error(ErrorCode::invalid_argument, "amount", std::to_string(amount) + " fen is not an amount");
  const Complaint c = replay(*impl_, row);
  if (c.invalid())
    throw Error(ErrorCode::state, "number",
                "complaint " + c.number() + " was found invalid: no return or allowance; the receivable is collected "
                "on its normal terms");
  const ReturnReconciliation r = impl_->policy.penalties().reconcile_return(approved, actual, tolerance_ppm);
  auto u = impl_->db.use(
      "INSERT INTO returns (id, complaint_id, kind, approved, actual, tolerance_ppm, decision, amount_fen, recorded, "
      "approval_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
      "(SELECT id FROM complaint_approvals WHERE complaint_id = ?2))");  // the approval it carries out (issue 29)
  u->bind_id(1, impl_->new_id()).bind_id(2, row.id).bind(3, to_string(kind)).bind(4, approved).bind(5, actual);
  u->bind(6, tolerance_ppm).bind(7, to_string(r.check)).bind(8, amount).bind(9, secs(impl_->now()));
  u->run();
  tx.commit();
  return r;
}

// ---------------------------------------------------------------- complaints as columns

ComplaintColumns Store::complaints() const {
  return complaints(earliest_record, latest_record);
}

ComplaintColumns Store::complaints(Instant from, Instant to) const {
  Impl::Lock lock(*impl_);
  std::vector<std::pair<ComplaintRow, std::optional<Id>>> rows;  // (row, call id if any)
  std::vector<std::optional<Id>> survey_ids;
  {
    auto q = impl_->db.use(
        "SELECT id, number, original_number, dispute, kind, severity, market, received, accepted, "
        "call_id, survey_id, stage_list FROM complaints WHERE received >= ?1 AND received < ?2 "
        "ORDER BY received, number");
    q->bind(1, secs(from)).bind(2, secs(to));
    while (q->step()) {
      rows.emplace_back(complaint_row(*q), q->optional_id(9));
      rows.back().first.stage_list = q->text(11);
      survey_ids.push_back(q->optional_id(10));
    }
  }
  ComplaintColumns out;
  out.survey_id.reserve(survey_ids.size());
  for (auto& s : survey_ids) out.survey_id.push_back(std::move(s));
  for (const auto& [row, call_id] : rows) {
    const Complaint c = replay(*impl_, row);
    out.number.push_back(c.number());
    out.original_number.push_back(c.original_number());
    out.call_id.push_back(call_id);
    out.kind.emplace_back(to_string(c.kind()));
    out.severity.emplace_back(to_string(c.severity()));
    out.market.emplace_back(to_string(c.market()));
    out.department.push_back(c.routing().department);
    out.stage.push_back(c.stage());
    out.received.push_back(secs(c.received()));
    out.accepted.push_back(secs(c.accepted()));
    out.deadline.push_back(secs(c.deadline()));
    out.closed_at.push_back(c.closed_at() ? std::optional<std::int64_t>(secs(*c.closed_at())) : std::nullopt);
    out.on_time.push_back(c.is_closed() ? std::optional<std::int8_t>(c.closed_on_time() ? 1 : 0) : std::nullopt);
    out.invalid.push_back(static_cast<std::int8_t>(c.invalid() ? 1 : 0));
    out.rejections.push_back(static_cast<std::int64_t>(c.rejections()));
  }
  return out;
}

// ---------------------------------------------------------------- penalties

PenaltyLedger store_replay_ledger(Store::Impl& impl, std::string_view person) {
  PenaltyLedger ledger = impl.policy.penalties().ledger();
  store_admin_charges(impl, person, ledger);  // issue 29: taken whole with their months
  auto q = impl.db.use(
      "SELECT kind, month, amount_fen, case_number FROM penalty_events WHERE person = ?1 ORDER BY seq");
  q->bind(1, person);
  while (q->step()) {
    const YearMonth m = parse_year_month(q->text_view(1), "month");
    if (q->text_view(0) == "charge")
      ledger.charge(std::string(person), m, q->integer(2), q->text(3));
    else
      (void)ledger.settle(person, m, q->integer(2));
  }
  return ledger;
}

void Store::charge_penalty(std::string_view person, YearMonth month, Fen amount, std::string_view case_number) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ComplaintRow row = existing(*impl_, case_number, "case_number");
  if (replay(*impl_, row).invalid())
    throw Error(ErrorCode::state, "case_number",
                "complaint " + row.number + " was found invalid: nobody is charged for it");
  const Date opened = impl_->local_date(row.received, "case_number");
  if (month < YearMonth{static_cast<int>(opened.year()), static_cast<int>(opened.month())})
    throw Error(ErrorCode::invalid_argument, "month",
                format_year_month(month) + " is before complaint " + row.number + " was received (" +
                    format_date(opened) + ")");
  PenaltyLedger ledger = store_replay_ledger(*impl_, person);
  ledger.charge(std::string(person), month, amount, std::string(case_number));  // its checks
  auto u = impl_->db.use(
      "INSERT INTO penalty_events (person, kind, month, amount_fen, case_number) VALUES (?1, 'charge', ?2, ?3, ?4)");
  u->bind(1, person).bind(2, format_year_month(month)).bind(3, amount).bind(4, case_number);
  u->run();
  tx.commit();
}

Settlement Store::settle_penalties(std::string_view person, YearMonth month, Fen bonus) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  PenaltyLedger ledger = store_replay_ledger(*impl_, person);
  Settlement s = ledger.settle(person, month, bonus);
  auto u = impl_->db.use(
      "INSERT INTO penalty_events (person, kind, month, amount_fen, deducted_fen, carried_fen) "
      "VALUES (?1, 'settle', ?2, ?3, ?4, ?5)");
  u->bind(1, person).bind(2, format_year_month(month)).bind(3, bonus).bind(4, s.deducted).bind(5, s.carried);
  u->run();
  tx.commit();
  return s;
}

PenaltyLedger Store::penalty_ledger(std::string_view person) const {
  Impl::Lock lock(*impl_);
  return store_replay_ledger(*impl_, person);
}

PenaltyColumns Store::penalty_events(std::optional<std::string_view> person) const {
  Impl::Lock lock(*impl_);
  PenaltyColumns out;
  auto q = impl_->db.use(
      "SELECT person, kind, month, amount_fen, case_number, deducted_fen, carried_fen "
      "FROM penalty_events WHERE ?1 IS NULL OR person = ?1 ORDER BY seq");
  q->bind(1, person);
  while (q->step()) {
    out.person.push_back(q->text(0));
    out.kind.push_back(q->text(1));
    out.month.push_back(q->text(2));
    out.amount.push_back(q->integer(3));
    out.case_number.push_back(q->optional_text(4));
    out.deducted.push_back(q->optional_integer(5));
    out.carried.push_back(q->optional_integer(6));
  }
  return out;
}

}  // namespace aftersales
