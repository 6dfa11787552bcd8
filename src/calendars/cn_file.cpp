// The holiday file: data/cn_holidays.csv's format read at run time, checked
// line by line and against the built-in table before anything is used.
#include <aftersales/calendars/cn.hpp>

#include "detail/json.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

namespace aftersales::calendars {

namespace {

constexpr std::string_view header = "date,kind,name";
constexpr std::string_view bom = "\xEF\xBB\xBF";

std::string_view trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

// A name as a spreadsheet writes it: quoted when it holds a comma or a quote.
std::string unquote(std::string_view s, const std::string& where) {
  if (s.size() < 2 || s.front() != '"') return std::string(s);
  if (s.back() != '"') throw Error(ErrorCode::parse_error, where, "name (column 3): an open quote in " + std::string(s));
  std::string out;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    out += s[i];
    if (s[i] == '"') {
      if (i + 2 < s.size() && s[i + 1] == '"') {
        ++i;
      } else {
        throw Error(ErrorCode::parse_error, where, "name (column 3): a lone quote in " + std::string(s));
      }
    }
  }
  return out;
}

const CnDay* table_row(Date d) {
  const auto days = cn_days();
  const std::int32_t key = date_to_yyyymmdd(d);
  const auto it = std::lower_bound(days.begin(), days.end(), key,
                                   [](const CnDay& row, std::int32_t k) { return row.yyyymmdd < k; });
  return it != days.end() && it->yyyymmdd == key ? &*it : nullptr;
}

constexpr const char* weekday_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

const char* kind_name(bool workday) { return workday ? "workday" : "holiday"; }

}  // namespace

CnHolidayFile CnHolidayFile::parse(std::string_view text, std::string_view source_name) {
  const std::string source(source_name);
  const auto at = [&](std::size_t line) { return source + ":" + std::to_string(line); };
  if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());

  const Date built_in = cn_horizon();
  // The next notice may still add days in the table's last December.
  const Date open_from(built_in.year(), 12, 1);

  std::vector<CnFileDay> added;
  std::map<Date, std::size_t> seen;  // date -> line
  std::set<int> years;               // years past the built-in horizon
  Date last = built_in;
  bool have_header = false;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) continue;
    const std::string where = at(line_no);
    if (!have_header) {
      if (trim(line) != header)
        throw Error(ErrorCode::parse_error, where,
                    "expected the header '" + std::string(header) + "', got '" + std::string(line) + "'");
      have_header = true;
      continue;
    }
    const std::size_t c1 = line.find(',');
    const std::size_t c2 = c1 == std::string_view::npos ? c1 : line.find(',', c1 + 1);
    if (c2 == std::string_view::npos)
      throw Error(ErrorCode::parse_error, where,
                  "expected 3 columns date,kind,name, got '" + std::string(line) + "'");
    const std::string_view date_text = trim(line.substr(0, c1));
    const std::string_view kind = trim(line.substr(c1 + 1, c2 - c1 - 1));
    CnFileDay row;
    row.line = line_no;
    try {
      row.date = parse_date(date_text, "date (column 1)");
    } catch (const Error& e) {
      throw Error(e.code(), where, e.what());  // what() names the column
    }
    if (kind == "holiday" || kind == "workday")
      row.workday = kind == "workday";
    else
      throw Error(ErrorCode::parse_error, where,
                  "kind (column 2): '" + std::string(kind) + "' is not a kind (expected holiday or workday)");
    const std::string_view name_text = trim(line.substr(c2 + 1));
    if (!name_text.empty() && name_text.front() != '"' && name_text.find(',') != std::string_view::npos)
      throw Error(ErrorCode::parse_error, where,
                  "more than 3 columns in '" + std::string(line) + "' (a name with a comma is quoted)");
    row.name = unquote(name_text, where);
    if (trim(row.name).empty()) throw Error(ErrorCode::parse_error, where, "name (column 3): is empty");

    const std::string when = format_date(row.date);
    if (const auto [it, fresh] = seen.emplace(row.date, line_no); !fresh)
      throw Error(ErrorCode::invalid_argument, where,
                  when + " is given twice (first on line " + std::to_string(it->second) + ")");
    const Weekday wd = weekday_of(row.date);
    if (row.workday && wd != Weekday::sat && wd != Weekday::sun)
      throw Error(ErrorCode::invalid_argument, where,
                  when + " is a " + weekday_names[static_cast<int>(wd)] +
                      "; a make-up working day is a Saturday or Sunday announced as working");
    if (row.date <= built_in) {
      const CnDay* known = table_row(row.date);
      if (known != nullptr && known->workday == row.workday) continue;  // repeats the table
      if (known != nullptr || row.date < open_from)
        throw Error(ErrorCode::invalid_argument, where,
                    when + " " + kind_name(row.workday) + ": the built-in table (to " + format_date(built_in) +
                        ") has " +
                        (known != nullptr ? "it as a " + std::string(kind_name(known->workday))
                                          : std::string("no row for it (an ordinary day)")) +
                        "; a file may repeat the shipped years, add days in their last December and add later "
                        "years, not change them");
    } else {
      years.insert(row.date.year());
      last = std::max(last, Date(row.date.year(), 12, 31));
    }
    added.push_back(std::move(row));
  }
  if (!have_header)
    throw Error(ErrorCode::parse_error, source, "the file is empty (expected the header '" + std::string(header) + "')");

  // The holidays the law fixes on Gregorian dates (全国年节及纪念日放假办法,
  // 国务院令第795号, 2024, art. 2: 元旦 1 January, 劳动节 1-2 May, 国庆节
  // 1-3 October) are in every whole notice, so a year lacking one is not a
  // notice (or is a gap between two). The lunar festivals cannot be checked
  // without the lunar calendar.
  constexpr std::pair<unsigned short, unsigned short> fixed_by_law[] = {{1, 1}, {5, 1}, {5, 2},
                                                                        {10, 1}, {10, 2}, {10, 3}};
  for (int y = built_in.year() + 1; y <= last.year(); ++y) {
    for (const auto& [month, day] : fixed_by_law) {
      const Date statutory(static_cast<unsigned short>(y), month, day);
      const bool ok = std::any_of(added.begin(), added.end(),
                                  [&](const CnFileDay& r) { return r.date == statutory && !r.workday; });
      if (!ok)
        throw Error(ErrorCode::invalid_argument, source,
                    "no row '" + format_date(statutory) + ",holiday,...' although the file reaches " +
                        std::to_string(last.year()) + "; the law makes that day a holiday every year, so " +
                        std::to_string(y) + " is not a whole notice" +
                        (years.count(y) ? "" : " (the file has no rows for it at all)"));
    }
  }
  std::sort(added.begin(), added.end(), [](const CnFileDay& a, const CnFileDay& b) { return a.date < b.date; });
  return CnHolidayFile(source, std::move(added), last);
}

