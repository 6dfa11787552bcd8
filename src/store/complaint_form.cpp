// The complaint form in the store (issue 29; seeds/002 客戶投訴管理辦法
// (九)1-6, (七)4(2)): the facts sales records (九)1, the entries each
// department writes while the form is with it (who, when, what), and the
// register (客戶抱怨案件登記追蹤表) as columns.
#include "store/impl.hpp"

#include "detail/json.hpp"

#include <algorithm>

namespace aftersales {

namespace {

void check_open(const Complaint& c, const char* what) {
  if (c.is_closed())
    throw Error(ErrorCode::state, "number", "complaint " + c.number() + " is closed: its form takes no more " + what);
}

void check_text(const std::optional<std::string>& v, const char* field) {
  if (v && v->empty()) throw Error(ErrorCode::invalid_argument, field, "is empty: give none when it is not known");
}

void check_author(std::string_view who, const char* field) {
  if (who.empty()) throw Error(ErrorCode::invalid_argument, field, "is empty: say who wrote it");
}

std::optional<RecordedComplaintForm> form_of(Store::Impl& impl, const Id& id) {
  auto q = impl.db.use(
      "SELECT customer, order_number, part_number, shipped, quantity, defective_quantity, customer_request, "
      "request_pending, sample_sent, recorded_by, recorded FROM complaint_forms WHERE complaint_id = ?1");
  q->bind_id(1, id);
  if (!q->step()) return std::nullopt;
  RecordedComplaintForm r;
  r.form.customer = q->optional_text(0);
  r.form.order_number = q->optional_text(1);
  r.form.part_number = q->optional_text(2);
  if (const auto d = q->optional_text(3)) r.form.shipped = parse_date(*d, "complaint_forms.shipped");
  r.form.quantity = q->optional_integer(4);
  r.form.defective_quantity = q->optional_integer(5);
  r.form.customer_request = q->optional_text(6);
  r.form.request_pending = q->integer(7) != 0;
  r.form.sample_sent = q->integer(8) != 0;
  r.recorded_by = q->text(9);
  r.recorded = instant(q->integer(10));
  return r;
}

std::int64_t entry_count(Store::Impl& impl, const Id& id) {
  auto q = impl.db.use("SELECT count(*) FROM complaint_entries WHERE complaint_id = ?1 AND field <> 'call_for'");
  q->bind_id(1, id);
  q->step();
  return q->integer(0);
}

}  // namespace

Id store_complaint_id(Store::Impl& impl, std::string_view number, std::string_view field) {
  auto q = impl.db.use("SELECT id FROM complaints WHERE number = ?1");
  q->bind(1, number);
  if (!q->step()) throw Error(ErrorCode::not_found, std::string(field), "no complaint '" + std::string(number) + "'");
  return q->id(0);
}

Id store_add_complaint_entry(Store::Impl& impl, const Id& complaint_id, std::string_view stage, std::string_view field,
                             std::string_view text, std::string_view author, Instant at) {
  Id id = impl.new_id();
  auto u = impl.db.use(
      "INSERT INTO complaint_entries (id, complaint_id, stage, field, text, author, at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  u->bind_id(1, id).bind_id(2, complaint_id).bind(3, stage).bind(4, field).bind(5, text);
  u->bind(6, author).bind(7, secs(at));
  u->run();
  return id;
}

RecordedComplaintForm Store::record_complaint_form(std::string_view number, const ComplaintForm& form,
                                                   std::string_view by, Instant at) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const Id id = store_complaint_id(*impl_, number);
  const Complaint c = store_replay_complaint(*impl_, number, "number");
  check_open(c, "facts");
  check_author(by, "by");
  impl_->check_time(at, "at");
  if (at < c.received())
    throw Error(ErrorCode::invalid_argument, "at",
                impl_->local_text(at) + " is before complaint " + c.number() + " was received (" +
                    impl_->local_text(c.received()) + ")");
  check_text(form.customer, "customer");
  check_text(form.order_number, "order_number");
  check_text(form.part_number, "part_number");
  check_text(form.customer_request, "customer_request");
  if (form.quantity && *form.quantity < 0)
    throw Error(ErrorCode::invalid_argument, "quantity", std::to_string(*form.quantity) + " is negative");
  if (form.defective_quantity && *form.defective_quantity < 0)
    throw Error(ErrorCode::invalid_argument, "defective_quantity",
                std::to_string(*form.defective_quantity) + " is negative");
  if (form.quantity && form.defective_quantity && *form.defective_quantity > *form.quantity)
    throw Error(ErrorCode::invalid_argument, "defective_quantity",
                std::to_string(*form.defective_quantity) + " is more than the quantity " +
                    std::to_string(*form.quantity));
  if (form.shipped && *form.shipped > impl_->local_date(at, "at"))
    throw Error(ErrorCode::invalid_argument, "shipped",
                format_date(*form.shipped) + " is after the form was recorded (" + impl_->local_text(at) + ")");
  auto u = impl_->db.use(
      "INSERT INTO complaint_forms (complaint_id, customer, order_number, part_number, shipped, quantity, "
      "defective_quantity, customer_request, request_pending, sample_sent, recorded_by, recorded) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
      // Standard SQL both engines share (PostgreSQL has no INSERT OR REPLACE).
      "ON CONFLICT (complaint_id) DO UPDATE SET customer = excluded.customer, order_number = excluded.order_number, "
      "part_number = excluded.part_number, shipped = excluded.shipped, quantity = excluded.quantity, "
      "defective_quantity = excluded.defective_quantity, customer_request = excluded.customer_request, "
      "request_pending = excluded.request_pending, sample_sent = excluded.sample_sent, "
      "recorded_by = excluded.recorded_by, recorded = excluded.recorded");
  u->bind_id(1, id).bind(2, form.customer).bind(3, form.order_number).bind(4, form.part_number);
  u->bind(5, form.shipped ? std::optional<std::string>(format_date(*form.shipped)) : std::nullopt);
  u->bind(6, form.quantity).bind(7, form.defective_quantity).bind(8, form.customer_request);
  u->bind(9, form.request_pending ? 1 : 0).bind(10, form.sample_sent ? 1 : 0).bind(11, by).bind(12, secs(at));
  u->run();
  tx.commit();
  return RecordedComplaintForm{form, std::string(by), at};
}

std::optional<RecordedComplaintForm> Store::complaint_form(std::string_view number) const {
  Impl::Lock lock(*impl_);
  return form_of(*impl_, store_complaint_id(*impl_, number));
}

ComplaintEntry Store::record_complaint_entry(std::string_view number, const ComplaintEntryInput& in) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const Id id = store_complaint_id(*impl_, number);
  const Complaint c = store_replay_complaint(*impl_, number, "number");
  check_open(c, "entries");
  const auto field_value = static_cast<int>(in.field);
  if (!enum_from_int<ComplaintField>(field_value))
    throw Error(ErrorCode::invalid_argument, "field", std::to_string(field_value) + " is not a complaint form field");
  // Only the department holding the form writes, and only its own fields:
  // the complaint's own stage list says which (seeds/002 (九)3-6, (七)4(2)).
  const ComplaintStage& stage = c.stages()[c.stage_index()];
  if (std::find(stage.entries.begin(), stage.entries.end(), in.field) == stage.entries.end()) {
    std::string allowed;
    for (const ComplaintField f : stage.entries) allowed += (allowed.empty() ? "" : ", ") + std::string(to_string(f));
    throw Error(ErrorCode::invalid_argument, "field",
                "'" + std::string(to_string(in.field)) + "' is not written at stage " + c.stage() + " of complaint " +
                    c.number() + " (" + stage.department + " writes " + (allowed.empty() ? "nothing" : allowed) +
                    ")");
  }
  if (in.text.empty()) throw Error(ErrorCode::invalid_argument, "text", "is empty");
  if (in.field == ComplaintField::production_date) (void)parse_date(in.text, "text");
  check_author(in.author, "author");
  impl_->check_time(in.at, "at");
  if (in.at < c.stage_entered())
    throw Error(ErrorCode::invalid_argument, "at",
                impl_->local_text(in.at) + " is before complaint " + c.number() + " entered stage " + c.stage() +
                    " (" + impl_->local_text(c.stage_entered()) + ")");
  const Id entry = store_add_complaint_entry(*impl_, id, c.stage(), to_string(in.field), in.text, in.author, in.at);
  tx.commit();
  return ComplaintEntry{entry, c.stage(), in.field, in.text, in.author, in.at};
}

