#pragma once
// The store's implementation shared by its source files: the connection,
// the policy, the clock, ids, numbering, and the helpers of every write.
#include <aftersales/enum_names.hpp>
#include <aftersales/store.hpp>

#include "detail/number_format.hpp"
#include "store/operation.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "store/unsettled.hpp"

#include <boost/uuid/random_generator.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <limits>
#include <unordered_map>
#include <optional>
#include <string>
#include <tuple>

namespace aftersales {

namespace store {

// A name read from the file: one the tables do not know means a damaged or
// foreign file, a storage error.
inline CallState parse_call_state(std::string_view text) {
  if (const auto s = enum_from_name<CallState>(text)) return *s;
  throw Error(ErrorCode::storage, "state", "unknown call state '" + std::string(text) + "' in the file");
}

inline ServiceCategory parse_category(std::string_view text) {
  if (const auto c = enum_from_name<ServiceCategory>(text)) return *c;
  throw Error(ErrorCode::storage, "category", "unknown category '" + std::string(text) + "' in the file");
}

inline std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }
inline Instant instant(std::int64_t s) { return Instant(Seconds(s)); }
inline std::optional<Instant> optional_instant(const std::optional<std::int64_t>& s) {
  return s ? std::optional<Instant>(instant(*s)) : std::nullopt;
}

inline void require_text(std::string_view value, const std::string& field) {
  if (value.empty()) throw Error(ErrorCode::invalid_argument, field, "is empty");
}

// A survey's free text (seeds/002 (二十四) 建議或抱怨): at most 2000 bytes,
// no control characters but newlines and tabs.
inline void check_comment(std::string_view value, const std::string& field) {
  if (value.size() > 2000)
    throw Error(ErrorCode::invalid_argument, field, std::to_string(value.size()) + " bytes is longer than 2000");
  for (const char ch : value)
    if ((static_cast<unsigned char>(ch) < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7f)
      throw Error(ErrorCode::invalid_argument, field,
                  "has a control character (code " + std::to_string(static_cast<int>(ch)) + ")");
}

// extra_causes as stored: a JSON array of names (records.cpp).
std::vector<std::string> causes_of(std::string_view json);
std::string causes_json(const std::vector<std::string>& causes);

// "2510": the period of the numbers of local date `d` (year % 100, month).
inline std::string yymm(const Date& d) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d%02d", static_cast<int>(d.year() % 100), static_cast<int>(d.month()));
  return buf;
}

inline std::string with_prefix(const std::string& prefix, const char* field) {
  return prefix.empty() ? std::string(field) : prefix + "." + field;
}

}  // namespace store

using store::Db;
using store::Transaction;
using store::Use;
using store::instant;
using store::parse_call_state;
using store::parse_category;
using store::optional_instant;
using store::require_text;
using store::secs;
using store::with_prefix;

struct Store::Impl {
  Policy policy;
  StoreOptions options;
  Db db;
  // The handle's lock, taken only through Lock (below): the clock first.
  mutable store::OperationLock operation_lock;
  boost::uuids::random_generator uuids;

  std::string path;
  Recomputed recomputed;  // what the open recomputed (src/store/provisional.cpp)

  // Only create mode may make the file (the others never create it, even
  // when it disappears between the check and the open). query_only opens
  // read-write too: SQLITE_OPEN_READONLY would leave -wal/-shm behind.
  Impl(Policy p, StoreOptions o, const std::string& file)
      : policy(std::move(p)),
        options(std::move(o)),
        db(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                     (options.mode == OpenMode::create ? SQLITE_OPEN_CREATE : 0)),
        path(file) {}

  // A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74
  // random bits; ids made on different tills never collide. Monotonic per
  // store handle (RFC 9562 6.2, method 2): within one millisecond (or a
  // fixed test clock) the next id is the last plus one, so the id indexes
  // always take new records at their end.
  std::optional<std::pair<std::uint64_t, std::uint64_t>> last_id;  // the last id made, as two big-endian halves