CnHolidayFile CnHolidayFile::load(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error(ErrorCode::not_found, name, "cannot read the holiday file: it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    throw Error(ErrorCode::not_found, name,
                std::string("cannot read the holiday file: ") + (err != 0 ? std::strerror(err) : "cannot open"));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::not_found, name, "cannot read the holiday file: a read error");
  return parse(text.str(), name);
}

Calendar china_from_json(std::string_view json, const CnHolidayFile& file) {
  const auto doc = detail::parse_json(json, "calendar");
  std::string path;
  const detail::Json& section = detail::calendar_section(doc, path);
  const std::string preset_field = path.empty() ? "preset" : path + ".preset";
  if (!section.is_object() || !section.contains("preset") || !section["preset"].is_string() ||
      section["preset"].get<std::string>() != "cn")
    throw Error(ErrorCode::invalid_argument, preset_field,
                "the holiday file " + file.source() + " needs a calendar on the China preset (\"preset\": \"cn\")");
  CalendarBuilder b = detail::calendar_builder_from_json(section, path);
  // The document's own horizon (null: none) stands unless the file's is later.
  std::optional<Date> horizon = file.horizon();
  if (section.contains("horizon")) {
    const detail::Json& h = section["horizon"];
    if (h.is_null())
      horizon.reset();
    else
      horizon = std::max(*horizon, detail::json_date(h, path.empty() ? "horizon" : path + ".horizon"));
  }
  b.horizon(horizon);
  for (const CnFileDay& row : file.added()) {
    if (row.workday)
      b.workday(row.date);
    else
      b.holiday(row.date);
  }
  try {
    return b.build();
  } catch (const Error& e) {
    throw e.nested(path);  // as Calendar::from_json: fields inside the calendar section
  }
}

}  // namespace aftersales::calendars
