// Issue 29 items 5 and 6: the complaining customer told and visited
// (seeds/002 家電 (二十六), (二十八)) and the administrative penalties on
// record (客戶投訴行政處罰準則 (四)-(六), 客戶投訴管理辦法 (十二)1), each one
// transaction, with UUID ids (not penalty_events.seq: not sync-safe).
#include <aftersales/enum_names.hpp>

#include "store/contacts.hpp"
#include "store/impl.hpp"

#include "detail/json.hpp"

#include <algorithm>
#include <limits>

namespace aftersales {

const char* to_string(ContactKind k) noexcept { return enum_name(k); }
const char* to_string(ContactMethod m) noexcept { return enum_name(m); }
ContactKind parse_contact_kind(std::string_view text, std::string_view field) {
  return parse_enum<ContactKind>(text, field);
}
ContactMethod parse_contact_method(std::string_view text, std::string_view field) {
  return parse_enum<ContactMethod>(text, field);
}

namespace {

// The stored complaint `number`: its id and its value replayed.
std::pair<Id, Complaint> stored_complaint(Store::Impl& impl, std::string_view number, const char* field) {
  Id id = store_complaint_id(impl, number, field);
  return {std::move(id), store_replay_complaint(impl, number, field)};
}

YearMonth month_of(Date d) { return YearMonth{static_cast<int>(d.year()), static_cast<int>(d.month())}; }

}  // namespace

// ---------------------------------------------------------------- contacts

namespace {

// (九)11: sales may not answer the customer beyond the authority: the
// amount told is at most what the approval committed (批示事項據以轉答).
void check_told_amount(Store::Impl& impl, const Id& id, const Complaint& c, const ContactIntake& in) {
  if (in.kind != ContactKind::notification)
    throw Error(ErrorCode::invalid_argument, "amount", "is given for a visit: only a notification tells an amount");
  if (*in.amount < 0) throw Error(ErrorCode::invalid_argument, "amount", std::to_string(*in.amount) + " fen is negative");
  if (*in.amount == 0) return;
  auto q = impl.db.use("SELECT level, amount_fen FROM complaint_approvals WHERE complaint_id = ?1");
  q->bind_id(1, id);
  if (!q->step())
    throw Error(ErrorCode::invalid_argument, "amount",
                format_yuan(*in.amount) + " yuan for complaint " + c.number() +
                    ", which has no approval: sales may not promise beyond the authority (seeds/002 (九)11)");
  if (*in.amount > q->integer(1))
    throw Error(ErrorCode::invalid_argument, "amount",
                format_yuan(*in.amount) + " yuan is above the " + format_yuan(q->integer(1)) + " yuan " + q->text(0) +
                    " approved for complaint " + c.number() + ": sales may not promise beyond the approval (seeds/002 (九)11)");
}

}  // namespace

Id Store::record_contact(std::string_view number, const ContactIntake& in) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const auto [id, c] = stored_complaint(*impl_, number, "number");
  require_text(in.by, "by");
  store::check_comment(in.note, "note");
  if (!enum_from_int<ContactKind>(static_cast<long long>(in.kind)))
    throw Error(ErrorCode::invalid_argument, "kind",
                std::to_string(static_cast<int>(in.kind)) + " is not a contact kind (" + enum_names_text<ContactKind>() + ")");
  if (!enum_from_int<ContactMethod>(static_cast<long long>(in.how)))
    throw Error(ErrorCode::invalid_argument, "how",
                std::to_string(static_cast<int>(in.how)) + " is not a contact method (" + enum_names_text<ContactMethod>() + ")");
  impl_->check_time(in.at, "at");
  if (in.at < c.received())
    throw Error(ErrorCode::invalid_argument, "at",
                impl_->local_text(in.at) + " is before complaint " + c.number() + " was received (" +
                    impl_->local_text(c.received()) + ")");
  if (in.kind == ContactKind::visit) {
    // (二十八): the supervisor or his delegate goes to the customer (親自或專門派員前往).
    if (in.how != ContactMethod::visit)
      throw Error(ErrorCode::invalid_argument, "how",
                  std::string(to_string(in.how)) + " for a visit: the supervisor or his delegate goes in person (visit)");
  } else {
    // (二十六): the result is told to the customer: a serious case's by
    // letter (函告), a general one's in writing or by phone.
    if (in.how == ContactMethod::visit)
      throw Error(ErrorCode::invalid_argument, "how",
                  "visit for a notification: the result is told by letter or by phone (a visit is recorded as one)");
    const std::vector<ContactMethod>& methods = impl_->policy.complaints().rules().routing.notify_by.at(c.severity());
    if (std::find(methods.begin(), methods.end(), in.how) == methods.end()) {
      std::string allowed;
      for (const ContactMethod m : methods) allowed += std::string(allowed.empty() ? "" : " or ") + to_string(m);
      throw Error(ErrorCode::invalid_argument, "how",
                  std::string(to_string(in.how)) + " for complaint " + c.number() + ", a " + to_string(c.severity()) +
                      " case: its result is told by " + allowed + " (complaints.routing.notify_by." +
                      to_string(c.severity()) + ", 家電 (二十六))");
    }
    // The result exists once the case is decided: the complaint is closed
    // (approval by authority is its last stage, (九)6, (九)11).
    if (!c.is_closed())
      throw Error(ErrorCode::state, "complaint",
                  "complaint " + c.number() + " is still open (at " + c.stage() +
                      "): the customer is told the result once it is decided");
    if (in.at < *c.closed_at())
      throw Error(ErrorCode::invalid_argument, "at",
                  impl_->local_text(in.at) + " is before complaint " + c.number() + " was decided (" +
                      impl_->local_text(*c.closed_at()) + ")");
  }
  if (in.amount) check_told_amount(*impl_, id, c, in);
  const Id contact = impl_->new_id();
  auto u = impl_->db.use(
      "INSERT INTO complaint_contacts (id, complaint_id, kind, how, by_person, at, note, recorded, amount_fen) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  u->bind_id(1, contact).bind_id(2, id).bind(3, to_string(in.kind)).bind(4, to_string(in.how)).bind(5, in.by);
  u->bind(6, secs(in.at)).bind(7, in.note).bind(8, secs(impl_->now()));
  if (in.amount) u->bind(9, *in.amount);
  u->run();
  tx.commit();
  return contact;
}

std::vector<ComplaintContact> Store::contacts(std::string_view number) const {
  Impl::Lock lock(*impl_);
  auto q = impl_->db.use(
      "SELECT t.id, t.kind, t.how, t.by_person, t.at, t.note, t.recorded, t.amount_fen FROM complaints c "
      "LEFT JOIN complaint_contacts t ON t.complaint_id = c.id WHERE c.number = ?1 ORDER BY t.at, t.recorded, t.id");
  q->bind(1, number);
  std::vector<ComplaintContact> out;
  bool found = false;
  while (q->step()) {
    found = true;
    if (!q->optional_id(0)) continue;  // the complaint, with no contact
    ComplaintContact c;
    c.id = q->id(0);
    c.number = std::string(number);
    c.kind = parse_contact_kind(q->text_view(1), "kind");
    c.how = parse_contact_method(q->text_view(2), "how");
    c.by = q->text(3);
    c.at = instant(q->integer(4));
    c.note = q->text(5);
    c.recorded = instant(q->integer(6));
    c.amount = q->optional_integer(7);
    out.push_back(std::move(c));
  }
  if (!found) throw Error(ErrorCode::not_found, "number", "no complaint '" + std::string(number) + "'");
  return out;
}

// ---------------------------------------------------------------- administrative penalties

Id Store::record_admin_penalty(const AdminPenaltyIntake& in) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const auto [id, c] = stored_complaint(*impl_, in.case_number, "case_number");
  // (十二)1: the office reviews the cases closed last month; those decided
  // for an administrative penalty go to the personnel unit's 人事公布單.
  if (!c.is_closed())
    throw Error(ErrorCode::state, "case_number",
                "complaint " + c.number() + " is still open (at " + c.stage() +
                    "): administrative penalties are decided on closed cases ((十二)1)");
  if (c.invalid())
    throw Error(ErrorCode::state, "case_number", "complaint " + c.number() + " was found invalid: nobody is penalised for it");
  require_text(in.person, "person");
  const auto& offences = impl_->policy.penalties().offences();
  if (std::find(offences.begin(), offences.end(), in.offence) == offences.end()) {
    std::string names;
    for (const auto& o : offences) names.append(names.empty() ? "" : ", ").append(o);
    throw Error(ErrorCode::invalid_argument, "offence",
                "unknown offence '" + in.offence + "' (penalties.offences: " + names + ")");
  }
  if (!enum_from_int<AdminPenalty>(static_cast<long long>(in.kind)))
    throw Error(ErrorCode::invalid_argument, "kind",
                std::to_string(static_cast<int>(in.kind)) + " is not an administrative penalty (" +
                    enum_names_text<AdminPenalty>() + ")");
  const bool major = in.kind == AdminPenalty::major_demerit;
  // 行政處罰準則 (五): at least the policy's minimum per count; a major
  // demerit's amount is the month's bonus, known at the settlement.
  const Fen amount = impl_->policy.penalties().administrative_deduction(
      in.kind, in.count, major ? std::optional<Fen>(0) : std::nullopt, in.amount);
  require_text(in.notice_number, "notice_number");
  if (in.notice_date.is_special()) throw Error(ErrorCode::invalid_argument, "notice_date", "is not a date");
  const Date closed = impl_->local_date(*c.closed_at(), "case_number");
  const Date today = impl_->local_date(impl_->now(), "notice_date");
  if (in.notice_date < closed)
    throw Error(ErrorCode::invalid_argument, "notice_date",
                format_date(in.notice_date) + " is before complaint " + c.number() + " was closed (" +
                    format_date(closed) + ")");
  if (in.notice_date > today)
    throw Error(ErrorCode::invalid_argument, "notice_date",
                format_date(in.notice_date) + " is in the future (today is " + format_date(today) + ")");
  const Date received = impl_->local_date(c.received(), "case_number");
  if (in.month.month >= 1 && in.month.month <= 12 && in.month < month_of(received))
    throw Error(ErrorCode::invalid_argument, "month",
                format_year_month(in.month) + " is before complaint " + c.number() + " was received (" +
                    format_date(received) + ")");
  // The ledger's own checks (person, month, count; the month not settled).
  PenaltyLedger ledger = store_replay_ledger(*impl_, in.person);
  ledger.penalize(AdminCharge{in.person, in.month, c.number(), in.kind, in.count, major ? 0 : amount});

