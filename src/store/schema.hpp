#pragma once
// The store's schema and its migrations (PRAGMA user_version).
#include "store/sqlite.hpp"

#include <aftersales/complaint.hpp>

namespace aftersales::store {

// PRAGMA application_id of an aftersales store: "aSvc".
inline constexpr std::int32_t application_id = 0x61537663;

// The schema version this library writes.
int current_schema_version() noexcept;

// The checks of an open, reading only; errors name the file `path`.
// Error(state) naming "schema" for a store of a newer version; Error(storage)
// naming "path" for an SQLite file of another application, or an empty one
// unless `fresh` (it may become a store).
void check_store(Db& db, const std::string& path, bool fresh);
// As check_store, and Error(state) naming "schema" for an older version (a
// query-only handle cannot bring it up to date).
void check_current(Db& db, const std::string& path);

// Brings the file's schema up to date: every pending migration in one BEGIN
// IMMEDIATE transaction (a failure leaves the file at its version), after
// check_store's checks inside it. `complaints` is the store's complaint
// policy: the complaints stored before version 9 get the stage list they
// were opened under (schema_form.hpp).
void migrate(Db& db, const std::string& path, bool fresh, const ComplaintPolicy& complaints);

}  // namespace aftersales::store