  Id new_id() {
    // The operation's reading of the clock (readings taken before the lock
    // may reach it out of order: the last id plus one keeps the ids rising).
    const std::uint64_t ms = reading().unix_ms;
    constexpr std::uint64_t version = 0x7000, variant = std::uint64_t{1} << 63;
    constexpr std::uint64_t rand_a_mask = 0x0FFF, rand_b_mask = (std::uint64_t{1} << 62) - 1;
    std::uint64_t high, low;
    if (!last_id || ms > last_id->first >> 16) {
      const boost::uuids::uuid u = uuids();
      std::uint64_t r1 = 0, r2 = 0;
      for (int i = 0; i < 8; ++i) r1 = r1 << 8 | u.data[i];
      for (int i = 8; i < 16; ++i) r2 = r2 << 8 | u.data[i];
      high = (ms & 0xFFFF'FFFF'FFFF) << 16 | version | (r1 & rand_a_mask);
      low = variant | (r2 & rand_b_mask);
    } else {
      high = last_id->first;
      std::uint64_t rand_b = (last_id->second & rand_b_mask) + 1;
      if (rand_b > rand_b_mask) {  // 2^62 ids in one millisecond: carry into rand_a, then the clock field
        rand_b = 0;
        high = (high & rand_a_mask) == rand_a_mask ? ((high >> 16) + 1) << 16 | version : high + 1;
      }
      low = variant | rand_b;
    }
    last_id = {high, low};
    unsigned char bytes[16];
    for (int i = 0; i < 8; ++i) {
      bytes[i] = static_cast<unsigned char>(high >> (8 * (7 - i)));
      bytes[8 + i] = static_cast<unsigned char>(low >> (8 * (7 - i)));
    }
    return store::uuid_text(bytes);
  }

  // Every public operation holds one: the clock read on the calling thread,
  // then the lock taken (never the clock under the lock: src/store/operation.hpp).
  struct Lock : store::OperationLock::Hold {
    explicit Lock(Impl& impl) : Hold(impl.operation_lock, impl.options.clock) {}
  };

  // "Now": the operation's one reading (a batch checks all its times against
  // it). Outside an operation (the open, before the handle is shared, holding
  // no lock) the clock is read there and then.
  store::ClockReading reading() const {
    if (const auto& r = operation_lock.reading()) return *r;
    return store::read_clock(options.clock);
  }
  Instant now() const { return reading().now; }

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

  // Parents known to exist in the current write (cleared with it, so a
  // rolled-back insert is never remembered): one lookup per write, not per call.
  std::set<std::string, std::less<>> stations_seen, technicians_seen;
  std::map<std::string, std::int64_t, std::less<>> rule_ids;

  // Counter values handed out in the current write, flushed before its
  // commit (one row write per counter, not one per number). Keyed (name,
  // centre, period): a centre's numbers never share a counter with
  // another's (schema version 6; centre "" for numbers given centrally).
  std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> counters;

  // The next serial of counter `name` of `centre` in `period` ("2510").
  std::int64_t next_serial(const char* name, const std::string& centre, const std::string& period) {
    auto [it, fresh] = counters.try_emplace({name, centre, period}, 0);
    if (fresh) {
      auto q = db.use("SELECT last FROM counters WHERE name = ?1 AND centre = ?2 AND period = ?3");
      q->bind(1, name).bind(2, centre).bind(3, period);
      if (q->step()) it->second = q->integer(0);
    }
    return ++it->second;
  }

  // The next number of `kind` of `centre` in `period` ("2510"), spelled by
  // the policy's service.numbering template ("V-main-2510-000123").
  // `kind` is one of NumberingRules::kinds, also the counter's name.
  std::string next_number(const char* kind, const std::string& centre, const std::string& period) {
    return detail::format_number(*policy.service().numbering.of(kind), centre, period,
                                 next_serial(kind, centre, period));
  }

  // "2510": the numbers' period of the local date of `t`.
  std::string yymm_of(Instant t, const std::string& field) const { return store::yymm(local_date(t, field)); }

  // One write: BEGIN IMMEDIATE, the counters flushed before the commit,
  // rolled back (counters forgotten) unless committed.
  class Write {
   public:
    // `operation` names the write (the Store member) for the refusal of a
    // query-only handle.
    Write(Impl& impl, const char* operation) : impl_(impl), tx_((impl.refuse_write(operation), impl.db)) {
      impl_.forget_write();
    }
    ~Write() { impl_.forget_write(); }
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

