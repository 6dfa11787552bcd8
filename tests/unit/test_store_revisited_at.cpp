// calls.revisited_at: the receipt of the first later call for the unit that
// made a completed job a revisit (within revisit_days of its completion),
// so that the monthly report as of an instant (RULES.md §6 KPIs) counts a
// job revisited only after that instant as a first-time fix from its index
// alone. Set beside the revisited flag by every writer (a new call, a
// completion, an import), tied to it by a CHECK, backfilled when a
// version-1 store is brought to version 2.
#include <aftersales/store.hpp>

#include <catch2/catch.hpp>

#include "store_support.hpp"

#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;

namespace {

// The call's revisited_at in the file (-1: NULL), and its flag.
std::int64_t revisited_at(const std::string& path, const std::string& voucher) {
  return count(path, ("SELECT ifnull(revisited_at, -1) FROM calls WHERE voucher = '" + voucher + "'").c_str());
}
std::int64_t revisited(const std::string& path, const std::string& voucher) {
  return count(path, ("SELECT revisited FROM calls WHERE voucher = '" + voucher + "'").c_str());
}

std::int64_t unix_secs(Instant t) { return std::chrono::duration_cast<Seconds>(t.time_since_epoch()).count(); }

CallRecord completed_visit(Instant received, const char* serial) {
  CallRecord r;
  r.intake = intake(received, "urban", serial);
  r.technician = "T01";
  r.dispatched = received + hours(1);
  r.arrived = received + hours(2);
  r.completed = received + hours(3);
  return r;
}

}  // namespace

TEST_CASE("revisited_at: the first later call's receipt, set by a new call and kept by a second", "[store][revisit]") {
  TempStore t(bj(2025, 11, 20, 12));
  const auto visit = [&](Instant received) {
    const ServiceCall c = t.store.register_call(intake(received, "urban", "A"));
    t.store.dispatch(c.id, "T01", received + hours(1));
    t.store.arrive(c.id, received + hours(2));
    t.store.complete_on_site(c.id, received + hours(3), true);
    return c.voucher;
  };
  const std::string a = visit(bj(2025, 10, 9, 10));  // completed 10-09 13:00
  CHECK(revisited_at(t.path, a) == -1);
  CHECK(revisited(t.path, a) == 0);
  const std::string b = visit(bj(2025, 10, 20, 9));  // within 30 days: A revisited
  CHECK(revisited_at(t.path, a) == unix_secs(bj(2025, 10, 20, 9)));
  CHECK(revisited(t.path, a) == 1);
  (void)visit(bj(2025, 10, 27, 9));  // a second revisit of A (and B's): A keeps the first
  CHECK(revisited_at(t.path, a) == unix_secs(bj(2025, 10, 20, 9)));
  CHECK(revisited_at(t.path, b) == unix_secs(bj(2025, 10, 27, 9)));
  CHECK(count(t.path, "SELECT count(*) FROM calls WHERE revisited = 1") == 2);
  CHECK(count(t.path, "SELECT count(*) FROM calls WHERE (revisited = 1) <> (revisited_at IS NOT NULL)") == 0);

  // The report as of an instant reads it: A a first-time fix until 10-20 09:00.
  CHECK(t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 20, 8, 59)).first_time_fixed == 1);
  CHECK(t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 20, 9)).first_time_fixed == 0);
}

TEST_CASE("revisited_at: a completion after later calls takes the first of them", "[store][revisit]") {
  TempStore t(bj(2025, 11, 20, 12));
  // Calls for the unit came in (recorded out of order) before the job was
  // completed: the first received at or after the completion made it a revisit.
  const ServiceCall a = t.store.register_call(intake(bj(2025, 10, 1, 9), "urban", "A"));
  t.store.dispatch(a.id, "T01", bj(2025, 10, 1, 10));
  t.store.arrive(a.id, bj(2025, 10, 1, 11));
  (void)t.store.register_call(intake(bj(2025, 10, 8, 9), "urban", "A"));
  (void)t.store.register_call(intake(bj(2025, 10, 5, 9), "urban", "A"));
  (void)t.store.register_call(intake(bj(2025, 10, 2, 9), "urban", "A"));  // before the completion: no revisit
  t.store.complete_on_site(a.id, bj(2025, 10, 3, 12), true);
  CHECK(revisited_at(t.path, a.voucher) == unix_secs(bj(2025, 10, 5, 9)));
}

