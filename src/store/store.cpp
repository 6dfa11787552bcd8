#include "store/impl.hpp"
#include "store/service_day.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <string_view>

namespace aftersales {

const char* to_string(CallState s) noexcept { return enum_name(s); }

// ---------------------------------------------------------------- opening

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

namespace {

namespace fs = std::filesystem;

std::string quoted(const std::string& path) { return "'" + path + "'"; }

// The side files SQLite may make beside a store.
constexpr const char* side_suffixes[] = {"-wal", "-shm", "-journal"};

// The reason a file cannot be opened, in plain words, from the file system
// (SQLite's codes say little: "unable to open database file").
std::string why_not_openable(const std::string& path, bool create) {
  std::error_code ec;
  const fs::path p(path);
  const fs::path parent = p.has_parent_path() ? p.parent_path() : fs::path(".");
  if (!fs::exists(p, ec)) {
    if (!fs::is_directory(parent, ec))
      return quoted(path) + " cannot be created: the directory '" + parent.string() + "' does not exist";
    if (create && ::access(parent.c_str(), W_OK) != 0)
      return quoted(path) + " cannot be created: permission denied in '" + parent.string() + "'";
    return quoted(path) + " does not exist";
  }
  if (::access(path.c_str(), R_OK) != 0) return quoted(path) + " cannot be opened: permission denied";
  if (::access(path.c_str(), W_OK) != 0) return quoted(path) + " cannot be written: permission denied";
  return quoted(path) + " cannot be opened";
}

// The first read of the file: SQLite opens lazily, so a file that is no
// database, or is damaged, shows here.
void probe(Db& db, const std::string& path, bool create) {
  const int rc = sqlite3_exec(db.get(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) return;
  switch (rc & 0xFF) {
    case SQLITE_NOTADB:
      throw Error(ErrorCode::storage, "path", quoted(path) + " is not a database file");
    case SQLITE_CORRUPT:
      throw Error(ErrorCode::storage, "path", quoted(path) + " is a damaged database file");
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
      throw Error(ErrorCode::storage, "path", why_not_openable(path, create));
    default:
      throw Error(ErrorCode::storage, "path",
                  quoted(path) + " cannot be read: " + sqlite3_errmsg(db.get()));
  }
}

}  // namespace

const char* to_string(OpenMode m) noexcept { return enum_name(m); }

Store Store::open(const std::string& path, Policy policy, StoreOptions options) {
  if (path.empty()) throw Error(ErrorCode::invalid_argument, "path", "is empty");
  if (options.busy_timeout.count() < 0) throw Error(ErrorCode::invalid_argument, "busy_timeout", "is negative");
  const OpenMode mode = options.mode;
  if (!enum_from_int<OpenMode>(static_cast<int>(mode)))
    throw Error(ErrorCode::invalid_argument, "mode",
                std::to_string(static_cast<int>(mode)) + " is not an open mode (" + enum_codes_text<OpenMode>() + ")");
  const bool create = mode == OpenMode::create;
  const bool memory = path == ":memory:";
  if (memory && !create)
    throw Error(ErrorCode::invalid_argument, "mode",
                std::string(to_string(mode)) + " needs an existing store; ':memory:' is a new one each time");
  // What exists before: a failed open removes only what it made.
  bool existed = true;
  std::vector<std::string> made;  // files that did not exist before, to remove on failure
  if (!memory) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (fs::is_directory(st))
      throw Error(ErrorCode::storage, "path", quoted(path) + " is a directory, not a store file");
    existed = fs::exists(st);
    if (!existed && ec && ec != std::errc::no_such_file_or_directory)
      throw Error(ErrorCode::storage, "path", quoted(path) + " cannot be opened: " + ec.message());
    if (!existed && !create) throw Error(ErrorCode::not_found, "path", quoted(path) + " does not exist");
    if (!existed) {
      const fs::path p(path);
      const fs::path parent = p.has_parent_path() ? p.parent_path() : fs::path(".");
      if (!fs::is_directory(parent, ec)) throw Error(ErrorCode::storage, "path", why_not_openable(path, true));
      made.push_back(path);
      for (const char* suffix : side_suffixes)
        if (!fs::exists(path + suffix, ec)) made.push_back(path + suffix);
    }
  }
  try {
    std::unique_ptr<Impl> impl;
    try {
      impl = std::make_unique<Impl>(std::move(policy), std::move(options), path);
    } catch (const Error&) {
      throw Error(ErrorCode::storage, "path", why_not_openable(path, create));
    }
    Db& db = impl->db;
    sqlite3_busy_timeout(db.get(), static_cast<int>(std::min<std::int64_t>(impl->options.busy_timeout.count(), 1 << 30)));
    probe(db, path, create);
    if (mode == OpenMode::query_only) {
      db.exec("PRAGMA query_only = ON");
      store::check_current(db, path);
    } else {
      // A file SQLite may only read (no write permission) is refused here,
      // before anything tries to write it.
      if (sqlite3_db_readonly(db.get(), "main") == 1)
        throw Error(ErrorCode::storage, "path",
                    quoted(path) + " cannot be written: permission denied (a query-only open may read it)");
      // Refused before the journal mode changes: another application's file is left as it was.
      store::check_store(db, path, create);
      // WAL survives a crash of the writer with every committed transaction.
      auto q = db.use("PRAGMA journal_mode = WAL");
      q->step();
    }
    db.exec("PRAGMA foreign_keys = ON");
    db.exec(impl->options.synchronous_full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    // 32 MiB of page cache: a month's indexes stay in memory for the reports.
    db.exec("PRAGMA cache_size = -32768");
    if (mode != OpenMode::query_only) {
      store::migrate(db, path, create, impl->policy.complaints());
      // A published year replaces the provisional one in the stored rows.
      impl->recomputed = impl->recompute_published();
    }
    return Store(std::move(impl));
  } catch (...) {
    // The connection is closed (impl destroyed); nothing this open made stays.
    std::error_code ec;
    for (const std::string& f : made) fs::remove(f, ec);
    throw;
  }
}

const Policy& Store::policy() const noexcept { return impl_->policy; }
const std::string& Store::path() const noexcept { return impl_->path; }
OpenMode Store::mode() const noexcept { return impl_->options.mode; }

Instant Store::now() const {
  Impl::Lock lock(*impl_);
  return impl_->now();
}
int Store::schema_version() noexcept { return store::current_schema_version(); }

// ---------------------------------------------------------------- the call register

ServiceCall Store::register_call(const CallIntake& intake) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  ServiceCall c = impl_->register_one(intake, "");
  tx.commit();
  return c;
}

std::vector<ServiceCall> Store::register_calls(std::span<const CallIntake> intakes) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  std::vector<ServiceCall> out;
  out.reserve(intakes.size());
  for (std::size_t i = 0; i < intakes.size(); ++i)
    out.push_back(impl_->register_one(intakes[i], "calls[" + std::to_string(i) + "]"));
  tx.commit();
  return out;
}

