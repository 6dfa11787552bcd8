#include <aftersales/error.hpp>

namespace aftersales {
const char* to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::invalid_argument: return "invalid argument";
    case ErrorCode::not_found: return "not found";
    case ErrorCode::out_of_range: return "out of range";
    case ErrorCode::parse_error: return "parse error";
    case ErrorCode::state: return "operation not allowed in this state";
    case ErrorCode::storage: return "storage error";
    case ErrorCode::no_memory: return "out of memory";
    case ErrorCode::internal: return "internal error";
  }
  return "unknown error code";
}
}  // namespace aftersales
