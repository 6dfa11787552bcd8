// The one grammar of instants people write (CLI imports, --as-of): local
// civil time of the calendar's zone, or ISO 8601 with an offset.
#include <aftersales/calendar.hpp>
#include <aftersales/calendars/cn.hpp>
#include <aftersales/error.hpp>
#include <aftersales/time_text.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace aftersales;
using namespace std::chrono;

namespace {

Instant utc(int y, int mo, int d, int h, int mi, int s = 0) {
  return Instant{sys_days{year{y} / mo / d}.time_since_epoch()} + hours{h} + minutes{mi} + seconds{s};
}

}  // namespace

TEST_CASE("parse_instant reads local civil time of the calendar's zone") {
  const Calendar cn = calendars::china();
  const Instant ten = utc(2025, 10, 9, 2, 0);  // 10:00 in Shanghai
  CHECK(parse_instant("2025-10-09 10:00", cn) == ten);
  CHECK(parse_instant("2025-10-09T10:00", cn) == ten);
  CHECK(parse_instant("2025-10-09 10:00:00", cn) == ten);
  CHECK(parse_instant("  2025-10-09 10:00  ", cn) == ten);
  CHECK(parse_instant("2025-10-09 10:00:05", cn) == ten + seconds{5});
  CHECK(parse_instant("2025-10-09T10:00:05.999", cn) == ten + seconds{5});  // floored
}

TEST_CASE("parse_instant takes an ISO 8601 offset as that instant") {
  const Calendar cn = calendars::china();
  const Instant ten = utc(2025, 10, 9, 2, 0);
  CHECK(parse_instant("2025-10-09T10:00:00+08:00", cn) == ten);
  CHECK(parse_instant("2025-10-09T10:00+0800", cn) == ten);
  CHECK(parse_instant("2025-10-09 10:00+08", cn) == ten);
  CHECK(parse_instant("2025-10-09T02:00:00Z", cn) == ten);
  CHECK(parse_instant("2025-10-08T21:00:00-05:00", cn) == ten);
  CHECK(parse_instant("2025-10-09T07:30:00+05:30", cn) == ten);
}

TEST_CASE("parse_instant refuses what is not a time, naming the field and the text") {
  const Calendar cn = calendars::china();
  for (const char* bad : {"", "2025-10-09", "2025-10-09 10", "2025-10-09 1000", "2025-10-09 24:00",
                          "2025-10-09 10:60", "2025-10-09 10:00:61", "2025-10-09 10:00:5", "2025-10-09 10:00.",
                          "2025-10-09 10:00 +08:00", "2025-10-09 10:00+8", "2025-10-09 10:00+08:0",
                          "2025-10-09 10:00+25:00", "2025-10-09 10:00UTC", "2025/10/09 10:00", "2025-13-09 10:00",
                          "2025-10-09x10:00", "2025-10-09 1a:00"}) {
    INFO(bad);
    try {
      parse_instant(bad, cn, "line 4.received");
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.field() == "line 4.received");
      CHECK(std::string(e.what()).find(std::string("'") + bad + "'") != std::string::npos);
    }
  }
}

TEST_CASE("format_local writes what parse_instant reads") {
  const Calendar cn = calendars::china();
  CHECK(format_local(utc(2025, 10, 9, 2, 0), cn) == "2025-10-09 10:00");
  CHECK(format_local(utc(2025, 10, 9, 2, 0, 7), cn) == "2025-10-09 10:00:07");
  for (const Instant t : {utc(2025, 10, 9, 2, 0), utc(2025, 12, 31, 15, 59, 59)})
    CHECK(parse_instant(format_local(t, cn), cn) == t);
}
