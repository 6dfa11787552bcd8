// Bills, invoices and payments (issue 28). seeds/002 (十): paid work of a
// small amount is collected on the spot, otherwise an invoice is issued the
// same day; (十三): a paid carry-in repair is invoiced the day the goods go
// back; 第三篇: 上門費用20元, 修理費用400元, 零件費2000元 (2420 yuan); seeds/001:
// 按實際發生的費用收費. A bill is made once per call from its labour and parts
// lines and the fee schedule of its service category, its lines copied: a
// later change of the schedule or the lines never changes it.
#include "store/impl.hpp"
#include "store/service_day.hpp"

#include "detail/json.hpp"

namespace aftersales {

// The names are the tables' (aftersales/enum_names.hpp).
const char* to_string(PaymentMethod m) noexcept { return enum_name(m); }
const char* to_string(BillSettlement s) noexcept { return enum_name(s); }

namespace {

constexpr std::int64_t seconds_per_hour = 3600;

std::string fen_text(Fen f) { return format_yuan(f) + " yuan"; }

BillSettlement parse_settlement(std::string_view t) {
  if (const auto s = enum_from_name<BillSettlement>(t)) return *s;
  throw Error(ErrorCode::storage, "settlement", "unknown settlement '" + std::string(t) + "' in the file");
}

// The bill of `call_id`, lines and payments (paid as of `as_of`); none without one.
std::optional<Bill> load_bill(Store::Impl& impl, const Id& call_id, Instant as_of = Instant::max()) {
  auto q = impl.db.use(
      "SELECT b.id, b.call_id, c.voucher, c.centre, b.category, b.billed_at, b.settlement, b.due_on, b.total_fen, "
      "b.value_fen, b.invoice_number, b.invoiced_on FROM bills b JOIN calls c ON c.id = b.call_id WHERE b.call_id = ?1");
  q->bind_id(1, call_id);
  if (!q->step()) return std::nullopt;
  Bill b;
  b.id = q->id(0);
  b.call_id = q->id(1);
  b.voucher = q->text(2);
  b.centre = q->text(3);
  b.category = parse_category(q->text_view(4));
  b.billed_at = instant(q->integer(5));
  b.settlement = parse_settlement(q->text_view(6));
  if (const auto d = q->optional_text(7)) b.due_on = parse_date(*d, "due_on");
  b.total = q->integer(8);
  b.value = q->integer(9);
  b.invoice_number = q->optional_text(10);
  if (const auto d = q->optional_text(11)) b.invoiced_on = parse_date(*d, "invoiced_on");
  {
    auto l = impl.db.use(
        "SELECT kind, description, quantity, seconds, unit_price_fen, amount_fen, charged FROM bill_lines "
        "WHERE bill_id = ?1 ORDER BY seq");
    l->bind_id(1, b.id);
    while (l->step()) {
      BillLine line;
      line.kind = l->text(0);
      line.description = l->text(1);
      line.quantity = l->integer(2);
      if (const auto s = l->optional_integer(3)) line.worked = Seconds(*s);
      line.unit_price = l->integer(4);
      line.amount = l->integer(5);
      line.charged = l->integer(6) != 0;
      b.lines.push_back(std::move(line));
    }
  }
  auto p = impl.db.use("SELECT ifnull(sum(amount_fen), 0) FROM payments WHERE bill_id = ?1 AND paid_at <= ?2");
  p->bind_id(1, b.id).bind(2, secs(std::min(as_of, latest_record)));
  p->step();
  b.paid = p->integer(0);
  b.owed = b.total - b.paid;
  return b;
}

Bill existing_bill(Store::Impl& impl, const Id& call_id) {
  if (auto b = load_bill(impl, call_id)) return *b;
  const ServiceCall c = impl.load(call_id);  // not_found naming "call_id" for an unknown call
  throw Error(ErrorCode::not_found, "call_id", "call " + c.voucher + " has no bill (make it with bill_call)");
}

// Bill columns: `where` over bills b, calls c, customers cu; paid as of ?9.
template <class Bind>
BillColumns bill_columns(Store::Impl& impl, const char* sql, Bind bind) {
  BillColumns out;
  auto q = impl.db.use(sql);
  bind(*q);
  while (q->step()) {
    out.id.push_back(q->id(0));
    out.call_id.push_back(q->id(1));
    out.voucher.push_back(q->text(2));
    out.centre.push_back(q->text(3));
    out.customer.push_back(q->text(4));
    out.category.push_back(q->text(5));
    out.settlement.push_back(q->text(6));
    out.billed_at.push_back(q->integer(7));
    out.total.push_back(q->integer(8));
    out.value.push_back(q->integer(9));
    out.paid.push_back(q->integer(10));
    out.owed.push_back(q->integer(8) - q->integer(10));
    out.due_on.push_back(q->optional_text(11));
    out.invoice_number.push_back(q->optional_text(12));
    out.invoiced_on.push_back(q->optional_text(13));
  }
  return out;
}

#define AS_BILL_COLUMNS                                                                                           \
  "SELECT b.id, b.call_id, c.voucher, c.centre, cu.name, b.category, b.settlement, b.billed_at, b.total_fen, "    \
  "b.value_fen, (SELECT ifnull(sum(p.amount_fen), 0) FROM payments p WHERE p.bill_id = b.id AND p.paid_at <= ?9), " \
  "b.due_on, b.invoice_number, b.invoiced_on FROM bills b JOIN calls c ON c.id = b.call_id "                      \
  "JOIN customers cu ON cu.id = c.customer_id "

}  // namespace

std::optional<std::string> store_charges_json(const std::optional<ContractCharges>& charges) {
  if (!charges) return std::nullopt;
  detail::Json names = detail::Json::array();
  for (const auto& [pays, name] : {std::pair{charges->call_out, "call_out"}, std::pair{charges->labour, "labour"},
                                   std::pair{charges->parts, "parts"}})
    if (pays) names.push_back(name);
  return names.dump();
}

std::optional<ContractCharges> store_charges_of(const std::optional<std::string>& json) {
  if (!json) return std::nullopt;
  ContractCharges out;
  for (const auto& name : detail::parse_json(*json, "contracts.customer_pays")) {
    const std::string n = name.get<std::string>();
    (n == "call_out" ? out.call_out : n == "labour" ? out.labour : out.parts) = true;
  }
  return out;
}

// A call's lines and the schedule of its category become the bill's lines.
Bill Store::bill_call(const Id& call_id, Instant at) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::completed && c.state != CallState::returned)
    impl_->out_of_order(c, "billing", "completed on site or its goods returned");
  if (load_bill(*impl_, call_id))
    throw Error(ErrorCode::state, "call", "call " + c.voucher + " is billed already (a bill is made once)");
  impl_->check_time(at, "at");
  impl_->not_before(at, *c.completed, c.state == CallState::returned ? "returned" : "completed", c);
  const BillingRules& rules = impl_->policy.service().billing;
  FeeSchedule fee = rules.schedule(c.category);
  if (c.category == ServiceCategory::contract) {
    // (六) B: the maintenance contract covering the call's day says what its
    // customer pays, when it says so; else the policy's contract schedule.
    auto q = impl_->db.use(
        "SELECT customer_pays FROM contracts WHERE unit_id = ?1 AND kind = 'maintenance' AND start <= ?2 AND end >= ?2 "
        "AND customer_pays IS NOT NULL ORDER BY start DESC LIMIT 1");
    q->bind_id(1, c.unit_id).bind(2, format_date(impl_->local_date(c.received, "received")));
    if (q->step()) {
      const ContractCharges own = *store_charges_of(q->text(0));
      fee.customer_pays_call_out = own.call_out;
      fee.customer_pays_labour = own.labour;
      fee.customer_pays_parts = own.parts;
    }
  }
  const std::string category = to_string(c.category);

  std::vector<std::pair<BillLine, std::optional<Id>>> lines;  // with the copied line's id
  if (c.arrived) {  // visited: the call-out (上門費)
    BillLine l;
    l.kind = "call_out";
    l.description = "call-out";
    l.unit_price = l.amount = fee.call_out;
    l.charged = fee.customer_pays_call_out;
    lines.emplace_back(l, std::nullopt);
  }
  {
    auto q = impl_->db.use(
        "SELECT id, seconds, description, technician, work_date FROM labour_lines WHERE call_id = ?1 "
        "ORDER BY work_date, id");
    q->bind_id(1, call_id);
    std::int64_t total_seconds = 0, count = 0;
    while (q->step()) {
      const std::int64_t s = q->integer(1);
      total_seconds += s;
      ++count;
      if (fee.labour != FeeSchedule::Labour::per_hour) continue;
      BillLine l;
      l.kind = "labour";
      l.description = q->text(2).empty() ? q->text(3) + " " + q->text(4) : q->text(2);
      l.worked = Seconds(s);
      l.unit_price = fee.labour_rate;
      // Pro-rated to the second, half up to the fen (exact: integers).
      l.amount = (s * fee.labour_rate + seconds_per_hour / 2) / seconds_per_hour;
      l.charged = fee.customer_pays_labour;
      lines.emplace_back(l, q->id(0));
    }
    if (fee.labour == FeeSchedule::Labour::per_job && count > 0) {  // one repair job (修理費) per call
      BillLine l;
      l.kind = "labour";
      l.description = "repair job (" + std::to_string(count) + " labour line" + (count == 1 ? "" : "s") + ")";
      l.worked = Seconds(total_seconds);
      l.unit_price = l.amount = fee.labour_rate;
      l.charged = fee.customer_pays_labour;
      lines.emplace_back(l, std::nullopt);
    }
  }
  {
    auto q = impl_->db.use(
        "SELECT id, part, quantity, unit_price_fen FROM parts_lines WHERE call_id = ?1 ORDER BY id");
    q->bind_id(1, call_id);
    while (q->step()) {
      BillLine l;
      l.kind = "part";
      l.description = q->text(1);
      l.quantity = q->integer(2);
      l.unit_price = q->integer(3);
      l.amount = l.quantity * l.unit_price;  // at most 10^6 * 2^40: inside int64
      l.charged = fee.customer_pays_parts;
      lines.emplace_back(l, q->id(0));
    }
  }
  Bill b;
  b.id = impl_->new_id();
  b.call_id = call_id;
  b.voucher = c.voucher;
  b.centre = c.centre;
  b.category = c.category;
  b.billed_at = at;
  for (const auto& [l, source] : lines) {
    // Each line fits; their sum must too, or the bill would wrap.
    if (__builtin_add_overflow(b.value, l.amount, &b.value) ||
        (l.charged && __builtin_add_overflow(b.total, l.amount, &b.total)))
      throw Error(ErrorCode::out_of_range, "call",
                  "call " + c.voucher + ": the bill's lines add up to more than " +
                      std::to_string(std::numeric_limits<Fen>::max()) + " fen; nothing was billed");
    b.lines.push_back(l);
  }
  if (b.total == 0)
    b.settlement = BillSettlement::none;
  else if (b.total <= rules.collect_on_the_spot_max)
    b.settlement = BillSettlement::on_the_spot;
  else {
    b.settlement = BillSettlement::invoice;
    // (十) the same day as the work; (十三) the day the goods go back.
    b.due_on = impl_->local_date(*c.completed, "at");
  }
  b.owed = b.total;
  {
    auto u = impl_->db.use(
        "INSERT INTO bills (id, call_id, category, billed_at, settlement, due_on, total_fen, value_fen) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    u->bind_id(1, b.id).bind_id(2, call_id).bind(3, category).bind(4, secs(at)).bind(5, to_string(b.settlement));
    u->bind(6, b.due_on ? std::optional<std::string>(format_date(*b.due_on)) : std::nullopt);
    u->bind(7, b.total).bind(8, b.value);
    u->run();
  }
  int seq = 0;
  for (const auto& [l, source] : lines) {
    auto u = impl_->db.use(
        "INSERT INTO bill_lines (bill_id, seq, kind, description, source_id, quantity, seconds, unit_price_fen, "
        "amount_fen, charged) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    u->bind_id(1, b.id).bind(2, ++seq).bind(3, l.kind).bind(4, l.description).bind_id(5, source);
    u->bind(6, l.quantity).bind(7, l.worked ? std::optional<std::int64_t>(l.worked->count()) : std::nullopt);
    u->bind(8, l.unit_price).bind(9, l.amount).bind(10, l.charged ? 1 : 0);
    u->run();
  }
  tx.commit();
  return b;
}

Bill Store::issue_invoice(const Id& call_id, Instant at) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  Bill b = existing_bill(*impl_, call_id);
  if (b.invoice_number)
    throw Error(ErrorCode::state, "call",
                "call " + b.voucher + " is invoiced already (" + *b.invoice_number + " of " +
                    format_date(*b.invoiced_on) + ")");
  if (b.total == 0)
    throw Error(ErrorCode::state, "call", "call " + b.voucher + "'s bill charges nothing: there is nothing to invoice");
  impl_->check_time(at, "at");
  if (at < b.billed_at)
    throw Error(ErrorCode::invalid_argument, "at",
                impl_->local_text(at) + " is before call " + b.voucher + " was billed (" + impl_->local_text(b.billed_at) +
                    ")");
  const Date on = impl_->local_date(at, "at");
  const std::string number = impl_->next_number("invoice", b.centre, store::yymm(on));
  auto u = impl_->db.use("UPDATE bills SET invoice_number = ?2, invoiced_on = ?3, invoiced_at = ?4 WHERE id = ?1");
  u->bind_id(1, b.id).bind(2, number).bind(3, format_date(on)).bind(4, secs(at));
  u->run();
  tx.commit();
  b.invoice_number = number;
  b.invoiced_on = on;
  return b;
}

