#include <aftersales/approval.hpp>
#include <aftersales/complaint_contacts.hpp>
#include <aftersales/store.hpp>

#include "detail/json.hpp"

#include <type_traits>

namespace aftersales {

namespace {

// An exact ratio as a JSON number; null when its denominator is 0.
template <class N, class D>
detail::Json ratio(const std::pair<N, D>& r) {
  if (r.second == 0) return nullptr;
  return static_cast<double>(r.first) / static_cast<double>(r.second);
}

detail::Json sla_rows(const std::vector<SlaRow>& rows) {
  detail::Json out = detail::Json::array();
  for (const SlaRow& r : rows)
    out.push_back({{"key", r.key},
                   {"calls", r.calls},
                   {"met", r.met},
                   {"breached", r.breached},
                   {"open", r.open},
                   {"compliance", ratio(r.compliance())},
                   {"remote", r.remote},
                   {"remote_met", r.remote_met},
                   {"remote_breached", r.remote_breached}});
  return out;
}

std::int64_t unix_s(Instant t) { return t.time_since_epoch().count(); }

// Column builders: plain columns as they are; a Nullable column's element
// without a value (its mask) becomes null.
detail::Json strings(const std::vector<std::string>& v) { return detail::Json(v); }

detail::Json integers(const std::vector<std::int64_t>& v) { return detail::Json(v); }

detail::Json flags(const std::vector<std::int8_t>& v) {  // 1 true, 0 false
  detail::Json out = detail::Json::array();
  for (const std::int8_t x : v) out.push_back(x == 1);
  return out;
}

template <class T>
detail::Json nullable(const Nullable<T>& v) {
  detail::Json out = detail::Json::array();
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!v.valid[i]) {
      out.push_back(nullptr);
    } else if constexpr (std::is_same_v<T, std::int8_t>) {
      out.push_back(v.values[i] == 1);  // a yes/no flag
    } else {
      out.push_back(v.values[i]);
    }
  }
  return out;
}

}  // namespace

std::string to_json(const CallColumns& c) {
  const detail::Json doc = {{"id", strings(c.id)},
                            {"voucher", strings(c.voucher)},
                            {"customer", strings(c.customer)},
                            {"zone", strings(c.zone)},
                            {"centre", strings(c.centre)},
                            {"product", strings(c.product)},
                            {"serial", strings(c.serial)},
                            {"category", strings(c.category)},
                            {"state", strings(c.state)},
                            {"technician", nullable(c.technician)},
                            {"received", integers(c.received)},
                            {"deadline", integers(c.deadline)},
                            {"dispatched", nullable(c.dispatched)},
                            {"arrived", nullable(c.arrived)},
                            {"completed", nullable(c.completed)},
                            {"sla_met", nullable(c.sla_met)},
                            {"signed_off", nullable(c.signed_off)},
                            {"provisional_year", nullable(c.provisional)}};
  return doc.dump();
}

std::string to_json(const DispatchColumns& c) {
  const detail::Json doc = {{"call_id", strings(c.call_id)},
                            {"voucher", strings(c.voucher)},
                            {"technician", strings(c.technician)},
                            {"zone", strings(c.zone)},
                            {"centre", strings(c.centre)},
                            {"category", strings(c.category)},
                            {"state", strings(c.state)},
                            {"received", integers(c.received)},
                            {"deadline", integers(c.deadline)},
                            {"dispatched", integers(c.dispatched)},
                            {"arrived", nullable(c.arrived)},
                            {"completed", nullable(c.completed)},
                            {"pauses", integers(c.pauses)},
                            {"paused_s", integers(c.paused)},
                            {"sla_met", nullable(c.sla_met)},
                            {"signed_off", nullable(c.signed_off)},
                            {"provisional_year", nullable(c.provisional)}};
  return doc.dump();
}

std::string to_json(const SurveyColumns& c) {
  detail::Json criteria = detail::Json::object();
  for (const auto& [name, v] : {std::pair{"attitude", &c.attitude}, std::pair{"skill", &c.skill},
                                std::pair{"arrival", &c.arrival}, std::pair{"promise", &c.promise}})
    criteria[name] = std::vector<int>(v->begin(), v->end());
  detail::Json doc = {{"call_id", strings(c.call_id)},     {"voucher", strings(c.voucher)},
                      {"technician", nullable(c.technician)}, {"respondent", strings(c.respondent)},
                      {"month", strings(c.month)},         {"recorded", integers(c.recorded)}};
  doc.update(criteria);
  // Issue 28, after the criteria.
  doc["comment"] = strings(c.comment);
  doc["survey_id"] = strings(c.survey_id);
  doc["complaint"] = nullable(c.complaint);
  doc["centre"] = strings(c.centre);
  return doc.dump();
}

