// `aftersales recompute --db FILE`: open a store for writing with the
// calendar of --holidays / --past-horizon / --policy, so that the stored
// deadlines and SLA verdicts counted over a provisional year that calendar
// now publishes are counted again (Store::open does it, once), and say how
// many changed.
#include "cli.hpp"

#include <cstdio>

namespace cli {

std::string recomputed_text(const as::Recomputed& r) {
  if (r.calls == 0)
    return "nothing to recompute: no stored deadline leans on a provisional year the calendar now publishes";
  std::string years;
  for (const int y : r.years) years += (years.empty() ? "" : ", ") + std::to_string(y);
  const auto plural = [](std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  return "recomputed " + plural(r.calls, "call", "calls") + " counted over provisional " + years +
         " (now published): " + plural(r.deadlines, "deadline", "deadlines") + " changed, " +
         plural(r.verdicts, "SLA verdict", "SLA verdicts") + " changed";
}

int run_recompute(const Args& args) {
  const std::string* db = args.value("db");
  if (db == nullptr) throw UsageError{"recompute", "--db FILE is required"};
  if (!args.operands.empty()) throw UsageError{"recompute", "unexpected argument '" + args.operands.front() + "'"};
  as::StoreOptions options;
  options.mode = as::OpenMode::must_exist;  // writes, never creates
  const as::Store store = as::Store::open(*db, load_policy(args), std::move(options));
  const as::Recomputed& r = store.recomputed();
  std::printf("%s\n", recomputed_text(r).c_str());
  return 0;
}

}  // namespace cli
