#include <aftersales/store.hpp>

#include "store/schema.hpp"
#include "store/sqlite.hpp"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace aftersales {

using store::Db;
using store::Transaction;
using store::Use;

namespace {

const char* const call_state_names[] = {"registered", "dispatched", "on_site", "completed", "carried_in", "returned"};

CallState parse_call_state(std::string_view text) {
  for (int i = 0; i < 6; ++i)
    if (text == call_state_names[i]) return static_cast<CallState>(i);
  throw Error(ErrorCode::storage, "state", "unknown call state '" + std::string(text) + "' in the file");
}

ServiceCategory parse_category(std::string_view text) {
  for (ServiceCategory c : {ServiceCategory::paid, ServiceCategory::contract, ServiceCategory::free,
                            ServiceCategory::internal})
    if (text == to_string(c)) return c;
  throw Error(ErrorCode::storage, "category", "unknown category '" + std::string(text) + "' in the file");
}

std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }
Instant instant(std::int64_t s) { return Instant(Seconds(s)); }
std::optional<Instant> optional_instant(const std::optional<std::int64_t>& s) {
  return s ? std::optional<Instant>(instant(*s)) : std::nullopt;
}

void require_text(std::string_view value, const std::string& field) {
  if (value.empty()) throw Error(ErrorCode::invalid_argument, field, "is empty");
}

std::string with_prefix(const std::string& prefix, const char* field) {
  return prefix.empty() ? std::string(field) : prefix + "." + field;
}

}  // namespace

const char* to_string(CallState s) noexcept {
  const auto i = static_cast<std::size_t>(s);
  return i < 6 ? call_state_names[i] : "?";
}

struct Store::Impl {
  Policy policy;
  StoreOptions options;
  Db db;
  mutable std::mutex mutex;
  boost::uuids::random_generator uuids;