ImportResult Store::import_calls(std::span<const CallRecord> records, ImportOptions options) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  ImportResult result;
  result.imported.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!options.skip_bad) {
      impl_->import_one(records[i], i, result);
      continue;
    }
    // Each record in a savepoint of its own: a bad one is undone alone. The
    // counters go to the file first so that the rollback keeps them right.
    impl_->flush_counters();
    impl_->db.exec("SAVEPOINT import_record");
    try {
      impl_->import_one(records[i], i, result);
      impl_->db.exec("RELEASE import_record");
    } catch (const Error& e) {
      if (e.code() == ErrorCode::storage) throw;  // the file, not the record: the whole write fails
      impl_->db.exec("ROLLBACK TO import_record");
      impl_->db.exec("RELEASE import_record");
      impl_->forget_lookups();  // what the record added is gone
      result.rejected.push_back({i, e.code(), e.field(), e.message()});
    }
  }
  if (!options.dry_run) tx.commit();
  return result;
}

void Store::Impl::import_one(const CallRecord& r, std::size_t i, ImportResult& result) {
  const std::string prefix = "calls[" + std::to_string(i) + "]";
  const auto field = [&](const char* name) { return prefix + "." + name; };
  if (r.external_id) require_text(*r.external_id, field("external_id"));
  if (imported_before(r)) {
    result.skipped.push_back(i);
    return;
  }
  const auto made = register_one(r.intake, prefix);
  const Id& id = made.id;
  if (r.external_id) {
    auto u = db.use("UPDATE calls SET external_id = ?2 WHERE id = ?1");
    u->bind_id(1, id).bind(2, *r.external_id);
    u->run();
  }
  if (!r.dispatched) {
    for (const auto& [t, name] : {std::pair{r.arrived, "arrived"}, std::pair{r.completed, "completed"}})
      if (t) throw Error(ErrorCode::invalid_argument, field(name), "given without a dispatch");
    if (r.technician) throw Error(ErrorCode::invalid_argument, field("technician"), "given without a dispatch");
    result.imported.push_back(id);
    return;
  }
  if (!r.technician || r.technician->empty())
    throw Error(ErrorCode::invalid_argument, field("technician"), "is missing: a dispatch needs a technician");
  if (r.completed && !r.arrived)
    throw Error(ErrorCode::invalid_argument, field("completed"), "given without an arrival");
  // Each step: not in the future, not before the one before it.
  Instant before = r.intake.received;
  const char* before_name = "received";
  for (const auto& [t, name] :
       {std::pair{r.dispatched, "dispatched"}, std::pair{r.arrived, "arrived"}, std::pair{r.completed, "completed"}}) {
    if (!t) break;
    check_time(*t, field(name));
    if (*t < before)
      throw Error(ErrorCode::invalid_argument, field(name),
                  local_text(*t) + " is before " + before_name + " (" + local_text(before) + ")");
    before = *t;
    before_name = name;
  }
  ensure_technician(*r.technician);
  const char* state = r.completed ? "completed" : r.arrived ? "on_site" : "dispatched";
  std::optional<std::int64_t> met, signed_off;
  if (r.arrived) met = met_on_arrival(r.intake.received, r.intake.zone, made.deadline, *r.arrived) ? 1 : 0;
  if (r.completed) signed_off = r.signed_off ? 1 : 0;
  const auto opt = [](const std::optional<Instant>& t) {
    return t ? std::optional<std::int64_t>(secs(*t)) : std::nullopt;
  };
  auto u = db.use(
      "UPDATE calls SET state = ?2, technician = ?3, dispatched = ?4, arrived = ?5, completed = ?6, sla_met = ?7, "
      "signed_off = ?8 WHERE id = ?1");
  u->bind_id(1, id).bind(2, state).bind(3, *r.technician).bind(4, opt(r.dispatched)).bind(5, opt(r.arrived));
  u->bind(6, opt(r.completed)).bind(7, met).bind(8, signed_off);
  u->run();
  if (r.completed) mark_if_revisited(id, made.unit_id, *r.completed);
  result.imported.push_back(id);
}

