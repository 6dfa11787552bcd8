// The monthly report's figures counted as of its instant beside the SLA
// rows (RULES.md §6 KPIs): first-time fixes whose revisit came after as_of,
// first-response and on-site times. Store::monthly_report calls it after
// its pass over the month's calls.
#include "store/impl.hpp"

#include <optional>

namespace aftersales {

namespace {

// A mean of whole seconds, rounded half up, as mean_time_to_repair's; none
// over no calls.
std::optional<Seconds> mean(std::int64_t total, std::int64_t n) {
  if (n == 0) return std::nullopt;
  return Seconds((total + n / 2) / n);
}

}  // namespace

void store_report_as_of(Store::Impl& impl, MonthlyReport& r, std::int64_t on_site_seconds) {
  const std::int64_t from = secs(impl.month_start(r.month)), to = secs(impl.month_end(r.month)) + 1;
  const std::int64_t at = secs(r.as_of);
  {
    // The calls flagged revisited whose revisits were all received after
    // as_of: as they stood then, first-time fixes (the flag is today's
    // state). Such a call's revisit came in (as_of, as_of + window], so only
    // the units called then are looked at (none when as_of is the clock's
    // now or the month's end with no calls after it): a report as of a past
    // instant pays for the calls received in the window after it. (A column
    // with the revisit's time would make this an index read: schema.)
    auto q = impl.db.use(
        "WITH later(unit_id) AS (SELECT DISTINCT unit_id FROM calls WHERE received > ?3 AND received <= ?3 + ?4) "
        "SELECT count(*) FROM later JOIN calls c ON c.unit_id = later.unit_id "
        "WHERE c.received >= ?1 AND c.received < ?2 AND c.received <= ?3 AND c.state = 'completed' AND c.completed <= ?3 "
        "AND c.completed >= ?3 - ?4 AND c.revisited = 1 AND NOT EXISTS (SELECT 1 FROM calls p WHERE p.unit_id = c.unit_id "
        "AND p.id <> c.id AND p.received >= c.completed AND p.received <= min(c.completed + ?4, ?3))");
    q->bind(1, from).bind(2, to).bind(3, at).bind(4, impl.revisit_seconds());
    q->step();
    r.first_time_fixed += q->integer(0);
  }
  {
    // First response: received -> dispatched, over the calls dispatched by
    // as_of (dispatched >= received >= the month's start: the index
    // calls_dispatched covers the query).
    auto q = impl.db.use(
        "SELECT count(*), ifnull(sum(dispatched - received), 0) FROM calls WHERE dispatched >= ?1 AND dispatched <= ?3 "
        "AND received >= ?1 AND received < ?2 AND received <= ?3");
    q->bind(1, from).bind(2, to).bind(3, at);
    q->step();
    r.responded = q->integer(0);
    r.mean_first_response = mean(q->integer(1), r.responded);
  }
  // On-site time: arrived -> completed, over the calls completed on site by
  // as_of (a carried-in call's repair is in the workshop, not on site),
  // counted by the report's pass over the calls.
  r.mean_on_site = mean(on_site_seconds, r.completed_on_site);
}

}  // namespace aftersales
