// `aftersales import-calls`: calls with their visits from a CSV file (RFC
// 4180, as spreadsheets write it), all or nothing, every bad line named.
#include "cli.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace cli {

namespace {

namespace fs = std::filesystem;

struct CsvRecord {
  int line = 0;  // its first line in the file
  std::vector<std::string> fields;
  std::string text;  // as it stands in the file, for a rejects file
};

struct Problem {
  int line = 0;
  std::string column;  // "" for the line as a whole
  std::string reason;
  std::string text;  // the line(s) as they stand in the file, for a rejects file
};

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

bool is_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    i += n;
  }
  return true;
}

// Splits the file into records; quoted fields may hold commas, doubled
// quotes and line breaks. Malformed records become problems, not records.
std::vector<CsvRecord> read_records(std::string_view text, std::vector<Problem>& problems) {
  std::vector<CsvRecord> out;
  std::size_t i = 0;
  int line = 1;
  while (i < text.size()) {
    CsvRecord r;
    r.line = line;
    r.fields.emplace_back();
    const std::size_t begin = i;
    bool quoted = false, after_quote = false, bad = false;
    for (; i < text.size(); ++i) {
      const char ch = text[i];
      if (quoted) {
        if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') r.fields.back() += '"', ++i;
        else if (ch == '"') quoted = false, after_quote = true;
        else {
          if (ch == '\n') ++line;
          r.fields.back() += ch;
        }
      } else if (ch == ',') {
        r.fields.emplace_back(), after_quote = false;
      } else if (ch == '\n' || ch == '\r') {
        break;
      } else if (after_quote && ch != ' ' && ch != '\t') {
        bad = true;
      } else if (ch == '"' && trim(r.fields.back()).empty()) {
        r.fields.back().clear(), quoted = true;
      } else {
        r.fields.back() += ch;
      }
    }
    r.text = std::string(text.substr(begin, i - begin));
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    ++line;
    if (quoted) {
      problems.push_back({r.line, "", "a quote opened on this line is never closed", r.text});
      break;
    }
    if (!is_utf8(r.text)) {
      problems.push_back({r.line, "", "not UTF-8 text (save the spreadsheet as 'CSV UTF-8')", r.text});
      continue;
    }
    if (bad) {
      problems.push_back({r.line, "", "text after a closing quote", r.text});
      continue;
    }
    if (r.fields.size() == 1 && trim(r.fields[0]).empty()) continue;  // blank lines are no records
    for (std::string& f : r.fields) f = trim(f);
    out.push_back(std::move(r));
  }
  return out;
}

const std::vector<std::string> required_columns = {"customer", "phone",  "address",   "zone",
                                                   "product",  "serial", "purchased", "received"};
const std::vector<std::string> optional_columns = {"centre",     "fault",   "external_id", "technician",
                                                   "dispatched", "arrived", "completed"};

std::string column_list() {
  std::string out;
  for (const auto* list : {&required_columns, &optional_columns})
    for (const std::string& c : *list) out += (out.empty() ? "" : ", ") + c;
  return out;
}

