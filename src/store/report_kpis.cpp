// The monthly report's figures counted as of its instant beside the SLA
// rows (RULES.md §6 KPIs): first-time fixes whose revisit came after as_of,
// first-response and on-site times. Store::monthly_report calls it after
// its pass over the month's calls.
#include "store/impl.hpp"

#include <tuple>
#include <utility>

namespace aftersales {

namespace {

// A mean of whole seconds, rounded half up, as mean_time_to_repair's; none
// over no calls.
std::optional<Seconds> mean(std::int64_t total, std::int64_t n) {
  if (n == 0) return std::nullopt;
  return Seconds((total + n / 2) / n);
}

// A query over the month's calls ([?1, ?2), received by ?3) giving a count
// and a sum of seconds: the count and the mean. `sql` is a static text (the
// statement cache is keyed by its address).
std::pair<std::int64_t, std::optional<Seconds>> count_and_mean(Store::Impl& impl, const char* sql, std::int64_t from,
                                                               std::int64_t to, std::int64_t at) {
  auto q = impl.db.use(sql);
  q->bind(1, from).bind(2, to).bind(3, at);
  q->step();
  return {q->integer(0), mean(q->integer(1), q->integer(0))};
}

}  // namespace

void store_report_as_of(Store::Impl& impl, MonthlyReport& r) {
  const std::int64_t from = secs(impl.month_start(r.month)), to = secs(impl.month_end(r.month)) + 1;
  const std::int64_t at = secs(r.as_of);
  {
    // The calls flagged revisited whose revisits were all received after
    // as_of: as they stood then, first-time fixes (the flag is today's
    // state). Few rows: the flag is in the index calls_received, and the
    // revisit found by calls_unit; the window is mark_if_revisited's.
    auto q = impl.db.use(
        "SELECT count(*) FROM calls c WHERE c.received >= ?1 AND c.received < ?2 AND c.received <= ?3 "
        "AND c.state = 'completed' AND c.completed <= ?3 AND c.revisited = 1 AND NOT EXISTS (SELECT 1 FROM calls o "
        "WHERE o.unit_id = c.unit_id AND o.id <> c.id AND o.received >= c.completed AND o.received <= c.completed + ?4 "
        "AND o.received <= ?3)");
    q->bind(1, from).bind(2, to).bind(3, at).bind(4, impl.revisit_seconds());
    q->step();
    r.first_time_fixed += q->integer(0);
  }
  // First response: received -> dispatched, over the calls dispatched by
  // as_of (dispatched >= received >= the month's start: the index
  // calls_dispatched covers the query).
  std::tie(r.responded, r.mean_first_response) = count_and_mean(
      impl,
      "SELECT count(*), ifnull(sum(dispatched - received), 0) FROM calls WHERE dispatched >= ?1 AND dispatched <= ?3 "
      "AND received >= ?1 AND received < ?2 AND received <= ?3",
      from, to, at);
  // On-site time: arrived -> completed, over the calls completed on site by
  // as_of (a carried-in call's repair is in the workshop, not on site).
  std::tie(r.completed_on_site, r.mean_on_site) = count_and_mean(
      impl,
      "SELECT count(*), ifnull(sum(completed - arrived), 0) FROM calls WHERE received >= ?1 AND received < ?2 "
      "AND received <= ?3 AND state = 'completed' AND completed <= ?3",
      from, to, at);
}

}  // namespace aftersales