  void refuse_write(const char* operation) const {
    if (options.mode == OpenMode::query_only)
      throw Error(ErrorCode::state, "store",
                  "'" + path + "' is open query-only: " + operation + " would change it (open it in create or "
                  "must_exist mode to write)");
  }

  void forget_write() { forget_lookups(); }

  // The counters and lookups remembered during a write (after a rollback).
  void forget_lookups() {
    counters.clear();
    stations_seen.clear();
    technicians_seen.clear();
    rule_ids.clear();
  }

  // The sla_met column: the judge's verdict at the arrival, on the deadline
  // counted over the call's pauses (all ended by then: arriving ends an open one).
  bool met_on_arrival(Instant received, std::string_view zone, Instant deadline, Instant arrival) const {
    return policy.dispatch().judge(SlaFacts{received, zone, {}, arrival, deadline}, arrival).state == SlaState::met;
  }

  // ---- provisional years (src/store/provisional.cpp)
  // The provisional year a deadline counted from `received` leaned on, or
  // none: what the calls row keeps in deadline_provisional.
  std::optional<int> provisional_of(Instant received, Instant deadline) const {
    return policy.calendar().provisional_year_in(received, deadline);
  }
  // The flags (deadline_provisional) up to this year name a year the
  // calendar now publishes whole (its horizon at or after the year's end);
  // 0 when none does (no horizon).
  int published_through() const;
  // A call's deadline, verdict and flag counted again with the calendar, by
  // the code paths that stored them (intake and resume: the deadline from
  // received, zone and the ended pauses; arrival: arrived <= deadline).
  struct Judged {
    Instant deadline{};
    std::optional<bool> sla_met;
    std::optional<int> provisional;
  };
  Judged recount(const Id& id, Instant received, const std::string& zone, std::optional<Instant> arrived);
  // For a read: recount's answer, or none when the calendar cannot count that
  // far (refuse mode past its horizon): the reader keeps the stored values,
  // still flagged, so one row never makes a store unreadable.
  std::optional<Judged> judge_for_read(const Id& id, Instant received, const std::string& zone,
                                       std::optional<Instant> arrived);
  // Recomputes the rows flagged with a published year, in one transaction
  // (create and must_exist opens).
  Recomputed recompute_published();

  // One record of Store::import_calls: skipped (already in the store) or
  // imported into `result`; throws Error naming "calls[i]..." when bad.
  void import_one(const CallRecord& r, std::size_t i, ImportResult& result);

  void flush_counters() {
    for (const auto& [key, last] : counters) {
      auto u = db.use(
          "INSERT INTO counters (name, centre, period, last) VALUES (?1, ?2, ?3, ?4) "
          "ON CONFLICT (name, centre, period) DO UPDATE SET last = excluded.last");
      u->bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, std::get<2>(key)).bind(4, last);
      u->run();
    }
    counters.clear();
  }

  void ensure_station(const std::string& code) {
    if (!stations_seen.insert(code).second) return;
    auto u = db.use("INSERT INTO stations (code) VALUES (?1) ON CONFLICT DO NOTHING");
    u->bind(1, code);
    u->run();
  }

  void ensure_technician(std::string_view code) {
    if (!technicians_seen.emplace(code).second) return;
    auto u = db.use("INSERT INTO technicians (code) VALUES (?1) ON CONFLICT DO NOTHING");
    u->bind(1, code);
    u->run();
  }

  Id find_or_add_customer(const CallIntake& in, Instant at) {
    {
      auto q = db.use("SELECT id FROM customers WHERE name = ?1 AND phone = ?2");
      q->bind(1, in.customer).bind(2, in.phone);
      if (q->step()) return q->id(0);
    }
    Id id = new_id();
    auto u = db.use("INSERT INTO customers (id, name, phone, address, created) VALUES (?1, ?2, ?3, ?4, ?5)");
    u->bind_id(1, id).bind(2, in.customer).bind(3, in.phone).bind(4, in.address).bind(5, secs(at));
    u->run();
    return id;
  }

  struct UnitRow {
    Id id;
    std::optional<std::int64_t> last_completed;  // the latest completion of its calls
    bool has_contracts = false;
  };