  Impl(Policy p, StoreOptions o, const std::string& path)
      : policy(std::move(p)),
        options(std::move(o)),
        db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX) {}

  // A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74
  // random bits. Time-ordered, so the id indexes take new records at their
  // end, and ids made on different tills still never collide.
  Id new_id() {
    boost::uuids::uuid u = uuids();
    const std::uint64_t ms =
        options.clock ? static_cast<std::uint64_t>(secs(now())) * 1000
                      : static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                       std::chrono::system_clock::now().time_since_epoch())
                                                       .count());
    for (int i = 0; i < 6; ++i) u.data[i] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    u.data[6] = static_cast<std::uint8_t>(0x70 | (u.data[6] & 0x0F));
    u.data[8] = static_cast<std::uint8_t>(0x80 | (u.data[8] & 0x3F));
    return boost::uuids::to_string(u);
  }

  // "Now", asked once per write (a batch checks all its times against one now).
  std::optional<Instant> write_now;

  Instant now() const {
    if (write_now) return *write_now;
    return options.clock ? options.clock() : std::chrono::floor<Seconds>(std::chrono::system_clock::now());
  }

  Date local_date(Instant t, const std::string& field) const {
    try {
      return policy.calendar().local_date(t);
    } catch (const Error& e) {
      throw Error(e.code(), field, e.message());
    }
  }

  std::string local_text(Instant t) const {
    const LocalTime l = policy.calendar().to_local(t);
    const auto day = std::chrono::floor<std::chrono::days>(l);
    const std::chrono::hh_mm_ss hms(l - day);
    char buf[48];
    const std::chrono::year_month_day ymd(day);
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02ld:%02ld", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()));
    return buf;
  }

  // A recorded time: in the calendar's range and not after the clock's now.
  void check_time(Instant at, const std::string& field) const {
    (void)local_date(at, field);
    const Instant limit = now();
    if (at > limit)
      throw Error(ErrorCode::invalid_argument, field,
                  local_text(at) + " is in the future (now is " + local_text(limit) + ")");
  }

  // YYYYMM of the local date.
  std::int64_t month_of(Instant t, const std::string& field) const {
    const Date d = local_date(t, field);
    return static_cast<std::int64_t>(d.year()) * 100 + d.month();
  }

  // Counter values handed out in the current write, flushed before its
  // commit (one row write per period, not one per number).
  std::map<std::pair<std::string, std::string>, std::int64_t> counters;

  // The next number of counter `name` in `period` ("2510"): "<prefix>2510-000123".
  std::string next_number(const char* name, const std::string& period, const char* prefix, int width) {
    auto [it, fresh] = counters.try_emplace({name, period}, 0);
    if (fresh) {
      auto q = db.use("SELECT last FROM counters WHERE name = ?1 AND period = ?2");
      q->bind(1, name).bind(2, period);
      if (q->step()) it->second = q->integer(0);
    }
    const std::int64_t last = ++it->second;
    std::string serial = std::to_string(last);
    if (serial.size() < static_cast<std::size_t>(width)) serial.insert(0, static_cast<std::size_t>(width) - serial.size(), '0');
    return std::string(prefix).append(period).append("-").append(serial);
  }

  // One write: BEGIN IMMEDIATE, the counters flushed before the commit,
  // rolled back (counters forgotten) unless committed.
  class Write {
   public:
    explicit Write(Impl& impl) : impl_(impl), tx_(impl.db) {
      impl_.counters.clear();
      impl_.write_now.reset();
      impl_.write_now = impl_.now();
    }
    ~Write() {
      impl_.counters.clear();
      impl_.write_now.reset();
    }
    Write(const Write&) = delete;
    Write& operator=(const Write&) = delete;
    void commit() {
      impl_.flush_counters();
      tx_.commit();
    }

   private:
    Impl& impl_;
    Transaction tx_;
  };

  void flush_counters() {
    for (const auto& [key, last] : counters) {
      auto u = db.use(
          "INSERT INTO counters (name, period, last) VALUES (?1, ?2, ?3) "
          "ON CONFLICT (name, period) DO UPDATE SET last = excluded.last");
      u->bind(1, key.first).bind(2, key.second).bind(3, last);
      u->run();
    }
    counters.clear();
  }

  void ensure_station(const std::string& code) {
    auto u = db.use("INSERT INTO stations (code) VALUES (?1) ON CONFLICT DO NOTHING");
    u->bind(1, code);
    u->run();
  }

  void ensure_technician(std::string_view code) {
    auto u = db.use("INSERT INTO technicians (code) VALUES (?1) ON CONFLICT DO NOTHING");
    u->bind(1, code);
    u->run();
  }

  Id find_or_add_customer(const CallIntake& in, Instant at) {
    {
      auto q = db.use("SELECT id FROM customers WHERE name = ?1 AND phone = ?2");
      q->bind(1, in.customer).bind(2, in.phone);
      if (q->step()) return q->text(0);
    }
    Id id = new_id();
    auto u = db.use("INSERT INTO customers (id, name, phone, address, created) VALUES (?1, ?2, ?3, ?4, ?5)");
    u->bind(1, id).bind(2, in.customer).bind(3, in.phone).bind(4, in.address).bind(5, secs(at));
    u->run();
    return id;
  }

  struct UnitRow {
    Id id;
    std::optional<std::int64_t> last_completed;  // none for a unit added now
  };

  UnitRow find_or_add_unit(const CallIntake& in, const Id& customer_id, const std::string& prefix) {
    {
      auto q = db.use("SELECT id, purchased, last_completed FROM units WHERE product = ?1 AND serial = ?2");
      q->bind(1, in.product).bind(2, in.serial);
      if (q->step()) {
        if (q->text_view(1) != format_date(in.purchased))
          throw Error(ErrorCode::invalid_argument, with_prefix(prefix, "purchased"),
                      format_date(in.purchased) + " differs from the purchase date on file for " + in.product + " " +
                          in.serial + " (" + q->text(1) + ")");
        return {q->text(0), q->optional_integer(2)};
      }
    }
    Id id = new_id();
    auto u = db.use(
        "INSERT INTO units (id, customer_id, product, serial, purchased, delivered, installed) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const auto date_text = [](const std::optional<Date>& d) {
      return d ? std::optional<std::string>(format_date(*d)) : std::nullopt;
    };
    u->bind(1, id).bind(2, customer_id).bind(3, in.product).bind(4, in.serial).bind(5, format_date(in.purchased));
    u->bind(6, date_text(in.delivered)).bind(7, date_text(in.installed));
    u->run();
    return {id, std::nullopt};
  }



  // The checks and decisions of one intake, then its rows. Inside a transaction.
  ServiceCall register_one(const CallIntake& in, const std::string& prefix) {
    const auto field = [&](const char* name) { return with_prefix(prefix, name); };
    require_text(in.customer, field("customer"));
    require_text(in.phone, field("phone"));
    require_text(in.address, field("address"));
    require_text(in.serial, field("serial"));
    require_text(in.centre, field("centre"));
    const WarrantyPolicy& warranty = policy.warranty();
    try {
      (void)warranty.terms(in.product);
      (void)policy.dispatch().target(in.zone);
    } catch (const Error& e) {
      throw e.nested(prefix);
    }
    check_time(in.received, field("received"));
    const Date on = local_date(in.received, field("received"));
    if (in.purchased.is_special()) throw Error(ErrorCode::invalid_argument, field("purchased"), "is not a date");
    if (in.purchased > on)
      throw Error(ErrorCode::invalid_argument, field("purchased"),
                  format_date(in.purchased) + " is after the call (" + format_date(on) + ")");
    for (const auto& [date, name] : {std::pair{in.delivered, "delivered"}, std::pair{in.installed, "installed"}})
      if (date && (date->is_special() || *date < in.purchased))
        throw Error(ErrorCode::invalid_argument, field(name),
                    (date->is_special() ? std::string("not a date") : format_date(*date)) + " is before the purchase " +
                        format_date(in.purchased));

    // The decisions of the intake: category and deadline, fixed now.
    UnitFacts unit;
    unit.product = in.product;
    unit.purchased = in.purchased;
    unit.delivered = in.delivered;
    unit.installed = in.installed;
    std::string category_rule;
    ServiceCategory category;
    Instant deadline;
    try {
      category = warranty.category(unit, on, in.cause ? std::optional<std::string_view>(*in.cause) : std::nullopt, {},
                                   {}, in.internal, &category_rule);
      deadline = policy.dispatch().deadline(in.received, in.zone);
    } catch (const Error& e) {
      if (e.field() == "on") throw Error(e.code(), field("received"), e.message());
      throw e.nested(prefix);
    }

    ensure_station(in.centre);
    const Id customer_id = find_or_add_customer(in, in.received);
    const UnitRow unit_row = find_or_add_unit(in, customer_id, prefix);
    const Id& unit_id = unit_row.id;
    const std::int64_t month = month_of(in.received, field("received"));
    char period[8];
    std::snprintf(period, sizeof period, "%02d%02d", static_cast<int>(month / 100 % 100), static_cast<int>(month % 100));
    const std::string voucher = next_number("voucher", period, "V", 6);
    const Id id = new_id();
    {
      auto u = db.use(
          "INSERT INTO calls (id, voucher, customer_id, unit_id, centre, zone, address, phone, fault, cause, internal, "
          "received, category, category_rule, deadline, state) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14, ?15, ?16, 'registered')");
      u->bind(1, id).bind(2, voucher).bind(3, customer_id).bind(4, unit_id).bind(5, in.centre).bind(6, in.zone);
      u->bind(7, in.address).bind(8, in.phone).bind(9, in.fault).bind(10, in.cause).bind(11, in.internal ? 1 : 0);
      u->bind(12, secs(in.received)).bind(14, to_string(category)).bind(15, category_rule);
      u->bind(16, secs(deadline));
      u->run();
    }
    // An earlier job on this unit completed within the revisit window was
    // not a first-time fix. Completed at most now means received at most now.
    if (unit_row.last_completed && *unit_row.last_completed >= secs(in.received) - revisit_seconds()) {
      auto u = db.use(
          "UPDATE calls SET revisited = 1 WHERE unit_id = ?1 AND received <= ?3 AND completed BETWEEN ?3 - ?4 AND ?3 "
          "AND id <> ?2 AND revisited = 0");
      u->bind(1, unit_id).bind(2, id).bind(3, secs(in.received)).bind(4, revisit_seconds());
      u->run();
    }
    ServiceCall c;
    c.id = id;
    c.voucher = voucher;
    c.customer_id = customer_id;
    c.unit_id = unit_id;
    c.customer = in.customer;
    c.phone = in.phone;
    c.address = in.address;
    c.zone = in.zone;
    c.centre = in.centre;
    c.product = in.product;
    c.serial = in.serial;
    c.fault = in.fault;
    c.received = in.received;
    c.category = category;
    c.category_rule = std::move(category_rule);
    c.deadline = deadline;
    return c;
  }

  std::int64_t revisit_seconds() const { return std::int64_t{policy.service().revisit_days} * 86400; }

  ServiceCall load(const Id& id) {
    auto q = db.use(
        "SELECT c.id, c.voucher, c.customer_id, c.unit_id, cu.name, c.phone, c.address, c.zone, c.centre, u.product, "
        "u.serial, c.fault, c.received, c.category, c.category_rule, c.deadline, c.state, c.technician, c.dispatched, "
        "c.arrived, c.completed, c.sla_met, c.signed_off "
        "FROM calls c JOIN customers cu ON cu.id = c.customer_id JOIN units u ON u.id = c.unit_id WHERE c.id = ?1");
    q->bind(1, id);
    if (!q->step()) throw Error(ErrorCode::not_found, "call_id", "no call '" + id + "'");
    ServiceCall c;
    c.id = q->text(0);
    c.voucher = q->text(1);
    c.customer_id = q->text(2);
    c.unit_id = q->text(3);
    c.customer = q->text(4);
    c.phone = q->text(5);
    c.address = q->text(6);
    c.zone = q->text(7);
    c.centre = q->text(8);
    c.product = q->text(9);
    c.serial = q->text(10);
    c.fault = q->text(11);
    c.received = instant(q->integer(12));
    c.category = parse_category(q->text_view(13));
    c.category_rule = q->text(14);
    c.deadline = instant(q->integer(15));
    c.state = parse_call_state(q->text_view(16));
    c.technician = q->optional_text(17);
    c.dispatched = optional_instant(q->optional_integer(18));
    c.arrived = optional_instant(q->optional_integer(19));
    c.completed = optional_instant(q->optional_integer(20));
    if (!q->is_null(21)) c.sla_met = q->integer(21) != 0;
    if (!q->is_null(22)) c.signed_off = q->integer(22) != 0;
    return c;
  }

  [[noreturn]] void out_of_order(const ServiceCall& c, const char* step, const char* needs) const {
    throw Error(ErrorCode::state, "call",
                std::string("call ") + c.voucher + " is " + to_string(c.state) + ": " + step + " needs it " + needs);
  }

  void not_before(Instant at, Instant earlier, const char* what, const ServiceCall& c) const {
    if (at < earlier)
      throw Error(ErrorCode::invalid_argument, "at",
                  local_text(at) + " is before call " + c.voucher + " was " + what + " (" + local_text(earlier) + ")");
  }

  std::vector<Pause> pauses_of(const Id& id) {
    std::vector<Pause> out;
    auto q = db.use("SELECT start, end FROM pauses WHERE call_id = ?1 ORDER BY start, id");
    q->bind(1, id);
    while (q->step()) out.push_back(Pause{instant(q->integer(0)), optional_instant(q->optional_integer(1))});
    return out;
  }

  // Closes the open pause at `at` and moves the deadline by the paused working time.
  void end_pause(const ServiceCall& c, Instant at) {
    {
      auto u = db.use("UPDATE pauses SET end = ?2 WHERE call_id = ?1 AND end IS NULL");
      u->bind(1, c.id).bind(2, secs(at));
      u->run();
    }
    const Instant deadline = policy.dispatch().deadline(c.received, c.zone, pauses_of(c.id));
    auto u = db.use("UPDATE calls SET deadline = ?2 WHERE id = ?1");
    u->bind(1, c.id).bind(2, secs(deadline));
    u->run();
  }

  std::optional<Instant> open_pause(const Id& id) {
    auto q = db.use("SELECT start FROM pauses WHERE call_id = ?1 AND end IS NULL");
    q->bind(1, id);
    if (q->step()) return instant(q->integer(0));
    return std::nullopt;
  }

  // The calls waiting for dispatch at `now`, in dispatch order.
  std::vector<Id> queue_at(Instant now) {
    std::vector<QueuedCall> waiting;
    // Two range scans of calls_dispatched: never dispatched, and dispatched after `now`.
    auto q = db.use(
        "SELECT id, received, zone FROM calls WHERE dispatched IS NULL AND received <= ?1 "
        "UNION ALL SELECT id, received, zone FROM calls WHERE dispatched > ?1 AND received <= ?1");
    q->bind(1, secs(now));
    while (q->step()) waiting.push_back(QueuedCall{q->text(0), instant(q->integer(1)), q->text(2), std::nullopt});
    return policy.dispatch().dispatch_order(waiting, now);
  }

  // The first and the last second of a local month.
  Instant month_start(YearMonth m) const {
    using namespace std::chrono;
    const year_month first = year_month(year(m.year), month(static_cast<unsigned>(m.month)));
    return policy.calendar().to_utc(LocalTime(local_days(first / 1)));
  }
  Instant month_end(YearMonth m) const {
    using namespace std::chrono;
    const year_month next = year_month(year(m.year), month(static_cast<unsigned>(m.month))) + months(1);
    return policy.calendar().to_utc(LocalTime(local_days(next / 1))) - Seconds(1);
  }

  // A later call for the unit within the revisit window: the job was no
  // first-time fix. Records the unit's latest completion.
  void mark_if_revisited(const Id& id, const Id& unit_id, Instant completed) {
    auto u = db.use(
        "UPDATE calls SET revisited = 1 WHERE id = ?1 AND EXISTS (SELECT 1 FROM calls o WHERE o.unit_id = ?2 "
        "AND o.id <> ?1 AND o.received >= ?3 AND o.received <= ?3 + ?4)");
    u->bind(1, id).bind(2, unit_id).bind(3, secs(completed)).bind(4, revisit_seconds());
    u->run();
    auto w = db.use("UPDATE units SET last_completed = max(ifnull(last_completed, ?2), ?2) WHERE id = ?1");
    w->bind(1, unit_id).bind(2, secs(completed));
    w->run();
  }
};

