// Helpers shared by the unit tests: civil times and dates built with
// std::chrono alone (so the tests do not trust the library's zone code),
// readable text for dates and instants, the China preset, glibc's view of a
// zone, and the CHECK_ERROR macro.
#pragma once

#include <aftersales/calendar.hpp>
#include <aftersales/calendars/cn.hpp>
#include <aftersales/error.hpp>
#include <aftersales/types.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace test_support {

// ------------------------------------------------------------------ civil times and dates

// UTC civil time -> Instant.
inline aftersales::Instant utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0) {
  return aftersales::Instant(
             std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{mo} / std::chrono::day{d}}) +
         std::chrono::hours(h) + std::chrono::minutes(mi) + aftersales::Seconds(s);
}

// Local civil time, in no zone yet.
inline aftersales::LocalTime lt(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0) {
  return aftersales::LocalTime(
             std::chrono::local_days{std::chrono::year{y} / std::chrono::month{mo} / std::chrono::day{d}}) +
         std::chrono::hours(h) + std::chrono::minutes(mi) + aftersales::Seconds(s);
}

inline aftersales::Date day(int y, int m, int d) {
  return aftersales::Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                          static_cast<unsigned short>(d));
}

inline aftersales::Shift sh(const char* open, const char* close) { return aftersales::Shift::parse(open, close); }

// ------------------------------------------------------------------ readable text

// Dates compared as text so a failure prints readable values.
inline std::string str(aftersales::Date d) { return aftersales::format_date(d); }

// An instant as Asia/Shanghai civil time (UTC+8, no DST since 1991), computed
// without the library so the tests do not trust its zone code.
inline std::string shanghai(aftersales::Instant t) {
  const auto local = t + std::chrono::hours(8);
  const auto midnight = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day date{midnight};
  const std::chrono::hh_mm_ss tod{local - midnight};
  char buf[96];  // room for any int values, so -Wformat-truncation stays quiet
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count()),
                static_cast<int>(tod.seconds().count()));
  return buf;
}

inline std::string shanghai(const std::optional<aftersales::Instant>& t) { return t ? shanghai(*t) : "none"; }

// ------------------------------------------------------------------ the China preset

// Built once per test binary.
inline const aftersales::Calendar& cn() {
  static const aftersales::Calendar cal = aftersales::calendars::china();
  return cal;
}

// ------------------------------------------------------------------ offsets from glibc

// glibc's view of a zone (its own reading of the tz database or of a POSIX TZ
// string): TZ is set for the lifetime of this object.
class GlibcZone {
 public:
  explicit GlibcZone(const std::string& tz) {
    if (const char* old = std::getenv("TZ")) had_ = true, old_ = old;
    setenv("TZ", tz.c_str(), 1);
    tzset();
  }
  ~GlibcZone() {
    if (had_)
      setenv("TZ", old_.c_str(), 1);
    else
      unsetenv("TZ");
    tzset();
  }
  GlibcZone(const GlibcZone&) = delete;
  GlibcZone& operator=(const GlibcZone&) = delete;

  // UTC offset in seconds at t (seconds since the epoch).
  std::int64_t offset(std::int64_t t) const {
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    localtime_r(&tt, &tm);
    return tm.tm_gmtoff;
  }
  // Local civil seconds -> UTC: a time in a gap moves forward by the gap
  // (read on the offset before it); an ambiguous one takes the earlier.
  std::int64_t to_utc(std::int64_t local) const {
    constexpr std::int64_t day_s = 86400;
    const std::int64_t before = offset(local - day_s), after = offset(local + day_s);
    if (before == after) return local - before;
    const std::int64_t ub = local - before, ua = local - after;
    const bool vb = offset(ub) == before, va = offset(ua) == after;
    if (vb && va) return std::min(ub, ua);
    if (vb) return ub;
    if (va) return ua;
    return ub;  // the gap
  }

 private:
  bool had_ = false;
  std::string old_;
};

}  // namespace test_support

// CHECK_ERROR(code, field, value, statement...): checks that the statement
// throws aftersales::Error with exactly that code() and field(), and that
// what() names the field and contains `value` (the offending value, or the
// words that describe the problem). Five assertions when it throws.
#define CHECK_ERROR(code_, field_, value_, ...)                                          \
  do {                                                                                   \
    bool thrown_ = false;                                                                \
    try {                                                                                \
      (void)(__VA_ARGS__);                                                               \
    } catch (const ::aftersales::Error& e_) {                                            \
      thrown_ = true;                                                                    \
      CHECK(e_.code() == (code_));                                                       \
      CHECK(e_.field() == std::string(field_));                                          \
      CHECK_THAT(std::string(e_.what()), Catch::Matchers::Contains(std::string(field_))); \
      CHECK_THAT(std::string(e_.what()), Catch::Matchers::Contains(std::string(value_))); \
    }                                                                                    \
    CHECK(thrown_);                                                                      \
  } while (0)
