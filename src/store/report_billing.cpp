// The monthly report's money per centre (issue 28), as of the report's
// instant like the rest of it: a bill made, an invoice issued or a payment
// received after as_of has not happened. Revenue, the value charged to no
// one, invoiced and collected count what happened in the month (the local
// month of the policy's calendar); receivables are a balance, owed at as_of
// on every bill made by then, whatever its month.
#include "store/impl.hpp"
#include "store/service_day.hpp"

#include <map>

namespace aftersales {

void store_report_billing(Store::Impl& impl, MonthlyReport& r) {
  const std::int64_t from = secs(impl.month_start(r.month)), to = secs(impl.month_end(r.month));
  const std::int64_t at = secs(r.as_of);
  std::map<std::string, BillingRow, std::less<>> rows;
  const auto row = [&](std::string centre) -> BillingRow& {
    BillingRow& b = rows[centre];
    b.centre = std::move(centre);
    return b;
  };
  {
    auto q = impl.db.use(
        "SELECT c.centre, sum(b.total_fen), sum(b.value_fen - b.total_fen) FROM bills b JOIN calls c ON c.id = b.call_id "
        "WHERE b.billed_at >= ?1 AND b.billed_at <= ?2 AND b.billed_at <= ?3 GROUP BY c.centre");
    q->bind(1, from).bind(2, to).bind(3, at);
    while (q->step()) {
      BillingRow& b = row(q->text(0));
      b.revenue = q->integer(1);
      b.not_charged = q->integer(2);
    }
  }
  {
    auto q = impl.db.use(
        "SELECT c.centre, sum(b.total_fen) FROM bills b JOIN calls c ON c.id = b.call_id "
        "WHERE b.invoiced_at >= ?1 AND b.invoiced_at <= ?2 AND b.invoiced_at <= ?3 GROUP BY c.centre");
    q->bind(1, from).bind(2, to).bind(3, at);
    while (q->step()) row(q->text(0)).invoiced = q->integer(1);
  }
  {
    auto q = impl.db.use(
        "SELECT c.centre, sum(p.amount_fen) FROM payments p JOIN bills b ON b.id = p.bill_id "
        "JOIN calls c ON c.id = b.call_id WHERE p.paid_at >= ?1 AND p.paid_at <= ?2 AND p.paid_at <= ?3 "
        "GROUP BY c.centre");
    q->bind(1, from).bind(2, to).bind(3, at);
    while (q->step()) row(q->text(0)).collected = q->integer(1);
  }
  {
    auto q = impl.db.use(
        "SELECT c.centre, sum(b.total_fen - (SELECT ifnull(sum(p.amount_fen), 0) FROM payments p "
        "WHERE p.bill_id = b.id AND p.paid_at <= ?1)) FROM bills b JOIN calls c ON c.id = b.call_id "
        "WHERE b.billed_at <= ?1 GROUP BY c.centre");
    q->bind(1, at);
    while (q->step())
      if (q->integer(1) != 0) row(q->text(0)).receivable = q->integer(1);
  }
  for (auto& [centre, b] : rows) r.billing_by_centre.push_back(std::move(b));
}

}  // namespace aftersales