// ---------------------------------------------------------------- properties

void Store::set_property(std::string_view name, std::string_view value) {
  Impl::Lock lock(*impl_);
  require_text(name, "name");
  Impl::Write tx(*impl_, __func__);
  auto u = impl_->db.use(
      "INSERT INTO properties (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET value = excluded.value");
  u->bind(1, name).bind(2, value);
  u->run();
  tx.commit();
}

std::optional<std::string> Store::property(std::string_view name) const {
  Impl::Lock lock(*impl_);
  auto q = impl_->db.use("SELECT value FROM properties WHERE name = ?1");
  q->bind(1, name);
  if (!q->step()) return std::nullopt;
  return q->text(0);
}

// ---------------------------------------------------------------- the visit

void Store::dispatch(const Id& call_id, std::string_view technician, Instant at) {
  Impl::Lock lock(*impl_);
  require_text(technician, "technician");
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  store_refuse_if_remote(*impl_, c, "dispatching");
  if (c.state != CallState::registered) impl_->out_of_order(c, "dispatching", "registered and not yet dispatched");
  impl_->check_time(at, "at");
  impl_->not_before(at, c.received, "received", c);
  store_refuse_respondent(*impl_, c, technician);
  impl_->ensure_technician(technician);
  auto u = impl_->db.use("UPDATE calls SET state = 'dispatched', technician = ?2, dispatched = ?3 WHERE id = ?1");
  u->bind_id(1, call_id).bind(2, technician).bind(3, secs(at));
  u->run();
  tx.commit();
}