std::string to_json(const ComplaintColumns& c) {
  const detail::Json doc = {{"number", strings(c.number)},
                            {"original_number", nullable(c.original_number)},
                            {"call_id", nullable(c.call_id)},
                            {"kind", strings(c.kind)},
                            {"severity", strings(c.severity)},
                            {"market", strings(c.market)},
                            {"department", strings(c.department)},
                            {"stage", strings(c.stage)},
                            {"received", integers(c.received)},
                            {"accepted", integers(c.accepted)},
                            {"deadline", integers(c.deadline)},
                            {"closed_at", nullable(c.closed_at)},
                            {"on_time", nullable(c.on_time)},
                            {"invalid", flags(c.invalid)},
                            {"rejections", integers(c.rejections)},
                            {"survey_id", nullable(c.survey_id)}};
  return doc.dump();
}

std::string to_json(const PenaltyColumns& c) {
  const detail::Json doc = {{"person", strings(c.person)},
                            {"kind", strings(c.kind)},
                            {"month", strings(c.month)},
                            {"amount_fen", integers(c.amount)},
                            {"case_number", nullable(c.case_number)},
                            {"deducted_fen", nullable(c.deducted)},
                            {"carried_fen", nullable(c.carried)}};
  return doc.dump();
}

// Issue 29: the register (客戶抱怨案件登記追蹤表), seeds/002 (九)1.
std::string to_json(const ComplaintRegister& c) {
  const detail::Json doc = {{"number", strings(c.number)},
                            {"received", integers(c.received)},
                            {"accepted", integers(c.accepted)},
                            {"customer", nullable(c.customer)},
                            {"order_number", nullable(c.order_number)},
                            {"part_number", nullable(c.part_number)},
                            {"shipped", nullable(c.shipped)},
                            {"quantity", nullable(c.quantity)},
                            {"defective_quantity", nullable(c.defective_quantity)},
                            {"request", nullable(c.request)},
                            {"sample_sent", flags(c.sample_sent)},
                            {"kind", strings(c.kind)},
                            {"severity", strings(c.severity)},
                            {"market", strings(c.market)},
                            {"department", strings(c.department)},
                            {"stage", strings(c.stage)},
                            {"stage_department", strings(c.stage_department)},
                            {"stage_deadline", nullable(c.stage_deadline)},
                            {"deadline", integers(c.deadline)},
                            {"standing", strings(c.standing)},
                            {"closed_at", nullable(c.closed_at)},
                            {"skipped", strings(c.skipped)},
                            {"entries", integers(c.entries)}};
  return doc.dump();
}

namespace {

detail::Json statistics(const ComplaintStatistics& st) {
  detail::Json kinds = detail::Json::object(), severities = detail::Json::object(), markets = detail::Json::object();
  for (const auto& [k, n] : st.by_kind) kinds[to_string(k)] = n;
  for (const auto& [k, n] : st.by_severity) severities[to_string(k)] = n;
  for (const auto& [k, n] : st.by_market) markets[to_string(k)] = n;
  detail::Json departments = detail::Json::object(), responsibility = detail::Json::object();
  for (const auto& [d, n] : st.by_department) departments[d] = n;
  for (const auto& [p, n] : st.responsibility) responsibility[p] = n;
  detail::Json out = {{"total", st.total},         {"on_time", st.on_time},         {"on_time_ratio", ratio(st.on_time_ratio())},
                       {"invalid", st.invalid},
                       {"unconfirmed", st.unconfirmed}, {"by_kind", kinds},           {"by_severity", severities},
                       {"by_market", markets},      {"by_department", departments}, {"responsibility", responsibility},
                       {"due", format_date(st.due)}};
  // Issue 29: "unvisited", "unnotified", "admin_penalties" as
  // contact_statistics_json spells them, "open_improvements" and
  // "overdue_improvements" as the improvements' JSON (to_json): one
  // writer each, shared with the C API.
  out.update(detail::Json::parse(contact_statistics_json(st)));
  out["open_improvements"] = detail::Json::parse(to_json(std::span<const Improvement>(st.open_improvements)));
  out["overdue_improvements"] = detail::Json::parse(to_json(std::span<const Improvement>(st.overdue_improvements)));
  return out;
}

}  // namespace