TEST_CASE("revisited_at: imports set it, an earlier call imported later moves it back", "[store][revisit]") {
  TempStore t(bj(2025, 11, 20, 12));
  const auto import = [&](Instant received) {
    const ImportResult r = t.store.import_calls(std::vector<CallRecord>{completed_visit(received, "A")});
    REQUIRE(r.imported.size() == 1);
    return t.store.call(r.imported[0]).voucher;
  };
  const std::string a = import(bj(2025, 10, 9, 10));  // completed 13:00
  const std::string late = import(bj(2025, 10, 25, 10));
  CHECK(revisited_at(t.path, a) == unix_secs(bj(2025, 10, 25, 10)));
  // A call of 10-15 imported after: now the first later call.
  const std::string mid = import(bj(2025, 10, 15, 10));
  CHECK(revisited_at(t.path, a) == unix_secs(bj(2025, 10, 15, 10)));
  // Its own job revisited by the 10-25 call, which its import found there.
  CHECK(revisited_at(t.path, mid) == unix_secs(bj(2025, 10, 25, 10)));
  // One of 10-20: the first after the 10-15 job, not after A's.
  (void)import(bj(2025, 10, 20, 10));
  CHECK(revisited_at(t.path, a) == unix_secs(bj(2025, 10, 15, 10)));
  CHECK(revisited_at(t.path, mid) == unix_secs(bj(2025, 10, 20, 10)));
  CHECK(revisited_at(t.path, late) == -1);
  CHECK(count(t.path, "SELECT count(*) FROM calls WHERE revisited_at IS NOT NULL") == 3);
  CHECK(count(t.path, "SELECT count(*) FROM calls WHERE (revisited = 1) <> (revisited_at IS NOT NULL)") == 0);
}

TEST_CASE("revisited_at: the CHECK refuses a flag without its time", "[store][revisit]") {
  TempStore t(bj(2025, 11, 20, 12));
  (void)t.store.register_call(intake(bj(2025, 10, 9, 10)));
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(t.path.c_str(), &db) == SQLITE_OK);
  CHECK(sqlite3_exec(db, "UPDATE calls SET revisited = 1", nullptr, nullptr, nullptr) == SQLITE_CONSTRAINT);
  CHECK(sqlite3_exec(db, "UPDATE calls SET revisited_at = 1760000000", nullptr, nullptr, nullptr) ==
        SQLITE_CONSTRAINT);
  CHECK(sqlite3_exec(db, "UPDATE calls SET revisited = 1, revisited_at = 1760000000", nullptr, nullptr, nullptr) ==
        SQLITE_OK);
  sqlite3_close(db);
}

TEST_CASE("revisited_at: a version-1 store's revisited calls get the first later call's receipt on upgrade",
          "[store][revisit][open]") {
  // store_v1.sql has no revisit (three calls on three units): two later
  // calls for V2510-000001's unit (completed 1760003160) added as version 1
  // wrote them, and its flag set; V2510-000002 flagged with no later call
  // (no writer does that: it gets its completion).
  const std::string path = v1_store(R"sql(
      INSERT INTO calls VALUES(X'019a47df2e0074bc8d265a14b7590001','V2510-000005',X'019a47df2e0074bc8d265a14b7594e78',
        X'019a47df2e0074bc8d265a14b7594e79','county','suburban','64 Renmin Road','13810000363','no sound',NULL,0,
        1760435160,'free',1,1760460000,'registered',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL);
      INSERT INTO calls VALUES(X'019a47df2e0074bc8d265a14b7590002','V2510-000004',X'019a47df2e0074bc8d265a14b7594e78',
        X'019a47df2e0074bc8d265a14b7594e79','county','suburban','64 Renmin Road','13810000363','no picture',NULL,0,
        1760262360,'free',1,1760290000,'registered',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL);
      UPDATE counters SET last = 5 WHERE name = 'voucher';
      UPDATE calls SET revisited = 1 WHERE voucher IN ('V2510-000001', 'V2510-000002');
    )sql");
  REQUIRE(count(path, "PRAGMA user_version") == 1);
  {
    Store st = Store::open(path, policy(), at_clock(bj(2025, 11, 20, 12)));
    CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
    CHECK(revisited_at(path, "V2510-000001") == 1760262360);  // the first of the two later calls
    CHECK(revisited_at(path, "V2510-000002") == 1761107340);  // its completion
    CHECK(revisited_at(path, "V2510-000003") == -1);
    for (const char* v : {"V2510-000001", "V2510-000002"}) CHECK(revisited(path, v) == 1);
    CHECK(count(path, "SELECT count(*) FROM calls WHERE revisited = 1") == 2);
    CHECK(count(path, "SELECT count(*) FROM pragma_quick_check WHERE quick_check <> 'ok'") == 0);
    // The covering index carries the time in place of the flag.
    CHECK(count(path, "SELECT count(*) FROM pragma_index_info('calls_received') WHERE name = 'revisited_at'") == 1);
    CHECK(count(path, "SELECT count(*) FROM pragma_index_info('calls_received') WHERE name = 'revisited'") == 0);
    // V2510-000001 a first-time fix as of the second before its revisit, not from it.
    const Instant revisit = Instant(Seconds(1760262360));
    CHECK(st.monthly_report(YearMonth{2025, 10}, revisit - Seconds(1)).first_time_fixed == 1);
    CHECK(st.monthly_report(YearMonth{2025, 10}, revisit).first_time_fixed == 0);
  }
  remove_store_files(path);
}
