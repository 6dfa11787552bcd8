// Issue 28 items 3 and 4 (seeds/002 (十二)(十四)(二十三)(二十四)): the
// carry-in controls (the supervisor's inspection before the return, the
// receipt voided at it, the overdue repairs) and the surveys of every call
// (coverage, the calls not surveyed, a complaint from a dissatisfied survey).
#include "store/impl.hpp"
#include "store/service_day.hpp"

#include "detail/json.hpp"

#include <map>

namespace aftersales {

namespace {

// The first instant of local day `d`.
Instant day_start(const Store::Impl& impl, Date d) {
  using namespace std::chrono;
  const year_month_day ymd{year(d.year()), month(static_cast<unsigned>(d.month())), day(static_cast<unsigned>(d.day()))};
  return impl.policy.calendar().to_utc(LocalTime(local_days(ymd)));
}

void check_date(Date d, const char* field) {
  if (d.is_special()) throw Error(ErrorCode::invalid_argument, field, "is not a date");
  if (d.year() < min_year || d.year() > max_year)
    throw Error(ErrorCode::invalid_argument, field, format_date(d) + " is outside " + std::to_string(min_year) + ".." +
                                                        std::to_string(max_year));
}

constexpr const char* carry_in_select =
    "SELECT k.call_id, c.voucher, k.receipt, c.centre, cu.name, c.phone, u.product, u.serial, c.technician, k.taken, "
    "k.promised, k.inspected_by, k.inspected, k.returned, k.signed_off "
    "FROM carry_ins k JOIN calls c ON c.id = k.call_id JOIN customers cu ON cu.id = c.customer_id "
    "JOIN units u ON u.id = c.unit_id ";

CarryIn carry_in_row(const store::Statement& q) {
  CarryIn r;
  r.call_id = q.id(0);
  r.voucher = q.text(1);
  r.receipt = q.text(2);
  r.centre = q.text(3);
  r.customer = q.text(4);
  r.phone = q.text(5);
  r.product = q.text(6);
  r.serial = q.text(7);
  r.technician = q.optional_text(8);
  r.taken = instant(q.integer(9));
  r.promised = parse_date(q.text_view(10), "promised");
  r.inspected_by = q.optional_text(11);
  r.inspected = optional_instant(q.optional_integer(12));
  r.returned = optional_instant(q.optional_integer(13));
  if (const auto s = q.optional_integer(14)) r.signed_off = *s != 0;
  r.voided = r.returned;  // the receipt is voided at the return (schema version 7 derives it)
  return r;
}

bool is_supervisor(Store::Impl& impl, std::string_view centre, std::string_view person) {
  auto q = impl.db.use("SELECT 1 FROM supervisors WHERE centre = ?1 AND technician = ?2");
  q->bind(1, centre).bind(2, person);
  return q->step();
}

// The stored survey of a call, if any (with its complaint's number).
std::optional<Survey> find_survey(Store::Impl& impl, const ServiceCall& c) {
  auto q = impl.db.use(
      "SELECT s.id, s.technician, s.respondent, s.attitude, s.skill, s.arrival, s.promise, s.comment, s.recorded, "
      "k.number FROM surveys s LEFT JOIN complaints k ON k.id = s.complaint_id WHERE s.call_id = ?1");
  q->bind_id(1, c.id);
  if (!q->step()) return std::nullopt;
  Survey s;
  s.id = q->id(0);
  s.call_id = c.id;
  s.voucher = c.voucher;
  s.centre = c.centre;
  s.technician = q->optional_text(1);
  s.respondent = q->text(2);
  s.answers = survey_answers(q->integer(3), q->integer(4), q->integer(5), q->integer(6));
  s.comment = q->text(7);
  s.recorded = instant(q->integer(8));
  s.complaint = q->optional_text(9);
  return s;
}

}  // namespace

// ---------------------------------------------------------------- supervisors

void Store::appoint_supervisor(std::string_view centre, std::string_view person) {
  Impl::Lock lock(*impl_);
  require_text(centre, "centre");
  require_text(person, "person");
  Impl::Write tx(*impl_, __func__);
  impl_->ensure_station(std::string(centre));
  impl_->ensure_technician(person);
  auto u = impl_->db.use(
      "INSERT INTO supervisors (centre, technician, appointed) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
  u->bind(1, centre).bind(2, person).bind(3, secs(impl_->now()));
  u->run();
  tx.commit();
}

std::vector<std::string> Store::supervisors(std::string_view centre) const {
  Impl::Lock lock(*impl_);
  auto q = impl_->db.use("SELECT technician FROM supervisors WHERE centre = ?1 ORDER BY technician");
  q->bind(1, centre);
  std::vector<std::string> out;
  while (q->step()) out.push_back(q->text(0));
  return out;
}

// ---------------------------------------------------------------- carry-ins

void Store::inspect_repair(const Id& call_id, std::string_view supervisor, Instant at) {
  Impl::Lock lock(*impl_);
  require_text(supervisor, "supervisor");
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::carried_in) impl_->out_of_order(c, "the supervisor's inspection", "carried in");
  if (!is_supervisor(*impl_, c.centre, supervisor))
    throw Error(ErrorCode::invalid_argument, "supervisor",
                "'" + std::string(supervisor) + "' is not a supervisor of centre '" + c.centre +
                    "' (appoint_supervisor; seeds/002 (十二): 經主任驗訖)");
  // The inspection checks the technician's work: never his own.
  if (c.technician && supervisor == *c.technician)
    throw Error(ErrorCode::invalid_argument, "supervisor",
                "'" + std::string(supervisor) + "' is the call's own technician: he does not inspect his own repair");
  {
    auto q = impl_->db.use("SELECT taken, inspected, inspected_by FROM carry_ins WHERE call_id = ?1");
    q->bind_id(1, call_id);
    if (!q->step()) throw Error(ErrorCode::storage, "call", "carried-in call " + c.voucher + " has no receipt");
    if (const auto done = q->optional_integer(1))
      throw Error(ErrorCode::state, "call",
                  "call " + c.voucher + " was already inspected by " + q->text(2) + " at " +
                      impl_->local_text(instant(*done)));
    impl_->check_time(at, "at");
    impl_->not_before(at, instant(q->integer(0)), "carried in", c);
  }
  auto u = impl_->db.use("UPDATE carry_ins SET inspected_by = ?2, inspected = ?3 WHERE call_id = ?1");
  u->bind_id(1, call_id).bind(2, supervisor).bind(3, secs(at));
  u->run();
  tx.commit();
}

CarryIn Store::carry_in_record(const Id& call_id) const {
  Impl::Lock lock(*impl_);
  const ServiceCall c = impl_->load(call_id);
  static const std::string sql = std::string(carry_in_select) + "WHERE k.call_id = ?1";
  auto q = impl_->db.use(sql.c_str());
  q->bind_id(1, call_id);
  if (!q->step()) throw Error(ErrorCode::not_found, "call_id", "call " + c.voucher + " was not carried in");
  return carry_in_row(*q);
}

Id Store::call_for_receipt(std::string_view receipt) const {
  Impl::Lock lock(*impl_);
  require_text(receipt, "receipt");
  auto q = impl_->db.use("SELECT call_id, returned FROM carry_ins WHERE receipt = ?1");
  q->bind(1, receipt);
  if (!q->step()) throw Error(ErrorCode::not_found, "receipt", "no receipt '" + std::string(receipt) + "'");
  if (const auto voided = q->optional_integer(1))
    throw Error(ErrorCode::state, "receipt",
                "receipt " + std::string(receipt) + " was voided at " + impl_->local_text(instant(*voided)) +
                    " when the goods went back (seeds/002 (十二)): it cannot be used again");
  return q->id(0);
}

std::vector<OverdueRepair> Store::overdue_repairs(Date as_of, std::optional<std::string_view> centre) const {
  Impl::Lock lock(*impl_);
  check_date(as_of, "as_of");
  if (centre) require_text(*centre, "centre");
  const Instant end = day_start(*impl_, as_of + boost::gregorian::days(1));
  static const std::string sql = std::string(carry_in_select) +
                                 "WHERE k.promised <= ?1 AND k.taken < ?2 AND (k.returned IS NULL OR k.returned >= ?2) "
                                 "AND (?3 IS NULL OR c.centre = ?3) ORDER BY k.promised, k.receipt";
  auto q = impl_->db.use(sql.c_str());
  q->bind(1, format_date(as_of)).bind(2, secs(end));
  if (centre) q->bind(3, *centre);
  std::vector<OverdueRepair> out;
  while (q->step()) {
    OverdueRepair r{carry_in_row(*q), 0};
    // The verdict is the SLA judge's (one judge per verdict): the return is
    // the awaited step, its deadline the last second of the promised day;
    // breached at the last second of as_of = past its promise.
    const Instant deadline = day_start(*impl_, r.repair.promised + boost::gregorian::days(1)) - Seconds(1);
    const SlaFacts facts{r.repair.taken, {}, {}, std::nullopt, deadline};
    if (impl_->policy.dispatch().judge(facts, end - Seconds(1)).state != SlaState::breached) continue;
    r.days_late = (as_of - r.repair.promised).days();
    // The list as it stood at the end of as_of: what happened later had not yet.
    if (r.repair.inspected && *r.repair.inspected >= end) {
      r.repair.inspected.reset();
      r.repair.inspected_by.reset();
    }
    if (r.repair.returned && *r.repair.returned >= end) {
      r.repair.returned.reset();
      r.repair.signed_off.reset();
      r.repair.voided.reset();
    }
    out.push_back(std::move(r));
  }
  return out;
}

// ---------------------------------------------------------------- surveys

Survey Store::survey(const Id& call_id) const {
  Impl::Lock lock(*impl_);
  const ServiceCall c = impl_->load(call_id);
  auto s = find_survey(*impl_, c);
  if (!s) throw Error(ErrorCode::not_found, "survey", "call " + c.voucher + " has no survey");
  return std::move(*s);
}

SurveyCoverage store_survey_coverage(Store::Impl& impl, Instant from, Instant to, Instant as_of, std::string period) {
  SurveyCoverage out;
  out.period = std::move(period);
  out.as_of = as_of;
  std::map<std::string, SurveyCoverageRow> centres, technicians;
  auto q = impl.db.use(
      // The technician dispatched by as_of, else the one who solved it by
      // phone or remotely by then (review §6: phone work counts per technician).
      "SELECT centre, CASE WHEN dispatched <= ?3 THEN technician WHEN state = 'resolved_remotely' THEN "
      "(SELECT r.technician FROM remote_contacts r WHERE r.call_id = calls.id AND r.first_response <= ?3) END, "
      "count(*), count(CASE WHEN surveyed_at <= ?3 THEN 1 END) "
      "FROM calls WHERE received >= ?1 AND received < ?2 AND received <= ?3 GROUP BY 1, 2");
  q->bind(1, secs(from)).bind(2, secs(to)).bind(3, secs(as_of));
  while (q->step()) {
    const std::int64_t calls = q->integer(2), surveyed = q->integer(3);
    out.calls += calls;
    out.surveyed += surveyed;
    SurveyCoverageRow& c = centres[q->text(0)];
    c.calls += calls;
    c.surveyed += surveyed;
    if (const auto t = q->optional_text(1)) {
      SurveyCoverageRow& r = technicians[*t];
      r.calls += calls;
      r.surveyed += surveyed;
    }
  }
  for (auto& [k, r] : centres) {
    r.key = k;
    out.by_centre.push_back(r);
  }
  for (auto& [k, r] : technicians) {
    r.key = k;
    out.by_technician.push_back(r);
  }
  return out;
}

SurveyCoverage Store::survey_coverage(Date day, std::optional<Instant> as_of) const {
  Impl::Lock lock(*impl_);
  check_date(day, "day");
  const Instant at = as_of ? *as_of : impl_->now();
  return store_survey_coverage(*impl_, day_start(*impl_, day), day_start(*impl_, day + boost::gregorian::days(1)), at,
                               format_date(day));
}

SurveyCoverage Store::survey_coverage(YearMonth month, std::optional<Instant> as_of) const {
  Impl::Lock lock(*impl_);
  if (month.month < 1 || month.month > 12 || month.year < min_year || month.year > max_year)
    throw Error(ErrorCode::invalid_argument, "month",
                std::to_string(month.year) + "-" + std::to_string(month.month) + " is not a month");
  const Instant at = as_of ? *as_of : impl_->now();
  return store_survey_coverage(*impl_, impl_->month_start(month), impl_->month_end(month) + Seconds(1), at,
                               format_year_month(month));
}

std::vector<UnsurveyedCall> Store::unsurveyed_calls(Date day, std::optional<std::string_view> centre) const {
  Impl::Lock lock(*impl_);
  check_date(day, "day");
  if (centre) require_text(*centre, "centre");
  auto q = impl_->db.use(
      "SELECT c.id, c.voucher, c.centre, cu.name, c.phone, c.address, c.technician, c.state, c.received "
      "FROM calls c JOIN customers cu ON cu.id = c.customer_id "
      "WHERE c.received >= ?1 AND c.received < ?2 AND (?3 IS NULL OR c.centre = ?3) "
      "AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.call_id = c.id) ORDER BY c.centre, c.received, c.id");
  q->bind(1, secs(day_start(*impl_, day))).bind(2, secs(day_start(*impl_, day + boost::gregorian::days(1))));
  if (centre) q->bind(3, *centre);
  std::vector<UnsurveyedCall> out;
  while (q->step()) {
    UnsurveyedCall u;
    u.call_id = q->id(0);
    u.voucher = q->text(1);
    u.centre = q->text(2);
    u.customer = q->text(3);
    u.phone = q->text(4);
    u.address = q->text(5);
    u.technician = q->optional_text(6);
    u.state = parse_call_state(q->text_view(7));
    u.received = instant(q->integer(8));
    out.push_back(std::move(u));
  }
  return out;
}

Complaint Store::open_survey_complaint(const Id& call_id, Instant at) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  const auto s = find_survey(*impl_, c);
  if (!s) throw Error(ErrorCode::state, "survey", "call " + c.voucher + " has no survey");
  if (s->complaint)
    throw Error(ErrorCode::state, "survey",
                "the survey of call " + c.voucher + " already opened complaint " + *s->complaint);
  const ServiceRules& rules = impl_->policy.service();
  const SurveyAnswers& a = s->answers;
  const int lowest = std::min({static_cast<int>(a.attitude), static_cast<int>(a.skill), static_cast<int>(a.arrival),
                               static_cast<int>(a.promise)});
  if (lowest > rules.survey_complaint_level)
    throw Error(ErrorCode::state, "survey",
                "the survey of call " + c.voucher + " is not dissatisfied: its lowest answer is " +
                    std::to_string(lowest) + ", above service.survey_complaint_level " +
                    std::to_string(rules.survey_complaint_level) + " (seeds/002 (二十四))");
  impl_->check_time(at, "at");
  if (at < s->recorded)
    throw Error(ErrorCode::invalid_argument, "at",
                impl_->local_text(at) + " is before the survey of call " + c.voucher + " was recorded (" +
                    impl_->local_text(s->recorded) + ")");
  ComplaintIntake in;
  in.received = at;
  in.kind = rules.survey_complaint_kind;
  in.call_id = call_id;
  Id complaint_id;
  Complaint out = store_open_complaint(*impl_, in, &complaint_id);
  {
    auto u = impl_->db.use("UPDATE complaints SET survey_id = ?2 WHERE id = ?1");
    u->bind_id(1, complaint_id).bind_id(2, s->id);
    u->run();
  }
  auto u = impl_->db.use("UPDATE surveys SET complaint_id = ?2 WHERE id = ?1");
  u->bind_id(1, s->id).bind_id(2, complaint_id);
  u->run();
  tx.commit();
  return out;
}

