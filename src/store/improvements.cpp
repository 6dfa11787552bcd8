// Improvement actions in the store (issue 29 item 4; seeds/002 (七)3(5)
// 客戶投訴改善案的提出、洽辦、執行成果的督促及效果確認, (九)7 改善方法是否需
// 列入追蹤(人為疏忽免列案追蹤), (九)10 檢查改善對策): opened from a case,
// confirmed effective or closed ineffective and reopened (linked); a case
// may be exempt from tracking. Overdue is the SLA judge's verdict on the
// deadline "end of the due day" (one judge per verdict, as overdue invoices).
#include "store/impl.hpp"

namespace aftersales {

namespace {

#define AS_IMPROVEMENT_COLUMNS \
  "SELECT i.id, c.number, i.action, i.owner, i.due, i.opened, i.state, i.closed, i.closed_by, i.reopens " \
  "FROM improvements i JOIN complaints c ON c.id = i.complaint_id "

Improvement improvement_row(const store::Statement& q) {
  Improvement m;
  m.id = q.id(0);
  m.number = q.text(1);
  m.action = q.text(2);
  m.owner = q.text(3);
  m.due = parse_date(q.text_view(4), "improvements.due");
  m.opened = instant(q.integer(5));
  m.state = parse_improvement_state(q.text_view(6), "improvements.state");
  m.closed_at = optional_instant(q.optional_integer(7));
  m.closed_by = q.optional_text(8);
  m.reopens = q.optional_id(9);
  return m;
}

template <class Bind>
std::vector<Improvement> select(Store::Impl& impl, const char* sql, Bind bind) {
  std::vector<Improvement> out;
  auto q = impl.db.use(sql);
  bind(*q);
  while (q->step()) out.push_back(improvement_row(*q));
  return out;
}

Improvement load(Store::Impl& impl, const Id& id) {
  auto rows = select(impl, AS_IMPROVEMENT_COLUMNS "WHERE i.id = ?1", [&](store::Statement& q) { q.bind_id(1, id); });
  if (rows.empty()) throw Error(ErrorCode::not_found, "id", "no improvement '" + id + "'");
  return rows.front();
}

struct CaseRow {
  Id id;
  Instant received;
  bool invalid;
};

CaseRow case_of(Store::Impl& impl, std::string_view number) {
  auto q = impl.db.use("SELECT id, received, invalid FROM complaints WHERE number = ?1");
  q->bind(1, number);
  if (!q->step()) throw Error(ErrorCode::not_found, "number", "no complaint '" + std::string(number) + "'");
  return {q->id(0), instant(q->integer(1)), q->integer(2) != 0};
}

std::optional<TrackingExemptionRecord> exemption_of(Store::Impl& impl, const Id& complaint_id, std::string_view number) {
  auto q = impl.db.use("SELECT reason, decided_by, at FROM tracking_exemptions WHERE complaint_id = ?1");
  q->bind_id(1, complaint_id);
  if (!q->step()) return std::nullopt;
  return TrackingExemptionRecord{std::string(number),
                                 parse_tracking_exemption(q->text_view(0), "tracking_exemptions.reason"), q->text(1),
                                 instant(q->integer(2))};
}

// The checks and the row of a new improvement on `number` (fields named
// under `prefix`), opened at `opened`; `reopens` the ineffective one.
Improvement insert_improvement(Store::Impl& impl, std::string_view number, const ImprovementIntake& in, Instant opened,
                               const std::optional<Id>& reopens, const std::string& prefix) {
  const CaseRow c = case_of(impl, number);
  const std::string n(number);
  if (const auto ex = exemption_of(impl, c.id, number))
    throw Error(ErrorCode::state, "number",
                "complaint " + n + " is exempt from tracking (" + to_string(ex->reason) +
                    ", seeds/002 (九)7 人為疏忽免列案追蹤): no improvement is tracked on it");
  if (c.invalid)
    throw Error(ErrorCode::state, "number", "complaint " + n + " was found invalid: there is nothing to improve");
  require_text(in.action, with_prefix(prefix, "action"));
  require_text(in.owner, with_prefix(prefix, "owner"));
  if (!reopens) {
    impl.check_time(opened, "opened");
    if (opened < c.received)
      throw Error(ErrorCode::invalid_argument, "opened",
                  impl.local_text(opened) + " is before complaint " + n + " was received (" +
                      impl.local_text(c.received) + ")");
  }
  const std::string due_field = with_prefix(prefix, "due");
  if (in.due.is_special()) throw Error(ErrorCode::invalid_argument, due_field, "is not a date");
  const Date on = impl.local_date(opened, reopens ? "at" : "opened");
  if (in.due < on)
    throw Error(ErrorCode::invalid_argument, due_field,
                format_date(in.due) + " is before the improvement is opened (" + format_date(on) + ")");
  (void)impl.local_date(store_end_of_day(impl.policy.calendar(), in.due), due_field);  // within the calendar

  Improvement m;
  m.id = impl.new_id();
  m.number = n;
  m.action = in.action;
  m.owner = in.owner;
  m.due = in.due;
  m.opened = opened;
  m.reopens = reopens;
  auto u = impl.db.use(
      "INSERT INTO improvements (id, complaint_id, action, owner, due, opened, state, reopens) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7)");
  u->bind_id(1, m.id).bind_id(2, c.id).bind(3, m.action).bind(4, m.owner).bind(5, format_date(m.due));
  u->bind(6, secs(m.opened)).bind_id(7, reopens);
  u->run();
  return m;
}

// Closes the open improvement `id` as `state` (confirmed / ineffective).
Improvement close(Store::Impl& impl, const Id& id, ImprovementState state, std::string_view by, Instant at) {
  Improvement m = load(impl, id);
  if (m.state != ImprovementState::open)
    throw Error(ErrorCode::state, "improvement",
                "improvement " + id + " of complaint " + m.number + " is " + to_string(m.state) + " already");
  require_text(by, "by");
  impl.check_time(at, "at");
  if (at < m.opened)
    throw Error(ErrorCode::invalid_argument, "at",
                impl.local_text(at) + " is before the improvement was opened (" + impl.local_text(m.opened) + ")");
  auto u = impl.db.use("UPDATE improvements SET state = ?2, closed = ?3, closed_by = ?4 WHERE id = ?1");
  u->bind_id(1, id).bind(2, to_string(state)).bind(3, secs(at)).bind(4, by);
  u->run();
  m.state = state;
  m.closed_at = at;
  m.closed_by = std::string(by);
  return m;
}

// The improvements opened by `as_of` and not closed by then, as they stood
// (state open, no closing), by due then opened.
std::vector<Improvement> open_at(Store::Impl& impl, Instant as_of) {
  auto out = select(impl, AS_IMPROVEMENT_COLUMNS "WHERE i.opened <= ?1 AND (i.closed IS NULL OR i.closed > ?1) ORDER BY i.due, i.opened, i.id",
                    [&](store::Statement& q) { q.bind(1, secs(as_of)); });
  for (Improvement& m : out) {
    m.state = ImprovementState::open;
    m.closed_at.reset();
    m.closed_by.reset();
  }
  return out;
}

// Of the open ones, those the judge finds breached at `as_of`: the awaited
// step is the improvement's closing, its deadline the end of the due day.
std::vector<Improvement> overdue_of(Store::Impl& impl, std::vector<Improvement> open, Instant as_of) {
  std::vector<Improvement> out;
  const Calendar& cal = impl.policy.calendar();
  for (Improvement& m : open) {
    const SlaFacts facts{m.opened, {}, {}, std::nullopt, store_end_of_day(cal, m.due)};
    if (impl.policy.dispatch().judge(facts, as_of).state == SlaState::breached) out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

Improvement Store::open_improvement(std::string_view number, const ImprovementIntake& in) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  Improvement m = insert_improvement(*impl_, number, in, in.opened, std::nullopt, "");
  tx.commit();
  return m;
}

Improvement Store::confirm_improvement(const Id& id, std::string_view by, Instant at) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  Improvement m = close(*impl_, id, ImprovementState::confirmed, by, at);
  tx.commit();
  return m;
}

Improvement Store::reopen_improvement(const Id& id, std::string_view by, Instant at, const ImprovementIntake& reopened) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const Improvement old = close(*impl_, id, ImprovementState::ineffective, by, at);
  Improvement m = insert_improvement(*impl_, old.number, reopened, at, old.id, "reopened");
  tx.commit();
  return m;
}

TrackingExemptionRecord Store::exempt_from_tracking(std::string_view number, TrackingExemption reason,
                                                    std::string_view decided_by, Instant at) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const CaseRow c = case_of(*impl_, number);
  const std::string n(number);
  if (!enum_from_int<TrackingExemption>(static_cast<long long>(reason)))
    throw Error(ErrorCode::invalid_argument, "reason",
                std::to_string(static_cast<int>(reason)) + " is not a tracking exemption");
  if (const auto ex = exemption_of(*impl_, c.id, number))
    throw Error(ErrorCode::state, "number", "complaint " + n + " is exempt from tracking already (" +
                                                to_string(ex->reason) + ", by " + ex->decided_by + ")");
  {
    auto q = impl_->db.use("SELECT count(*) FROM improvements WHERE complaint_id = ?1");
    q->bind_id(1, c.id);
    q->step();
    if (q->integer(0) > 0)
      throw Error(ErrorCode::state, "number",
                  "complaint " + n + " has " + std::to_string(q->integer(0)) +
                      " improvement(s) on record: it is tracked already");
  }
  require_text(decided_by, "decided_by");
  impl_->check_time(at, "at");
  if (at < c.received)
    throw Error(ErrorCode::invalid_argument, "at",
                impl_->local_text(at) + " is before complaint " + n + " was received (" +
                    impl_->local_text(c.received) + ")");
  auto u = impl_->db.use(
      "INSERT INTO tracking_exemptions (complaint_id, reason, decided_by, at) VALUES (?1, ?2, ?3, ?4)");
  u->bind_id(1, c.id).bind(2, to_string(reason)).bind(3, decided_by).bind(4, secs(at));
  u->run();
  tx.commit();
  return TrackingExemptionRecord{n, reason, std::string(decided_by), at};
}