// Issue 28: the report's money per centre.
detail::Json billing_rows(const std::vector<BillingRow>& rows) {
  detail::Json out = detail::Json::array();
  for (const BillingRow& b : rows)
    out.push_back({{"centre", b.centre},
                   {"revenue_fen", b.revenue},
                   {"invoiced_fen", b.invoiced},
                   {"collected_fen", b.collected},
                   {"receivable_fen", b.receivable},
                   {"not_charged_fen", b.not_charged}});
  return out;
}

std::string to_json(const MonthlyReport& r) {
  detail::Json penalties = detail::Json::array();
  for (const PenaltyRow& p : r.penalties)
    penalties.push_back({{"person", p.person}, {"bonus_fen", p.bonus}, {"deducted_fen", p.deducted},
                         {"carried_fen", p.carried}});
  detail::Json satisfaction = detail::Json::array();
  for (const SatisfactionRow& s : r.satisfaction)
    satisfaction.push_back({{"technician", s.technician},
                            {"surveys", s.surveys},
                            {"attitude", s.attitude},
                            {"skill", s.skill},
                            {"arrival", s.arrival},
                            {"promise", s.promise},
                            {"overall", s.overall}});
  const detail::Json doc = {{"month", format_year_month(r.month)},
                            {"as_of", unix_s(r.as_of)},
                            {"calls", r.calls},
                            {"completed", r.completed},
                            {"first_time_fixed", r.first_time_fixed},
                            {"first_time_fix_rate", ratio(r.first_time_fix_ratio())},
                            {"mean_time_to_repair_s", r.mean_time_to_repair ? detail::Json(r.mean_time_to_repair->count())
                                                                            : detail::Json(nullptr)},
                            {"responded", r.responded},
                            {"mean_first_response_s", r.mean_first_response ? detail::Json(r.mean_first_response->count())
                                                                            : detail::Json(nullptr)},
                            {"completed_on_site", r.completed_on_site},
                            {"mean_on_site_s", r.mean_on_site ? detail::Json(r.mean_on_site->count()) : detail::Json(nullptr)},
                            {"sla_by_zone", sla_rows(r.sla_by_zone)},
                            {"sla_by_centre", sla_rows(r.sla_by_centre)},
                            {"sla_by_technician", sla_rows(r.sla_by_technician)},
                            {"satisfaction", satisfaction},
                            {"queue_at", unix_s(r.queue_at)},
                            {"queue", r.queue},
                            {"complaints", r.complaints},
                            {"complaints_per_1000_calls_milli", r.complaints_per_1000_calls
                                                                    ? detail::Json(*r.complaints_per_1000_calls)
                                                                    : detail::Json(nullptr)},
                            {"complaint_statistics", statistics(r.complaint_statistics)},
                            {"penalties", penalties},
                            {"survey_coverage", detail::Json::parse(to_json(r.survey_coverage))},
                            {"remote", r.remote},
                            {"remote_met", r.remote_met},
                            {"remote_breached", r.remote_breached},
                            {"remote_resolved", r.remote_resolved},
                            {"billing_by_centre", billing_rows(r.billing_by_centre)}};
  return doc.dump(2);
}

std::string to_json(std::span<const Reminder> reminders) {
  detail::Json out = detail::Json::array();
  for (const Reminder& r : reminders)
    out.push_back({{"number", r.number},
                   {"stage", r.stage},
                   {"department", r.department},
                   {"which", to_string(r.which)},
                   {"deadline", unix_s(r.deadline)},
                   {"overdue_by_s", r.overdue_by.count()},
                   {"rule", r.rule}});
  return out.dump(2);
}

std::string to_json(std::span<const CostRow> rows) {
  detail::Json out = detail::Json::array();
  for (const CostRow& r : rows)
    out.push_back({{"centre", r.centre},
                   {"region", r.region},
                   {"kind", r.kind},
                   {"budget_fen", r.budget},
                   {"actual_fen", r.actual}});
  return out.dump(2);
}

std::string to_json(std::span<const DayReportRow> rows) {
  detail::Json out = detail::Json::array();
  for (const DayReportRow& r : rows)
    out.push_back({{"technician", r.technician},
                   {"category", r.category},
                   {"jobs", r.jobs},
                   {"worked_s", r.worked.count()}});
  return out.dump(2);
}

std::string to_json(std::span<const std::string> names) {
  return detail::Json(std::vector<std::string>(names.begin(), names.end())).dump();
}

}  // namespace aftersales