  const Id penalty = impl_->new_id();
  auto u = impl_->db.use(
      "INSERT INTO admin_penalties (id, person, complaint_id, offence, kind, count, amount_fen, notice_number, "
      "notice_date, month, recorded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  u->bind_id(1, penalty).bind(2, in.person).bind_id(3, id).bind(4, in.offence).bind(5, to_string(in.kind));
  u->bind(6, in.count).bind(7, major ? std::nullopt : std::optional<std::int64_t>(amount)).bind(8, in.notice_number);
  u->bind(9, format_date(in.notice_date)).bind(10, format_year_month(in.month)).bind(11, secs(impl_->now()));
  u->run();
  tx.commit();
  return penalty;
}

namespace {

// The columns admin_row reads (a macro: Db::use keeps its statements by
// the address of their literal text).
#define AFTERSALES_ADMIN_SELECT                                                                                  \
  "SELECT a.id, a.person, c.number, a.offence, a.kind, a.count, a.amount_fen, a.notice_number, a.notice_date, " \
  "a.month, a.recorded, c.closed FROM admin_penalties a JOIN complaints c ON c.id = a.complaint_id "

AdminPenaltyRecord admin_row(Store::Impl& impl, const store::Statement& q) {
  AdminPenaltyRecord r;
  r.id = q.id(0);
  r.person = q.text(1);
  r.case_number = q.text(2);
  r.offence = q.text(3);
  r.kind = parse_admin_penalty(q.text_view(4), "kind");
  r.count = static_cast<int>(q.integer(5));
  r.amount = q.optional_integer(6);
  r.notice_number = q.text(7);
  r.notice_date = parse_date(q.text_view(8), "notice_date");
  r.month = parse_year_month(q.text_view(9), "month");
  r.recorded = instant(q.integer(10));
  // (十二)1: published by the statistics day of the month after the closing.
  const Date closed = impl.policy.calendar().local_date(instant(q.integer(11)));
  r.due = impl.policy.complaints().statistics_due(static_cast<int>(closed.year()),
                                                  static_cast<int>(static_cast<unsigned>(closed.month())));
  return r;
}

AdminCharge charge_of(const AdminPenaltyRecord& r) {
  return AdminCharge{r.person, r.month, r.case_number, r.kind, r.count, r.amount.value_or(0)};
}

}  // namespace

std::vector<AdminPenaltyRecord> Store::admin_penalties(std::optional<std::string_view> person) const {
  Impl::Lock lock(*impl_);
  auto q = impl_->db.use(AFTERSALES_ADMIN_SELECT
                         "WHERE ?1 IS NULL OR a.person = ?1 ORDER BY a.month, a.recorded, a.id");
  q->bind(1, person);
  std::vector<AdminPenaltyRecord> out;
  while (q->step()) out.push_back(admin_row(*impl_, *q));
  return out;
}

void store_admin_charges(Store::Impl& impl, std::string_view person, PenaltyLedger& ledger) {
  std::vector<AdminPenaltyRecord> rows;
  {
    auto q = impl.db.use(AFTERSALES_ADMIN_SELECT "WHERE a.person = ?1 ORDER BY a.recorded, a.id");
    q->bind(1, person);
    while (q->step()) rows.push_back(admin_row(impl, *q));
  }
  for (const AdminPenaltyRecord& r : rows) ledger.penalize(charge_of(r));
}

void store_contact_statistics(Store::Impl& impl, std::span<const Complaint> closed, ComplaintStatistics& st,
                              std::optional<Instant> as_of) {
  // By the events' own times (a contact's at, a notice's date), as the
  // improvements go by theirs: a record entered late still counts where it
  // happened.
  const std::int64_t by = as_of ? secs(*as_of) : std::numeric_limits<std::int64_t>::max();
  const std::string by_day = as_of ? format_date(impl.policy.calendar().local_date(*as_of)) : "9999-12-31";
  for (const Complaint& c : closed) {
    bool visited = false, notified = false;
    {
      auto q = impl.db.use(
          "SELECT t.kind FROM complaint_contacts t JOIN complaints c ON c.id = t.complaint_id WHERE c.number = ?1 "
          "AND t.at <= ?2");
      q->bind(1, c.number()).bind(2, by);
      while (q->step()) (q->text_view(0) == "visit" ? visited : notified) = true;
    }
    if (c.supervisor_visit() && !visited) st.unvisited.push_back(c.number());
    if (!notified) st.unnotified.push_back(c.number());
    auto q = impl.db.use(AFTERSALES_ADMIN_SELECT
                         "WHERE c.number = ?1 AND a.notice_date <= ?2 ORDER BY a.recorded, a.id");
    q->bind(1, c.number()).bind(2, by_day);
    while (q->step()) st.admin_penalties.push_back(charge_of(admin_row(impl, *q)));
  }
}

// ---------------------------------------------------------------- JSON

std::string to_json(const std::vector<ComplaintContact>& contacts) {
  detail::Json out = detail::Json::array();
  for (const ComplaintContact& c : contacts)
    out.push_back({{"id", c.id}, {"number", c.number}, {"kind", to_string(c.kind)}, {"how", to_string(c.how)},
                   {"by", c.by}, {"at", secs(c.at)}, {"note", c.note}, {"recorded", secs(c.recorded)},
                   {"amount_fen", c.amount ? detail::Json(*c.amount) : detail::Json()}});
  return out.dump();
}

std::string to_json(const std::vector<AdminPenaltyRecord>& penalties) {
  detail::Json out = detail::Json::array();
  for (const AdminPenaltyRecord& p : penalties)
    out.push_back({{"id", p.id},
                   {"person", p.person},
                   {"case_number", p.case_number},
                   {"offence", p.offence},
                   {"kind", to_string(p.kind)},
                   {"count", p.count},
                   {"amount_fen", p.amount ? detail::Json(*p.amount) : detail::Json(nullptr)},
                   {"notice_number", p.notice_number},
                   {"notice_date", format_date(p.notice_date)},
                   {"month", format_year_month(p.month)},
                   {"recorded", secs(p.recorded)},
                   {"due", format_date(p.due)},
                   {"late", p.late()}});
  return out.dump();
}

std::string contact_statistics_json(const ComplaintStatistics& st) {
  detail::Json penalties = detail::Json::array();
  for (const AdminCharge& a : st.admin_penalties)
    penalties.push_back({{"person", a.person},
                         {"month", format_year_month(a.month)},
                         {"case_number", a.case_id},
                         {"kind", to_string(a.kind)},
                         {"count", a.count},
                         {"amount_fen", a.amount}});
  return detail::Json{{"unvisited", st.unvisited}, {"unnotified", st.unnotified}, {"admin_penalties", penalties}}
      .dump();
}

}  // namespace aftersales