  UnitRow find_or_add_unit(const CallIntake& in, const Id& customer_id, const std::string& prefix) {
    {
      auto q = db.use("SELECT id, purchased, last_completed, contracts FROM units WHERE product = ?1 AND serial = ?2");
      q->bind(1, in.product).bind(2, in.serial);
      if (q->step()) {
        if (q->text_view(1) != format_date(in.purchased))
          throw Error(ErrorCode::invalid_argument, with_prefix(prefix, "purchased"),
                      format_date(in.purchased) + " differs from the purchase date on file for " + in.product + " " +
                          in.serial + " (" + q->text(1) + ")");
        return {q->id(0), q->optional_integer(2), q->integer(3) > 0};
      }
    }
    Id id = new_id();
    auto u = db.use(
        "INSERT INTO units (id, customer_id, product, serial, purchased, delivered, installed) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const auto date_text = [](const std::optional<Date>& d) {
      return d ? std::optional<std::string>(format_date(*d)) : std::nullopt;
    };
    u->bind_id(1, id).bind_id(2, customer_id).bind(3, in.product).bind(4, in.serial).bind(5, format_date(in.purchased));
    u->bind(6, date_text(in.delivered)).bind(7, date_text(in.installed));
    u->run();
    return {id, std::nullopt, false};
  }



  // The id of a rule's text, added the first time it is used.
  std::int64_t rule_id(const std::string& text) {
    if (const auto it = rule_ids.find(text); it != rule_ids.end()) return it->second;
    std::int64_t id;
    auto q = db.use("SELECT id FROM rules WHERE text = ?1");
    q->bind(1, text);
    if (q->step()) {
      id = q->integer(0);
    } else {
      auto u = db.use("INSERT INTO rules (text) VALUES (?1)");
      u->bind(1, text);
      u->run();
      id = sqlite3_last_insert_rowid(db.get());
    }
    rule_ids.emplace(text, id);
    return id;
  }

  struct UnitContracts {
    std::vector<MaintenanceContract> maintenance;
    std::vector<ExtendedWarranty> extended;
  };

  UnitContracts contracts_of(const Id& unit_id) {
    UnitContracts out;
    auto q = db.use(
        "SELECT number, kind, start, end, years, extra_causes, successor FROM contracts WHERE unit_id = ?1 "
        "ORDER BY number");
    q->bind_id(1, unit_id);
    while (q->step()) {
      if (q->text_view(1) == "maintenance") {
        out.maintenance.push_back(MaintenanceContract{q->text(0), parse_date(q->text_view(2), "contracts.start"),
                                                      parse_date(q->text_view(3), "contracts.end"),
                                                      q->optional_text(6)});
      } else {
        out.extended.push_back(ExtendedWarranty{q->text(0), static_cast<int>(q->integer(4)),
                                                store::causes_of(q->text_view(5))});
      }
    }
    return out;
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

    ensure_station(in.centre);
    const Id customer_id = find_or_add_customer(in, in.received);
    const UnitRow unit_row = find_or_add_unit(in, customer_id, prefix);
    const Id& unit_id = unit_row.id;
    const UnitContracts contracts = unit_row.has_contracts ? contracts_of(unit_id) : UnitContracts{};
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
      category = warranty.category(unit, on, in.cause ? std::optional<std::string_view>(*in.cause) : std::nullopt,
                                   contracts.maintenance, contracts.extended, in.internal, &category_rule);
      deadline = policy.dispatch().deadline(in.received, in.zone);
    } catch (const Error& e) {
      if (e.field() == "on") throw Error(e.code(), field("received"), e.message());
      throw e.nested(prefix);
    }

