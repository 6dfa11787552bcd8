#pragma once
// C names in the store's errors ("received" -> "received_unix_s"), shared by
// store.cpp and store_complaints.cpp.
#include <aftersales/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace aftersales::capi {

// The C name of a C++ field's last part: "calls[2].received" -> "calls[2].received_unix_s".
inline std::string c_field(const std::string& field) {
  static const std::pair<std::string_view, std::string_view> names[] = {
      {"received", "received_unix_s"}, {"purchased", "purchased_yyyymmdd"}, {"delivered", "delivered_yyyymmdd"},
      {"installed", "installed_yyyymmdd"}, {"at", "at_unix_s"},           {"on", "on_yyyymmdd"},
      {"worked", "worked_s"},            {"unit_price", "unit_price_fen"}, {"promised", "promised_yyyymmdd"},
      {"dispatched", "dispatched_unix_s"}, {"arrived", "arrived_unix_s"},   {"completed", "completed_unix_s"}};
  const std::size_t dot = field.rfind('.');
  const std::string_view last = dot == std::string::npos ? std::string_view(field) : std::string_view(field).substr(dot + 1);
  for (const auto& [from, to] : names)
    if (last == from) return field.substr(0, field.size() - last.size()) + std::string(to);
  return field;
}

// Runs `f`, renaming the field of an Error to its C name.
template <class F>
auto c_names(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    const std::string renamed = c_field(e.field());
    if (renamed == e.field()) throw;
    throw Error(e.code(), renamed, e.message());
  }
}

}  // namespace aftersales::capi
