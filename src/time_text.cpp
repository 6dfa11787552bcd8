#include <aftersales/error.hpp>
#include <aftersales/time_text.hpp>

#include <chrono>
#include <cstdio>

namespace aftersales {

namespace {

// Reads `n` digits at `at`, or -1.
int digits(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Instant parse_instant(std::string_view text, const Calendar& calendar, std::string_view field) {
  using namespace std::chrono;
  const std::string_view s = trimmed(text);
  const auto fail = [&](const char* why) -> Instant {
    throw Error(ErrorCode::parse_error, std::string(field),
                "'" + std::string(text) + "' is not a time: " + why +
                    " (expected YYYY-MM-DD HH:MM[:SS], ISO 8601 'T' allowed, optionally with an offset such as "
                    "+08:00 or Z)");
  };
  if (s.size() < 16) return fail("too short");
  Date day;
  try {
    day = parse_date(s.substr(0, 10), field);
  } catch (const Error& e) {  // name the whole text, not just its date
    throw Error(e.code(), std::string(field), "'" + std::string(text) + "': " + e.message());
  }
  if (s[10] != ' ' && s[10] != 'T' && s[10] != 't') return fail("no space or 'T' after the date");
  const int hour = digits(s, 11, 2), minute = s[13] == ':' ? digits(s, 14, 2) : -1;
  if (hour < 0 || minute < 0) return fail("no HH:MM after the date");
  if (hour > 23 || minute > 59) return fail("hour or minute out of range");
  std::size_t at = 16;
  int second = 0;
  if (at < s.size() && s[at] == ':') {
    second = digits(s, at + 1, 2);
    if (second < 0) return fail("no two digits of seconds after ':'");
    if (second > 59) return fail("second out of range");
    at += 3;
    if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
      const std::size_t first = ++at;
      while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
      if (at == first) return fail("no digits after the decimal mark");
    }
  }
  const local_days civil{year{static_cast<int>(day.year())} / static_cast<int>(day.month().as_number()) /
                         static_cast<int>(day.day().as_number())};
  const LocalTime local = local_seconds{civil} + hours{hour} + minutes{minute} + seconds{second};
  const std::string_view offset = s.substr(at);
  if (offset.empty()) return calendar.to_utc(local);
  if (offset == "Z" || offset == "z") return Instant{local.time_since_epoch()};
  if (offset[0] != '+' && offset[0] != '-') return fail("unexpected text after the time");
  const int oh = digits(offset, 1, 2);
  int om = 0;
  if (offset.size() == 6 && offset[3] == ':') om = digits(offset, 4, 2);
  else if (offset.size() == 5) om = digits(offset, 3, 2);
  else if (offset.size() != 3) om = -1;
  if (oh < 0 || om < 0) return fail("an offset is +HH:MM, +HHMM, +HH or Z");
  if (oh > 23 || om > 59) return fail("offset out of range");
  const seconds east = hours{oh} + minutes{om};
  return Instant{local.time_since_epoch() - (offset[0] == '+' ? east : -east)};
}

std::string format_local(Instant t, const Calendar& calendar) {
  using namespace std::chrono;
  const LocalTime lt = calendar.to_local(t);
  const local_days day = floor<days>(lt);
  const hh_mm_ss hms{lt - day};
  std::string out = format_date(calendar.local_date(t));
  char buf[16];
  if (hms.seconds().count() != 0)
    std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  else
    std::snprintf(buf, sizeof buf, " %02d:%02d", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()));
  return out.append(buf);
}

}  // namespace aftersales
