#pragma once
// The store's schema and its migrations (PRAGMA user_version).
#include "store/sqlite.hpp"

namespace aftersales::store {

// PRAGMA application_id of an aftersales store: "aSvc".
inline constexpr std::int32_t application_id = 0x61537663;

// The schema version this library writes.
int current_schema_version() noexcept;

// Brings the file's schema up to date, each migration in its own BEGIN
// IMMEDIATE transaction. Throws Error(state) naming "schema" for a file of a
// newer version, Error(storage) for a file that is not an aftersales store.
void migrate(Db& db);

}  // namespace aftersales::store
