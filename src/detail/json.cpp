#include "detail/json.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace aftersales::detail {

std::string period_code(Period p) {
  std::string out;
  if (p.years) out += std::to_string(p.years) + "y";
  if (p.months) out += std::to_string(p.months) + "m";
  if (p.days || out.empty()) out += std::to_string(p.days) + "d";
  return out;
}

Period parse_period(std::string_view text, const std::string& field) {
  Period p;
  std::int64_t value = 0;
  bool digits = false, any = false;
  auto fail = [&]() -> Period {
    throw Error(ErrorCode::parse_error, field,
                "'" + std::string(text) + "' is not a period (e.g. \"1y\", \"6m\", \"15d\", \"2y6m\")");
  };
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      if (value > 100000) return fail();
      digits = true;
      continue;
    }
    if (!digits) return fail();
    const int v = static_cast<int>(value);
    switch (c) {
      case 'y': p.years += v; break;
      case 'm': p.months += v; break;
      case 'd': p.days += v; break;
      default: return fail();
    }
    value = 0, digits = false, any = true;
  }
  if (digits || !any) return fail();
  if (p.years * 12 + p.months > max_period_months)
    throw Error(ErrorCode::invalid_argument, field,
                "'" + std::string(text) + "' is longer than " + std::to_string(max_period_months) + " months");
  return p;
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
