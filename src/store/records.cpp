// Contracts and their expiry notices, station budgets and costs, and the
// technicians' and supervisor's day reports.
#include "store/impl.hpp"
#include "store/service_day.hpp"

#include "detail/json.hpp"

#include <algorithm>

namespace aftersales {

namespace store {

std::vector<std::string> causes_of(std::string_view json) {
  std::vector<std::string> out;
  for (const auto& c : detail::parse_json(json, "contracts.extra_causes")) out.push_back(c.get<std::string>());
  return out;
}

std::string causes_json(const std::vector<std::string>& causes) { return detail::Json(causes).dump(); }

}  // namespace store

namespace {

void check_month(YearMonth m) {
  if (m.month < 1 || m.month > 12 || m.year < min_year || m.year > max_year)
    throw Error(ErrorCode::invalid_argument, "month", format_year_month(m) + " is not a month of 1970..2199");
}

void check_fen(Fen amount, const char* field) {
  if (amount < 0 || amount > (Fen{1} << 50))
    throw Error(ErrorCode::invalid_argument, field, std::to_string(amount) + " fen is not an amount");
}

void check_kind(const Policy& policy, std::string_view kind) {
  const auto& kinds = policy.service().cost_kinds;
  if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
    std::string known;
    for (const auto& k : kinds) known.append(known.empty() ? "" : ", ").append(k);
    throw Error(ErrorCode::not_found, "kind", "unknown cost kind '" + std::string(kind) + "' (" + known + ")");
  }
}

}  // namespace

// ---------------------------------------------------------------- contracts

