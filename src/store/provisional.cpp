// Deadlines counted over provisional dates (a calendar's statutory mode past
// its horizon: statutory holidays only, make-up days not yet published).
// The calls row keeps the year in deadline_provisional; when a store is
// opened with a calendar that publishes the year (a holiday file, a later
// table), the published year replaces the provisional one wholly: the
// deadline and the SLA verdict are counted again, once, and the flag goes.
#include "store/impl.hpp"

namespace aftersales {

int Store::Impl::published_through() const {
  const auto horizon = policy.calendar().horizon();
  if (!horizon) return 0;
  // A year is published whole when the horizon reaches its last day.
  const int year = static_cast<int>(horizon->year());
  return horizon->month() == 12 && horizon->day() == 31 ? year : year - 1;
}

Store::Impl::Judged Store::Impl::recount(const Id& id, Instant received, const std::string& zone,
                                         std::optional<Instant> arrived) {
  check_zone(zone);
  // The stored deadline counts the ended pauses only (an open one moves it
  // when it ends: end_pause), and an arrival ends the open pause first.
  std::vector<Pause> ended;
  for (const Pause& p : pauses_of(id))
    if (p.end) ended.push_back(p);
  Judged j;
  j.deadline = policy.dispatch().deadline(received, zone, ended);
  if (arrived) j.sla_met = met_on_arrival(received, zone, j.deadline, *arrived);
  j.provisional = provisional_of(received, j.deadline);
  return j;
}

std::optional<Store::Impl::Judged> Store::Impl::judge_for_read(const Id& id, Instant received,
                                                                const std::string& zone,
                                                                std::optional<Instant> arrived) {
  try {
    return recount(id, received, zone, arrived);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::out_of_range) throw;
    return std::nullopt;
  }
}

Recomputed Store::Impl::recompute_published() {
  Recomputed r;
  const int through = published_through();
  if (through == 0) return r;
  {
    // The usual open: no flag, or none published; one probe of the partial
    // index calls_provisional, no write lock taken.
    auto q = db.use("SELECT 1 FROM calls WHERE deadline_provisional <= ?1 LIMIT 1");
    q->bind(1, through);
    if (!q->step()) return r;
  }
  Transaction tx(db);
  // Read again inside the transaction: another handle may have done it.
  struct Row {
    Id id;
    Instant received;
    std::string zone;
    Instant deadline;
    std::optional<Instant> arrived;
    std::optional<std::int64_t> sla_met;
  };
  std::vector<Row> rows;
  {
    auto q = db.use(
        "SELECT id, received, zone, deadline, arrived, sla_met, deadline_provisional FROM calls "
        "WHERE deadline_provisional <= ?1 ORDER BY received, id");
    q->bind(1, through);
    while (q->step()) {
      rows.push_back(Row{q->id(0), instant(q->integer(1)), q->text(2), instant(q->integer(3)),
                         optional_instant(q->optional_integer(4)), q->optional_integer(5)});
      const int year = static_cast<int>(q->integer(6));
      if (std::find(r.years.begin(), r.years.end(), year) == r.years.end()) r.years.push_back(year);
    }
  }
  std::sort(r.years.begin(), r.years.end());
  for (const Row& row : rows) {
    const Judged j = recount(row.id, row.received, row.zone, row.arrived);
    // -1: not arrived, no verdict (NULL in the file).
    const std::int64_t met = j.sla_met ? (*j.sla_met ? 1 : 0) : -1, was = row.sla_met.value_or(-1);
    auto u = db.use(
        "UPDATE calls SET deadline = ?2, sla_met = nullif(?3, -1), deadline_provisional = ?4 WHERE id = ?1");
    u->bind_id(1, row.id).bind(2, secs(j.deadline)).bind(3, met);
    u->bind(4, j.provisional ? std::optional<std::int64_t>(*j.provisional) : std::nullopt);
    u->run();
    ++r.calls;
    r.deadlines += j.deadline != row.deadline;
    r.verdicts += met != was;
  }
  tx.commit();
  return r;
}

const Recomputed& Store::recomputed() const noexcept { return impl_->recomputed; }

}  // namespace aftersales
