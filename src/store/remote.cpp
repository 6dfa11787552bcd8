// Calls solved by phone or remotely (issue 28; seeds 003 2.2 遠程協助: remote
// assistance before a visit; 001 电话技术服务: guiding the customer by phone
// through a simple fault). No dispatch: the call is judged against
// dispatch.remote by the same judge as every call (DispatchPolicy::judge
// with RemoteFacts). A phone attempt that fails leaves the call to a visit:
// its first response is the phone contact, its SLA verdict the visit's.
#include "store/impl.hpp"
#include "store/service_day.hpp"

#include "detail/json.hpp"

namespace aftersales {

// The names are the table's (aftersales/enum_names.hpp).
const char* to_string(RemoteMethod m) noexcept { return enum_name(m); }

std::optional<RemoteMethod> remote_method_from(std::string_view name) noexcept {
  return enum_from_name<RemoteMethod>(name);
}

std::string to_json(const RemoteContact& c) {
  const auto unix_s = [](Instant t) { return t.time_since_epoch().count(); };
  const detail::Json doc = {{"call_id", c.call_id},
                            {"technician", c.technician},
                            {"how", to_string(c.how)},
                            {"first_response", unix_s(c.first_response)},
                            {"resolved", c.resolved ? detail::Json(unix_s(*c.resolved)) : detail::Json(nullptr)},
                            {"recorded", unix_s(c.recorded)}};
  return doc.dump(2);
}

namespace {

void check_method(RemoteMethod how) {
  if (!enum_from_int<RemoteMethod>(static_cast<long long>(how)))
    throw Error(ErrorCode::invalid_argument, "how",
                std::to_string(static_cast<int>(how)) + " is not a remote method (" +
                    enum_codes_text<RemoteMethod>() + ")");
}

// The call must still wait for its dispatch and have no remote contact yet.
ServiceCall remote_candidate(Store::Impl& impl, const Id& call_id, const char* step) {
  const ServiceCall c = impl.load(call_id);
  // A call solved remotely is told so by its contact below.
  if (c.state != CallState::registered && c.state != CallState::resolved_remotely)
    impl.out_of_order(c, step, "registered and not dispatched (once dispatched it is a visit)");
  auto q = impl.db.use("SELECT resolved FROM remote_contacts WHERE call_id = ?1");
  q->bind_id(1, call_id);
  if (q->step())
    throw Error(ErrorCode::state, "call",
                "call " + c.voucher + " was already contacted remotely" +
                    (q->is_null(0) ? std::string(" (an attempt that did not solve it: dispatch it)")
                                   : " and resolved at " + impl.local_text(instant(q->integer(0)))));
  if (c.state != CallState::registered)
    impl.out_of_order(c, step, "registered and not dispatched (once dispatched it is a visit)");  // a stray state
  return c;
}

void insert_contact(Store::Impl& impl, const ServiceCall& c, std::string_view technician, RemoteMethod how,
                    Instant first, std::optional<Instant> resolved) {
  store_refuse_respondent(impl, c, technician);
  impl.ensure_technician(technician);
  // remote_contacts.received is the schema's (a trigger copies calls.received, schema version 7).
  auto u = impl.db.use(
      "INSERT INTO remote_contacts (call_id, technician, method, first_response, resolved, recorded) "
      "VALUES (?1, ?3, ?4, ?5, ?6, ?7)");
  u->bind_id(1, c.id).bind(3, technician).bind(4, to_string(how)).bind(5, secs(first));
  u->bind(6, resolved ? std::optional<std::int64_t>(secs(*resolved)) : std::nullopt).bind(7, secs(impl.now()));
  u->run();
}

}  // namespace

void Store::resolve_remotely(const Id& call_id, std::string_view technician, RemoteMethod how,
                             Instant first_response_at, Instant resolved_at) {
  Impl::Lock lock(*impl_);
  require_text(technician, "technician");
  check_method(how);
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = remote_candidate(*impl_, call_id, "resolving remotely");
  impl_->check_time(first_response_at, "first_response_at");
  impl_->check_time(resolved_at, "resolved_at");
  if (first_response_at < c.received)
    throw Error(ErrorCode::invalid_argument, "first_response_at",
                impl_->local_text(first_response_at) + " is before call " + c.voucher + " was received (" +
                    impl_->local_text(c.received) + ")");
  if (resolved_at < first_response_at)
    throw Error(ErrorCode::invalid_argument, "resolved_at",
                impl_->local_text(resolved_at) + " is before the first response (" +
                    impl_->local_text(first_response_at) + ")");
  // Solving the call ends a pause still open (as an arrival does).
  if (const auto open = impl_->open_pause(call_id)) {
    if (resolved_at < *open)
      throw Error(ErrorCode::invalid_argument, "resolved_at",
                  impl_->local_text(resolved_at) + " is before call " + c.voucher + " was paused (" +
                      impl_->local_text(*open) + ")");
    impl_->end_pause(c, resolved_at);
  }
  insert_contact(*impl_, c, technician, how, first_response_at, resolved_at);
  // Closed without a visit: its own state, so every later step refuses it
  // and a reader (C, Python, the CLI) sees it without asking for the contact.
  auto u = impl_->db.use("UPDATE calls SET state = 'resolved_remotely' WHERE id = ?1");
  u->bind_id(1, call_id);
  u->run();
  tx.commit();
}

void Store::record_remote_attempt(const Id& call_id, std::string_view technician, RemoteMethod how, Instant at) {
  Impl::Lock lock(*impl_);
  require_text(technician, "technician");
  check_method(how);
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = remote_candidate(*impl_, call_id, "a remote attempt");
  impl_->check_time(at, "at");
  impl_->not_before(at, c.received, "received", c);
  insert_contact(*impl_, c, technician, how, at, std::nullopt);
  tx.commit();
}

std::optional<RemoteContact> Store::remote_contact(const Id& call_id) const {
  Impl::Lock lock(*impl_);
  const ServiceCall c = impl_->load(call_id);  // Error(not_found) naming "call_id"
  auto q = impl_->db.use(
      "SELECT technician, method, first_response, resolved, recorded FROM remote_contacts WHERE call_id = ?1");
  q->bind_id(1, call_id);
  if (!q->step()) return std::nullopt;
  const auto how = remote_method_from(q->text_view(1));
  if (!how) throw Error(ErrorCode::storage, "method", "unknown remote method '" + q->text(1) + "' in the file");
  return RemoteContact{c.id, q->text(0), *how, instant(q->integer(2)),
                       optional_instant(q->optional_integer(3)), instant(q->integer(4))};
}

void store_refuse_respondent(Store::Impl& impl, const ServiceCall& c, std::string_view technician) {
  auto q = impl.db.use("SELECT 1 FROM surveys WHERE call_id = ?1 AND respondent = ?2");
  q->bind_id(1, c.id).bind(2, technician);
  if (q->step())
    throw Error(ErrorCode::invalid_argument, "technician",
                "'" + std::string(technician) + "' answered the survey of call " + c.voucher +
                    ": he may not be its technician (seeds/002 (二十三))");
}

std::optional<std::string> store_remote_technician(Store::Impl& impl, const Id& call_id) {
  auto q = impl.db.use("SELECT technician FROM remote_contacts WHERE call_id = ?1");
  q->bind_id(1, call_id);
  if (!q->step()) return std::nullopt;
  return q->text(0);
}

void store_refuse_if_remote(Store::Impl& impl, const ServiceCall& c, const char* step) {
  if (c.state != CallState::resolved_remotely) return;
  auto q = impl.db.use("SELECT resolved FROM remote_contacts WHERE call_id = ?1 AND resolved IS NOT NULL");
  q->bind_id(1, c.id);
  if (q->step())
    throw Error(ErrorCode::state, "call",
                "call " + c.voucher + " was resolved remotely at " + impl.local_text(instant(q->integer(0))) + ": " +
                    step + " needs a call that is still open");
}

RemoteRow store_remote_row(const store::Statement& q, int col, std::int64_t at) {
  RemoteRow row;
  row.call_id = q.id(col);
  row.technician = q.text(col + 1);
  // A contact after as_of was not known then (the call was waiting for its dispatch).
  if (q.integer(col + 2) <= at) {
    RemoteFacts facts;
    facts.first_response = instant(q.integer(col + 2));
    if (q.integer(col + 3) <= at) facts.resolved = instant(q.integer(col + 3));
    row.facts = facts;
  }
  row.has_pauses = q.integer(col + 4) != 0;
  return row;
}

void store_report_remote(Store::Impl& impl, MonthlyReport& r, std::int64_t from, std::int64_t to,
                         std::int64_t first_response_seconds) {
  const std::int64_t at = secs(r.as_of);
  auto q = impl.db.use(
      "SELECT "
      // a first contact before the dispatch (by as_of): the earlier response replaces the dispatch's
      "ifnull(sum(CASE WHEN c.dispatched <= ?3 AND r.first_response < c.dispatched "
      "THEN r.first_response - c.dispatched END), 0), "
      // no dispatch by as_of: the contact is the call's first response
      "count(CASE WHEN c.dispatched IS NULL OR c.dispatched > ?3 THEN 1 END), "
      "ifnull(sum(CASE WHEN c.dispatched IS NULL OR c.dispatched > ?3 THEN r.first_response - r.received END), 0), "
      "count(CASE WHEN r.resolved <= ?3 THEN 1 END), count(*) "
      "FROM remote_contacts r JOIN calls c ON c.id = r.call_id "
      "WHERE r.received >= ?1 AND r.received < ?2 AND r.received <= ?3 AND r.first_response <= ?3");
  q->bind(1, from).bind(2, to).bind(3, at);
  q->step();
  if (q->integer(4) == 0) return;  // no remote contact: the dispatch figures stand
  const std::int64_t responded = r.responded + q->integer(1);
  // The dispatches' raw sum from store_report_as_of (its mean is rounded).
  const std::int64_t total = first_response_seconds + q->integer(0) + q->integer(2);
  r.responded = responded;
  r.mean_first_response =
      responded == 0 ? std::nullopt : std::optional<Seconds>(Seconds((total + responded / 2) / responded));
  r.remote_resolved = q->integer(3);
}

}  // namespace aftersales
