#include <aftersales/store.hpp>

#include "detail/json.hpp"

namespace aftersales {

namespace {

detail::Json sla_rows(const std::vector<SlaRow>& rows) {
  detail::Json out = detail::Json::array();
  for (const SlaRow& r : rows)
    out.push_back({{"key", r.key}, {"calls", r.calls}, {"met", r.met}, {"breached", r.breached}, {"open", r.open}});
  return out;
}

std::int64_t unix_s(Instant t) { return t.time_since_epoch().count(); }

}  // namespace

namespace {

detail::Json statistics(const ComplaintStatistics& st) {
  detail::Json kinds = detail::Json::object(), severities = detail::Json::object(), markets = detail::Json::object();
  for (const auto& [k, n] : st.by_kind) kinds[to_string(k)] = n;
  for (const auto& [k, n] : st.by_severity) severities[to_string(k)] = n;
  for (const auto& [k, n] : st.by_market) markets[to_string(k)] = n;
  detail::Json departments = detail::Json::object(), responsibility = detail::Json::object();
  for (const auto& [d, n] : st.by_department) departments[d] = n;
  for (const auto& [p, n] : st.responsibility) responsibility[p] = n;
  return {{"total", st.total},         {"on_time", st.on_time},         {"invalid", st.invalid},
          {"unconfirmed", st.unconfirmed}, {"by_kind", kinds},           {"by_severity", severities},
          {"by_market", markets},      {"by_department", departments}, {"responsibility", responsibility},
          {"due", format_date(st.due)}};
}

}  // namespace

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
                            {"mean_time_to_repair_s", r.mean_time_to_repair ? detail::Json(r.mean_time_to_repair->count())
                                                                            : detail::Json(nullptr)},
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
                            {"penalties", penalties}};
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
