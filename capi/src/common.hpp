#pragma once
// Conversions shared by the C API sources: the ABI passes instants as Unix
// seconds (int64_t), the C++ API as aftersales::Instant.
#include <aftersales.h>
#include <aftersales/enum_names.hpp>
#include <aftersales/error.hpp>
#include <aftersales/penalty.hpp>
#include <aftersales/types.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace aftersales::capi {

inline Instant instant(std::int64_t unix_s) { return Instant(Seconds(unix_s)); }
inline std::int64_t unix_s(Instant t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }

// The parties and weights of a split as two C arrays of n; the caller has
// checked the arrays themselves for NULL.
inline std::vector<Weight> weights_of(std::size_t n, const char* const* parties, const std::int64_t* weights) {
  std::vector<Weight> w;
  w.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (parties[i] == nullptr)
      throw Error(ErrorCode::invalid_argument, "parties[" + std::to_string(i) + "]", "must not be NULL");
    w.push_back({parties[i], weights[i]});
  }
  return w;
}

// The value of C code `code`; Error(invalid_argument) naming `field` for a
// code outside the enumeration ("7 is not an AS_MARKET_* value (0 domestic, 1 foreign)").
template <class E>
E enum_in(std::int64_t code, const std::string& field, const char* constants) {
  if (const auto e = enum_from_int<E>(code)) return *e;
  throw Error(ErrorCode::invalid_argument, field,
              std::to_string(code) + " is not an " + constants + " value (" + enum_codes_text<E>() + ")");
}

// A record's id (its UUID text) into the caller's out_id of AS_ID_SIZE bytes,
// NUL included.
inline void copy_id(const std::string& id, char* out_id) {
  if (id.size() + 1 != AS_ID_SIZE) throw Error(ErrorCode::internal, "id", "'" + id + "' is not a UUID");
  std::memcpy(out_id, id.c_str(), AS_ID_SIZE);
}

}  // namespace aftersales::capi
