// The calls, the dispatches and the surveys as columns, for analysis. All
// take the calls' period (received in [from, to)), so their rows line up
// with each other and with the monthly report's months. A deadline flagged
// with a provisional year the calendar now publishes is judged again with
// the calendar (src/store/provisional.cpp), never written by a read.
#include "store/impl.hpp"

#include <unordered_map>

namespace aftersales {

namespace {
// A yes/no column's element from SQL's 1 / 0 / NULL (not decided yet).
std::optional<std::int8_t> flag(const std::optional<std::int64_t>& v) {
  if (!v) return std::nullopt;
  return static_cast<std::int8_t>(*v != 0 ? 1 : 0);
}
std::optional<std::int8_t> flag(const std::optional<bool>& v) {
  if (!v) return std::nullopt;
  return static_cast<std::int8_t>(*v ? 1 : 0);
}
std::optional<std::int64_t> year(const std::optional<int>& y) {
  if (!y) return std::nullopt;
  return *y;
}
}  // namespace

CallColumns Store::calls() const { return calls(earliest_record, latest_record); }

CallColumns Store::calls(Instant from, Instant to) const {
  Impl::Lock lock(*impl_);
  CallColumns out;
  std::vector<std::size_t> stale;  // rows flagged with a year the calendar now publishes
  const int through = impl_->published_through();
  {
    auto q = impl_->db.use(
        "SELECT c.id, c.voucher, cu.name, c.zone, c.centre, u.product, u.serial, c.technician, "
        "c.category, c.state, c.received, c.deadline, c.dispatched, c.arrived, "
        "c.completed, c.sla_met, c.signed_off, c.deadline_provisional "
        "FROM calls c JOIN customers cu ON cu.id = c.customer_id JOIN units u ON u.id = c.unit_id "
        "WHERE c.received >= ?1 AND c.received < ?2 ORDER BY c.received, c.id");
    q->bind(1, secs(from)).bind(2, secs(to));
    while (q->step()) {
      out.id.push_back(q->id(0));
      out.voucher.push_back(q->text(1));
      out.customer.push_back(q->text(2));
      out.zone.push_back(q->text(3));
      out.centre.push_back(q->text(4));
      out.product.push_back(q->text(5));
      out.serial.push_back(q->text(6));
      out.technician.push_back(q->optional_text(7));
      out.category.push_back(q->text(8));
      out.state.push_back(q->text(9));
      out.received.push_back(q->integer(10));
      out.deadline.push_back(q->integer(11));
      out.dispatched.push_back(q->optional_integer(12));
      out.arrived.push_back(q->optional_integer(13));
      out.completed.push_back(q->optional_integer(14));
      out.sla_met.push_back(flag(q->optional_integer(15)));
      out.signed_off.push_back(flag(q->optional_integer(16)));
      out.provisional.push_back(q->optional_integer(17));
      const std::size_t i = out.size() - 1;
      if (out.provisional.has_value(i) && out.provisional.values[i] <= through) stale.push_back(i);
    }
  }
  // Judged with the calendar, as the next writing open will store them.
  for (const std::size_t i : stale) {
    const auto j = impl_->judge_for_read(out.id[i], instant(out.received[i]), out.zone[i],
                                         optional_instant(out.arrived.at(i)));
    if (!j) continue;  // the calendar cannot count it: the stored values, still flagged
    out.deadline[i] = secs(j->deadline);
    if (j->sla_met) out.sla_met.set(i, flag(j->sla_met));
    out.provisional.set(i, year(j->provisional));
  }
  return out;
}

DispatchColumns Store::dispatches() const { return dispatches(earliest_record, latest_record); }

DispatchColumns Store::dispatches(Instant from, Instant to) const {
  Impl::Lock lock(*impl_);
  DispatchColumns out;
  std::unordered_map<Id, std::size_t> element;  // call id -> its element
  std::vector<std::size_t> stale;               // flagged with a year the calendar now publishes
  const int through = impl_->published_through();
  {
    auto q = impl_->db.use(
        "SELECT id, voucher, technician, zone, centre, category, state, received, deadline, dispatched, "
        "arrived, completed, sla_met, signed_off, deadline_provisional FROM calls "
        "WHERE received >= ?1 AND received < ?2 AND dispatched IS NOT NULL ORDER BY received, id");
    q->bind(1, secs(from)).bind(2, secs(to));
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
      out.arrived.push_back(q->optional_integer(10));
      out.completed.push_back(q->optional_integer(11));
      out.sla_met.push_back(flag(q->optional_integer(12)));
      out.signed_off.push_back(flag(q->optional_integer(13)));
      out.provisional.push_back(q->optional_integer(14));
      const std::size_t i = out.size() - 1;
      if (out.provisional.has_value(i) && out.provisional.values[i] <= through) stale.push_back(i);
    }
  }
  // Judged with the calendar, as calls() does.
  for (const std::size_t i : stale) {
    const auto j = impl_->judge_for_read(out.call_id[i], instant(out.received[i]), out.zone[i],
                                         optional_instant(out.arrived.at(i)));
    if (!j) continue;  // the stored values, still flagged
    out.deadline[i] = secs(j->deadline);
    if (j->sla_met) out.sla_met.set(i, flag(j->sla_met));
    out.provisional.set(i, year(j->provisional));
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
  Impl::Lock lock(*impl_);
  SurveyColumns out;
  auto q = impl_->db.use(
      "SELECT s.call_id, c.voucher, s.technician, s.respondent, s.month, s.attitude, s.skill, s.arrival, s.promise, "
      "s.recorded, s.comment, s.id, k.number, c.centre FROM surveys s JOIN calls c ON c.id = s.call_id "
      "LEFT JOIN complaints k ON k.id = s.complaint_id "
      "WHERE c.received >= ?1 AND c.received < ?2 ORDER BY c.received, c.id");
  q->bind(1, secs(from)).bind(2, secs(to));
  while (q->step()) {
    out.call_id.push_back(q->id(0));
    out.voucher.push_back(q->text(1));
    out.technician.push_back(q->optional_text(2));
    out.respondent.push_back(q->text(3));
    const std::int64_t month = q->integer(4);  // YYYYMM
    out.month.push_back(format_year_month(YearMonth{static_cast<int>(month / 100), static_cast<int>(month % 100)}));
    out.attitude.push_back(static_cast<std::int8_t>(q->integer(5)));
    out.skill.push_back(static_cast<std::int8_t>(q->integer(6)));
    out.arrival.push_back(static_cast<std::int8_t>(q->integer(7)));
    out.promise.push_back(static_cast<std::int8_t>(q->integer(8)));
    out.recorded.push_back(q->integer(9));
    out.comment.push_back(q->text(10));
    out.survey_id.push_back(q->id(11));
    out.complaint.push_back(q->optional_text(12));
    out.centre.push_back(q->text(13));
  }
  return out;
}

}  // namespace aftersales
