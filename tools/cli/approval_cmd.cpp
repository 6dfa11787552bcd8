// `aftersales improvements`: the improvement actions still open (issue 29;
// seeds/002 (七)3(5) 改善案…效果確認, (九)10 檢查改善對策), overdue ones marked.
#include "cli.hpp"

#include <cstdio>
#include <string>

namespace cli {

int run_improvements(const Args& args) {
  const as::Store store = open_to_read(args, "improvements");
  warn_if_calendar_ends_soon(store);
  const as::Calendar& cal = store.policy().calendar();
  const as::Instant as_of =
      args.value("as-of") ? as::parse_instant(*args.value("as-of"), cal, "as-of") : store.now();
  const std::vector<as::Improvement> open = store.open_improvements(as_of);
  const std::vector<as::Improvement> overdue = store.overdue_improvements(as_of);
  const auto late = [&](const as::Improvement& m) {
    for (const as::Improvement& o : overdue)
      if (o.id == m.id) return true;
    return false;
  };
  const bool only_overdue = args.flag("overdue");
  if (args.flag("json")) {
    std::printf("%s\n", as::to_json(std::span<const as::Improvement>(only_overdue ? overdue : open)).c_str());
    return 0;
  }
  std::printf("Improvements open as of %s: %zu, overdue: %zu\n", local_text(cal, as_of).c_str(), open.size(),
              overdue.size());
  std::printf("  %-10s %-10s %-18s %-8s %s\n", "complaint", "due", "owner", "overdue", "action");
  for (const as::Improvement& m : only_overdue ? overdue : open)
    std::printf("  %-10s %-10s %-18s %-8s %s\n", m.number.c_str(), as::format_date(m.due).c_str(), m.owner.c_str(),
                late(m) ? "yes" : "no", m.action.c_str());
  return 0;
}

}  // namespace cli