// ---------------------------------------------------------------- opening

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::string& path, Policy policy, StoreOptions options) {
  if (path.empty()) throw Error(ErrorCode::invalid_argument, "path", "is empty");
  if (options.busy_timeout.count() < 0) throw Error(ErrorCode::invalid_argument, "busy_timeout", "is negative");
  auto impl = std::make_unique<Impl>(std::move(policy), std::move(options), path);
  Db& db = impl->db;
  sqlite3_busy_timeout(db.get(), static_cast<int>(std::min<std::int64_t>(impl->options.busy_timeout.count(), 1 << 30)));
  db.exec("PRAGMA foreign_keys = ON");
  {
    // WAL survives a crash of the writer with every committed transaction.
    auto q = db.use("PRAGMA journal_mode = WAL");
    q->step();
  }
  db.exec(impl->options.synchronous_full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
  // 32 MiB of page cache: a month's indexes stay in memory for the reports.
  db.exec("PRAGMA cache_size = -32768");
  store::migrate(db);
  return Store(std::move(impl));
}

const Policy& Store::policy() const noexcept { return impl_->policy; }

Instant Store::now() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->now();
}
int Store::schema_version() noexcept { return store::current_schema_version(); }

// ---------------------------------------------------------------- the call register

ServiceCall Store::register_call(const CallIntake& intake) {
  std::lock_guard lock(impl_->mutex);
  Impl::Write tx(*impl_);
  ServiceCall c = impl_->register_one(intake, "");
  tx.commit();
  return c;
}

