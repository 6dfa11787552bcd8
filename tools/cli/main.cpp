// aftersales: the service store from the command line. `aftersales --help`
// lists the commands, `aftersales help COMMAND` (or COMMAND --help) a
// command's options.
#include "cli.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

namespace {

struct Option {
  const char* name;     // without "--"
  const char* metavar;  // nullptr: a flag
  const char* help;
};

struct Command {
  const char* name;
  const char* synopsis;  // after "aftersales NAME "
  const char* summary;
  const char* details;
  std::vector<Option> options;
  int (*run)(const Args&);
};

const Option holidays_option{"holidays", "FILE",
                             "holidays and make-up working days to add to the China calendar, in the format of "
                             "data/cn_holidays.csv (date,kind,name): next year's, once the State Council publishes "
                             "them"};
const Option past_horizon_option{
    "past-horizon", "MODE",
    "what the China calendar does past its last published year: refuse (the default: deadlines that reach past it "
    "are refused), weekly (plain weeks, no holidays), statutory (the statutory holidays the law fixes and a day off "
    "for each on a weekend; no make-up working days, which only the State Council's notice gives)"};
const Option policy_option{"policy", "FILE",
                           "the policy document (JSON) the store was written with; default: the built-in policy on "
                           "the China calendar"};

const std::vector<Command>& commands() {
  static const std::vector<Command> all = {
      {"demo", "[--db FILE] [--force] [--seed N] [--calls N] [--holidays FILE] [--past-horizon MODE]",
       "run a month of a service centre (October 2025) into a new store and print its report",
       "Writes a new store file. An existing file is refused unless --force is given, and even then only a\n"
       "store the demo wrote itself is replaced; any other file is never touched. The store is written beside\n"
       "the target and moved into place when complete, so a failed run leaves nothing behind.",
       {{"db", "FILE", "the store file to write (default: demo.db)"},
        {"force", nullptr, "replace FILE if it is a store an earlier demo wrote"},
        {"seed", "N", "the seed of the month's draws (default: 20251001); the same seed gives the same month"},
        {"calls", "N", "calls in the month, 1..100000 (default: 2000)"},
        holidays_option,
        past_horizon_option},
       run_demo},
      {"report",
       "--db FILE --month YYYY-MM [--as-of TIME] [--json] [--policy FILE] [--holidays FILE] [--past-horizon MODE]",
       "print a month's management report of a store",
       "Opens the store read-only: it must exist, and nothing is written to it. Calls are judged as of\n"
       "--as-of, by default the first instant of the next month in the calendar's zone (or the store's\n"
       "clock when that is earlier), so the same month of the same file always gives the same numbers.",
       {{"db", "FILE", "the store file (must exist)"},
        {"month", "YYYY-MM", "the month to report"},
        {"as-of", "TIME",
         "judge the calls as of TIME: 'YYYY-MM-DD HH:MM[:SS]' in the calendar's zone, or ISO 8601 with an offset "
         "('2025-11-01T00:00:00+08:00')"},
        {"json", nullptr, "print the report as JSON"},
        policy_option,
        holidays_option,
        past_horizon_option},
       run_report},
      {"import-calls",
       "--db FILE [--create] [--skip-bad --rejects FILE] [--policy FILE] [--holidays FILE] [--past-horizon MODE] "
       "CALLS.csv",
       "import calls (with their visits) from a CSV file into a store",
       "Columns: customer, phone, address, zone, product, serial, purchased (YYYY-MM-DD), received (a time),\n"
       "and optionally centre, fault, external_id, technician, dispatched, arrived, completed. Times are\n"
       "'YYYY-MM-DD HH:MM[:SS]' in the calendar's zone or ISO 8601 with an offset; fields are trimmed; a\n"
       "spreadsheet's 'CSV UTF-8' (with a byte-order mark) is read as it is.\n"
       "Every bad line is reported, in order, and then nothing is imported, unless --skip-bad is given: then\n"
       "the good lines are imported and the bad ones written to the --rejects file with their reasons.\n"
       "A call already in the store (the same external_id, or the same centre, customer, unit and received\n"
       "time) is skipped and counted, so importing the same file twice imports it once.",
       {{"db", "FILE", "the store file; it must exist unless --create is given"},
        {"create", nullptr, "create the store file if it does not exist"},
        {"skip-bad", nullptr, "import the good lines and write the bad ones to --rejects"},
        {"rejects", "FILE", "with --skip-bad: where the bad lines go (CSV: the line, its number and the reason)"},
        policy_option,
        holidays_option,
        past_horizon_option},
       run_import},
      {"calendar", "YEAR [--holidays FILE] [--past-horizon MODE]",
       "print the holidays and make-up working days the China calendar assumes for a year",
       "Lists the year's days off other than weekends and its make-up working days (weekends worked), each\n"
       "marked: published (the State Council's notice: the built-in table or --holidays FILE), statutory (a\n"
       "day the law fixes, 全国年节及纪念日放假办法 art. 2, in a year not yet published) or 补假 (a day off\n"
       "given back for a statutory day on a weekend, art. 6, on the next free weekday: the notices' usual\n"
       "choice). Years past the published ones need --past-horizon statutory (or weekly: no holidays).",
       {holidays_option, past_horizon_option},
       run_calendar},
      {"recompute", "--db FILE [--holidays FILE] [--past-horizon MODE] [--policy FILE]",
       "recount the stored deadlines and SLA verdicts that leaned on a year now published",
       "A deadline counted over a provisional year (--past-horizon statutory: the statutory holidays only,\n"
       "the make-up days not yet published) is stored with that year. Once the year is published (its\n"
       "notice in --holidays FILE, or a release with it built in), opening the store for writing with that\n"
       "calendar counts those deadlines again from each call's received time, zone and pauses, and their\n"
       "SLA verdicts from the arrival, once, in one transaction; this command does only that and prints how\n"
       "many deadlines and verdicts changed. Any command that writes the store does it too; `report` (which\n"
       "never writes) judges such calls with its calendar without storing anything.",
       {{"db", "FILE", "the store file (must exist)"}, policy_option, holidays_option, past_horizon_option},
       run_recompute},
      {"overdue-repairs", "--db FILE --as-of YYYY-MM-DD [--centre NAME] [--json]",
       "list the carried-in repairs past their promised date and not returned (the supervisor's list)",
       "家電售後服務管理辦法 (十四): a repair that cannot be finished by the promised time is reported to the\n"
       "service supervisor. Lists the carried-in goods whose promised return date is before --as-of and\n"
       "that were not back with the customer by the end of that day, most overdue first, with the receipt,\n"
       "the technician, the supervisor's inspection (驗訖, (十二)) if any and the customer to call. Reads only.",
       {{"db", "FILE", "the store file (must exist)"},
        {"as-of", "YYYY-MM-DD", "the day the list is drawn up for"},
        {"centre", "NAME", "one service centre only"},
        {"json", nullptr, "print the list as JSON"},
        policy_option, holidays_option, past_horizon_option},
       run_overdue},
      {"surveys", "--db FILE (--day YYYY-MM-DD | --month YYYY-MM) [--centre NAME] [--as-of TIME] [--json]",
       "show the share of a day's or a month's calls surveyed, and the day's calls without a survey",
       "家電售後服務管理辦法 (二十三): the survey cards sent number all of the day's calls, no sampling. Prints\n"
       "the calls received on --day (or in --month) and how many have a survey recorded by --as-of (default:\n"
       "now), per centre and per technician, exact counts; for a day, the calls still without one (whom to\n"
       "send the card to), of --centre only when given. Reads only.",
       {{"db", "FILE", "the store file (must exist)"},
        {"day", "YYYY-MM-DD", "the day whose calls are counted"},
        {"month", "YYYY-MM", "the month whose calls are counted"},
        {"centre", "NAME", "with --day: list one centre's calls without a survey"},
        {"as-of", "TIME", "count the surveys recorded by then (default: now)"},
        {"json", nullptr, "print the coverage (and, for a day, the calls without a survey) as JSON"},
        policy_option, holidays_option, past_horizon_option},
       run_surveys},
      {"receivables",
       "--db FILE [--as-of TIME] [--on YYYY-MM-DD] [--json] [--policy FILE] [--holidays FILE] [--past-horizon MODE]",
       "list the bills still owed and the invoices not issued on the day they were due",
       "For the accountant's counter (seeds/002 (十): a bill above the on-the-spot amount is invoiced the\n"
       "same day; (十三): a carry-in repair the day the goods go back). Opens the store read-only. Lists the\n"
       "bills made by --as-of with something still owed then (a payment after it has not happened), and\n"
       "the invoice-settled bills due before --on whose invoice was not issued by then. Defaults: the\n"
       "store's clock and its day.",
       {{"db", "FILE", "the store file (must exist)"},
        {"as-of", "TIME", "owed as of TIME: 'YYYY-MM-DD HH:MM[:SS]' in the calendar's zone, or ISO 8601 with an offset"},
        {"on", "YYYY-MM-DD", "the day the overdue invoices are listed for"},
        {"json", nullptr, "print {\"receivables\": columns, \"overdue_invoices\": columns} as JSON"},
        policy_option,
        holidays_option,
        past_horizon_option},
       run_receivables},
      {"upgrade", "--db FILE [--policy FILE] [--holidays FILE] [--past-horizon MODE]",
       "bring a store an older aftersales wrote up to this version's schema",
       "Opens the store for writing (it must exist) and runs the schema's pending migrations in one\n"
       "transaction: a failure leaves the file as it was. The commands that only read (report, surveys,\n"
       "overdue-repairs, receivables) refuse an older store and name this command. A store upgraded is\n"
       "no longer read by the older aftersales: copy the file first if one still needs it.",
       {{"db", "FILE", "the store file (must exist)"}, policy_option, holidays_option, past_horizon_option},
       run_upgrade},
      {"complaints", "--db FILE --month YYYY-MM [--as-of TIME] [--json] [--policy FILE] [--holidays FILE] [--past-horizon MODE]",
       "show the register of the complaints received in a month",
       "客戶投訴管理辦法 (九)1 客戶抱怨案件登記追蹤表: each complaint received in --month with the form's facts\n"
       "(customer, part number, quantity and defective quantity, '?' while not yet determined, the request or\n"
       "客戶加工中未確定), its stage and the department holding it, the stage's deadline, the optional stages\n"
       "passed over and where it stands as of --as-of (default: now): on_time, stage_overdue, overdue,\n"
       "closed_on_time or closed_late. Reads only.",
       {{"db", "FILE", "the store file (must exist)"},
        {"month", "YYYY-MM", "the month the complaints were received in"},
        {"as-of", "TIME", "judge the deadlines as of then (default: now)"},
        {"json", nullptr, "print the register as JSON columns"},
        policy_option, holidays_option, past_horizon_option},
       run_complaints},
      {"improvements", "--db FILE [--as-of TIME] [--overdue] [--json] [--policy FILE] [--holidays FILE] [--past-horizon MODE]",
       "list the complaints' improvement actions still open, the overdue ones marked",
       "客戶投訴管理辦法 (七)3(5): the office follows each improvement (改善案) until its effect is confirmed;\n"
       "(九)10: the month's statistics check them. Lists the improvements open at --as-of (default: now),\n"
       "as they stood then, by due day; an improvement is overdue once its due day has ended. Reads only.",
       {{"db", "FILE", "the store file (must exist)"},
        {"as-of", "TIME", "as of TIME: 'YYYY-MM-DD HH:MM[:SS]' in the calendar's zone, or ISO 8601 with an offset"},
        {"overdue", nullptr, "list only the overdue ones"},
        {"json", nullptr, "print the list as JSON"},
        policy_option, holidays_option, past_horizon_option},
       run_improvements},
      {"contacts", "--db FILE --month YYYY-MM [--json] [--policy FILE] [--holidays FILE] [--past-horizon MODE]",
       "list the month's complaints whose customer was not visited or not told, and the penalties on them",
       "家電售後服務管理辦法 (二十八): every complaining customer is visited by the service supervisor or his\n"
       "delegate; (二十六): the result is told (a serious case's by letter). Of the complaints closed in\n"
       "--month (those its statistics count), lists the ones with no visit recorded (when the policy's\n"
       "routing asks for one) and the ones not told the result, and the administrative penalties on\n"
       "them (客戶投訴管理辦法 (十二)1). Opens the store read-only.",
       {{"db", "FILE", "the store file (must exist)"},
        {"month", "YYYY-MM", "the month whose closed complaints are listed"},
        {"json", nullptr, "print {\"unvisited\", \"unnotified\", \"admin_penalties\"} as JSON"},
        policy_option,
        holidays_option,
        past_horizon_option},
       run_contacts},
  };
  return all;
}

const Command* find_command(std::string_view name) {
  for (const Command& c : commands())
    if (name == c.name) return &c;
  return nullptr;
}

void print_help() {
  std::printf(
      "usage: aftersales COMMAND [OPTIONS]\n"
      "       aftersales help COMMAND | COMMAND --help\n\n"
      "After-sales service rules on a store file (SQLite): dispatch SLAs on the working calendar, complaints,\n"
      "penalties and the month's management report.\n\ncommands:\n");
  for (const Command& c : commands()) std::printf("  %-14s %s\n", c.name, c.summary);
  std::printf("  %-14s %s\n", "help", "this text, or a command's options (help COMMAND)");
  std::printf(
      "\noptions:\n  -h, --help     this text\n  --version      print the version\n\n"
      "Options take their value as '--name value' or '--name=value'.\n");
}

void print_command_help(const Command& c) {
  std::string summary = c.summary;
  summary[0] = static_cast<char>(summary[0] - 'a' + 'A');
  std::printf("usage: aftersales %s %s\n\n%s.\n\n%s\n\noptions:\n", c.name, c.synopsis, summary.c_str(), c.details);
  for (const Option& o : c.options) {
    const std::string left = std::string("--") + o.name + (o.metavar ? std::string(" ") + o.metavar : "");
    std::printf("  %-18s %s\n", left.c_str(), o.help);
  }
  std::printf("  %-18s %s\n", "-h, --help", "this text");
}

int usage_error(const UsageError& e) {
  if (e.command.empty())
    std::fprintf(stderr, "aftersales: error: %s\nTry 'aftersales --help'.\n", e.message.c_str());
  else
    std::fprintf(stderr, "aftersales %s: error: %s\nTry 'aftersales %s --help'.\n", e.command.c_str(),
                 e.message.c_str(), e.command.c_str());
  return 2;
}

// Reads argv after the command by the command's option table.
Args parse_args(const Command& c, int argc, char** argv) {
  Args out;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.size() < 2 || arg.substr(0, 2) != "--" || arg == "--") {
      if (arg.size() > 1 && arg[0] == '-' && arg != "--")
        throw UsageError{c.name, "unknown option '" + std::string(arg) + "'"};
      out.operands.emplace_back(arg == "--" && i + 1 < argc ? argv[++i] : argv[i]);
      continue;
    }
    const std::size_t eq = arg.find('=');
    const std::string name(arg.substr(2, eq == std::string_view::npos ? std::string_view::npos : eq - 2));
    const auto spec = std::find_if(c.options.begin(), c.options.end(), [&](const Option& o) { return name == o.name; });
    if (spec == c.options.end()) throw UsageError{c.name, "unknown option '--" + name + "'"};
    if (spec->metavar == nullptr) {
      if (eq != std::string_view::npos) throw UsageError{c.name, "--" + name + " takes no value"};
      out.flags.push_back(name);
      continue;
    }
    std::string value;
    if (eq != std::string_view::npos) value = std::string(arg.substr(eq + 1));
    else if (i + 1 < argc) value = argv[++i];
    else throw UsageError{c.name, "--" + name + " needs a value (" + spec->metavar + ")"};
    if (!out.values.emplace(name, value).second) throw UsageError{c.name, "--" + name + " is given twice"};
  }
  return out;
}

}  // namespace

