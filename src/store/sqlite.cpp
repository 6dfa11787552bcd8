#include "store/sqlite.hpp"

namespace aftersales::store {

void fail(sqlite3* db, int rc, std::string_view what) {
  std::string message(what);
  message.append(": ").append(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  throw Error(ErrorCode::storage, "store", message);
}

namespace {

constexpr std::size_t uuid_text_size = 36;

bool is_dash_position(std::size_t i) { return i == 8 || i == 13 || i == 18 || i == 23; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string uuid_text(const unsigned char* bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(uuid_text_size);
  for (std::size_t k = 0; k < 16; ++k) {
    if (k == 4 || k == 6 || k == 8 || k == 10) out.push_back('-');
    out.push_back(digits[bytes[k] >> 4]);
    out.push_back(digits[bytes[k] & 0x0F]);
  }
  return out;
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                                    nullptr);
  if (rc != SQLITE_OK) fail(db, rc, "preparing a statement");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int i, std::int64_t v) {
  if (const int rc = sqlite3_bind_int64(stmt_, i, v); rc != SQLITE_OK) fail(db_, rc, "binding a value");
  return *this;
}

Statement& Statement::bind(int i, std::string_view v) {
  // An empty view may have no data pointer, which SQLite would bind as NULL.
  const char* data = v.data() != nullptr ? v.data() : "";
  const int rc = sqlite3_bind_text64(stmt_, i, data, v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) fail(db_, rc, "binding a value");
  return *this;
}

Statement& Statement::bind_id(int i, std::string_view uuid) {
  unsigned char bytes[16];
  std::size_t n = 0;
  bool ok = uuid.size() == uuid_text_size;
  for (std::size_t k = 0; ok && k < uuid.size(); ++k) {
    if (is_dash_position(k)) {
      ok = uuid[k] == '-';
      continue;
    }
    const int high = hex_value(uuid[k]);
    const int low = ++k < uuid.size() ? hex_value(uuid[k]) : -1;
    ok = high >= 0 && low >= 0;
    if (ok) bytes[n++] = static_cast<unsigned char>(high << 4 | low);
  }
  const int rc = sqlite3_bind_blob(stmt_, i, bytes, ok ? 16 : 0, SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) fail(db_, rc, "binding a value");
  return *this;
}

Statement& Statement::bind_null(int i) {
  if (const int rc = sqlite3_bind_null(stmt_, i); rc != SQLITE_OK) fail(db_, rc, "binding a value");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_, rc, "running a statement");
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() noexcept {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int col) const noexcept { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::int64_t Statement::integer(int col) const noexcept { return sqlite3_column_int64(stmt_, col); }

std::string_view Statement::text_view(int col) const noexcept {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (p == nullptr) return {};
  return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))};
}

std::string Statement::text(int col) const { return std::string(text_view(col)); }

std::optional<std::int64_t> Statement::optional_integer(int col) const noexcept {
  if (is_null(col)) return std::nullopt;
  return integer(col);
}

std::optional<std::string> Statement::optional_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}

std::string Statement::id(int col) const {
  const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, col));
  if (p == nullptr || sqlite3_column_bytes(stmt_, col) != 16) return {};
  return uuid_text(p);
}

std::optional<std::string> Statement::optional_id(int col) const {
  if (is_null(col)) return std::nullopt;
  return id(col);
}

Db::Db(const std::string& path, int flags) {
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = "opening '" + path + "': " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw Error(ErrorCode::storage, "path", message);
  }
  sqlite3_extended_result_codes(db_, 1);
}

Db::~Db() {
  cache_.clear();  // statements first: close_v2 would otherwise defer
  sqlite3_close_v2(db_);
}

void Db::exec(const char* sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    throw Error(ErrorCode::storage, "store", text);
  }
}

Use Db::use(const char* sql) {
  auto& slot = cache_[sql];
  if (!slot) slot = std::make_unique<Statement>(db_, sql);
  return Use(*slot);
}

Transaction::Transaction(Db& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (open_) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  open_ = false;
}

}  // namespace aftersales::store
