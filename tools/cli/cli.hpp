// The aftersales command-line tool: what its parts share.
#pragma once
#include <aftersales/aftersales.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cli {

namespace as = aftersales;

// A command's options as given: "--name value" and "--name=value" alike.
struct Args {
  std::map<std::string, std::string, std::less<>> values;  // options with a value, by name without "--"
  std::vector<std::string> flags;                          // options without one
  std::vector<std::string> operands;                       // what is not an option

  bool flag(std::string_view name) const;
  const std::string* value(std::string_view name) const;
};

// A failure of the command line itself (exit code 2, the usage follows).
struct UsageError {
  std::string command;  // "" for the tool as a whole
  std::string message;
};

// The store property that marks a store the demo wrote: only such a store
// is replaced by `demo --force`.
inline constexpr const char* demo_made_by_property = "made_by";
inline constexpr const char* demo_made_by = "aftersales demo";

// The store's policy: the China preset with its built-in holidays (and those
// of --holidays FILE), or a policy document (--policy FILE).
as::Policy load_policy(const Args& args);
// The China calendar of --holidays FILE and --past-horizon MODE.
as::Calendar china_calendar(const Args& args);
// --past-horizon MODE (refuse when not given), or UsageError naming it.
as::PastHorizon past_horizon_option(const Args& args, std::string_view command);
// The store's calendar ends within this many days of its clock: say so.
inline constexpr int horizon_warning_days = 60;
void warn_if_calendar_ends_soon(const as::Store& store);

// Parts of the commands.
std::string local_text(const as::Calendar& cal, as::Instant t);
void print_report(const as::Store& store, const as::MonthlyReport& r);
int run_demo(const Args& args);
int run_report(const Args& args);
int run_import(const Args& args);
int run_calendar(const Args& args);
int run_recompute(const Args& args);
int run_overdue(const Args& args);  // counter_cmd.cpp (issue 28)
int run_surveys(const Args& args);
int run_receivables(const Args& args);  // billing_cmd.cpp (issue 28)
int run_upgrade(const Args& args);      // upgrade_cmd.cpp
int run_complaints(const Args& args);   // complaints_cmd.cpp (issue 29)
int run_improvements(const Args& args);  // approval_cmd.cpp (issue 29)
// The store of --db opened query-only for a command that lists (counter_cmd.cpp):
// UsageError for a missing --db or an operand.
as::Store open_to_read(const Args& args, const char* command);
int run_contacts(const Args& args);     // contacts_cmd.cpp (issue 29)
// The refusal of a read-only open of a store an older aftersales wrote
// (the CLI then names `aftersales upgrade`).
bool is_older_store(const as::Error& e);
// What a writing open recomputed (Store::recomputed), in one line: for
// `recompute`, and for any command that opens a store for writing.
std::string recomputed_text(const as::Recomputed& r);

// A non-negative integer option, or UsageError naming it.
std::uint64_t number_option(const Args& args, std::string_view name, std::uint64_t fallback, std::string_view command);

}  // namespace cli
