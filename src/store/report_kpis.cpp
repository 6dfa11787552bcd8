// The monthly report's figures counted as of its instant beside the SLA
// rows (RULES.md §6 KPIs): first-response and on-site times (first-time
// fixes as of the instant are counted in the report's pass, from
// calls.revisited_at). Store::monthly_report calls it after its pass over
// the month's calls.
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

std::int64_t store_report_as_of(Store::Impl& impl, MonthlyReport& r, std::int64_t on_site_seconds) {
  const std::int64_t from = secs(impl.month_start(r.month)), to = secs(impl.month_end(r.month)) + 1;
  const std::int64_t at = secs(r.as_of);
  std::int64_t first_response_seconds = 0;
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
    first_response_seconds = q->integer(1);
    r.mean_first_response = mean(first_response_seconds, r.responded);
  }
  // On-site time: arrived -> completed, over the calls completed on site by
  // as_of (a carried-in call's repair is in the workshop, not on site),
  // counted by the report's pass over the calls.
  r.mean_on_site = mean(on_site_seconds, r.completed_on_site);
  return first_response_seconds;
}

}  // namespace aftersales