void Store::add_contract(const ContractIntake& c) {
  Impl::Lock lock(*impl_);
  require_text(c.number, "number");
  for (const auto& [v, name] : {std::pair{&c.customer, "customer"}, std::pair{&c.phone, "phone"},
                                std::pair{&c.address, "address"}, std::pair{&c.serial, "serial"}})
    require_text(*v, name);
  (void)impl_->policy.warranty().terms(c.product);
  if (c.purchased.is_special()) throw Error(ErrorCode::invalid_argument, "purchased", "is not a date");
  if (c.extended) {
    if (c.charges)
      throw Error(ErrorCode::invalid_argument, "charges",
                  "given for an extended warranty (its calls are free; only a maintenance contract bills by its own "
                  "terms)");
    for (const auto& [d, name] : {std::pair{c.start, "start"}, std::pair{c.end, "end"}})
      if (!d.is_special())
        throw Error(ErrorCode::invalid_argument, name,
                    format_date(d) + " given for an extended warranty (it starts when the maker's warranty ends)");
    const int max_years = impl_->policy.warranty().remedy_rules().max_extended_years;
    if (c.years < 1 || c.years > max_years)
      throw Error(ErrorCode::invalid_argument, "years",
                  std::to_string(c.years) + " is outside 1.." + std::to_string(max_years) +
                      " (warranty.rules.max_extended_years)");
  } else {
    if (c.start.is_special() || c.end.is_special())
      throw Error(ErrorCode::invalid_argument, c.start.is_special() ? "start" : "end",
                  "is missing: a maintenance contract needs its start and end");
    if (!c.extra_causes.empty())
      throw Error(ErrorCode::invalid_argument, "extra_causes",
                  c.extra_causes.front() +
                      " given for a maintenance contract (only an extended warranty covers causes the maker excludes)");
    if (c.end < c.start)
      throw Error(ErrorCode::invalid_argument, "end",
                  format_date(c.end) + " is before the start " + format_date(c.start));
  }
  Impl::Write tx(*impl_, __func__);
  {
    auto q = impl_->db.use("SELECT 1 FROM contracts WHERE number = ?1");
    q->bind(1, c.number);
    if (q->step()) throw Error(ErrorCode::invalid_argument, "number", "'" + c.number + "' is already a contract");
  }
  CallIntake unit;
  unit.customer = c.customer;
  unit.phone = c.phone;
  unit.address = c.address;
  unit.product = c.product;
  unit.serial = c.serial;
  unit.purchased = c.purchased;
  const Id customer_id = impl_->find_or_add_customer(unit, impl_->now());
  const Id unit_id = impl_->find_or_add_unit(unit, customer_id, "").id;
  auto u = impl_->db.use(
      "INSERT INTO contracts (id, number, unit_id, kind, start, end, years, extra_causes, customer_pays) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  u->bind_id(1, impl_->new_id()).bind(2, c.number).bind_id(3, unit_id).bind(4, c.extended ? "extended" : "maintenance");
  if (c.extended) {
    u->bind_null(5).bind_null(6).bind(7, c.years);
  } else {
    u->bind(5, format_date(c.start)).bind(6, format_date(c.end)).bind_null(7);
  }
  u->bind(8, store::causes_json(c.extra_causes)).bind(9, store_charges_json(c.charges));
  u->run();
  tx.commit();
}

void Store::renew_contract(std::string_view number, std::string_view new_number, Period term) {
  Impl::Lock lock(*impl_);
  require_text(new_number, "new_number");
  Impl::Write tx(*impl_, __func__);
  MaintenanceContract current;
  Id unit_id;
  std::optional<std::string> charges;  // the renewal keeps the contract's own charges
  {
    auto q =
        impl_->db.use("SELECT kind, start, end, successor, unit_id, customer_pays FROM contracts WHERE number = ?1");
    q->bind(1, number);
    if (!q->step()) throw Error(ErrorCode::not_found, "number", "no contract '" + std::string(number) + "'");
    if (q->text_view(0) != "maintenance")
      throw Error(ErrorCode::state, "number", "'" + std::string(number) + "' is an extended warranty, not renewed");
    current = MaintenanceContract{std::string(number), parse_date(q->text_view(1), "start"),
                                  parse_date(q->text_view(2), "end"), q->optional_text(3)};
    unit_id = q->id(4);
    charges = q->optional_text(5);
  }
  {
    auto q = impl_->db.use("SELECT 1 FROM contracts WHERE number = ?1");
    q->bind(1, new_number);
    if (q->step())
      throw Error(ErrorCode::invalid_argument, "new_number", "'" + std::string(new_number) + "' is already a contract");
  }
  const MaintenanceContract next = [&] {
    try {
      return renew(current, std::string(new_number), term);
    } catch (const Error& e) {
      if (e.field() == "current") throw Error(e.code(), "number", e.message());
      throw;
    }
  }();
  {
    auto u = impl_->db.use(
        "INSERT INTO contracts (id, number, unit_id, kind, start, end, customer_pays) "
        "VALUES (?1, ?2, ?3, 'maintenance', ?4, ?5, ?6)");
    u->bind_id(1, impl_->new_id()).bind(2, next.id).bind_id(3, unit_id).bind(4, format_date(next.start));
    u->bind(5, format_date(next.end)).bind(6, charges);
    u->run();
  }
  auto u = impl_->db.use("UPDATE contracts SET successor = ?2 WHERE number = ?1");
  u->bind(1, number).bind(2, next.id);
  u->run();
  tx.commit();
}

std::vector<std::string> Store::issue_expiry_notices(Date on) {
  Impl::Lock lock(*impl_);
  if (on.is_special()) throw Error(ErrorCode::invalid_argument, "on", "is not a date");
  Impl::Write tx(*impl_, __func__);
  std::vector<MaintenanceContract> open;
  {
    // Not yet noticed; the notice rule itself decides which are due.
    auto q = impl_->db.use(
        "SELECT c.number, c.start, c.end, c.successor FROM contracts c "
        "WHERE c.kind = 'maintenance' AND NOT EXISTS (SELECT 1 FROM expiry_notices n WHERE n.contract_id = c.id) "
        "ORDER BY c.end, c.number");
    while (q->step())
      open.push_back(MaintenanceContract{q->text(0), parse_date(q->text_view(1), "start"),
                                         parse_date(q->text_view(2), "end"), q->optional_text(3)});
  }
  const std::vector<std::string> due = expiry_notices(open, on);
  for (const std::string& number : due) {
    auto u = impl_->db.use(
        "INSERT INTO expiry_notices (contract_id, issued_on) SELECT id, ?2 FROM contracts WHERE number = ?1");
    u->bind(1, number).bind(2, format_date(on));
    u->run();
  }
  tx.commit();
  return due;
}

// ---------------------------------------------------------------- costs

void Store::set_region(std::string_view centre, std::string_view region) {
  Impl::Lock lock(*impl_);
  require_text(centre, "centre");
  Impl::Write tx(*impl_, __func__);
  auto u = impl_->db.use(
      "INSERT INTO stations (code, region) VALUES (?1, ?2) ON CONFLICT (code) DO UPDATE SET region = excluded.region");
  u->bind(1, centre).bind(2, region);
  u->run();
  tx.commit();
}

void Store::set_budget(std::string_view centre, YearMonth month, std::string_view kind, Fen amount) {
  Impl::Lock lock(*impl_);
  require_text(centre, "centre");
  check_month(month);
  check_kind(impl_->policy, kind);
  check_fen(amount, "amount");
  Impl::Write tx(*impl_, __func__);
  impl_->ensure_station(std::string(centre));
  auto u = impl_->db.use(
      "INSERT INTO budgets (centre, month, kind, amount_fen) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT (centre, month, kind) DO UPDATE SET amount_fen = excluded.amount_fen");
  u->bind(1, centre).bind(2, format_year_month(month)).bind(3, kind).bind(4, amount);
  u->run();
  tx.commit();
}

void Store::record_cost(std::string_view centre, YearMonth month, std::string_view kind, Fen amount,
                        std::string_view note) {
  Impl::Lock lock(*impl_);
  require_text(centre, "centre");
  check_month(month);
  check_kind(impl_->policy, kind);
  check_fen(amount, "amount");
  Impl::Write tx(*impl_, __func__);
  impl_->ensure_station(std::string(centre));
  auto u = impl_->db.use(
      "INSERT INTO costs (id, centre, month, kind, amount_fen, note, recorded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  u->bind_id(1, impl_->new_id()).bind(2, centre).bind(3, format_year_month(month)).bind(4, kind).bind(5, amount);
  u->bind(6, note).bind(7, secs(impl_->now()));
  u->run();
  tx.commit();
}

std::vector<CostRow> Store::cost_report(YearMonth month) const {
  Impl::Lock lock(*impl_);
  check_month(month);
  std::vector<CostRow> out;
  auto q = impl_->db.use(
      "SELECT s.code, s.region, k.kind, "
      "  ifnull((SELECT amount_fen FROM budgets b WHERE b.centre = s.code AND b.month = ?1 AND b.kind = k.kind), 0), "
      "  ifnull((SELECT sum(amount_fen) FROM costs c WHERE c.centre = s.code AND c.month = ?1 AND c.kind = k.kind), 0) "
      "FROM stations s JOIN (SELECT centre, kind FROM budgets WHERE month = ?1 "
      "                      UNION SELECT centre, kind FROM costs WHERE month = ?1) k ON k.centre = s.code "
      "ORDER BY s.region, s.code, k.kind");
  q->bind(1, format_year_month(month));
  while (q->step()) out.push_back(CostRow{q->text(0), q->text(1), q->text(2), q->integer(3), q->integer(4)});
  return out;
}

// ---------------------------------------------------------------- day reports

namespace {
std::vector<DayReportRow> day_rows(store::Statement& q) {
  std::vector<DayReportRow> out;
  while (q.step()) out.push_back(DayReportRow{q.text(0), q.text(1), q.integer(2), Seconds(q.integer(3))});
  return out;
}
}  // namespace

std::vector<DayReportRow> Store::technician_day_report(std::string_view technician, Date day) const {
  Impl::Lock lock(*impl_);
  require_text(technician, "technician");
  if (day.is_special()) throw Error(ErrorCode::invalid_argument, "day", "is not a date");
  auto q = impl_->db.use(
      "SELECT technician, category, count(*), sum(seconds) FROM labour_lines WHERE work_date = ?1 AND technician = ?2 "
      "GROUP BY category ORDER BY category");
  q->bind(1, format_date(day)).bind(2, technician);
  return day_rows(*q);
}

std::vector<DayReportRow> Store::supervisor_day_report(Date day, std::optional<std::string_view> centre) const {
  Impl::Lock lock(*impl_);
  if (day.is_special()) throw Error(ErrorCode::invalid_argument, "day", "is not a date");
  auto q = impl_->db.use(
      "SELECT l.technician, l.category, count(*), sum(l.seconds) FROM labour_lines l JOIN calls c ON c.id = l.call_id "
      "WHERE l.work_date = ?1 AND (?2 IS NULL OR c.centre = ?2) GROUP BY l.technician, l.category "
      "ORDER BY l.technician, l.category");
  q->bind(1, format_date(day));
  if (centre) q->bind(2, *centre);
  return day_rows(*q);
}

}  // namespace aftersales
