// `aftersales complaints` (issue 29): the register of complaints
// (客戶抱怨案件登記追蹤表, seeds/002 客戶投訴管理辦法 (九)1) of the complaints
// received in a month: the form's facts, the stage and who holds it, the
// deadlines and where each stands. Reads only.
#include "cli.hpp"

#include <chrono>
#include <cstdio>

namespace cli {

int run_complaints(const Args& args) {
  const std::string* db = args.value("db");
  if (db == nullptr) throw UsageError{"complaints", "--db FILE is required"};
  const std::string* month_text = args.value("month");
  if (month_text == nullptr) throw UsageError{"complaints", "--month YYYY-MM is required"};
  if (!args.operands.empty()) throw UsageError{"complaints", "unexpected argument '" + args.operands.front() + "'"};
  const as::YearMonth month = as::parse_year_month(*month_text, "month");
  as::StoreOptions options;
  options.mode = as::OpenMode::query_only;  // never writes, nor creates a file
  const as::Store store = as::Store::open(*db, load_policy(args), std::move(options));
  const as::Calendar& cal = store.policy().calendar();
  std::optional<as::Instant> as_of;
  if (const std::string* text = args.value("as-of")) as_of = as::parse_instant(*text, cal, "as-of");
  // The local month [first day 00:00, next month's first day 00:00).
  using namespace std::chrono;
  const auto first = local_days(year(month.year) / month.month / 1);
  const auto next = local_days((year_month(year(month.year), std::chrono::month(static_cast<unsigned>(month.month))) +
                                months(1)) / 1);
  const as::ComplaintRegister r = store.complaint_register(cal.to_utc(first), cal.to_utc(next), as_of);
  if (args.flag("json")) {
    std::printf("%s\n", as::to_json(r).c_str());
    return 0;
  }
  std::printf("complaints received in %s: %zu\n", month_text->c_str(), r.size());
  if (r.size() == 0) return 0;
  std::printf("  %-9s %-16s %-16s %-10s %9s %9s %-22s %-16s %-16s %s\n", "number", "received", "customer", "part",
              "quantity", "defective", "stage", "holder", "stage due", "standing");
  const auto count = [](const as::Nullable<std::int64_t>& v, std::size_t i) {
    return v.valid[i] ? std::to_string(v.values[i]) : std::string("?");  // ?: not yet determined
  };
  for (std::size_t i = 0; i < r.size(); ++i) {
    const std::string due = r.stage_deadline.valid[i]
                                ? local_text(cal, as::Instant(as::Seconds(r.stage_deadline.values[i])))
                                : std::string("-");
    std::printf("  %-9s %-16s %-16s %-10s %9s %9s %-22s %-16s %-16s %s\n", r.number[i].c_str(),
                local_text(cal, as::Instant(as::Seconds(r.received[i]))).c_str(),
                r.customer.valid[i] ? r.customer.values[i].c_str() : "-",
                r.part_number.valid[i] ? r.part_number.values[i].c_str() : "-", count(r.quantity, i).c_str(),
                count(r.defective_quantity, i).c_str(), r.stage[i].c_str(),
                r.stage_department[i].empty() ? "-" : r.stage_department[i].c_str(), due.c_str(),
                r.standing[i].c_str());
    if (r.request.valid[i]) std::printf("            request: %s\n", r.request.values[i].c_str());
    if (!r.skipped[i].empty()) std::printf("            skipped: %s\n", r.skipped[i].c_str());
  }
  return 0;
}

}  // namespace cli