std::vector<ServiceCall> Store::register_calls(std::span<const CallIntake> intakes) {
  std::lock_guard lock(impl_->mutex);
  Impl::Write tx(*impl_);
  std::vector<ServiceCall> out;
  out.reserve(intakes.size());
  for (std::size_t i = 0; i < intakes.size(); ++i)
    out.push_back(impl_->register_one(intakes[i], "calls[" + std::to_string(i) + "]"));
  tx.commit();
  return out;
}

std::vector<Id> Store::import_calls(std::span<const CallRecord> records) {
  std::lock_guard lock(impl_->mutex);
  Impl::Write tx(*impl_);
  std::vector<Id> ids;
  ids.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    const CallRecord& r = records[i];
    const std::string prefix = "calls[" + std::to_string(i) + "]";
    const auto field = [&](const char* name) { return prefix + "." + name; };
    const auto made = impl_->register_one(r.intake, prefix);
    const Id& id = made.id;
    ids.push_back(id);
    if (!r.dispatched) {
      for (const auto& [t, name] : {std::pair{r.arrived, "arrived"}, std::pair{r.completed, "completed"}})
        if (t) throw Error(ErrorCode::invalid_argument, field(name), "given without a dispatch");
      if (r.technician) throw Error(ErrorCode::invalid_argument, field("technician"), "given without a dispatch");
      continue;
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
      impl_->check_time(*t, field(name));
      if (*t < before)
        throw Error(ErrorCode::invalid_argument, field(name),
                    impl_->local_text(*t) + " is before " + before_name + " (" + impl_->local_text(before) + ")");
      before = *t;
      before_name = name;
    }
    impl_->ensure_technician(*r.technician);
    const char* state = r.completed ? "completed" : r.arrived ? "on_site" : "dispatched";
    std::optional<std::int64_t> met, signed_off;
    if (r.arrived) met = *r.arrived <= made.deadline ? 1 : 0;
    if (r.completed) signed_off = r.signed_off ? 1 : 0;
    const auto opt = [](const std::optional<Instant>& t) {
      return t ? std::optional<std::int64_t>(secs(*t)) : std::nullopt;
    };
    auto u = impl_->db.use(
        "UPDATE calls SET state = ?2, technician = ?3, dispatched = ?4, arrived = ?5, completed = ?6, sla_met = ?7, "
        "signed_off = ?8 WHERE id = ?1");
    u->bind(1, id).bind(2, state).bind(3, *r.technician).bind(4, opt(r.dispatched)).bind(5, opt(r.arrived));
    u->bind(6, opt(r.completed)).bind(7, met).bind(8, signed_off);
    u->run();
    if (r.completed) impl_->mark_if_revisited(id, made.unit_id, *r.completed);
  }
  tx.commit();
  return ids;
}

