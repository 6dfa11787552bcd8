#include "detail/json.hpp"

namespace aftersales::detail {

Json parse_json(std::string_view text, std::string_view what) {
  try {
    return Json::parse(text.begin(), text.end());
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