void Store::pause(const Id& call_id, Instant at, std::string_view reason) {
  Impl::Lock lock(*impl_);
  require_text(reason, "reason");
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  store_refuse_if_remote(*impl_, c, "pausing the SLA clock");
  if (c.state != CallState::registered && c.state != CallState::dispatched)
    impl_->out_of_order(c, "pausing the SLA clock", "before the technician's arrival");
  if (const auto open = impl_->open_pause(call_id))
    throw Error(ErrorCode::state, "call",
                "call " + c.voucher + " is already paused since " + impl_->local_text(*open));
  impl_->check_time(at, "at");
  impl_->not_before(at, c.received, "received", c);
  for (const Pause& p : impl_->pauses_of(call_id)) impl_->not_before(at, *p.end, "last resumed", c);
  auto u = impl_->db.use("INSERT INTO pauses (call_id, start, reason) VALUES (?1, ?2, ?3)");
  u->bind_id(1, call_id).bind(2, secs(at)).bind(3, reason);
  u->run();
  tx.commit();
}

void Store::resume(const Id& call_id, Instant at) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  const auto open = impl_->open_pause(call_id);
  if (!open) throw Error(ErrorCode::state, "call", "call " + c.voucher + " is not paused");
  impl_->check_time(at, "at");
  impl_->not_before(at, *open, "paused", c);
  impl_->end_pause(c, at);
  tx.commit();
}

void Store::arrive(const Id& call_id, Instant at) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::dispatched) impl_->out_of_order(c, "arriving", "dispatched");
  impl_->check_time(at, "at");
  impl_->not_before(at, *c.dispatched, "dispatched", c);
  // Arriving ends a pause still open (the customer is home after all).
  if (const auto open = impl_->open_pause(call_id)) {
    impl_->not_before(at, *open, "paused", c);
    impl_->end_pause(c, at);
    c = impl_->load(call_id);
  }
  auto u = impl_->db.use("UPDATE calls SET state = 'on_site', arrived = ?2, sla_met = ?3 WHERE id = ?1");
  u->bind_id(1, call_id).bind(2, secs(at)).bind(3, impl_->met_on_arrival(c.received, c.zone, c.deadline, at) ? 1 : 0);
  u->run();
  tx.commit();
}

void Store::complete_on_site(const Id& call_id, Instant at, bool signed_off) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::on_site) impl_->out_of_order(c, "completing on site", "on site");
  impl_->check_time(at, "at");
  impl_->not_before(at, *c.arrived, "reached", c);
  auto u = impl_->db.use("UPDATE calls SET state = 'completed', completed = ?2, signed_off = ?3 WHERE id = ?1");
  u->bind_id(1, call_id).bind(2, secs(at)).bind(3, signed_off ? 1 : 0);
  u->run();
  impl_->mark_if_revisited(c.id, c.unit_id, at);
  tx.commit();
}

std::string Store::carry_in(const Id& call_id, Instant at, Date promised) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::on_site) impl_->out_of_order(c, "carrying in", "on site");
  impl_->check_time(at, "at");
  impl_->not_before(at, *c.arrived, "reached", c);
  const Date taken = impl_->local_date(at, "at");
  if (promised.is_special() || promised < taken)
    throw Error(ErrorCode::invalid_argument, "promised",
                (promised.is_special() ? std::string("not a date") : format_date(promised)) +
                    " is before the goods were taken in (" + format_date(taken) + ")");
  const std::string receipt = impl_->next_number("receipt", c.centre, impl_->yymm_of(at, "at"));
  {
    auto u = impl_->db.use("INSERT INTO carry_ins (call_id, receipt, taken, promised) VALUES (?1, ?2, ?3, ?4)");
    u->bind_id(1, call_id).bind(2, receipt).bind(3, secs(at)).bind(4, format_date(promised));
    u->run();
  }
  {
    auto u = impl_->db.use("INSERT INTO goods_log (call_id, direction, at) VALUES (?1, 'in', ?2)");
    u->bind_id(1, call_id).bind(2, secs(at));
    u->run();
  }
  auto u = impl_->db.use("UPDATE calls SET state = 'carried_in' WHERE id = ?1");
  u->bind_id(1, call_id);
  u->run();
  tx.commit();
  return receipt;
}