std::vector<ComplaintEntry> Store::complaint_entries(std::string_view number) const {
  Impl::Lock lock(*impl_);
  const Id id = store_complaint_id(*impl_, number);
  auto q = impl_->db.use(
      "SELECT id, stage, field, text, author, at FROM complaint_entries WHERE complaint_id = ?1 ORDER BY at, id");
  q->bind_id(1, id);
  std::vector<ComplaintEntry> out;
  while (q->step())
    out.push_back(ComplaintEntry{q->id(0), q->text(1), parse_complaint_field(q->text_view(2), "complaint_entries.field"),
                                 q->text(3), q->text(4), instant(q->integer(5))});
  return out;
}

ComplaintRegister Store::complaint_register(Instant from, Instant to, std::optional<Instant> judged_at) const {
  Impl::Lock lock(*impl_);
  const Instant as_of = judged_at.value_or(impl_->now());
  std::vector<std::pair<std::string, Id>> rows;
  {
    auto q = impl_->db.use(
        "SELECT number, id FROM complaints WHERE received >= ?1 AND received < ?2 ORDER BY received, number");
    q->bind(1, secs(from)).bind(2, secs(to));
    while (q->step()) rows.emplace_back(q->text(0), q->id(1));
  }
  const ComplaintPolicy& policy = impl_->policy.complaints();
  ComplaintRegister out;
  for (const auto& [number, id] : rows) {
    const Complaint c = store_replay_complaint(*impl_, number, "number");
    const std::optional<RecordedComplaintForm> f = form_of(*impl_, id);
    const ComplaintForm form = f ? f->form : ComplaintForm{};
    out.number.push_back(c.number());
    out.received.push_back(secs(c.received()));
    out.accepted.push_back(secs(c.accepted()));
    out.customer.push_back(form.customer);
    out.order_number.push_back(form.order_number);
    out.part_number.push_back(form.part_number);
    out.shipped.push_back(form.shipped ? std::optional<std::string>(format_date(*form.shipped)) : std::nullopt);
    out.quantity.push_back(form.quantity);
    out.defective_quantity.push_back(form.defective_quantity);
    // (九)1 writes the pending note in the 客戶要求 column, beside a request given.
    std::optional<std::string> request = form.customer_request;
    if (form.request_pending)
      request = request ? *request + "（" + std::string(request_pending_text) + "）" : std::string(request_pending_text);
    out.request.push_back(std::move(request));
    out.sample_sent.push_back(static_cast<std::int8_t>(form.sample_sent ? 1 : 0));
    out.kind.emplace_back(to_string(c.kind()));
    out.severity.emplace_back(to_string(c.severity()));
    out.market.emplace_back(to_string(c.market()));
    out.department.push_back(c.department());
    out.stage.push_back(c.stage());
    out.stage_department.push_back(c.stage_department());
    out.stage_deadline.push_back(c.stage_deadline() ? std::optional<std::int64_t>(secs(*c.stage_deadline()))
                                                    : std::nullopt);
    out.deadline.push_back(secs(c.deadline()));
    out.standing.emplace_back(to_string(policy.standing(c, as_of)));
    out.closed_at.push_back(c.closed_at() ? std::optional<std::int64_t>(secs(*c.closed_at())) : std::nullopt);
    std::string skipped;
    for (const std::string& s : c.skipped()) skipped += (skipped.empty() ? "" : ", ") + s;
    out.skipped.push_back(std::move(skipped));
    out.entries.push_back(entry_count(*impl_, id));
  }
  return out;
}