// ---------------------------------------------------------------- the visit

void Store::dispatch(const Id& call_id, std::string_view technician, Instant at) {
  std::lock_guard lock(impl_->mutex);
  require_text(technician, "technician");
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::registered) impl_->out_of_order(c, "dispatching", "registered and not yet dispatched");
  impl_->check_time(at, "at");
  impl_->not_before(at, c.received, "received", c);
  impl_->ensure_technician(technician);
  auto u = impl_->db.use("UPDATE calls SET state = 'dispatched', technician = ?2, dispatched = ?3 WHERE id = ?1");
  u->bind(1, call_id).bind(2, technician).bind(3, secs(at));
  u->run();
  tx.commit();
}

void Store::pause(const Id& call_id, Instant at, std::string_view reason) {
  std::lock_guard lock(impl_->mutex);
  require_text(reason, "reason");
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::registered && c.state != CallState::dispatched)
    impl_->out_of_order(c, "pausing the SLA clock", "before the technician's arrival");
  if (const auto open = impl_->open_pause(call_id))
    throw Error(ErrorCode::state, "call",
                "call " + c.voucher + " is already paused since " + impl_->local_text(*open));
  impl_->check_time(at, "at");
  impl_->not_before(at, c.received, "received", c);
  for (const Pause& p : impl_->pauses_of(call_id)) impl_->not_before(at, *p.end, "last resumed", c);
  auto u = impl_->db.use("INSERT INTO pauses (call_id, start, reason) VALUES (?1, ?2, ?3)");
  u->bind(1, call_id).bind(2, secs(at)).bind(3, reason);
  u->run();
  tx.commit();
}

