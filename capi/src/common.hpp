#pragma once
// Conversions shared by the C API sources: the ABI passes instants as Unix
// seconds (int64_t), the C++ API as aftersales::Instant.
#include <aftersales/types.hpp>

#include <cstdint>

namespace aftersales::capi {

inline Instant instant(std::int64_t unix_s) { return Instant(Seconds(unix_s)); }
inline std::int64_t unix_s(Instant t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }

}  // namespace aftersales::capi
