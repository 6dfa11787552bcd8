// Helpers of the store tests: Beijing civil times, the default policy on the
// China calendar, a store in a fresh temporary file on a fixed clock, a
// standard intake, and counting rows in the file with SQLite directly.
#pragma once

#include <aftersales/approval.hpp>
#include <aftersales/store.hpp>

#include "support.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

namespace test_support {

// Asia/Shanghai civil time (UTC+8, no DST since 1991) -> Instant.
inline aftersales::Instant bj(int y, unsigned mo, unsigned d, int h = 0, int mi = 0) {
  return utc(y, mo, d, h, mi) - std::chrono::hours(8);
}

inline const aftersales::Policy& policy() {
  static const aftersales::Policy p = aftersales::Policy::default_policy(cn());
  return p;
}

inline aftersales::StoreOptions at_clock(aftersales::Instant now) {
  aftersales::StoreOptions o;
  o.clock = [now] { return now; };
  return o;
}

// A path no other store of this process uses (one counter for every test file).
inline std::string fresh_store_path() {
  static int n = 0;
  return (std::filesystem::temp_directory_path() /
          ("aftersales_test_" + std::to_string(::getpid()) + "_" + std::to_string(++n) + ".db"))
      .string();
}

// A store in a fresh temporary file, removed at the end of the test.
struct TempStore {
  std::string path;
  aftersales::Store store;
  explicit TempStore(aftersales::Instant now = bj(2025, 11, 20, 12))
      : path(fresh_store_path()), store(aftersales::Store::open(path, policy(), at_clock(now))) {}
  ~TempStore() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
  static std::string fresh_path() { return fresh_store_path(); }
};

inline aftersales::CallIntake intake(aftersales::Instant received, std::string zone = "urban",
                                     std::string serial = "SN-1") {
  aftersales::CallIntake in;
  in.customer = "Wang Fang";
  in.phone = "13800000001";
  in.address = "1 Renmin Road";
  in.zone = std::move(zone);
  in.product = "colour_tv";
  in.serial = std::move(serial);
  in.purchased = day(2025, 3, 1);
  in.received = received;
  in.fault = "no picture";
  return in;
}

// Wang Fang's maintenance contract M-001 for her colour TV `serial`, bought
// on `purchased`, running through 2025 (a B call in 2025).
inline aftersales::ContractIntake tv_contract(aftersales::Date purchased, std::string serial = "OLD-1") {
  aftersales::ContractIntake m;
  m.number = "M-001";
  m.customer = "Wang Fang";
  m.phone = "13800000001";
  m.address = "1 Renmin Road";
  m.product = "colour_tv";
  m.serial = std::move(serial);
  m.purchased = purchased;
  m.start = day(2025, 1, 1);
  m.end = day(2025, 12, 31);
  return m;
}

// Removes a store file with its -wal and -shm companions.
inline void remove_store_files(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

#ifdef AFTERSALES_TEST_DATA
// A fresh store file as version 1 of the library wrote it
// (tests/data/store_v1.sql), then `more_sql` (rows as version 1 wrote them)
// when given: an old store for the upgrade tests. The caller removes it
// (remove_store_files).
inline std::string v1_store(const char* more_sql = nullptr);
// The same from tests/data/`file` ("store_v5.sql": version 5).
inline std::string sql_store(const std::string& file, const char* more_sql = nullptr) {
  std::ifstream in(std::string(AFTERSALES_TEST_DATA "/") + file);
  REQUIRE(in);
  std::stringstream sql;
  sql << in.rdbuf();
  const std::string path = fresh_store_path();
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, sql.str().c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  if (more_sql != nullptr) REQUIRE(sqlite3_exec(db, more_sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  return path;
}
inline std::string v1_store(const char* more_sql) { return sql_store("store_v1.sql", more_sql); }
#endif

// The single integer an SQL query gives on the file, read with SQLite alone.
inline std::int64_t count(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  const std::int64_t n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

// The default policy with service rules `rules` (on its calendar).
inline aftersales::Policy with_service(aftersales::ServiceRules rules) {
  const aftersales::Policy& p = policy();
  return aftersales::Policy(p.calendar(), p.dispatch(), p.warranty(), p.complaints(), p.penalties(), std::move(rules));
}

// A store of policy `p` in a fresh temporary file, removed at the end of the test.
struct PolicyStore {
  std::string path = fresh_store_path();
  aftersales::Store store;
  PolicyStore(const aftersales::Policy& p, aftersales::Instant now)
      : store(aftersales::Store::open(path, p, at_clock(now))) {}
  ~PolicyStore() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
};

// Runs SQL on the file with SQLite alone, as another engine or a sync would.
inline void exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

// A fresh file holding tests/data/store_v5.sql: a version-5 store as
// main's code wrote it (aftersales demo --calls 60, commit 6f4cd94).
inline std::string v5_store() {
  std::ifstream in(AFTERSALES_TEST_DATA "/store_v5.sql");
  REQUIRE(in);
  std::stringstream sql;
  sql << in.rdbuf();
  const std::string path = fresh_store_path();
  exec(path, sql.str());
  return path;
}

// One step of stored complaint `c` at `at`: the approval stage is closed by
// an approval (the general manager may approve any amount; seeds/002 (九)6),
// every other stage by an advance.
inline aftersales::Complaint step_complaint(aftersales::Store& s, const aftersales::Complaint& c, aftersales::Instant at) {
  if (c.stage() != s.policy().complaints().rules().approval.stage) return s.advance_complaint(c.number(), at);
  aftersales::ApprovalIntake a;
  a.level = "general_manager";
  a.approver = "gm.wang";
  a.at = at;
  s.approve_complaint(c.number(), a);
  return s.complaint(c.number());
}

}  // namespace test_support