void Store::record_labour(const Id& call_id, std::string_view technician, Date on, Seconds worked,
                          std::string_view description) {
  Impl::Lock lock(*impl_);
  require_text(technician, "technician");
  if (worked <= Seconds(0) || worked > std::chrono::hours(24))
    throw Error(ErrorCode::invalid_argument, "worked",
                std::to_string(worked.count()) + " s is not a day's work (more than 0, at most 24 h)");
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  store_refuse_if_remote(*impl_, c, "recording labour");
  if (c.state == CallState::registered) impl_->out_of_order(c, "recording labour", "dispatched");
  store_refuse_if_billed(*impl_, c, "a labour line");
  if (on.is_special()) throw Error(ErrorCode::invalid_argument, "on", "is not a date");
  const Date first = impl_->local_date(*c.dispatched, "on");
  const Date today = impl_->local_date(impl_->now(), "on");
  if (on < first || on > today)
    throw Error(ErrorCode::invalid_argument, "on",
                format_date(on) + " is outside " + format_date(first) + " (dispatched) .. " + format_date(today) +
                    " (today)");
  impl_->ensure_technician(technician);
  auto u = impl_->db.use(
      "INSERT INTO labour_lines (id, call_id, technician, work_date, seconds, category, description) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  u->bind_id(1, impl_->new_id()).bind_id(2, call_id).bind(3, technician).bind(4, format_date(on));
  u->bind(5, static_cast<std::int64_t>(worked.count())).bind(6, to_string(c.category)).bind(7, description);
  u->run();
  tx.commit();
}

void Store::record_part(const Id& call_id, std::string_view part, std::int64_t quantity, Fen unit_price) {
  Impl::Lock lock(*impl_);
  require_text(part, "part");
  if (quantity < 1 || quantity > 1000000)
    throw Error(ErrorCode::invalid_argument, "quantity", std::to_string(quantity) + " is not a quantity of 1..1000000");
  if (unit_price < 0 || unit_price > (Fen{1} << 40))
    throw Error(ErrorCode::invalid_argument, "unit_price", std::to_string(unit_price) + " fen is not a price");
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  store_refuse_if_remote(*impl_, c, "recording parts");
  if (c.state == CallState::registered || c.state == CallState::dispatched)
    impl_->out_of_order(c, "recording parts", "reached by the technician");
  store_refuse_if_billed(*impl_, c, "a parts line");
  auto u = impl_->db.use(
      "INSERT INTO parts_lines (id, call_id, part, quantity, unit_price_fen) VALUES (?1, ?2, ?3, ?4, ?5)");
  u->bind_id(1, impl_->new_id()).bind_id(2, call_id).bind(3, part).bind(4, quantity).bind(5, unit_price);
  u->run();
  tx.commit();
}

void Store::return_goods(const Id& call_id, Instant at, bool signed_off) {
  return_goods(call_id, at, signed_off, Meaning::current);
}
void Store::return_goods(const Id& call_id, Instant at, bool signed_off, Meaning meaning) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::carried_in) impl_->out_of_order(c, "returning the goods", "carried in");
  impl_->check_time(at, "at");
  {
    auto q = impl_->db.use("SELECT taken, receipt, inspected FROM carry_ins WHERE call_id = ?1");
    q->bind_id(1, call_id);
    if (!q->step()) throw Error(ErrorCode::storage, "call", "carried-in call " + c.voucher + " has no receipt");
    impl_->not_before(at, instant(q->integer(0)), "carried in", c);
    // seeds/002 (十二): the goods go back only once the supervisor has inspected them (驗訖).
    const auto inspected = q->optional_integer(2);
    if (!inspected && meaning == Meaning::current && impl_->policy.service().inspection_before_return)
      throw Error(ErrorCode::state, "inspected",
                  "call " + c.voucher + " (receipt " + q->text(1) +
                      "): the goods have not been inspected by a supervisor (seeds/002 (十二), "
                      "service.inspection_before_return): inspect_repair first");
    if (inspected) impl_->not_before(at, instant(*inspected), "inspected", c);
  }
  {
    // The receipt the technician gave the customer is taken back and voided
    // (十二) at the return: carry_ins.returned (schema version 7).
    auto u = impl_->db.use("UPDATE carry_ins SET returned = ?2, signed_off = ?3 WHERE call_id = ?1");
    u->bind_id(1, call_id).bind(2, secs(at)).bind(3, signed_off ? 1 : 0);
    u->run();
  }
  {
    auto u = impl_->db.use("INSERT INTO goods_log (call_id, direction, at) VALUES (?1, 'out', ?2)");
    u->bind_id(1, call_id).bind(2, secs(at));
    u->run();
  }
  auto u = impl_->db.use("UPDATE calls SET state = 'returned', completed = ?2, signed_off = ?3 WHERE id = ?1");
  u->bind_id(1, call_id).bind(2, secs(at)).bind(3, signed_off ? 1 : 0);
  u->run();
  impl_->mark_if_revisited(c.id, c.unit_id, at);
  tx.commit();
}

