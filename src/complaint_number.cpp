// Complaint numbers with a serial of a minimum width that widens as it needs
// (seeds/002 (八) 客戶投訴處理表編號原則: 年度(××)月份(××)流水編號(××), a
// two-digit serial in a cycle per year and month). A month past 99
// complaints gets a third digit rather than a reused or refused serial; the
// parser reads any width from the minimum up, so the four-digit numbers
// issued before stay readable.
#include <aftersales/complaint.hpp>
#include <aftersales/error.hpp>

#include <string>

namespace aftersales {

namespace {

void check_width(int min_width) {
  if (min_width < 1 || min_width > max_complaint_serial_width)
    throw Error(ErrorCode::invalid_argument, "min_width",
                std::to_string(min_width) + " is outside 1.." + std::to_string(max_complaint_serial_width));
}

}  // namespace

std::string complaint_number(int year, int month, int serial, int min_width) {
  check_width(min_width);
  if (serial < 1 || serial > max_wide_complaint_serial)
    throw Error(ErrorCode::invalid_argument, "serial",
                std::to_string(serial) + " is outside 1.." + std::to_string(max_wide_complaint_serial));
  // "YYMM-" from the four-digit form: one place checks the year and month.
  std::string out = complaint_number(year, month, 1);
  out.resize(5);
  const std::string digits = std::to_string(serial);
  const int zeros = min_width - static_cast<int>(digits.size());
  for (int i = 0; i < zeros; ++i) out.push_back('0');
  out += digits;
  return out;
}

ComplaintNumber parse_complaint_number(std::string_view text, int min_width, std::string_view field) {
  check_width(min_width);
  std::string quoted(1, '\'');
  quoted.append(text).push_back('\'');
  const std::size_t serial_digits = text.size() < 5 ? 0 : text.size() - 5;
  bool shaped = text.size() >= 5 && text[4] == '-' && serial_digits >= static_cast<std::size_t>(min_width) &&
                serial_digits <= static_cast<std::size_t>(max_complaint_serial_width);
  for (std::size_t i = 0; shaped && i < text.size(); ++i) shaped = i == 4 || (text[i] >= '0' && text[i] <= '9');
  if (!shaped) {
    std::string message = quoted;
    message.append(" is not a complaint number (YYMM-, then a serial of ").append(std::to_string(min_width));
    message.append(" to ").append(std::to_string(max_complaint_serial_width)).append(" digits, e.g. \"");
    message.append(complaint_number(2026, 11, 7, min_width)).append("\")");
    throw Error(ErrorCode::parse_error, std::string(field), message);
  }
  const auto part = [&](const char* name) { return field == "number" ? std::string(name) : std::string(field) + "." + name; };
  const auto digits = [&](std::size_t from, std::size_t count) {
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  ComplaintNumber n{complaint_number_century + digits(0, 2), digits(2, 2), digits(5, serial_digits)};
  if (n.month < 1 || n.month > 12)
    throw Error(ErrorCode::parse_error, part("month"), "month " + std::to_string(n.month) + " of " + quoted + " is outside 1..12");
  if (n.serial < 1)
    throw Error(ErrorCode::parse_error, part("serial"),
                "serial " + std::to_string(n.serial) + " of " + quoted + " is outside 1.." +
                    std::to_string(max_wide_complaint_serial));
  return n;
}

std::string ComplaintPolicy::complaint_number(int year, int month, int serial) const {
  return aftersales::complaint_number(year, month, serial, rules_.serial_width);
}

ComplaintNumber ComplaintPolicy::parse_complaint_number(std::string_view text, std::string_view field) const {
  return aftersales::parse_complaint_number(text, rules_.serial_width, field);
}

}  // namespace aftersales