bool Args::flag(std::string_view name) const { return std::find(flags.begin(), flags.end(), name) != flags.end(); }

const std::string* Args::value(std::string_view name) const {
  const auto it = values.find(name);
  return it == values.end() ? nullptr : &it->second;
}

std::uint64_t number_option(const Args& args, std::string_view name, std::uint64_t fallback, std::string_view command) {
  const std::string* text = args.value(name);
  if (text == nullptr) return fallback;
  std::uint64_t out = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), out);
  if (ec != std::errc{} || end != text->data() + text->size() || text->empty())
    throw UsageError{std::string(command),
                     "--" + std::string(name) + " '" + *text + "' is not a non-negative integer"};
  return out;
}

}  // namespace cli

int main(int argc, char** argv) {
  using namespace cli;
  if (argc < 2) return usage_error({"", "no command given"});
  const std::string_view first = argv[1];
  if (first == "--help" || first == "-h") return print_help(), 0;
  if (first == "--version") return std::printf("aftersales %s\n", aftersales::version_string()), 0;
  if (first == "help") {
    if (argc == 2) return print_help(), 0;
    const Command* c = find_command(argv[2]);
    if (c == nullptr) return usage_error({"", "unknown command '" + std::string(argv[2]) + "'"});
    return print_command_help(*c), 0;
  }
  const Command* command = find_command(first);
  if (command == nullptr) {
    if (!first.empty() && first[0] == '-') return usage_error({"", "unknown option '" + std::string(first) + "'"});
    return usage_error({"", "unknown command '" + std::string(first) + "'"});
  }
  for (int i = 2; i < argc; ++i)
    if (std::string_view(argv[i]) == "--help" || std::string_view(argv[i]) == "-h")
      return print_command_help(*command), 0;
  try {
    return command->run(parse_args(*command, argc, argv));
  } catch (const UsageError& e) {
    return usage_error(e);
  } catch (const aftersales::Error& e) {  // names the field and the value
    std::fprintf(stderr, "aftersales %s: error: %s\n", command->name, e.what());
    if (is_older_store(e)) std::fprintf(stderr, "To bring it up to date: aftersales upgrade --db FILE\n");
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "aftersales %s: error: %s\n", command->name, e.what());
    return 1;
  }
}
