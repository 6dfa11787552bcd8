#include "detail/json.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

namespace aftersales::generated {
std::string_view policy_document(std::string_view name) noexcept;
}

namespace aftersales::detail {

namespace {

// One amount of a document, as read: its kind decides which grammar applies.
enum class AmountKind { working_time, period };

// Larger numbers are typing errors; the bound keeps every sum far from
// overflow (100 years of seconds, 100000 years, months or days).
constexpr std::int64_t max_working_seconds = 100LL * 366 * 86400;
constexpr std::int64_t max_period_number = 100000;

const char* accepted(AmountKind kind) {
  return kind == AmountKind::working_time
             ? "working time is ISO 8601 PT6H, PT1H30M, PT45S or 6h, 1h30min, 45s"
             : "a calendar period is ISO 8601 P1Y, P6M, P2Y6M, P15D or 1y, 6mo, 2y6mo, 15d";
}

[[noreturn]] void refuse(AmountKind kind, std::string_view text, const std::string& field, const std::string& why) {
  throw Error(ErrorCode::parse_error, field, "'" + std::string(text) + "' " + why + " (" + accepted(kind) + ")");
}

// The units of both grammars, largest first within each kind. `slot` orders
// the parts: working time h, min, s = 0, 1, 2; periods y, mo, d = 0, 1, 2.
struct Unit {
  std::string_view name;  // the short form's unit
  char iso;               // the ISO 8601 designator
  bool in_time_part;      // ISO 8601: after the T
  AmountKind kind;
  int slot;
};
constexpr Unit units[] = {
    {"y", 'Y', false, AmountKind::period, 0},      {"mo", 'M', false, AmountKind::period, 1},
    {"d", 'D', false, AmountKind::period, 2},      {"h", 'H', true, AmountKind::working_time, 0},
    {"min", 'M', true, AmountKind::working_time, 1}, {"s", 'S', true, AmountKind::working_time, 2},
};

const Unit* short_unit(std::string_view name) {
  for (const Unit& u : units)
    if (u.name == name) return &u;
  return nullptr;
}

const Unit* iso_unit(char designator, bool time_part) {
  for (const Unit& u : units)
    if (u.iso == designator && u.in_time_part == time_part) return &u;
  return nullptr;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The three parts (largest first) of an amount of `kind`.
std::array<std::int64_t, 3> parse_amount(std::string_view text, const std::string& field, AmountKind kind) {
  const auto fail = [&](const std::string& why) { refuse(kind, text, field, why); };
  const char* what = kind == AmountKind::working_time ? "working time" : "a calendar period";
  if (text.empty()) fail("is empty");
  if (std::all_of(text.begin(), text.end(), is_digit))
    fail("is a bare number: an amount needs its unit");
  std::array<std::int64_t, 3> parts{};
  int next_slot = 0;  // parts come largest first, each once
  const bool iso = text.front() == 'P';
  bool time_part = false, any = false;
  std::size_t i = iso ? 1 : 0;
  while (i < text.size()) {
    if (iso && text[i] == 'T' && !time_part) {
      time_part = true;
      ++i;
      continue;
    }
    const std::size_t digits_at = i;
    std::int64_t value = 0;
    while (i < text.size() && is_digit(text[i])) {
      value = value * 10 + (text[i] - '0');
      if (value > max_working_seconds) fail("is too large");
      ++i;
    }
    if (i == digits_at) fail("is not " + std::string(what) + ": a number must come before each unit");
    if (i == text.size()) fail("is not " + std::string(what) + ": the last number has no unit");
    const Unit* unit = nullptr;
    std::string name;
    if (iso) {
      name = std::string(1, text[i]);
      if (text[i] == 'W' && !time_part) fail("counts weeks: write days instead (P14D or 14d)");
      unit = iso_unit(text[i], time_part);
      ++i;
    } else {
      while (i < text.size() && !is_digit(text[i])) name += text[i++];
      if (name == "m") fail("is ambiguous: 'm' is neither minutes (min) nor months (mo)");
      if (name == "w") fail("counts weeks: write days instead (P14D or 14d)");
      unit = short_unit(name);
    }
    if (unit == nullptr) fail("is not " + std::string(what) + ": unknown unit '" + name + "'");
    if (unit->kind != kind)
      fail(kind == AmountKind::working_time ? "is a calendar period, not working time"
                                            : "is working time, not a calendar period");
    if (unit->slot < next_slot) fail("is not " + std::string(what) + ": units go largest first, each once");
    next_slot = unit->slot + 1;
    parts[static_cast<std::size_t>(unit->slot)] = value;
    any = true;
  }
  if (!any) fail("is not " + std::string(what) + ": it gives no amount");
  if (iso && kind == AmountKind::working_time && !time_part) fail("is not working time: ISO 8601 needs the T (PT6H)");
  if (iso && time_part && text.back() == 'T') fail("is not " + std::string(what) + ": nothing follows the T");
  return parts;
}

}  // namespace

Seconds parse_working_time(std::string_view text, const std::string& field) {
  const auto parts = parse_amount(text, field, AmountKind::working_time);
  const std::int64_t total = parts[0] * 3600 + parts[1] * 60 + parts[2];  // each part is bounded: no overflow
  if (total > max_working_seconds)
    refuse(AmountKind::working_time, text, field, "is too large (at most 100 years of seconds)");
  return Seconds(total);
}

Period parse_period(std::string_view text, const std::string& field) {
  const auto parts = parse_amount(text, field, AmountKind::period);
  for (const std::int64_t part : parts)
    if (part > max_period_number) refuse(AmountKind::period, text, field, "is too large");
  Period p;
  p.years = static_cast<int>(parts[0]);
  p.months = static_cast<int>(parts[1]);
  p.days = static_cast<int>(parts[2]);
  if (static_cast<std::int64_t>(p.years) * 12 + p.months > max_period_months)
    throw Error(ErrorCode::invalid_argument, field,
                "'" + std::string(text) + "' is longer than " + std::to_string(max_period_months) + " months");
  return p;
}

std::string working_time_code(Seconds s) {
  const std::int64_t v = s.count();
  if (v <= 0) return std::to_string(v) + "s";  // only 0 is ever written: policies refuse negatives
  std::string out;
  if (v / 3600) out += std::to_string(v / 3600) + "h";
  if (v % 3600 / 60) out += std::to_string(v % 3600 / 60) + "min";
  if (v % 60) out += std::to_string(v % 60) + "s";
  return out;
}

std::string period_code(Period p) {
  std::string out;
  if (p.years) out += std::to_string(p.years) + "y";
  if (p.months) out += std::to_string(p.months) + "mo";
  if (p.days || out.empty()) out += std::to_string(p.days) + "d";
  return out;
}

Seconds json_working_time(const Json& v, const std::string& path) {
  if (v.is_number())
    refuse(AmountKind::working_time, v.dump(), path, "is a bare number: an amount needs its unit, as text");
  if (!v.is_string()) json_type_error(path, v, "working time as text (PT6H, 1h30min, ...)");
  return parse_working_time(v.get_ref<const std::string&>(), path);
}

Period json_period(const Json& v, const std::string& path) {
  if (v.is_number())
    refuse(AmountKind::period, v.dump(), path, "is a bare number: an amount needs its unit, as text");
  if (!v.is_string()) json_type_error(path, v, "a calendar period as text (P1Y, 2y6mo, ...)");
  return parse_period(v.get_ref<const std::string&>(), path);
}

const Json& default_document(std::string_view name) {
  // Parsed once, on first use (a function-local static is thread-safe).
  static const std::map<std::string, Json, std::less<>> documents = [] {
    std::map<std::string, Json, std::less<>> out;
    for (const char* n : {"dispatch", "service", "complaints", "penalties", "sanbao", "piano", "housing", "car_2021"}) {
      const std::string_view text = generated::policy_document(n);
      if (!text.empty()) out.emplace(n, parse_json(text, std::string(n) + ".json"));
    }
    return out;
  }();
  const auto it = documents.find(name);
  if (it == documents.end())
    throw Error(ErrorCode::internal, "preset", "the policy document '" + std::string(name) + "' was not built in");
  return it->second;
}

Json merged_section(const Json& defaults, const Json& given, std::initializer_list<std::string_view> whole) {
  Json out = defaults;
  Json patch = given;
  for (const std::string_view key : whole) {
    const auto it = patch.find(key);
    if (it == patch.end()) continue;
    out[std::string(key)] = *it;
    patch.erase(it);
  }
  out.merge_patch(patch);
  return out;
}

Json parse_json(std::string_view text, std::string_view what) {
  // nlohmann keeps the last of two equal keys without a word; in a policy
  // document a product or a day given twice is a mistake to name. The
  // callback sees the keys in document order: one frame per open object or
  // array, holding the object's keys so far.
  struct Frame {
    bool object;
    std::vector<std::string> keys;
  };
  std::vector<Frame> frames;
  auto on_event = [&](int, Json::parse_event_t event, Json& parsed) {
    switch (event) {
      case Json::parse_event_t::object_start: frames.push_back({true, {}}); break;
      case Json::parse_event_t::array_start: frames.push_back({false, {}}); break;
      case Json::parse_event_t::object_end:
      case Json::parse_event_t::array_end: frames.pop_back(); break;
      case Json::parse_event_t::key: {
        const auto& key = parsed.get_ref<const std::string&>();
        std::vector<std::string>& keys = frames.back().keys;
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
          std::string path;
          for (const Frame& f : frames)
            if (f.object && !f.keys.empty() && &f != &frames.back()) path += (path.empty() ? "" : ".") + f.keys.back();
          throw Error(ErrorCode::parse_error, path.empty() ? key : path + "." + key, "is given twice");
        }
        keys.push_back(key);
        break;
      }
      default: break;
    }
    return true;
  };
  try {
    return Json::parse(text.begin(), text.end(), on_event);
  } catch (const Json::parse_error& e) {
    throw Error(ErrorCode::parse_error, std::string(what), std::string("invalid JSON: ") + e.what());
  }
}

void json_type_error(const std::string& path, const Json& value, const char* expected) {
  std::string shown = value.dump();
  if (shown.size() > 60) shown = shown.substr(0, 57) + "...";
  throw Error(ErrorCode::parse_error, path, std::string("expected ") + expected + ", got " + shown);
}

const std::string& json_string(const Json& v, const std::string& path) {
  if (!v.is_string()) json_type_error(path, v, "a string");
  return v.get_ref<const std::string&>();
}

bool json_bool(const Json& v, const std::string& path) {
  if (!v.is_boolean()) json_type_error(path, v, "true or false");
  return v.get<bool>();
}

Date json_date(const Json& v, const std::string& path) { return parse_date(json_string(v, path), path); }

void json_only(const Json& obj, const std::string& path, std::initializer_list<std::string_view> allowed) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool ok = false;
    for (auto a : allowed) ok = ok || it.key() == a;
    if (!ok) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      throw Error(ErrorCode::parse_error, path.empty() ? it.key() : path + "." + it.key(),
                  "unknown member (expected one of: " + list + ")");
    }
  }
}

}  // namespace aftersales::detail