    const std::string voucher = next_number("voucher", in.centre, yymm_of(in.received, field("received")));
    const Id id = new_id();
    {
      auto u = db.use(
          "INSERT INTO calls (id, voucher, customer_id, unit_id, centre, zone, address, phone, fault, cause, internal, "
          "received, category, category_rule, deadline, state, deadline_provisional) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14, ?15, ?16, 'registered', ?17)");
      u->bind_id(1, id).bind(2, voucher).bind_id(3, customer_id).bind_id(4, unit_id).bind(5, in.centre).bind(6, in.zone);
      u->bind(7, in.address).bind(8, in.phone).bind(9, in.fault).bind(10, in.cause).bind(11, in.internal ? 1 : 0);
      const std::int64_t rule = rule_id(category_rule);
      u->bind(12, secs(in.received)).bind(14, to_string(category)).bind(15, rule);
      u->bind(16, secs(deadline));
      const auto provisional = provisional_of(in.received, deadline);
      u->bind(17, provisional ? std::optional<std::int64_t>(*provisional) : std::nullopt);
      u->run();
    }
    // An earlier job on this unit completed within the revisit window was
    // not a first-time fix. Completed at most now means received at most now.
    // revisited_at: the first such call's receipt (an import may bring one
    // received before the call that flagged the job).
    if (unit_row.last_completed && *unit_row.last_completed >= secs(in.received) - revisit_seconds()) {
      auto u = db.use(
          "UPDATE calls SET revisited = 1, revisited_at = ?3 WHERE unit_id = ?1 AND received <= ?3 "
          "AND completed BETWEEN ?3 - ?4 AND ?3 AND id <> ?2 AND (revisited_at IS NULL OR revisited_at > ?3)");
      u->bind_id(1, unit_id).bind_id(2, id).bind(3, secs(in.received)).bind(4, revisit_seconds());
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

  // A record imported before, or earlier in this batch: the call of its
  // external id, else a call of the same centre, customer, unit and received
  // time (for a record with a new external id, only one imported without one).
  bool imported_before(const CallRecord& r) {
    if (r.external_id) {
      auto q = db.use("SELECT 1 FROM calls WHERE external_id = ?1");
      q->bind(1, *r.external_id);
      if (q->step()) return true;
    }
    const CallIntake& in = r.intake;
    // By the unit (units_product_serial), then its calls at that time (calls_unit).
    auto q = db.use(
        "SELECT 1 FROM units u JOIN calls c ON c.unit_id = u.id JOIN customers cu ON cu.id = c.customer_id "
        "WHERE u.product = ?1 AND u.serial = ?2 AND c.received = ?3 AND c.centre = ?4 AND cu.name = ?5 "
        "AND cu.phone = ?6 AND (?7 OR c.external_id IS NULL) LIMIT 1");
    q->bind(1, in.product).bind(2, in.serial).bind(3, secs(in.received)).bind(4, in.centre).bind(5, in.customer);
    q->bind(6, in.phone).bind(7, r.external_id ? 0 : 1);
    return q->step();
  }

  std::int64_t revisit_seconds() const { return std::int64_t{policy.service().revisit_days} * 86400; }

  ServiceCall load(const Id& id) {
    auto q = db.use(
        "SELECT c.id, c.voucher, c.customer_id, c.unit_id, cu.name, c.phone, c.address, c.zone, c.centre, u.product, "
        "u.serial, c.fault, c.received, c.category, r.text, c.deadline, c.state, c.technician, c.dispatched, "
        "c.arrived, c.completed, c.sla_met, c.signed_off "
        "FROM calls c JOIN customers cu ON cu.id = c.customer_id JOIN units u ON u.id = c.unit_id "
        "JOIN rules r ON r.id = c.category_rule WHERE c.id = ?1");
    q->bind_id(1, id);
    if (!q->step()) throw Error(ErrorCode::not_found, "call_id", "no call '" + id + "'");
    ServiceCall c;
    c.id = q->id(0);
    c.voucher = q->text(1);
    c.customer_id = q->id(2);
    c.unit_id = q->id(3);
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
    pauses_into(id, out);
    return out;
  }
  // The pauses as they stood at `as_of`, for the judge: one that started
  // later was not there, one that ended later was still open. Into a reused
  // buffer (the monthly report's loop allocates nothing).
  void pauses_into(const Id& id, std::vector<Pause>& out, Instant as_of = Instant::max()) {
    out.clear();
    auto q = db.use("SELECT start, end FROM pauses WHERE call_id = ?1 AND start <= ?2 ORDER BY start, id");
    q->bind_id(1, id).bind(2, secs(as_of));
    while (q->step()) {
      std::optional<Instant> end = optional_instant(q->optional_integer(1));
      if (end && *end > as_of) end.reset();
      out.push_back(Pause{instant(q->integer(0)), end});
    }
  }

  // Closes the open pause at `at` and moves the deadline by the paused working time.
  void end_pause(const ServiceCall& c, Instant at) {
    {
      auto u = db.use("UPDATE pauses SET end = ?2 WHERE call_id = ?1 AND end IS NULL");
      u->bind_id(1, c.id).bind(2, secs(at));
      u->run();
    }
    check_zone(c.zone);
    const Instant deadline = policy.dispatch().deadline(c.received, c.zone, pauses_of(c.id));
    const auto provisional = provisional_of(c.received, deadline);
    auto u = db.use("UPDATE calls SET deadline = ?2, deadline_provisional = ?3 WHERE id = ?1");
    u->bind_id(1, c.id).bind(2, secs(deadline));
    u->bind(3, provisional ? std::optional<std::int64_t>(*provisional) : std::nullopt);
    u->run();
  }

  std::optional<Instant> open_pause(const Id& id) {
    auto q = db.use("SELECT start FROM pauses WHERE call_id = ?1 AND end IS NULL");
    q->bind_id(1, id);
    if (q->step()) return instant(q->integer(0));
    return std::nullopt;
  }

  // The zones of stored calls the policy must know: a policy without one is
  // a mismatch of policy and store, named as such (not as a call's field).
  void check_zones(const std::vector<QueuedCall>& calls) const {
    std::set<std::string_view> seen;
    for (const QueuedCall& c : calls)
      if (seen.insert(c.zone).second) check_zone(c.zone);
  }
  void check_zone(std::string_view zone) const {
    const auto& targets = policy.dispatch().targets();
    if (targets.find(zone) != targets.end()) return;
    std::string known;
    for (const auto& [name, t] : targets) known += (known.empty() ? "" : ", ") + name;
    throw Error(ErrorCode::not_found, "policy.dispatch.targets",
                "the store's calls use service zone '" + std::string(zone) +
                    "', which the policy's dispatch targets do not have (they have: " + known + ")");
  }

  // The calls waiting for dispatch at `now`, in dispatch order.
  std::vector<Id> queue_at(Instant now) {
    const auto unsettled = unsettled_at(now, std::numeric_limits<std::int64_t>::min(), secs(now) + 1);
    std::vector<QueuedCall> waiting;
    // Two range scans of calls_dispatched: never dispatched, and dispatched after `now`.
    auto q = db.use(
        "SELECT id, received, zone, deadline, rowid, ifnull(deadline_provisional <= ?2, 0) FROM calls "
        "WHERE dispatched IS NULL AND received <= ?1 "
        // A call resolved by phone or remotely by `now` is not waiting (issue 28).
        "AND NOT EXISTS (SELECT 1 FROM remote_contacts r WHERE r.call_id = calls.id AND r.resolved <= ?1) "
        "UNION ALL SELECT id, received, zone, deadline, rowid, ifnull(deadline_provisional <= ?2, 0) FROM calls "
        "WHERE dispatched > ?1 AND received <= ?1");
    q->bind(1, secs(now)).bind(2, published_through());
    while (q->step()) {
      QueuedCall c{q->id(0), instant(q->integer(1)), q->text(2), std::nullopt};
      // The stored deadline, unless a pause had not ended by `now` (then the
      // pauses as they stood: the judge ranks the call by its deadline if
      // resumed at `now`) or it leaned on a year the calendar now publishes
      // (then counted again).
      if (unsettled.find(q->integer(4)))
        pauses_into(c.id, c.pauses, now);
      else if (q->integer(5) == 1)
        pauses_into(c.id, c.pauses);
      else
        c.deadline = instant(q->integer(3));
      waiting.push_back(std::move(c));
    }
    check_zones(waiting);
    return policy.dispatch().dispatch_order(waiting, now);
  }

  // The calls received in [from, to) with a pause not ended by `at` (one
  // open then, or ended or begun after it): their stored deadline counts
  // pauses as they are now, not as they stood at `at`. Few (the index
  // pauses_end; pauses first: CROSS JOIN keeps that order).
  UnsettledCalls unsettled_at(Instant at, std::int64_t from, std::int64_t to) {
    std::vector<std::pair<std::int64_t, Id>> rows;
    auto q = db.use(
        "SELECT c.rowid, c.id FROM pauses p CROSS JOIN calls c ON c.id = p.call_id "
        "WHERE (p.end IS NULL OR p.end > ?3) AND c.received >= ?1 AND c.received < ?2 AND c.received <= ?3");
    q->bind(1, from).bind(2, to).bind(3, secs(at));
    while (q->step()) rows.emplace_back(q->integer(0), q->id(1));
    return UnsettledCalls(std::move(rows));
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
  // first-time fix, since the first such call's receipt (revisited_at: the
  // report as of an earlier instant counts it a first-time fix). Records
  // the unit's latest completion.
  void mark_if_revisited(const Id& id, const Id& unit_id, Instant completed) {
    auto u = db.use(
        "UPDATE calls SET revisited = 1, revisited_at = first FROM (SELECT min(o.received) AS first FROM calls o "
        "WHERE o.unit_id = ?2 AND o.id <> ?1 AND o.received >= ?3 AND o.received <= ?3 + ?4) "
        "WHERE id = ?1 AND first IS NOT NULL");
    u->bind_id(1, id).bind_id(2, unit_id).bind(3, secs(completed)).bind(4, revisit_seconds());
    u->run();
    auto w = db.use("UPDATE units SET last_completed = max(ifnull(last_completed, ?2), ?2) WHERE id = ?1");
    w->bind_id(1, unit_id).bind(2, secs(completed));
    w->run();
  }
};

// src/store/complaints.cpp: the complaint `number` replayed (Error(not_found)
// naming `field` when there is none); the complaints closed in a local month.
Complaint store_replay_complaint(Store::Impl& impl, std::string_view number, const char* field);
std::vector<Complaint> store_closed_in(Store::Impl& impl, YearMonth month);
// src/store/report_kpis.cpp: the report's figures as of r.as_of beside its
// pass over the calls (first response; the on-site mean from the pass's
// count and seconds). Returns the raw sum of the dispatches' first-response
// seconds (r.mean_first_response is rounded) for store_report_remote.
std::int64_t store_report_as_of(Store::Impl& impl, MonthlyReport& r, std::int64_t on_site_seconds);
// src/store/complaints.cpp: a complaint opened and stored as open_complaint
// does, inside the caller's write (its id returned through `id`).
Complaint store_open_complaint(Store::Impl& impl, const ComplaintIntake& in, Id* id = nullptr);
// src/store/complaint_form.cpp: an entry row of complaint `complaint_id`,
// inside the caller's write, unchecked (the caller checked it).
Id store_add_complaint_entry(Store::Impl& impl, const Id& complaint_id, std::string_view stage, std::string_view field,
                             std::string_view text, std::string_view author, Instant at);
// src/store/complaint_form.cpp: the id of complaint `number`;
// Error(not_found) naming `field` when there is none.
Id store_complaint_id(Store::Impl& impl, std::string_view number, std::string_view field = "number");
// Issue 29. src/store/complaints.cpp: a step of complaint `id` and the
// cached columns of its new value `now`, inside the caller's write.
void store_record_complaint_step(Store::Impl& impl, const Id& id, const char* kind, std::optional<Instant> at,
                                 const std::string& detail, const Complaint& now);
// src/store/improvements.cpp: the statistics' open and overdue improvements
// as of the end of s.due, or `as_of` when earlier.
void store_improvement_statistics(Store::Impl& impl, ComplaintStatistics& s, Instant as_of);
// src/store/complaints.cpp: the statistics of the complaints closed in
// `month` with issue 29's lists (improvements, contacts, administrative
// penalties) as of `as_of` (none: the store's now). Store::complaint_statistics
// and the monthly report (its as_of) both take them from here.
ComplaintStatistics store_complaint_statistics(Store::Impl& impl, YearMonth month, std::optional<Instant> as_of);
// src/store/billing.cpp: the last second of local day `d` (a deadline "by
// the end of the day", judged by DispatchPolicy::judge).
Instant store_end_of_day(const Calendar& cal, Date d);

}  // namespace aftersales
