// The store's open modes and its errors a person reads (issue 23): a missing
// file refused and nothing created, query-only handles that refuse writes
// and leave no -wal/-shm, a failed open leaves nothing behind; the store's
// properties; repeatable imports; the month-end as_of; a policy that lacks a
// zone of the store's calls.
#include "store_support.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;
using std::chrono::minutes;
namespace fs = std::filesystem;

namespace {

StoreOptions mode_at(OpenMode mode, Instant now = bj(2025, 11, 20, 12)) {
  StoreOptions o = at_clock(now);
  o.mode = mode;
  return o;
}

bool exists(const std::string& p) { return fs::exists(fs::symlink_status(p)); }

// No file, no side file of a store at `path`.
bool nothing_at(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    if (exists(path + suffix)) return false;
  return true;
}

void remove_store(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((path + suffix).c_str());
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A store file with one call, closed.
std::string closed_store(Id* id = nullptr) {
  const std::string path = TempStore::fresh_path();
  Store s = Store::open(path, policy(), at_clock(bj(2025, 11, 20, 12)));
  const Id made = s.register_call(intake(bj(2025, 10, 9, 10))).id;
  if (id) *id = made;
  return path;
}

CallRecord record(Instant received, std::string serial, std::optional<std::string> external_id = std::nullopt) {
  CallRecord r;
  r.intake = intake(received, "urban", std::move(serial));
  r.external_id = std::move(external_id);
  return r;
}

}  // namespace

TEST_CASE("store open: a missing file is refused in must_exist and query_only modes, and nothing is made",
          "[store][open]") {
  const std::string path = TempStore::fresh_path();
  for (OpenMode mode : {OpenMode::must_exist, OpenMode::query_only}) {
    CAPTURE(to_string(mode));
    CHECK_ERROR(ErrorCode::not_found, "path", "'" + path + "' does not exist", Store::open(path, policy(), mode_at(mode)));
    CHECK(nothing_at(path));
  }
  // In a missing directory too.
  const std::string deep = TempStore::fresh_path() + ".d/x.db";
  CHECK_ERROR(ErrorCode::not_found, "path", "does not exist", Store::open(deep, policy(), mode_at(OpenMode::must_exist)));
  CHECK_FALSE(exists(fs::path(deep).parent_path().string()));
  // A private in-memory store is new each time: only create mode.
  CHECK_ERROR(ErrorCode::invalid_argument, "mode", ":memory:",
              Store::open(":memory:", policy(), mode_at(OpenMode::query_only)));
  CHECK(std::string(to_string(OpenMode::create)) == "create");
}

TEST_CASE("store open: must_exist opens a store and writes it", "[store][open]") {
  const std::string path = closed_store();
  {
    Store s = Store::open(path, policy(), mode_at(OpenMode::must_exist));
    CHECK(s.mode() == OpenMode::must_exist);
    CHECK(s.path() == path);
    s.register_call(intake(bj(2025, 10, 9, 11), "urban", "SN-2"));
  }
  CHECK(count(path, "SELECT count(*) FROM calls") == 2);
  remove_store(path);
}

TEST_CASE("store open: a query-only handle reads, refuses every write by name, and leaves no -wal/-shm",
          "[store][open]") {
  Id id;
  const std::string path = closed_store(&id);
  // A closed WAL store has no side files: SQLite removes them at the last close.
  CHECK_FALSE(exists(path + "-wal"));
  CHECK_FALSE(exists(path + "-shm"));
  const std::string before = read_all(path);
  {
    Store s = Store::open(path, policy(), mode_at(OpenMode::query_only));
    CHECK(s.mode() == OpenMode::query_only);
    CHECK(s.call(id).voucher == "V-main-2510-000001");
    CHECK(s.monthly_report(YearMonth{2025, 10}).calls == 1);
    CHECK(s.queue(bj(2025, 10, 9, 12)) == std::vector<Id>{id});
    CHECK_FALSE(s.property("made_by").has_value());
    CHECK_ERROR(ErrorCode::state, "store", "register_call", s.register_call(intake(bj(2025, 10, 9, 11))));
    CHECK_ERROR(ErrorCode::state, "store", "query-only", s.dispatch(id, "T01", bj(2025, 10, 9, 11)));
    CHECK_ERROR(ErrorCode::state, "store", "set_property", s.set_property("made_by", "x"));
    CHECK_ERROR(ErrorCode::state, "store", "import_calls", s.import_calls(std::vector<CallRecord>{record(bj(2025, 10, 9, 11), "X")}));
    CHECK_ERROR(ErrorCode::state, "store", "'" + path + "'", s.set_region("main", "north"));
    // Another handle writing meanwhile is seen.
    {
      Store w = Store::open(path, policy(), at_clock(bj(2025, 11, 20, 12)));
      w.set_property("made_by", "test");
    }
    CHECK(s.property("made_by") == std::optional<std::string>("test"));
  }
  // After the last close: no side files, whether or not a writer came by.
  // (Checked before `count`, whose SQLITE_OPEN_READONLY handle leaves them.)
  CHECK_FALSE(exists(path + "-wal"));
  CHECK_FALSE(exists(path + "-shm"));
  {
    Store s = Store::open(path, policy(), mode_at(OpenMode::query_only));
    (void)s.calls();
  }
  CHECK_FALSE(exists(path + "-wal"));
  CHECK_FALSE(exists(path + "-shm"));
  CHECK(read_all(path) != before);  // the writer's property
  CHECK(count(path, "SELECT count(*) FROM calls") == 1);
  remove_store(path);
}

TEST_CASE("store open: a query-only handle does not bring an older schema up to date", "[store][open]") {
  const std::string path = closed_store();
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 0", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  CHECK_ERROR(ErrorCode::state, "schema", "older", Store::open(path, policy(), mode_at(OpenMode::query_only)));
  CHECK(count(path, "PRAGMA user_version") == 0);
  remove_store(path);
}

TEST_CASE("store open: errors name the file and say what is wrong in plain words", "[store][open]") {
  SECTION("a text file") {
    const std::string path = TempStore::fresh_path() + ".txt";
    { std::ofstream(path) << "customer,phone\nWang,138\n"; }
    const std::string before = read_all(path);
    for (OpenMode mode : {OpenMode::create, OpenMode::must_exist, OpenMode::query_only}) {
      CAPTURE(to_string(mode));
      CHECK_ERROR(ErrorCode::storage, "path", "'" + path + "' is not a database file",
                  Store::open(path, policy(), mode_at(mode)));
      CHECK(read_all(path) == before);
      CHECK_FALSE(exists(path + "-wal"));
      CHECK_FALSE(exists(path + "-shm"));
    }
    std::remove(path.c_str());
  }
  SECTION("an SQLite file of another application, left as it was") {
    const std::string path = TempStore::fresh_path();
    {
      sqlite3* db = nullptr;
      REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
      REQUIRE(sqlite3_exec(db, "CREATE TABLE mine (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
      sqlite3_close(db);
    }
    for (OpenMode mode : {OpenMode::create, OpenMode::must_exist, OpenMode::query_only}) {
      CAPTURE(to_string(mode));
      CHECK_ERROR(ErrorCode::storage, "path",
                  "'" + path + "' is not an aftersales store: an SQLite file of another application",
                  Store::open(path, policy(), mode_at(mode)));
    }
    // Its journal mode is its own still (not switched to WAL).
    CHECK(count(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'delete'") == 1);
    CHECK(count(path, "SELECT count(*) FROM sqlite_schema") == 1);
    remove_store(path);
  }
  SECTION("an empty file is a store only in create mode") {
    const std::string path = TempStore::fresh_path();
    { std::ofstream touch(path); }
    CHECK_ERROR(ErrorCode::storage, "path", "'" + path + "' is not an aftersales store: an empty database file",
                Store::open(path, policy(), mode_at(OpenMode::must_exist)));
    CHECK(fs::file_size(path) == 0);
    (void)Store::open(path, policy(), mode_at(OpenMode::create));
    CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
    remove_store(path);
  }
  SECTION("a store of a newer schema") {
    const std::string path = closed_store();
    {
      sqlite3* db = nullptr;
      REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
      REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
      sqlite3_close(db);
    }
    for (OpenMode mode : {OpenMode::create, OpenMode::must_exist, OpenMode::query_only}) {
      CAPTURE(to_string(mode));
      CHECK_ERROR(ErrorCode::state, "schema", "'" + path + "' is a store of schema version 99, newer than",
                  Store::open(path, policy(), mode_at(mode)));
    }
    CHECK(count(path, "PRAGMA user_version") == 99);
    remove_store(path);
  }
  SECTION("a directory") {
    const std::string path = TempStore::fresh_path() + ".d";
    fs::create_directory(path);
    for (OpenMode mode : {OpenMode::create, OpenMode::must_exist, OpenMode::query_only}) {
      CAPTURE(to_string(mode));
      CHECK_ERROR(ErrorCode::storage, "path", "'" + path + "' is a directory", Store::open(path, policy(), mode_at(mode)));
    }
    CHECK(fs::is_empty(path));
    fs::remove(path);
  }
  SECTION("a missing directory in create mode: nothing is made") {
    const std::string dir = TempStore::fresh_path() + ".d";
    const std::string path = dir + "/x.db";
    CHECK_ERROR(ErrorCode::storage, "path", "the directory '" + dir + "' does not exist",
                Store::open(path, policy(), mode_at(OpenMode::create)));
    CHECK_FALSE(exists(dir));
  }
  SECTION("no permission") {
    // root reads and writes any file: the refusal cannot be shown then.
    if (::geteuid() == 0) {
      WARN("running as root: the permission checks are skipped");
      return;
    }
    const std::string path = closed_store();
    REQUIRE(::chmod(path.c_str(), 0400) == 0);
    CHECK_ERROR(ErrorCode::storage, "path", "'" + path + "' cannot be written: permission denied",
                Store::open(path, policy(), mode_at(OpenMode::must_exist)));
    REQUIRE(::chmod(path.c_str(), 0) == 0);
    CHECK_ERROR(ErrorCode::storage, "path", "'" + path + "' cannot be opened: permission denied",
                Store::open(path, policy(), mode_at(OpenMode::query_only)));
    ::chmod(path.c_str(), 0600);
    remove_store(path);
  }
}

TEST_CASE("store open: a create that fails leaves nothing it made", "[store][open]") {
  // The WAL file's place is taken (a directory): the schema cannot be
  // written, and the new file and its -shm go again.
  const std::string path = TempStore::fresh_path();
  fs::create_directory(path + "-wal");
  CHECK_THROWS_AS(Store::open(path, policy(), mode_at(OpenMode::create)), Error);
  CHECK_FALSE(exists(path));
  CHECK_FALSE(exists(path + "-shm"));
  CHECK(fs::is_directory(path + "-wal"));  // there before: left alone
  fs::remove(path + "-wal");
}

TEST_CASE("store properties: set in one transaction, read back, kept in the file", "[store][property]") {
  const std::string path = TempStore::fresh_path();
  {
    Store s = Store::open(path, policy(), at_clock(bj(2025, 11, 20, 12)));
    CHECK_FALSE(s.property("made_by").has_value());
    s.set_property("made_by", "aftersales demo");
    s.set_property("node", "");
    CHECK(s.property("made_by") == std::optional<std::string>("aftersales demo"));
    s.set_property("made_by", "someone else");
    CHECK(s.property("made_by") == std::optional<std::string>("someone else"));
    CHECK(s.property("node") == std::optional<std::string>(""));
    CHECK_ERROR(ErrorCode::invalid_argument, "name", "is empty", s.set_property("", "x"));
  }
  Store s = Store::open(path, policy(), mode_at(OpenMode::query_only));
  CHECK(s.property("made_by") == std::optional<std::string>("someone else"));
  CHECK(count(path, "SELECT count(*) FROM properties") == 2);
  remove_store(path);
}

TEST_CASE("store import: a record already imported is skipped and counted, never doubled", "[store][import]") {
  TempStore t;
  std::vector<CallRecord> batch{record(bj(2025, 10, 9, 10), "A"), record(bj(2025, 10, 9, 11), "B"),
                                record(bj(2025, 10, 9, 12), "C")};
  batch[1].technician = "T01";
  batch[1].dispatched = bj(2025, 10, 9, 12);
  batch[1].arrived = bj(2025, 10, 9, 14);
  const ImportResult first = t.store.import_calls(batch);
  CHECK(first.imported.size() == 3);
  CHECK(first.skipped.empty());
  const ImportResult again = t.store.import_calls(batch);
  CHECK(again.imported.empty());
  CHECK(again.skipped == std::vector<std::size_t>{0, 1, 2});
  CHECK(count(t.path, "SELECT count(*) FROM calls") == 3);
  CHECK(t.store.calls().size() == 3);

  SECTION("the same record twice in one batch: the second is skipped") {
    const std::vector<CallRecord> twice{record(bj(2025, 10, 10, 10), "D"), record(bj(2025, 10, 10, 10), "D"),
                                        record(bj(2025, 10, 9, 10), "A")};
    const ImportResult r = t.store.import_calls(twice);
    CHECK(r.imported.size() == 1);
    CHECK(r.skipped == std::vector<std::size_t>{1, 2});
    CHECK(count(t.path, "SELECT count(*) FROM calls") == 4);
  }
  SECTION("another received time, centre or customer is another call") {
    std::vector<CallRecord> other{record(bj(2025, 10, 9, 10, 1), "A"), record(bj(2025, 10, 9, 10), "A"),
                                  record(bj(2025, 10, 9, 10), "A")};
    other[1].intake.centre = "north";
    other[2].intake.phone = "13800000002";
    CHECK(t.store.import_calls(other).imported.size() == 3);
  }
  SECTION("a bad record: nothing of the batch is imported") {
    std::vector<CallRecord> bad{record(bj(2025, 10, 11, 10), "E"), record(bj(2025, 10, 9, 10), "A"),
                                record(bj(2025, 10, 11, 10), "F")};
    bad[2].intake.zone = "moon";
    CHECK_THROWS_AS(t.store.import_calls(bad), Error);
    CHECK(count(t.path, "SELECT count(*) FROM calls") == 3);
  }
}

TEST_CASE("store import: an external id repeats its call whatever its other fields say", "[store][import]") {
  TempStore t;
  const ImportResult first = t.store.import_calls(std::vector<CallRecord>{
      record(bj(2025, 10, 9, 10), "A", "T-1"), record(bj(2025, 10, 9, 11), "B", "T-2")});
  REQUIRE(first.imported.size() == 2);
  CHECK(count(t.path, "SELECT count(*) FROM calls WHERE external_id IS NOT NULL") == 2);
  // T-1 again with a corrected time: the same call, skipped (not a second
  // call, not a change of the stored one).
  const ImportResult again = t.store.import_calls(std::vector<CallRecord>{record(bj(2025, 10, 9, 10, 30), "A", "T-1")});
  CHECK(again.skipped == std::vector<std::size_t>{0});
  CHECK(t.store.call(first.imported[0]).received == bj(2025, 10, 9, 10));
  // Two ids at the same centre, customer, unit and time: two calls of the source system.
  const ImportResult twins = t.store.import_calls(std::vector<CallRecord>{record(bj(2025, 10, 9, 10), "A", "T-3")});
  CHECK(twins.imported.size() == 1);
  // A call imported without an id, then the same record with an id: the same call.
  const ImportResult plain = t.store.import_calls(std::vector<CallRecord>{record(bj(2025, 10, 12, 10), "C")});
  REQUIRE(plain.imported.size() == 1);
  CHECK(t.store.import_calls(std::vector<CallRecord>{record(bj(2025, 10, 12, 10), "C", "T-4")}).skipped ==
        std::vector<std::size_t>{0});
  // Without an id, a record repeats the call of its centre, customer, unit and time, with an id or not.
  CHECK(t.store.import_calls(std::vector<CallRecord>{record(bj(2025, 10, 9, 11), "B")}).skipped ==
        std::vector<std::size_t>{0});
  CHECK(count(t.path, "SELECT count(*) FROM calls") == 4);
  CHECK_ERROR(ErrorCode::invalid_argument, "calls[0].external_id", "is empty",
              t.store.import_calls(std::vector<CallRecord>{record(bj(2025, 10, 13, 10), "D", "")}));
}

TEST_CASE("store report: a month is judged as of its end, or the clock when that is earlier", "[store][report]") {
  SECTION("the clock is past the month: the month's end, whatever the clock") {
    for (Instant now : {bj(2025, 11, 20, 12), bj(2026, 3, 1)}) {
      TempStore t(now);
      const ServiceCall c = t.store.register_call(intake(bj(2025, 10, 31, 17)));  // due Monday 11-03 15:00
      CHECK(t.store.monthly_as_of(YearMonth{2025, 10}) == bj(2025, 11, 1));
      const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10});
      CHECK(r.as_of == bj(2025, 11, 1));
      CHECK(r.sla_by_zone == std::vector<SlaRow>{SlaRow{"urban", 1, 0, 0, 1}});
      CHECK(r.queue == std::vector<Id>{c.id});
      // An explicit as_of is kept.
      CHECK(t.store.monthly_report(YearMonth{2025, 10}, now).sla_by_zone ==
            std::vector<SlaRow>{SlaRow{"urban", 1, 0, 1, 0}});
    }
  }
  SECTION("the clock inside the month: the clock") {
    TempStore t(bj(2025, 10, 20, 12));
    t.store.register_call(intake(bj(2025, 10, 9, 10)));
    CHECK(t.store.monthly_as_of(YearMonth{2025, 10}) == bj(2025, 10, 20, 12));
    CHECK(t.store.monthly_report(YearMonth{2025, 10}).as_of == bj(2025, 10, 20, 12));
    CHECK_ERROR(ErrorCode::invalid_argument, "month", "2025-13", t.store.monthly_as_of(YearMonth{2025, 13}));
  }
}

TEST_CASE("store: a policy without a zone of the store's calls is named as a mismatch", "[store][policy]") {
  const std::string path = TempStore::fresh_path();
  Id id;
  {
    Store s = Store::open(path, policy(), at_clock(bj(2025, 11, 20, 12)));
    s.register_call(intake(bj(2025, 10, 9, 10), "urban", "A"));
    id = s.register_call(intake(bj(2025, 10, 9, 10), "suburban", "B")).id;
    s.pause(id, bj(2025, 10, 9, 11), "customer away");
  }
  const Policy& p = policy();
  const Policy urban_only(p.calendar(), DispatchPolicy(p.calendar(), {{"urban", hours(6)}}, hours(1)), p.warranty(),
                          p.complaints(), p.penalties(), p.service());
  Store s = Store::open(path, urban_only, at_clock(bj(2025, 11, 20, 12)));
  for (int i = 0; i < 2; ++i) {
    CAPTURE(i);
    const auto run = [&] {
      if (i == 0) (void)s.monthly_report(YearMonth{2025, 10});
      else s.resume(id, bj(2025, 10, 9, 12));
    };
    CHECK_ERROR(ErrorCode::not_found, "policy.dispatch.targets",
                "the store's calls use service zone 'suburban', which the policy's dispatch targets do not have",
                run());
  }
  CHECK_ERROR(ErrorCode::not_found, "policy.dispatch.targets", "suburban", s.queue(bj(2025, 10, 9, 12)));
  remove_store(path);
}