void Store::resume(const Id& call_id, Instant at) {
  std::lock_guard lock(impl_->mutex);
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  const auto open = impl_->open_pause(call_id);
  if (!open) throw Error(ErrorCode::state, "call", "call " + c.voucher + " is not paused");
  impl_->check_time(at, "at");
  impl_->not_before(at, *open, "paused", c);
  impl_->end_pause(c, at);
  tx.commit();
}

void Store::arrive(const Id& call_id, Instant at) {
  std::lock_guard lock(impl_->mutex);
  Impl::Write tx(*impl_);
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
  u->bind(1, call_id).bind(2, secs(at)).bind(3, at <= c.deadline ? 1 : 0);
  u->run();
  tx.commit();
}

void Store::complete_on_site(const Id& call_id, Instant at, bool signed_off) {
  std::lock_guard lock(impl_->mutex);
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::on_site) impl_->out_of_order(c, "completing on site", "on site");
  impl_->check_time(at, "at");
  impl_->not_before(at, *c.arrived, "reached", c);
  auto u = impl_->db.use("UPDATE calls SET state = 'completed', completed = ?2, signed_off = ?3 WHERE id = ?1");
  u->bind(1, call_id).bind(2, secs(at)).bind(3, signed_off ? 1 : 0);
  u->run();
  impl_->mark_if_revisited(c.id, c.unit_id, at);
  tx.commit();
}

std::string Store::carry_in(const Id& call_id, Instant at, Date promised) {
  std::lock_guard lock(impl_->mutex);
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::on_site) impl_->out_of_order(c, "carrying in", "on site");
  impl_->check_time(at, "at");
  impl_->not_before(at, *c.arrived, "reached", c);
  const Date taken = impl_->local_date(at, "at");
  if (promised.is_special() || promised < taken)
    throw Error(ErrorCode::invalid_argument, "promised",
                (promised.is_special() ? std::string("not a date") : format_date(promised)) +
                    " is before the goods were taken in (" + format_date(taken) + ")");
  const std::int64_t month = impl_->month_of(at, "at");
  char period[8];
  std::snprintf(period, sizeof period, "%02d%02d", static_cast<int>(month / 100 % 100), static_cast<int>(month % 100));
  const std::string receipt = impl_->next_number("receipt", period, "R", 5);
  {
    auto u = impl_->db.use("INSERT INTO carry_ins (call_id, receipt, taken, promised) VALUES (?1, ?2, ?3, ?4)");
    u->bind(1, call_id).bind(2, receipt).bind(3, secs(at)).bind(4, format_date(promised));
    u->run();
  }
  {
    auto u = impl_->db.use("INSERT INTO goods_log (call_id, direction, at) VALUES (?1, 'in', ?2)");
    u->bind(1, call_id).bind(2, secs(at));
    u->run();
  }
  auto u = impl_->db.use("UPDATE calls SET state = 'carried_in' WHERE id = ?1");
  u->bind(1, call_id);
  u->run();
  tx.commit();
  return receipt;
}

void Store::record_labour(const Id& call_id, std::string_view technician, Date on, Seconds worked,
                          std::string_view description) {
  std::lock_guard lock(impl_->mutex);
  require_text(technician, "technician");
  if (worked <= Seconds(0) || worked > std::chrono::hours(24))
    throw Error(ErrorCode::invalid_argument, "worked",
                std::to_string(worked.count()) + " s is not a day's work (more than 0, at most 24 h)");
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  if (c.state == CallState::registered) impl_->out_of_order(c, "recording labour", "dispatched");
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
  u->bind(1, impl_->new_id()).bind(2, call_id).bind(3, technician).bind(4, format_date(on));
  u->bind(5, static_cast<std::int64_t>(worked.count())).bind(6, to_string(c.category)).bind(7, description);
  u->run();
  tx.commit();
}

void Store::record_part(const Id& call_id, std::string_view part, std::int64_t quantity, Fen unit_price) {
  std::lock_guard lock(impl_->mutex);
  require_text(part, "part");
  if (quantity < 1 || quantity > 1000000)
    throw Error(ErrorCode::invalid_argument, "quantity", std::to_string(quantity) + " is not a quantity of 1..1000000");
  if (unit_price < 0 || unit_price > (Fen{1} << 40))
    throw Error(ErrorCode::invalid_argument, "unit_price", std::to_string(unit_price) + " fen is not a price");
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  if (c.state == CallState::registered || c.state == CallState::dispatched)
    impl_->out_of_order(c, "recording parts", "reached by the technician");
  auto u = impl_->db.use(
      "INSERT INTO parts_lines (id, call_id, part, quantity, unit_price_fen) VALUES (?1, ?2, ?3, ?4, ?5)");
  u->bind(1, impl_->new_id()).bind(2, call_id).bind(3, part).bind(4, quantity).bind(5, unit_price);
  u->run();
  tx.commit();
}