// ---------------------------------------------------------------- JSON

namespace {

detail::Json opt_time(const std::optional<Instant>& t) {
  return t ? detail::Json(t->time_since_epoch().count()) : detail::Json(nullptr);
}
detail::Json opt_text(const std::optional<std::string>& t) { return t ? detail::Json(*t) : detail::Json(nullptr); }
detail::Json share(const std::pair<std::int64_t, std::int64_t>& r) {
  if (r.second == 0) return nullptr;
  return static_cast<double>(r.first) / static_cast<double>(r.second);
}

detail::Json carry_in_json(const CarryIn& r) {
  return {{"call_id", r.call_id},
          {"voucher", r.voucher},
          {"receipt", r.receipt},
          {"centre", r.centre},
          {"customer", r.customer},
          {"phone", r.phone},
          {"product", r.product},
          {"serial", r.serial},
          {"technician", opt_text(r.technician)},
          {"taken", r.taken.time_since_epoch().count()},
          {"promised", format_date(r.promised)},
          {"inspected_by", opt_text(r.inspected_by)},
          {"inspected", opt_time(r.inspected)},
          {"returned", opt_time(r.returned)},
          {"signed_off", r.signed_off ? detail::Json(*r.signed_off) : detail::Json(nullptr)},
          {"voided", opt_time(r.voided)}};
}

detail::Json coverage_rows(const std::vector<SurveyCoverageRow>& rows) {
  detail::Json out = detail::Json::array();
  for (const SurveyCoverageRow& r : rows)
    out.push_back({{"key", r.key}, {"calls", r.calls}, {"surveyed", r.surveyed}, {"share", share(r.share())}});
  return out;
}

}  // namespace

