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

Error Error::nested(std::string_view parent) const {
  if (parent.empty()) return *this;
  std::string field(parent);
  if (!field_.empty()) field += (field_.front() == '[' ? "" : ".") + field_;
  return Error(code_, std::move(field), message_);
}

Error Error::renamed(std::string_view from, std::string_view to) const {
  if (field_.compare(0, from.size(), from) != 0) return *this;
  return Error(code_, std::string(to) + field_.substr(from.size()), message_);
}
}  // namespace aftersales