void Store::record_survey(const Id& call_id, const SurveyAnswers& answers, std::string_view respondent, Instant at,
                          std::string_view comment) {
  record_survey(call_id, answers, respondent, at, comment, Meaning::current);
}
void Store::record_survey(const Id& call_id, const SurveyAnswers& answers, std::string_view respondent, Instant at,
                          std::string_view comment, Meaning meaning) {
  Impl::Lock lock(*impl_);
  require_text(respondent, "respondent");
  store::check_comment(comment, "comment");
  (void)survey_answers(static_cast<int>(answers.attitude), static_cast<int>(answers.skill),
                       static_cast<int>(answers.arrival), static_cast<int>(answers.promise));
  Impl::Write tx(*impl_, __func__);
  const ServiceCall c = impl_->load(call_id);
  if (meaning == Meaning::c_0_2_0) {  // as_store_record_survey: a call completed by a visit, as in 0.2.0
    if ((c.state != CallState::completed && c.state != CallState::returned) || !c.technician)
      impl_->out_of_order(c, "a survey by as_store_record_survey",
                          "completed by a visit (any call: as_store_record_survey_comment)");
  }
  // seeds/002 (二十三): a card for every call of the day, in any state. The
  // technician rated: the visit's, or for a call solved or attempted by
  // phone or remotely and not dispatched, the remote contact's (review §6).
  const std::optional<std::string> rated = c.technician ? c.technician : store_remote_technician(*impl_, c.id);
  if (rated && respondent == *rated)
    throw Error(ErrorCode::invalid_argument, "respondent",
                "'" + std::string(respondent) + "' is the call's own technician: he never answers its survey");
  {
    auto q = impl_->db.use("SELECT 1 FROM surveys WHERE call_id = ?1");
    q->bind_id(1, call_id);
    if (q->step()) throw Error(ErrorCode::state, "call", "call " + c.voucher + " already has its survey");
  }
  impl_->check_time(at, "at");
  // 0.2.0's order of refusals: a survey twice before the time checks.
  if (meaning == Meaning::c_0_2_0) impl_->not_before(at, *c.completed, "completed", c);
  impl_->not_before(at, c.received, "received", c);
  auto u = impl_->db.use(
      "INSERT INTO surveys (id, call_id, month, technician, respondent, attitude, skill, arrival, promise, recorded, "
      "comment) VALUES (?1, ?2, ?9, ?10, ?3, ?4, ?5, ?6, ?7, ?8, ?11)");
  u->bind_id(1, impl_->new_id()).bind_id(2, call_id).bind(3, respondent);
  u->bind(9, impl_->month_of(c.received, "received")).bind(10, rated).bind(11, comment);
  u->bind(4, static_cast<int>(answers.attitude)).bind(5, static_cast<int>(answers.skill));
  u->bind(6, static_cast<int>(answers.arrival)).bind(7, static_cast<int>(answers.promise)).bind(8, secs(at));
  u->run();
  // calls.surveyed_at (the report's covering index) is the schema's: the
  // trigger surveys_surveyed_at copies `recorded` (schema version 7).
  tx.commit();
}

// ---------------------------------------------------------------- queries

ServiceCall Store::call(const Id& call_id) const {
  Impl::Lock lock(*impl_);
  ServiceCall c = impl_->load(call_id);
  // A deadline flagged with a year the calendar now publishes: judged again
  // (src/store/provisional.cpp), not written.
  auto q = impl_->db.use("SELECT 1 FROM calls WHERE id = ?1 AND deadline_provisional <= ?2");
  q->bind_id(1, call_id).bind(2, impl_->published_through());
  if (q->step()) {
    if (const auto j = impl_->judge_for_read(c.id, c.received, c.zone, c.arrived)) {
      c.deadline = j->deadline;
      c.sla_met = j->sla_met;
    }
  }
  return c;
}

std::vector<Id> Store::queue(Instant now) const {
  Impl::Lock lock(*impl_);
  return impl_->queue_at(now);
}

}  // namespace aftersales