void Store::return_goods(const Id& call_id, Instant at, bool signed_off) {
  std::lock_guard lock(impl_->mutex);
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::carried_in) impl_->out_of_order(c, "returning the goods", "carried in");
  impl_->check_time(at, "at");
  {
    auto q = impl_->db.use("SELECT taken FROM carry_ins WHERE call_id = ?1");
    q->bind(1, call_id);
    if (!q->step()) throw Error(ErrorCode::storage, "call", "carried-in call " + c.voucher + " has no receipt");
    impl_->not_before(at, instant(q->integer(0)), "carried in", c);
  }
  {
    auto u = impl_->db.use("UPDATE carry_ins SET returned = ?2, signed_off = ?3 WHERE call_id = ?1");
    u->bind(1, call_id).bind(2, secs(at)).bind(3, signed_off ? 1 : 0);
    u->run();
  }
  {
    auto u = impl_->db.use("INSERT INTO goods_log (call_id, direction, at) VALUES (?1, 'out', ?2)");
    u->bind(1, call_id).bind(2, secs(at));
    u->run();
  }
  auto u = impl_->db.use("UPDATE calls SET state = 'returned', completed = ?2, signed_off = ?3 WHERE id = ?1");
  u->bind(1, call_id).bind(2, secs(at)).bind(3, signed_off ? 1 : 0);
  u->run();
  impl_->mark_if_revisited(c.id, c.unit_id, at);
  tx.commit();
}

void Store::record_survey(const Id& call_id, const SurveyAnswers& answers, std::string_view respondent, Instant at) {
  std::lock_guard lock(impl_->mutex);
  require_text(respondent, "respondent");
  (void)survey_answers(static_cast<int>(answers.attitude), static_cast<int>(answers.skill),
                       static_cast<int>(answers.arrival), static_cast<int>(answers.promise));
  Impl::Write tx(*impl_);
  const ServiceCall c = impl_->load(call_id);
  if (c.state != CallState::completed && c.state != CallState::returned)
    impl_->out_of_order(c, "a survey", "completed");
  if (respondent == *c.technician)
    throw Error(ErrorCode::invalid_argument, "respondent",
                "'" + std::string(respondent) + "' is the call's own technician: he never answers its survey");
  {
    auto q = impl_->db.use("SELECT 1 FROM surveys WHERE call_id = ?1");
    q->bind(1, call_id);
    if (q->step()) throw Error(ErrorCode::state, "call", "call " + c.voucher + " already has its survey");
  }
  impl_->check_time(at, "at");
  impl_->not_before(at, *c.completed, "completed", c);
  auto u = impl_->db.use(
      "INSERT INTO surveys (id, call_id, month, technician, respondent, attitude, skill, arrival, promise, recorded) "
      "VALUES (?1, ?2, ?9, ?10, ?3, ?4, ?5, ?6, ?7, ?8)");
  u->bind(1, impl_->new_id()).bind(2, call_id).bind(3, respondent);
  u->bind(9, impl_->month_of(c.received, "received")).bind(10, *c.technician);
  u->bind(4, static_cast<int>(answers.attitude)).bind(5, static_cast<int>(answers.skill));
  u->bind(6, static_cast<int>(answers.arrival)).bind(7, static_cast<int>(answers.promise)).bind(8, secs(at));
  u->run();
  tx.commit();
}

// ---------------------------------------------------------------- queries

ServiceCall Store::call(const Id& call_id) const {
  std::lock_guard lock(impl_->mutex);
  return impl_->load(call_id);
}

std::vector<Id> Store::queue(Instant now) const {
  std::lock_guard lock(impl_->mutex);
  return impl_->queue_at(now);
}

CallColumns Store::calls() const {
  return calls(Instant(Seconds(std::numeric_limits<std::int64_t>::min() / 2)),
               Instant(Seconds(std::numeric_limits<std::int64_t>::max() / 2)));
}