std::optional<TrackingExemptionRecord> Store::tracking_exemption(std::string_view number) const {
  Impl::Lock lock(*impl_);
  return exemption_of(*impl_, case_of(*impl_, number).id, number);
}

Improvement Store::improvement(const Id& id) const {
  Impl::Lock lock(*impl_);
  return load(*impl_, id);
}

std::vector<Improvement> Store::improvements(std::optional<std::string_view> number) const {
  Impl::Lock lock(*impl_);
  if (number) (void)case_of(*impl_, *number);
  return select(*impl_, AS_IMPROVEMENT_COLUMNS "WHERE ?1 IS NULL OR c.number = ?1 ORDER BY i.opened, i.id",
                [&](store::Statement& q) { q.bind(1, number); });
}

std::vector<Improvement> Store::open_improvements(Instant as_of) const {
  Impl::Lock lock(*impl_);
  return open_at(*impl_, as_of);
}

std::vector<Improvement> Store::overdue_improvements(Instant as_of) const {
  Impl::Lock lock(*impl_);
  return overdue_of(*impl_, open_at(*impl_, as_of), as_of);
}

void store_improvement_statistics(Store::Impl& impl, ComplaintStatistics& s, Instant as_of) {
  const Instant by = std::min(store_end_of_day(impl.policy.calendar(), s.due), as_of);
  s.open_improvements = open_at(impl, by);
  s.overdue_improvements = overdue_of(impl, s.open_improvements, by);
}

}  // namespace aftersales