// A record's call, or its problems.
std::optional<as::CallRecord> to_call(const CsvRecord& r, const std::map<std::string, std::size_t>& col,
                                      std::size_t header_size, const as::Calendar& cal,
                                      std::vector<Problem>& problems) {
  if (r.fields.size() != header_size) {
    problems.push_back({r.line, "",
                        std::to_string(r.fields.size()) + " fields where the header has " + std::to_string(header_size),
                        r.text});
    return std::nullopt;
  }
  const auto get = [&](const std::string& name) -> const std::string& {
    static const std::string none;
    const auto it = col.find(name);
    return it == col.end() ? none : r.fields[it->second];
  };
  const std::size_t before = problems.size();
  const auto parse = [&](const std::string& name, auto&& how) {
    try {
      how(get(name));
    } catch (const as::Error& e) {
      problems.push_back({r.line, name, e.message(), r.text});
    }
  };
  as::CallRecord c;
  c.intake.customer = get("customer");
  c.intake.phone = get("phone");
  c.intake.address = get("address");
  c.intake.zone = get("zone");
  c.intake.product = get("product");
  c.intake.serial = get("serial");
  c.intake.fault = get("fault");
  if (!get("centre").empty()) c.intake.centre = get("centre");
  if (!get("external_id").empty()) c.external_id = get("external_id");
  if (!get("technician").empty()) c.technician = get("technician");
  parse("purchased", [&](const std::string& v) { c.intake.purchased = as::parse_date(v, "purchased"); });
  parse("received", [&](const std::string& v) { c.intake.received = as::parse_instant(v, cal, "received"); });
  for (const char* name : {"dispatched", "arrived", "completed"})
    parse(name, [&](const std::string& v) {
      if (v.empty()) return;
      const as::Instant t = as::parse_instant(v, cal, name);
      (name[0] == 'd' ? c.dispatched : name[0] == 'a' ? c.arrived : c.completed) = t;
    });
  if (problems.size() != before) return std::nullopt;
  return c;
}

// "calls[i].zone" of the store's error -> the column "zone".
std::string column_of(const std::string& field) {
  const std::size_t dot = field.find("].");
  return dot == std::string::npos ? field : field.substr(dot + 2);
}

// Files a failed run must take away again: only those that were not there.
class NewFiles {
 public:
  NewFiles() = default;
  NewFiles(const NewFiles&) = delete;
  NewFiles& operator=(const NewFiles&) = delete;
  ~NewFiles() {
    std::error_code ignored;
    if (!kept_)
      for (const std::string& path : paths_) fs::remove(path, ignored);
  }
  void note_if_absent(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) paths_.push_back(path);
  }
  void keep() { kept_ = true; }

 private:
  std::vector<std::string> paths_;
  bool kept_ = false;
};

std::string csv_quoted(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

}  // namespace

