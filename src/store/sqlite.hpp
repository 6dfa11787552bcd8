#pragma once
// A thin RAII layer over sqlite3: a connection with a cache of prepared
// statements, statements that reset themselves after each use, and
// transactions that roll back unless committed. Every SQLite failure becomes
// Error(storage) with SQLite's message. Only src/store/ includes sqlite3.h.
#include <aftersales/error.hpp>

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace aftersales::store {

// The text form of a 16-byte UUID ("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b").
std::string uuid_text(const unsigned char* bytes);

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what);

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind_null(int i);
  // A record id: its text form ("0190a1b2-...") stored as 16 bytes. Text that
  // is no UUID binds as an empty blob, which matches no record (and which the
  // schema refuses to store), so a malformed id reads as an unknown one.
  Statement& bind_id(int i, std::string_view uuid);
  Statement& bind_id(int i, const std::string& uuid) { return bind_id(i, std::string_view(uuid)); }
  Statement& bind_id(int i, const std::optional<std::string>& uuid) { return uuid ? bind_id(i, *uuid) : bind_null(i); }
  template <class T>
  Statement& bind(int i, const std::optional<T>& v) {
    return v ? bind(i, *v) : bind_null(i);
  }

  // true: a row is ready; false: done.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  void reset() noexcept;

  bool is_null(int col) const noexcept;
  std::int64_t integer(int col) const noexcept;
  std::string text(int col) const;
  std::string_view text_view(int col) const noexcept;  // valid until the next step or reset
  std::optional<std::int64_t> optional_integer(int col) const noexcept;
  std::optional<std::string> optional_text(int col) const;
  // A record id column (16 bytes) in its text form.
  std::string id(int col) const;
  std::optional<std::string> optional_id(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// Resets the statement (and clears its bindings) when the use ends.
class Use {
 public:
  explicit Use(Statement& s) : s_(s) {}
  ~Use() { s_.reset(); }
  Use(const Use&) = delete;
  Use& operator=(const Use&) = delete;
  Statement* operator->() const noexcept { return &s_; }
  Statement& operator*() const noexcept { return s_; }

 private:
  Statement& s_;
};

class Db {
 public:
  Db(const std::string& path, int flags);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  sqlite3* get() const noexcept { return db_; }
  void exec(const char* sql);
  // A cached statement for `sql` (a string literal: its address is the key),
  // reset when the returned Use ends.
  Use use(const char* sql);
  std::int64_t changes() const noexcept { return sqlite3_changes64(db_); }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<const char*, std::unique_ptr<Statement>> cache_;
};

// BEGIN IMMEDIATE (the write lock is taken at once, so two writers never
// deadlock on an upgrade); rolled back unless committed. The destructor
// never throws.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Db& db_;
  bool open_ = true;
};

}  // namespace aftersales::store