CallColumns Store::calls(Instant from, Instant to) const {
  std::lock_guard lock(impl_->mutex);
  CallColumns out;
  auto q = impl_->db.use(
      "SELECT c.id, c.voucher, cu.name, c.zone, c.centre, u.product, u.serial, ifnull(c.technician, ''), c.category, "
      "c.state, c.received, c.deadline, ifnull(c.dispatched, ?3), ifnull(c.arrived, ?3), ifnull(c.completed, ?3), "
      "ifnull(c.sla_met, -1), ifnull(c.signed_off, -1) "
      "FROM calls c JOIN customers cu ON cu.id = c.customer_id JOIN units u ON u.id = c.unit_id "
      "WHERE c.received >= ?1 AND c.received < ?2 ORDER BY c.received, c.id");
  q->bind(1, secs(from)).bind(2, secs(to)).bind(3, CallColumns::absent);
  while (q->step()) {
    out.id.push_back(q->text(0));
    out.voucher.push_back(q->text(1));
    out.customer.push_back(q->text(2));
    out.zone.push_back(q->text(3));
    out.centre.push_back(q->text(4));
    out.product.push_back(q->text(5));
    out.serial.push_back(q->text(6));
    out.technician.push_back(q->text(7));
    out.category.push_back(q->text(8));
    out.state.push_back(q->text(9));
    out.received.push_back(q->integer(10));
    out.deadline.push_back(q->integer(11));
    out.dispatched.push_back(q->integer(12));
    out.arrived.push_back(q->integer(13));
    out.completed.push_back(q->integer(14));
    out.sla_met.push_back(static_cast<std::int8_t>(q->integer(15)));
    out.signed_off.push_back(static_cast<std::int8_t>(q->integer(16)));
  }
  return out;
}

MonthlyReport Store::monthly_report(YearMonth month, std::optional<Instant> as_of) const {
  std::lock_guard lock(impl_->mutex);
  if (month.month < 1 || month.month > 12 || month.year < min_year || month.year > max_year)
    throw Error(ErrorCode::invalid_argument, "month", format_year_month(month) + " is not a month of 1970..2199");
  MonthlyReport r;
  r.month = month;
  r.as_of = as_of.value_or(impl_->now());
  const std::int64_t key = std::int64_t{month.year} * 100 + month.month;
  const std::int64_t at = secs(r.as_of);

  // One pass over the month's calls: SLA outcome at as_of per zone, centre
  // and technician; completions, first-time fixes and repair times.
  std::map<std::string, SlaRow> zones, centres, technicians;
  std::int64_t repair_seconds = 0;
  {
    auto q = impl_->db.use(
        "SELECT zone, centre, ifnull(technician, ''), deadline, arrived, sla_met, completed, state, revisited, "
        "received FROM calls WHERE received >= ?1 AND received < ?2");
    q->bind(1, secs(impl_->month_start(month))).bind(2, secs(impl_->month_end(month)) + 1);
    while (q->step()) {
      const std::int64_t deadline = q->integer(3);
      const std::optional<std::int64_t> arrived = q->optional_integer(4);
      const bool arrived_by = arrived && *arrived <= at;
      const bool met = arrived_by && q->integer(5) == 1;
      const bool breached = arrived_by ? !met : deadline < at;
      for (const auto& [rows, key_col] : {std::pair{&zones, 0}, std::pair{&centres, 1}, std::pair{&technicians, 2}}) {
        const std::string_view k = q->text_view(key_col);
        if (key_col == 2 && k.empty()) continue;  // not dispatched: no technician to count it against
        SlaRow& row = (*rows)[std::string(k)];
        ++row.calls;
        row.met += met;
        row.breached += breached;
        row.open += !met && !breached;
      }
      ++r.calls;
      const std::optional<std::int64_t> completed = q->optional_integer(6);
      if (completed && *completed <= at) {
        ++r.completed;
        repair_seconds += *completed - q->integer(9);
        if (q->text_view(7) == "completed" && q->integer(8) == 0) ++r.first_time_fixed;
      }
    }
  }
  for (const auto& [rows, out] : {std::pair{&zones, &r.sla_by_zone}, std::pair{&centres, &r.sla_by_centre},
                                  std::pair{&technicians, &r.sla_by_technician}})
    for (auto& [k, row] : *rows) {
      row.key = k;
      out->push_back(row);
    }
  r.queue_at = std::min(r.as_of, impl_->month_end(month));
  r.queue = impl_->queue_at(r.queue_at);
  if (r.completed > 0) r.mean_time_to_repair = Seconds((repair_seconds + r.completed / 2) / r.completed);

  {
    auto q = impl_->db.use(
        "SELECT technician, count(*), sum(attitude), sum(skill), sum(arrival), sum(promise) FROM surveys "
        "WHERE month = ?1 AND recorded <= ?2 GROUP BY technician ORDER BY technician");
    q->bind(1, key).bind(2, at);
    while (q->step()) {
      SatisfactionRow s;
      s.technician = q->text(0);
      s.surveys = q->integer(1);
      const auto mean = [&](std::int64_t sum, std::int64_t n) { return (sum * 100 + n / 2) / n; };
      s.attitude = mean(q->integer(2), s.surveys);
      s.skill = mean(q->integer(3), s.surveys);
      s.arrival = mean(q->integer(4), s.surveys);
      s.promise = mean(q->integer(5), s.surveys);
      s.overall = mean(q->integer(2) + q->integer(3) + q->integer(4) + q->integer(5), 4 * s.surveys);
      r.satisfaction.push_back(std::move(s));
    }
  }
  return r;
}

}  // namespace aftersales
