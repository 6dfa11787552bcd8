#include <aftersales/version.hpp>

#define AFTERSALES_STR2(x) #x
#define AFTERSALES_STR(x) AFTERSALES_STR2(x)

namespace aftersales {
const char* version_string() noexcept {
  return AFTERSALES_STR(AFTERSALES_VERSION_MAJOR) "." AFTERSALES_STR(AFTERSALES_VERSION_MINOR) "." AFTERSALES_STR(
      AFTERSALES_VERSION_PATCH);
}
}  // namespace aftersales