int run_import(const Args& args) {
  const std::string* db = args.value("db");
  if (db == nullptr) throw UsageError{"import-calls", "--db FILE is required"};
  if (args.operands.size() != 1)
    throw UsageError{"import-calls", args.operands.empty() ? "the CSV file is missing" : "one CSV file at a time"};
  const bool skip_bad = args.flag("skip-bad");
  const std::string* rejects = args.value("rejects");
  if (skip_bad != (rejects != nullptr)) throw UsageError{"import-calls", "--skip-bad and --rejects FILE go together"};
  const std::string& csv = args.operands.front();
  std::error_code ec;
  // A rejects file is new: it can never overwrite the store, the CSV or anything else.
  if (rejects != nullptr && (fs::exists(fs::symlink_status(*rejects, ec)) || *rejects == *db))
    throw as::Error(as::ErrorCode::state, "rejects", "'" + *rejects + "' exists; --rejects writes a new file");

  std::ifstream in(csv, std::ios::binary);
  if (!in || fs::is_directory(csv)) throw as::Error(as::ErrorCode::not_found, "csv", "cannot read '" + csv + "'");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // "CSV UTF-8" of spreadsheets
  if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0)
    throw as::Error(as::ErrorCode::parse_error, "csv", "'" + csv + "' is UTF-16 text; save it as 'CSV UTF-8'");

  std::vector<Problem> problems;
  std::vector<CsvRecord> records = read_records(text, problems);
  if (records.empty() && problems.empty())
    throw as::Error(as::ErrorCode::parse_error, "csv", "'" + csv + "' has no header line");
  if (records.empty() || records.front().line != 1)
    throw as::Error(as::ErrorCode::parse_error, "csv", "'" + csv + "': line 1 is not a header line");
  const CsvRecord header = records.front();
  records.erase(records.begin());
  std::map<std::string, std::size_t> col;
  std::set<std::string> known(required_columns.begin(), required_columns.end());
  known.insert(optional_columns.begin(), optional_columns.end());
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    if (!known.count(header.fields[i]))
      throw as::Error(as::ErrorCode::parse_error, "csv",
                      "'" + csv + "': unknown column '" + header.fields[i] + "' (the columns: " + column_list() + ")");
    if (!col.emplace(header.fields[i], i).second)
      throw as::Error(as::ErrorCode::parse_error, "csv", "'" + csv + "': column '" + header.fields[i] + "' twice");
  }
  for (const std::string& need : required_columns)
    if (!col.count(need))
      throw as::Error(as::ErrorCode::parse_error, "csv", "'" + csv + "': no column '" + need + "'");

  // The store: it must exist unless --create; the files this run created
  // (and only those) are removed again when the import fails.
  as::StoreOptions options;
  options.mode = args.flag("create") ? as::OpenMode::create : as::OpenMode::must_exist;
  NewFiles created;
  if (args.flag("create"))
    for (const char* suffix : {"", "-wal", "-shm"}) created.note_if_absent(*db + suffix);
  std::optional<as::Store> store;
  store.emplace(as::Store::open(*db, load_policy(args), std::move(options)));
  warn_if_calendar_ends_soon(*store);
  // The open counted again the deadlines of a year the calendar now publishes: say so.
  if (store->recomputed().calls > 0) std::fprintf(stderr, "aftersales: %s\n", recomputed_text(store->recomputed()).c_str());

  std::vector<as::CallRecord> calls;
  std::vector<const CsvRecord*> origin;
  for (const CsvRecord& r : records)
    if (auto c = to_call(r, col, header.fields.size(), store->policy().calendar(), problems)) {
      calls.push_back(std::move(*c));
      origin.push_back(&r);
    }
  // The store's own checks (zones, time order, ...) for every record, then
  // rolled back: all problems are known before anything is written.
  as::ImportOptions check;
  check.skip_bad = true;
  check.dry_run = true;
  for (const as::RejectedRecord& bad : store->import_calls(calls, check).rejected)
    problems.push_back({origin[bad.index]->line, column_of(bad.field), bad.message, origin[bad.index]->text});
  std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) { return a.line < b.line; });

  // One entry per bad line, its reasons in order.
  std::vector<Problem> bad_lines;
  for (const Problem& p : problems) {
    const std::string reason = p.column.empty() ? p.reason : "column " + p.column + ": " + p.reason;
    std::fprintf(stderr, "%s:%d: %s\n", csv.c_str(), p.line, reason.c_str());
    if (!bad_lines.empty() && bad_lines.back().line == p.line) bad_lines.back().reason += "; " + reason;
    else bad_lines.push_back({p.line, "", reason, p.text});
  }
  if (!bad_lines.empty() && !skip_bad) {
    std::fprintf(stderr, "aftersales import-calls: %zu bad line%s; nothing imported (--skip-bad imports the rest)\n",
                 bad_lines.size(), bad_lines.size() == 1 ? "" : "s");
    return 1;
  }
  if (!bad_lines.empty()) {
    created.note_if_absent(*rejects);
    std::ofstream out(*rejects, std::ios::binary | std::ios::trunc);
    if (!out) throw as::Error(as::ErrorCode::not_found, "rejects", "cannot write '" + *rejects + "'");
    out << "line,reason,record\n";
    for (const Problem& p : bad_lines) out << p.line << ',' << csv_quoted(p.reason) << ',' << csv_quoted(p.text) << '\n';
    if (!out.flush()) throw as::Error(as::ErrorCode::storage, "rejects", "cannot write '" + *rejects + "'");
  }
  as::ImportOptions write;
  write.skip_bad = true;  // the bad ones are reported above
  const as::ImportResult result = store->import_calls(calls, write);
  // A demo store that now holds imported calls is no longer the demo's to replace.
  if (!result.imported.empty() && store->property(demo_made_by_property) == demo_made_by)
    store->set_property(demo_made_by_property, std::string(demo_made_by) + ", then import-calls");
  created.keep();
  std::printf("imported %zu calls, skipped %zu already in the store, rejected %zu bad lines\n",
              result.imported.size(), result.skipped.size(), bad_lines.size());
  return 0;
}

}  // namespace cli
