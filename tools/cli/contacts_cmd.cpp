// `aftersales contacts`: the month's complaints whose customer was not
// visited (seeds/002 家電 (二十八)) or not told the result ((二十六)), and
// the administrative penalties on them (行政處罰準則, 投訴 (十二)1) — issue 29.
#include "cli.hpp"

#include <cstdio>
#include <string>

namespace cli {

int run_contacts(const Args& args) {
  const std::string* db = args.value("db");
  if (db == nullptr) throw UsageError{"contacts", "--db FILE is required"};
  const std::string* month_text = args.value("month");
  if (month_text == nullptr) throw UsageError{"contacts", "--month YYYY-MM is required"};
  if (!args.operands.empty()) throw UsageError{"contacts", "unexpected argument '" + args.operands.front() + "'"};
  as::StoreOptions options;
  options.mode = as::OpenMode::query_only;  // a list never writes, nor creates a file
  const as::Store store = as::Store::open(*db, load_policy(args), std::move(options));
  warn_if_calendar_ends_soon(store);
  const as::YearMonth month = as::parse_year_month(*month_text, "month");
  const as::ComplaintStatistics st = store.complaint_statistics(month);
  if (args.flag("json")) {
    std::printf("%s\n", as::contact_statistics_json(st).c_str());
    return 0;
  }
  const auto list = [](const std::vector<std::string>& numbers) {
    std::string out;
    for (const std::string& n : numbers) out += (out.empty() ? "" : ", ") + n;
    return out.empty() ? std::string("none") : out;
  };
  std::printf("Complaints closed in %s: %zu\n", as::format_year_month(month).c_str(), st.total);
  std::printf("  not visited (二十八): %s\n", list(st.unvisited).c_str());
  std::printf("  not told the result (二十六): %s\n", list(st.unnotified).c_str());
  std::printf("\nAdministrative penalties on them: %zu\n", st.admin_penalties.size());
  for (const as::AdminCharge& a : st.admin_penalties)
    std::printf("  %-10s %-7s %-12s %-8s x%-3d %s\n", a.case_id.c_str(), as::format_year_month(a.month).c_str(),
                a.person.c_str(), as::to_string(a.kind), a.count,
                a.kind == as::AdminPenalty::major_demerit ? "the month's whole bonus"
                                                          : (as::format_yuan(a.amount) + " yuan").c_str());
  return 0;
}

}  // namespace cli
