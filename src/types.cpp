#include <aftersales/error.hpp>
#include <aftersales/types.hpp>

#include <cstdio>

namespace aftersales {

namespace {
Date checked_date(int y, int m, int d, std::string_view text, std::string_view field) {
  if (m < 1 || m > 12 || d < 1 || d > 31)
    throw Error(ErrorCode::parse_error, std::string(field), "'" + std::string(text) + "' is not a valid date");
  if (y < min_year || y > max_year)
    throw Error(ErrorCode::out_of_range, std::string(field),
                "date " + std::string(text) + " is outside 1970-01-01..2199-12-31");
  using boost::gregorian::gregorian_calendar;
  if (d > gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y), static_cast<unsigned short>(m)))
    throw Error(ErrorCode::parse_error, std::string(field), "'" + std::string(text) + "' is not a valid date");
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}
}  // namespace

Date parse_date(std::string_view text, std::string_view field) {
  auto digits = [&](std::size_t at, std::size_t n) -> int {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (i >= text.size() || text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || digits(0, 4) < 0 || digits(5, 2) < 0 ||
      digits(8, 2) < 0)
    throw Error(ErrorCode::parse_error, std::string(field),
                "'" + std::string(text) + "' is not a date (expected YYYY-MM-DD)");
  return checked_date(digits(0, 4), digits(5, 2), digits(8, 2), text, field);
}

std::string format_date(Date d) {
  // By hand: snprintf was the largest cost of writing a decision's rule text.
  if (d.is_special()) return "not-a-date";
  const auto ymd = d.year_month_day();
  const unsigned y = ymd.year, m = ymd.month, day = ymd.day;
  std::string out(10, '0');
  out[0] = static_cast<char>('0' + y / 1000 % 10);
  out[1] = static_cast<char>('0' + y / 100 % 10);
  out[2] = static_cast<char>('0' + y / 10 % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[4] = '-';
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

Date date_from_yyyymmdd(std::int32_t v, std::string_view field) {
  auto text = std::to_string(v);
  return checked_date(v / 10000, v / 100 % 100, v % 100, text, field);
}

std::int32_t date_to_yyyymmdd(Date d) noexcept {
  return static_cast<std::int32_t>(d.year()) * 10000 + static_cast<std::int32_t>(d.month()) * 100 +
         static_cast<std::int32_t>(d.day());
}

std::string format_yuan(Fen fen) {
  // In unsigned arithmetic: -INT64_MIN does not fit in a Fen.
  const bool negative = fen < 0;
  const std::uint64_t a = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%llu.%02llu", negative ? "-" : "", static_cast<unsigned long long>(a / 100),
                static_cast<unsigned long long>(a % 100));
  return buf;
}

}  // namespace aftersales