Id Store::record_payment(const Id& call_id, PaymentMethod method, Fen amount, Instant at) {
  Impl::Lock lock(*impl_);
  if (!enum_from_int<PaymentMethod>(static_cast<long long>(method)))
    throw Error(ErrorCode::invalid_argument, "method",
                std::to_string(static_cast<int>(method)) + " is not a payment method (" +
                    enum_codes_text<PaymentMethod>() + ")");
  if (amount <= 0) throw Error(ErrorCode::invalid_argument, "amount", std::to_string(amount) + " fen is not a payment (more than 0)");
  Impl::Write tx(*impl_, __func__);
  const Bill b = existing_bill(*impl_, call_id);
  if (amount > b.owed)
    throw Error(ErrorCode::invalid_argument, "amount",
                std::to_string(amount) + " fen (" + fen_text(amount) + ") is more than the " + std::to_string(b.owed) +
                    " fen (" + fen_text(b.owed) + ") still owed on call " + b.voucher + "'s bill");
  impl_->check_time(at, "at");
  if (at < b.billed_at)
    throw Error(ErrorCode::invalid_argument, "at",
                impl_->local_text(at) + " is before call " + b.voucher + " was billed (" + impl_->local_text(b.billed_at) +
                    ")");
  const Id id = impl_->new_id();
  auto u = impl_->db.use(
      "INSERT INTO payments (id, bill_id, method, amount_fen, paid_at, recorded) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  u->bind_id(1, id).bind_id(2, b.id).bind(3, to_string(method)).bind(4, amount).bind(5, secs(at));
  u->bind(6, secs(impl_->now()));
  u->run();
  tx.commit();
  return id;
}

Bill Store::bill(const Id& call_id) const {
  Impl::Lock lock(*impl_);
  return existing_bill(*impl_, call_id);
}

BillColumns Store::bills() const { return bills(earliest_record, latest_record); }

BillColumns Store::bills(Instant from, Instant to) const {
  Impl::Lock lock(*impl_);
  return bill_columns(*impl_, AS_BILL_COLUMNS "WHERE b.billed_at >= ?1 AND b.billed_at < ?2 ORDER BY b.billed_at, b.id",
                      [&](store::Statement& q) {
                        q.bind(1, secs(from)).bind(2, secs(to)).bind(9, secs(latest_record));
                      });
}

BillColumns Store::receivables(Instant as_of) const {
  Impl::Lock lock(*impl_);
  return bill_columns(*impl_,
                      AS_BILL_COLUMNS
                      "WHERE b.billed_at <= ?9 AND b.total_fen > (SELECT ifnull(sum(p.amount_fen), 0) FROM payments p "
                      "WHERE p.bill_id = b.id AND p.paid_at <= ?9) ORDER BY b.billed_at, b.id",
                      [&](store::Statement& q) { q.bind(9, secs(as_of)); });
}

namespace {

// The rows `keep` of `c`, in order.
BillColumns rows_of(const BillColumns& c, const std::vector<std::size_t>& keep) {
  BillColumns out;
  for (const std::size_t i : keep) {
    out.id.push_back(c.id[i]);
    out.call_id.push_back(c.call_id[i]);
    out.voucher.push_back(c.voucher[i]);
    out.centre.push_back(c.centre[i]);
    out.customer.push_back(c.customer[i]);
    out.category.push_back(c.category[i]);
    out.settlement.push_back(c.settlement[i]);
    out.billed_at.push_back(c.billed_at[i]);
    out.total.push_back(c.total[i]);
    out.value.push_back(c.value[i]);
    out.paid.push_back(c.paid[i]);
    out.owed.push_back(c.owed[i]);
    out.due_on.push_back(c.due_on.at(i));
    out.invoice_number.push_back(c.invoice_number.at(i));
    out.invoiced_on.push_back(c.invoiced_on.at(i));
  }
  return out;
}

// The last second of local day `d` in the calendar's zone.
Instant end_of_day(const Calendar& cal, Date d) {
  const Date next = d + boost::gregorian::days(1);
  return cal.to_utc(LocalTime(std::chrono::local_days(std::chrono::year_month_day(
             std::chrono::year(next.year()), std::chrono::month(next.month()), std::chrono::day(next.day()))))) -
         Seconds(1);
}

}  // namespace

Instant store_end_of_day(const Calendar& cal, Date d) { return end_of_day(cal, d); }

BillColumns Store::overdue_invoices(Date on) const {
  Impl::Lock lock(*impl_);
  if (on.is_special()) throw Error(ErrorCode::invalid_argument, "on", "is not a date");
  const Calendar& cal = impl_->policy.calendar();
  const Instant end = end_of_day(cal, on);
  // The invoice-settled bills made by the end of `on` whose invoice was not
  // issued by then, in order of due day.
  const BillColumns open = bill_columns(
      *impl_,
      AS_BILL_COLUMNS
      "WHERE b.settlement = 'invoice' AND b.billed_at <= ?9 AND (b.invoiced_at IS NULL OR b.invoiced_at > ?9) "
      "ORDER BY b.due_on, c.voucher",
      [&](store::Statement& q) { q.bind(9, secs(end)); });
  // The verdict is the SLA judge's (one judge per verdict): the invoice is
  // the awaited step, its deadline the end of the due day ((十) 當天, (十三)
  // 還商品當天); breached at the end of `on` = overdue.
  std::vector<std::size_t> late;
  for (std::size_t i = 0; i < open.size(); ++i) {
    const Instant deadline = end_of_day(cal, parse_date(*open.due_on.at(i), "due_on"));
    const SlaFacts facts{instant(open.billed_at[i]), {}, {}, std::nullopt, deadline};
    if (impl_->policy.dispatch().judge(facts, end).state == SlaState::breached) late.push_back(i);
  }
  return rows_of(open, late);
}

PaymentColumns Store::payments() const { return payments(earliest_record, latest_record); }

PaymentColumns Store::payments(Instant from, Instant to) const {
  Impl::Lock lock(*impl_);
  PaymentColumns out;
  auto q = impl_->db.use(
      "SELECT p.id, p.bill_id, b.call_id, c.voucher, c.centre, p.method, p.amount_fen, p.paid_at, p.recorded "
      "FROM payments p JOIN bills b ON b.id = p.bill_id JOIN calls c ON c.id = b.call_id "
      "WHERE p.paid_at >= ?1 AND p.paid_at < ?2 ORDER BY p.paid_at, p.id");
  q->bind(1, secs(from)).bind(2, secs(to));
  while (q->step()) {
    out.id.push_back(q->id(0));
    out.bill_id.push_back(q->id(1));
    out.call_id.push_back(q->id(2));
    out.voucher.push_back(q->text(3));
    out.centre.push_back(q->text(4));
    out.method.push_back(q->text(5));
    out.amount.push_back(q->integer(6));
    out.paid_at.push_back(q->integer(7));
    out.recorded.push_back(q->integer(8));
  }
  return out;
}

// A billed call takes no more lines: its bill would not show them.
void store_refuse_if_billed(Store::Impl& impl, const ServiceCall& c, const char* what) {
  auto q = impl.db.use("SELECT 1 FROM bills WHERE call_id = ?1");
  q->bind_id(1, c.id);
  if (q->step())
    throw Error(ErrorCode::state, "call",
                "call " + c.voucher + " is billed: " + what + " recorded now would not be on its bill");
}

namespace {

template <class T>
detail::Json nullable_json(const Nullable<T>& n, std::size_t i) {
  return n.valid[i] ? detail::Json(n.values[i]) : detail::Json(nullptr);
}

}  // namespace

std::string to_json(const BillColumns& c) {
  detail::Json out = {{"id", c.id},           {"call_id", c.call_id},   {"voucher", c.voucher},
                      {"centre", c.centre},   {"customer", c.customer}, {"category", c.category},
                      {"settlement", c.settlement}, {"billed_at", c.billed_at}, {"total_fen", c.total},
                      {"value_fen", c.value}, {"paid_fen", c.paid},     {"owed_fen", c.owed}};
  for (const auto& [name, col] : {std::pair{"due_on", &c.due_on}, std::pair{"invoice_number", &c.invoice_number},
                                  std::pair{"invoiced_on", &c.invoiced_on}}) {
    detail::Json a = detail::Json::array();
    for (std::size_t i = 0; i < c.size(); ++i) a.push_back(nullable_json(*col, i));
    out[name] = a;
  }
  return out.dump();
}

std::string to_json(const PaymentColumns& c) {
  detail::Json out = {{"id", c.id},         {"bill_id", c.bill_id}, {"call_id", c.call_id},
                      {"voucher", c.voucher}, {"centre", c.centre}, {"method", c.method},
                      {"amount_fen", c.amount}, {"paid_at", c.paid_at}, {"recorded", c.recorded}};
  return out.dump();
}

std::string to_json(const Bill& b) {
  detail::Json lines = detail::Json::array();
  for (const BillLine& l : b.lines)
    lines.push_back({{"kind", l.kind},
                     {"description", l.description},
                     {"quantity", l.quantity},
                     {"worked_s", l.worked ? detail::Json(l.worked->count()) : detail::Json(nullptr)},
                     {"unit_price_fen", l.unit_price},
                     {"amount_fen", l.amount},
                     {"charged", l.charged}});
  const auto opt_date = [](const std::optional<Date>& d) {
    return d ? detail::Json(format_date(*d)) : detail::Json(nullptr);
  };
  detail::Json out = {{"id", b.id},
                      {"call_id", b.call_id},
                      {"voucher", b.voucher},
                      {"centre", b.centre},
                      {"category", to_string(b.category)},
                      {"billed_at", secs(b.billed_at)},
                      {"settlement", to_string(b.settlement)},
                      {"due_on", opt_date(b.due_on)},
                      {"total_fen", b.total},
                      {"value_fen", b.value},
                      {"lines", lines},
                      {"invoice_number", b.invoice_number ? detail::Json(*b.invoice_number) : detail::Json(nullptr)},
                      {"invoiced_on", opt_date(b.invoiced_on)},
                      {"paid_fen", b.paid},
                      {"owed_fen", b.owed}};
  return out.dump();
}

}  // namespace aftersales
