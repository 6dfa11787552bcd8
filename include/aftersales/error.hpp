#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

namespace aftersales {

// Codes are pinned: the C API returns them as as_status and Python maps them
// to exception classes, so a value never changes meaning.
enum class ErrorCode : int {
  ok = 0,
  invalid_argument = 1,  // a value that breaks a rule (overlapping shifts, negative count)
  not_found = 2,         // a name that is not known (time zone, service zone)
  out_of_range = 3,      // a date outside 1970..2199 or past a strict calendar's horizon
  parse_error = 4,       // malformed text (JSON, "25:00", "2025-13-01")
  state = 5,             // an operation the record's state does not allow
  storage = 6,           // database failure
  no_memory = 7,
  internal = 8,
};

const char* to_string(ErrorCode code) noexcept;

// The one exception type of the library. `field()` names the input that was
// wrong ("week.mon[1].open"), so every face can point the user at it.
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string field, const std::string& message)
      : std::runtime_error(field.empty() ? message : field + ": " + message),
        code_(code),
        field_(std::move(field)),
        message_(message) {}
  ErrorCode code() const noexcept { return code_; }
  const std::string& field() const noexcept { return field_; }
  // what() without the field.
  const std::string& message() const noexcept { return message_; }
  // The same error with its field placed under `parent`:
  // Error(.., "week.mon[0]", ..).nested("calendar") names "calendar.week.mon[0]".
  Error nested(std::string_view parent) const;
  // The same error with the leading `from` of its field replaced by `to`.
  Error renamed(std::string_view from, std::string_view to) const;

 private:
  ErrorCode code_;
  std::string field_;
  std::string message_;
};

}  // namespace aftersales
