// `aftersales receivables`: the accountant's list (issue 28; seeds/002 (十),
// (十三)): bills still owed, invoices not issued the day they were due.
#include "cli.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace cli {

namespace {

void print_bills(const as::Store& store, const as::BillColumns& b) {
  std::printf("  %-19s %-8s %-16s %-11s %-16s %12s %12s %s\n", "voucher", "centre", "customer", "settlement",
              "billed", "total", "owed", "invoice");
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto number = b.invoice_number.at(i);
    const auto due = b.due_on.at(i);
    const std::string invoice = number ? *number + " of " + *b.invoiced_on.at(i)
                                       : (due ? "none, due " + *due : std::string("-"));
    std::printf("  %-19s %-8s %-16s %-11s %-16s %12s %12s %s\n", b.voucher[i].c_str(), b.centre[i].c_str(),
                b.customer[i].c_str(), b.settlement[i].c_str(),
                local_text(store.policy().calendar(), as::Instant(as::Seconds(b.billed_at[i]))).c_str(),
                as::format_yuan(b.total[i]).c_str(), as::format_yuan(b.owed[i]).c_str(), invoice.c_str());
  }
}

}  // namespace

int run_receivables(const Args& args) {
  const std::string* db = args.value("db");
  if (db == nullptr) throw UsageError{"receivables", "--db FILE is required"};
  if (!args.operands.empty()) throw UsageError{"receivables", "unexpected argument '" + args.operands.front() + "'"};
  as::StoreOptions options;
  options.mode = as::OpenMode::query_only;  // a list never writes, nor creates a file
  const as::Store store = as::Store::open(*db, load_policy(args), std::move(options));
  warn_if_calendar_ends_soon(store);
  const as::Calendar& cal = store.policy().calendar();
  const as::Instant as_of =
      args.value("as-of") ? as::parse_instant(*args.value("as-of"), cal, "as-of") : store.now();
  const as::Date on = args.value("on") ? as::parse_date(*args.value("on"), "on") : cal.local_date(store.now());
  const as::BillColumns owed = store.receivables(as_of);
  const as::BillColumns late = store.overdue_invoices(on);
  if (args.flag("json")) {
    std::printf("{\"receivables\": %s, \"overdue_invoices\": %s}\n", as::to_json(owed).c_str(),
                as::to_json(late).c_str());
    return 0;
  }
  as::Fen total = 0;
  for (const as::Fen f : owed.owed) total += f;
  std::printf("Receivables as of %s: %zu bills, %s yuan owed\n", local_text(cal, as_of).c_str(), owed.size(),
              as::format_yuan(total).c_str());
  print_bills(store, owed);
  std::printf("\nInvoices due before %s and not issued by then: %zu\n", as::format_date(on).c_str(), late.size());
  print_bills(store, late);
  return 0;
}

}  // namespace cli
