// `aftersales overdue-repairs` and `aftersales surveys` (issue 28): the
// service supervisor's list of carried-in repairs past their promised date
// (seeds/002 (十四)), and the share of a day's or a month's calls surveyed,
// with the calls of a day still without their card (seeds/002 (二十三)).
// Both only read the store (query-only open).
#include "cli.hpp"

#include <cstdio>
#include <span>

namespace cli {

as::Store open_to_read(const Args& args, const char* command) {
  const std::string* db = args.value("db");
  if (db == nullptr) throw UsageError{command, "--db FILE is required"};
  if (!args.operands.empty()) throw UsageError{command, "unexpected argument '" + args.operands.front() + "'"};
  as::StoreOptions options;
  options.mode = as::OpenMode::query_only;  // never writes, nor creates a file
  return as::Store::open(*db, load_policy(args), std::move(options));
}

namespace {

std::string share_text(const std::pair<std::int64_t, std::int64_t>& r) {
  if (r.second == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * static_cast<double>(r.first) / static_cast<double>(r.second));
  return buf;
}

}  // namespace

int run_overdue(const Args& args) {
  const std::string* as_of_text = args.value("as-of");
  if (as_of_text == nullptr) throw UsageError{"overdue-repairs", "--as-of YYYY-MM-DD is required"};
  const as::Date as_of = as::parse_date(*as_of_text, "as-of");
  const as::Store store = open_to_read(args, "overdue-repairs");
  const std::string* centre = args.value("centre");
  const auto rows = store.overdue_repairs(as_of, centre ? std::optional<std::string_view>(*centre) : std::nullopt);
  if (args.flag("json")) {
    std::printf("%s\n", as::to_json(std::span<const as::OverdueRepair>(rows)).c_str());
    return 0;
  }
  const as::Calendar& cal = store.policy().calendar();
  std::printf("repairs past their promised date, not returned, as of %s: %zu\n", as::format_date(as_of).c_str(),
              rows.size());
  if (rows.empty()) return 0;
  std::printf("  %-18s %-19s %-8s %-10s %9s %-10s %-16s %s\n", "receipt", "voucher", "centre", "promised", "days late",
              "technician", "inspected", "customer, phone");
  for (const as::OverdueRepair& o : rows) {
    const as::CarryIn& k = o.repair;
    std::printf("  %-18s %-19s %-8s %-10s %9lld %-10s %-16s %s, %s\n", k.receipt.c_str(), k.voucher.c_str(),
                k.centre.c_str(), as::format_date(k.promised).c_str(), static_cast<long long>(o.days_late),
                k.technician.value_or("-").c_str(),
                k.inspected ? (local_text(cal, *k.inspected) + " " + k.inspected_by.value_or("")).c_str() : "-",
                k.customer.c_str(), k.phone.c_str());
  }
  return 0;
}

int run_surveys(const Args& args) {
  const std::string* day_text = args.value("day");
  const std::string* month_text = args.value("month");
  if ((day_text == nullptr) == (month_text == nullptr))
    throw UsageError{"surveys", "give one of --day YYYY-MM-DD and --month YYYY-MM"};
  const as::Store store = open_to_read(args, "surveys");
  const as::Calendar& cal = store.policy().calendar();
  std::optional<as::Instant> as_of;
  if (const std::string* text = args.value("as-of")) as_of = as::parse_instant(*text, cal, "as-of");
  const std::string* centre = args.value("centre");
  as::SurveyCoverage c;
  std::vector<as::UnsurveyedCall> missing;
  if (day_text) {
    const as::Date day = as::parse_date(*day_text, "day");
    c = store.survey_coverage(day, as_of);
    missing = store.unsurveyed_calls(day, centre ? std::optional<std::string_view>(*centre) : std::nullopt);
  } else {
    c = store.survey_coverage(as::parse_year_month(*month_text, "month"), as_of);
  }
  if (args.flag("json")) {
    std::printf("%s\n", as::to_json(c).c_str());
    if (day_text) std::printf("%s\n", as::to_json(std::span<const as::UnsurveyedCall>(missing)).c_str());
    return 0;
  }
  std::printf("surveys of %s as of %s: %lld of %lld calls (%s)\n", c.period.c_str(), local_text(cal, c.as_of).c_str(),
              static_cast<long long>(c.surveyed), static_cast<long long>(c.calls), share_text(c.share()).c_str());
  for (const auto& [title, rows] : {std::pair{"centre", &c.by_centre}, std::pair{"technician", &c.by_technician}}) {
    std::printf("  by %s:\n", title);
    for (const as::SurveyCoverageRow& r : *rows)
      std::printf("    %-12s %6lld of %6lld  %s\n", r.key.c_str(), static_cast<long long>(r.surveyed),
                  static_cast<long long>(r.calls), share_text(r.share()).c_str());
  }
  if (day_text) {
    std::printf("calls without a survey yet: %zu\n", missing.size());
    for (const as::UnsurveyedCall& u : missing)
      std::printf("  %-19s %-8s %-10s %s, %s, %s\n", u.voucher.c_str(), u.centre.c_str(), as::to_string(u.state),
                  u.customer.c_str(), u.phone.c_str(), u.address.c_str());
  }
  return 0;
}

}  // namespace cli