// ---------------------------------------------------------------- as JSON

std::string to_json(const RecordedComplaintForm& r) {
  const ComplaintForm& f = r.form;
  const auto text = [](const std::optional<std::string>& v) { return v ? detail::Json(*v) : detail::Json(nullptr); };
  const auto number = [](const std::optional<std::int64_t>& v) { return v ? detail::Json(*v) : detail::Json(nullptr); };
  return detail::Json{{"customer", text(f.customer)},
                      {"order_number", text(f.order_number)},
                      {"part_number", text(f.part_number)},
                      {"shipped", f.shipped ? detail::Json(format_date(*f.shipped)) : detail::Json(nullptr)},
                      {"quantity", number(f.quantity)},
                      {"defective_quantity", number(f.defective_quantity)},
                      {"customer_request", text(f.customer_request)},
                      {"request_pending", f.request_pending},
                      {"sample_sent", f.sample_sent},
                      {"recorded_by", r.recorded_by},
                      {"recorded", secs(r.recorded)}}
      .dump();
}

std::string to_json(const std::vector<ComplaintEntry>& entries) {
  detail::Json out = detail::Json::array();
  for (const ComplaintEntry& e : entries)
    out.push_back({{"id", e.id},
                   {"stage", e.stage},
                   {"field", to_string(e.field)},
                   {"text", e.text},
                   {"author", e.author},
                   {"at", secs(e.at)}});
  return out.dump();
}

}  // namespace aftersales
