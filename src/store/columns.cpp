// The dispatches and the surveys as columns, for analysis. Both take the
// calls' period (received in [from, to)), so their rows line up with
// calls() and with the monthly report's months.
#include "store/impl.hpp"

#include <unordered_map>

namespace aftersales {

DispatchColumns Store::dispatches() const { return dispatches(earliest_record, latest_record); }

DispatchColumns Store::dispatches(Instant from, Instant to) const {
  std::lock_guard lock(impl_->mutex);
  DispatchColumns out;
  std::unordered_map<Id, std::size_t> element;  // call id -> its element
  {
    auto q = impl_->db.use(
        "SELECT id, voucher, technician, zone, centre, category, state, received, deadline, dispatched, "
        "ifnull(arrived, ?3), ifnull(completed, ?3), ifnull(sla_met, -1), ifnull(signed_off, -1) FROM calls "
        "WHERE received >= ?1 AND received < ?2 AND dispatched IS NOT NULL ORDER BY received, id");
    q->bind(1, secs(from)).bind(2, secs(to)).bind(3, DispatchColumns::absent);
    while (q->step()) {
      out.call_id.push_back(q->id(0));
      element.emplace(out.call_id.back(), out.call_id.size() - 1);
      out.voucher.push_back(q->text(1));
      out.technician.push_back(q->text(2));
      out.zone.push_back(q->text(3));
      out.centre.push_back(q->text(4));
      out.category.push_back(q->text(5));
      out.state.push_back(q->text(6));
      out.received.push_back(q->integer(7));
      out.deadline.push_back(q->integer(8));
      out.dispatched.push_back(q->integer(9));
      out.arrived.push_back(q->integer(10));
      out.completed.push_back(q->integer(11));
      out.sla_met.push_back(static_cast<std::int8_t>(q->integer(12)));
      out.signed_off.push_back(static_cast<std::int8_t>(q->integer(13)));
    }
  }
  out.pauses.assign(out.size(), 0);
  out.paused.assign(out.size(), 0);
  if (element.empty()) return out;
  // The pauses of those calls: counted, and their working time summed.
  const Calendar& cal = impl_->policy.calendar();
  auto q = impl_->db.use(
      "SELECT p.call_id, p.start, p.end FROM pauses p JOIN calls c ON c.id = p.call_id "
      "WHERE c.received >= ?1 AND c.received < ?2 AND c.dispatched IS NOT NULL");
  q->bind(1, secs(from)).bind(2, secs(to));
  while (q->step()) {
    const auto it = element.find(q->id(0));
    if (it == element.end()) continue;
    ++out.pauses[it->second];
    if (const auto end = q->optional_integer(2))
      out.paused[it->second] += cal.between(instant(q->integer(1)), instant(*end)).count();
  }
  return out;
}

SurveyColumns Store::surveys() const { return surveys(earliest_record, latest_record); }

SurveyColumns Store::surveys(Instant from, Instant to) const {
  std::lock_guard lock(impl_->mutex);
  SurveyColumns out;
  auto q = impl_->db.use(
      "SELECT s.call_id, c.voucher, s.technician, s.respondent, s.month, s.attitude, s.skill, s.arrival, s.promise, "
      "s.recorded FROM surveys s JOIN calls c ON c.id = s.call_id "
      "WHERE c.received >= ?1 AND c.received < ?2 ORDER BY c.received, c.id");
  q->bind(1, secs(from)).bind(2, secs(to));
  while (q->step()) {
    out.call_id.push_back(q->id(0));
    out.voucher.push_back(q->text(1));
    out.technician.push_back(q->text(2));
    out.respondent.push_back(q->text(3));
    const std::int64_t month = q->integer(4);  // YYYYMM
    out.month.push_back(format_year_month(YearMonth{static_cast<int>(month / 100), static_cast<int>(month % 100)}));
    out.attitude.push_back(static_cast<std::int8_t>(q->integer(5)));
    out.skill.push_back(static_cast<std::int8_t>(q->integer(6)));
    out.arrival.push_back(static_cast<std::int8_t>(q->integer(7)));
    out.promise.push_back(static_cast<std::int8_t>(q->integer(8)));
    out.recorded.push_back(q->integer(9));
  }
  return out;
}

}  // namespace aftersales