std::string to_json(const CarryIn& carry_in) { return carry_in_json(carry_in).dump(); }

std::string to_json(std::span<const OverdueRepair> repairs) {
  detail::Json out = detail::Json::array();
  for (const OverdueRepair& r : repairs) {
    detail::Json j = carry_in_json(r.repair);
    j["days_late"] = r.days_late;
    out.push_back(std::move(j));
  }
  return out.dump();
}

std::string to_json(const Survey& s) {
  return detail::Json{{"id", s.id},
                      {"call_id", s.call_id},
                      {"voucher", s.voucher},
                      {"centre", s.centre},
                      {"technician", opt_text(s.technician)},
                      {"respondent", s.respondent},
                      {"attitude", static_cast<int>(s.answers.attitude)},
                      {"skill", static_cast<int>(s.answers.skill)},
                      {"arrival", static_cast<int>(s.answers.arrival)},
                      {"promise", static_cast<int>(s.answers.promise)},
                      {"comment", s.comment},
                      {"recorded", s.recorded.time_since_epoch().count()},
                      {"complaint", opt_text(s.complaint)}}
      .dump();
}

std::string to_json(const SurveyCoverage& c) {
  return detail::Json{{"period", c.period},
                      {"as_of", c.as_of.time_since_epoch().count()},
                      {"calls", c.calls},
                      {"surveyed", c.surveyed},
                      {"share", share(c.share())},
                      {"by_centre", coverage_rows(c.by_centre)},
                      {"by_technician", coverage_rows(c.by_technician)}}
      .dump();
}

std::string to_json(std::span<const UnsurveyedCall> calls) {
  detail::Json out = detail::Json::array();
  for (const UnsurveyedCall& u : calls)
    out.push_back({{"call_id", u.call_id},
                   {"voucher", u.voucher},
                   {"centre", u.centre},
                   {"customer", u.customer},
                   {"phone", u.phone},
                   {"address", u.address},
                   {"technician", opt_text(u.technician)},
                   {"state", to_string(u.state)},
                   {"received", u.received.time_since_epoch().count()}});
  return out.dump();
}

}  // namespace aftersales
