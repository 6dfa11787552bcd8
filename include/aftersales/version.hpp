#pragma once
// Library version; the C ABI carries the same numbers (AS_VERSION_*).
#define AFTERSALES_VERSION_MAJOR 0
#define AFTERSALES_VERSION_MINOR 1
#define AFTERSALES_VERSION_PATCH 0

namespace aftersales {
inline constexpr int version_major = AFTERSALES_VERSION_MAJOR;
inline constexpr int version_minor = AFTERSALES_VERSION_MINOR;
inline constexpr int version_patch = AFTERSALES_VERSION_PATCH;
// "major.minor.patch"
const char* version_string() noexcept;
}  // namespace aftersales
