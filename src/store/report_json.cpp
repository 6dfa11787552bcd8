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

std::string to_json(const MonthlyReport& r) {
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
                            {"queue", r.queue}};
  return doc.dump(2);
}

}  // namespace aftersales
