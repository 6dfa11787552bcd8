// `aftersales upgrade --db FILE`: bring a store written by an older
// aftersales up to this library's schema. The commands that only read
// (`report`, `surveys`, ...) never write, so they refuse an older file and
// name this command instead.
#include "cli.hpp"

#include <cstdio>

namespace cli {

int run_upgrade(const Args& args) {
  const std::string* db = args.value("db");
  if (db == nullptr) throw UsageError{"upgrade", "--db FILE is required"};
  if (!args.operands.empty()) throw UsageError{"upgrade", "unexpected argument '" + args.operands.front() + "'"};
  as::StoreOptions options;
  options.mode = as::OpenMode::must_exist;  // the pending migrations run in one transaction; never creates
  const as::Store store = as::Store::open(*db, load_policy(args), std::move(options));
  std::printf("'%s' is at schema version %d, this library's\n", db->c_str(), as::Store::schema_version());
  const as::Recomputed& r = store.recomputed();
  if (r.calls != 0) std::printf("%s\n", recomputed_text(r).c_str());
  return 0;
}

bool is_older_store(const as::Error& e) {
  return e.code() == as::ErrorCode::state && e.field() == "schema" &&
         e.message().find("older than this library's") != std::string::npos;
}

}  // namespace cli
