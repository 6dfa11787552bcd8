// Time zones (RULES.md §1.1 "Zone", "Windows are half-open ... DST"): IANA
// names with historical rules, POSIX TZ rules, the spring gap and the autumn
// fold, and calendars working across them. Offsets are cross-checked against
// glibc's own reading of the same tz database and of POSIX TZ strings.
#include <aftersales/calendar.hpp>
#include <aftersales/error.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }

Calendar round_the_clock(const char* zone) {
  CalendarBuilder b;
  b.zone(zone);
  for (int w = 0; w < 7; ++w) b.week(static_cast<Weekday>(w), {sh("00:00", "24:00")});
  return b.build();
}

// Compares the library's offsets with glibc's: at random instants over
// 1970..2199, daily over 1970..2040, and on both sides of every change the
// library reports.
void compare_with_glibc(const std::string& name, const std::string& glibc_name, std::uint64_t seed) {
  INFO("zone " << name);
  const TimeZone z = TimeZone::load(name);
  GlibcZone g(glibc_name);
  int mismatches = 0;
  auto check = [&](std::int64_t t) {
    const std::int64_t ours = z.offset_at(Instant(Seconds(t))).count();
    const std::int64_t theirs = g.offset(t);
    if (ours != theirs && ++mismatches <= 5) {
      INFO("at " << t << " s: ours " << ours << ", glibc " << theirs);
      CHECK(ours == theirs);
    }
  };
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<std::int64_t> pick(secs(utc(1970, 1, 2)), secs(utc(2199, 12, 30)));
  for (int i = 0; i < 1500; ++i) check(pick(rng));
  for (std::int64_t t = secs(utc(1970, 1, 2, 12)); t < secs(utc(2040, 1, 1)); t += 86400) check(t);
  std::int64_t prev = z.offset_at(utc(1970, 1, 2)).count();
  for (std::int64_t t = secs(utc(1970, 1, 2)); t < secs(utc(2199, 12, 30)); t += 6 * 3600) {
    const std::int64_t now = z.offset_at(Instant(Seconds(t))).count();
    if (now != prev) {
      // find the change to the second, then compare around it
      std::int64_t lo = t - 6 * 3600, hi = t;
      while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (z.offset_at(Instant(Seconds(mid))).count() == prev ? lo : hi) = mid;
      }
      check(hi - 1);
      check(hi);
      prev = now;
    }
  }
  CHECK(mismatches == 0);
}

}  // namespace

TEST_CASE("IANA zones: offsets, names, historical rules", "[zone]") {
  const TimeZone shanghai = TimeZone::load("Asia/Shanghai");
  CHECK(shanghai.name() == "Asia/Shanghai");
  CHECK(shanghai.offset_at(utc(2025, 9, 28)) == hours(8));
  CHECK(shanghai.offset_at(utc(1988, 7, 1)) == hours(9));  // China observed DST 1986-1991
  CHECK(shanghai.offset_at(utc(1992, 7, 1)) == hours(8));
  const TimeZone berlin = TimeZone::load("Europe/Berlin");
  CHECK(berlin.offset_at(utc(2025, 1, 15)) == hours(1));
  CHECK(berlin.offset_at(utc(2025, 7, 15)) == hours(2));
  CHECK(berlin.offset_at(utc(2025, 3, 30, 0, 59, 59)) == hours(1));
  CHECK(berlin.offset_at(utc(2025, 3, 30, 1)) == hours(2));
  CHECK(berlin.offset_at(utc(2025, 10, 26, 0, 59, 59)) == hours(2));
  CHECK(berlin.offset_at(utc(2025, 10, 26, 1)) == hours(1));
  CHECK(berlin.offset_at(utc(2150, 7, 1)) == hours(2));  // rules continue past the table's last entry
  const TimeZone ny = TimeZone::load("America/New_York");
  CHECK(ny.offset_at(utc(2025, 3, 9, 6, 59, 59)) == -hours(5));
  CHECK(ny.offset_at(utc(2025, 3, 9, 7)) == -hours(4));
  CHECK(ny.offset_at(utc(2025, 11, 2, 6)) == -hours(5));
  CHECK(ny.offset_at(utc(2006, 4, 1)) == -hours(5));  // before 2007 DST began in April
  CHECK(TimeZone::load("Asia/Kolkata").offset_at(utc(2025, 1, 1)) == hours(5) + minutes(30));
  CHECK(TimeZone::load("UTC").offset_at(utc(2100, 1, 1)) == Seconds(0));
  const TimeZone copy = berlin;
  CHECK(copy.name() == "Europe/Berlin");
  CHECK(copy.to_local(utc(2025, 7, 1)) == lt(2025, 7, 1, 2));
}

TEST_CASE("local to UTC: spring gap moves forward, autumn fold takes the earlier", "[zone][dst]") {
  const TimeZone berlin = TimeZone::load("Europe/Berlin");
  CHECK(berlin.to_utc(lt(2025, 3, 30, 1, 59, 59)) == utc(2025, 3, 30, 0, 59, 59));
  CHECK(berlin.to_utc(lt(2025, 3, 30, 2)) == utc(2025, 3, 30, 1));        // = 03:00 CEST
  CHECK(berlin.to_utc(lt(2025, 3, 30, 2, 30)) == utc(2025, 3, 30, 1, 30));  // = 03:30 CEST
  CHECK(berlin.to_utc(lt(2025, 3, 30, 3)) == utc(2025, 3, 30, 1));
  CHECK(berlin.to_local(berlin.to_utc(lt(2025, 3, 30, 2, 30))) == lt(2025, 3, 30, 3, 30));
  CHECK(berlin.to_utc(lt(2025, 10, 26, 1, 59, 59)) == utc(2025, 10, 25, 23, 59, 59));
  CHECK(berlin.to_utc(lt(2025, 10, 26, 2)) == utc(2025, 10, 26, 0));       // CEST, the earlier
  CHECK(berlin.to_utc(lt(2025, 10, 26, 2, 30)) == utc(2025, 10, 26, 0, 30));
  CHECK(berlin.to_utc(lt(2025, 10, 26, 2, 59, 59)) == utc(2025, 10, 26, 0, 59, 59));
  CHECK(berlin.to_utc(lt(2025, 10, 26, 3)) == utc(2025, 10, 26, 2));
  CHECK(berlin.to_local(utc(2025, 10, 26, 1, 30)) == lt(2025, 10, 26, 2, 30));  // the second 02:30

  const TimeZone ny = TimeZone::load("America/New_York");
  CHECK(ny.to_utc(lt(2025, 3, 9, 2, 30)) == utc(2025, 3, 9, 7, 30));   // 03:30 EDT
  CHECK(ny.to_utc(lt(2025, 11, 2, 1, 30)) == utc(2025, 11, 2, 5, 30));  // 01:30 EDT, not EST
  CHECK(ny.to_utc(lt(2025, 11, 2, 2)) == utc(2025, 11, 2, 7));

  // Samoa skipped 2011-12-30: a time on that date moves forward by the whole day.
  const TimeZone apia = TimeZone::load("Pacific/Apia");
  CHECK(apia.to_utc(lt(2011, 12, 29, 23)) == utc(2011, 12, 30, 9));
  CHECK(apia.to_utc(lt(2011, 12, 30, 12)) == utc(2011, 12, 30, 22));
  CHECK(apia.to_utc(lt(2011, 12, 31, 0)) == utc(2011, 12, 30, 10));

  // Round trips at random instants in several zones.
  std::mt19937_64 rng(11);
  std::uniform_int_distribution<std::int64_t> pick(secs(utc(1970, 1, 2)), secs(utc(2199, 12, 30)));
  for (const char* name : {"Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Shanghai", "Pacific/Apia",
                           "CET-1CEST,M3.5.0,M10.5.0/3"}) {
    const TimeZone z = TimeZone::load(name);
    for (int i = 0; i < 2000; ++i) {
      const Instant t(Seconds(pick(rng)));
      const Instant u = z.to_utc(z.to_local(t));
      CHECK(z.to_local(u) == z.to_local(t));
      CHECK(u <= t);            // the earlier of two readings
      CHECK(t - u <= hours(1));  // and never more than a fold away
      CHECK(z.to_local(t) - t.time_since_epoch() == LocalTime(z.offset_at(t)));
    }
  }
}

TEST_CASE("POSIX TZ rules", "[zone][posix]") {
  const TimeZone cst = TimeZone::load("CST-8");
  CHECK(cst.name() == "CST-8");
  CHECK(cst.offset_at(utc(1970, 1, 1)) == hours(8));
  CHECK(cst.offset_at(utc(1988, 7, 1)) == hours(8));  // a rule has no history
  CHECK(cst.offset_at(utc(2199, 12, 31)) == hours(8));
  CHECK(cst.to_utc(lt(2025, 9, 29, 9)) == utc(2025, 9, 29, 1));
  CHECK(TimeZone::load("<+0530>-5:30").offset_at(utc(2025, 1, 1)) == hours(5) + minutes(30));
  CHECK(TimeZone::load("<-03>3").offset_at(utc(2025, 1, 1)) == -hours(3));
  CHECK(TimeZone::load("XYZ-5:45").offset_at(utc(2025, 1, 1)) == hours(5) + minutes(45));

  const TimeZone cet = TimeZone::load("CET-1CEST,M3.5.0,M10.5.0/3");
  CHECK(cet.offset_at(utc(2025, 3, 30, 0, 59, 59)) == hours(1));
  CHECK(cet.offset_at(utc(2025, 3, 30, 1)) == hours(2));
  CHECK(cet.offset_at(utc(2025, 10, 26, 0, 59, 59)) == hours(2));
  CHECK(cet.offset_at(utc(2025, 10, 26, 1)) == hours(1));
  CHECK(cet.to_utc(lt(2025, 3, 30, 2, 30)) == utc(2025, 3, 30, 1, 30));
  CHECK(cet.to_utc(lt(2025, 10, 26, 2, 30)) == utc(2025, 10, 26, 0, 30));
  // The same as Europe/Berlin at every change from 1996 (EU rules) to 2199.
  const TimeZone berlin = TimeZone::load("Europe/Berlin");
  for (int y = 1996; y <= 2199; ++y) {
    for (auto t : {utc(y, 1, 15), utc(y, 7, 15)}) CHECK(cet.offset_at(t) == berlin.offset_at(t));
    // last Sundays of March and October, 01:00Z
    for (unsigned m : {3u, 10u}) {
      const std::chrono::year_month_weekday_last last{std::chrono::year{y} / std::chrono::month{m} /
                                                      std::chrono::Sunday[std::chrono::last]};
      const Instant change = Instant(std::chrono::sys_days{last}) + hours(1);
      CHECK(cet.offset_at(change - Seconds(1)) == berlin.offset_at(change - Seconds(1)));
      CHECK(cet.offset_at(change) == berlin.offset_at(change));
    }
  }
  // No rule after the DST name: the US rules (second Sunday of March, first of November).
  const TimeZone us = TimeZone::load("ABC5DEF");
  CHECK(us.offset_at(utc(2025, 1, 15)) == -hours(5));
  CHECK(us.offset_at(utc(2025, 3, 9, 6, 59, 59)) == -hours(5));
  CHECK(us.offset_at(utc(2025, 3, 9, 7)) == -hours(4));
  CHECK(us.offset_at(utc(2025, 11, 2, 5, 59, 59)) == -hours(4));
  CHECK(us.offset_at(utc(2025, 11, 2, 6)) == -hours(5));
  // Southern hemisphere: summer time spans the new year.
  const TimeZone syd = TimeZone::load("AEST-10AEDT,M10.1.0,M4.1.0/3");
  CHECK(syd.offset_at(utc(2025, 1, 15)) == hours(11));
  CHECK(syd.offset_at(utc(2025, 7, 15)) == hours(10));
  CHECK(syd.offset_at(utc(1970, 1, 2)) == hours(11));
  // Jn counts no Feb 29: J60 is March 1 in every year; n counts from 0 with Feb 29.
  const TimeZone j = TimeZone::load("AAA3BBB,J60/2,J300/2");
  CHECK(j.offset_at(utc(2024, 3, 1, 4, 59, 59)) == -hours(3));
  CHECK(j.offset_at(utc(2024, 3, 1, 5)) == -hours(2));
  const TimeZone n = TimeZone::load("AAA3BBB,59/2,299/2");
  CHECK(n.offset_at(utc(2024, 2, 29, 4, 59, 59)) == -hours(3));
  CHECK(n.offset_at(utc(2024, 2, 29, 5)) == -hours(2));
  CHECK(n.offset_at(utc(2025, 3, 1, 5)) == -hours(2));
  CHECK(n.offset_at(utc(2025, 3, 1, 4, 59, 59)) == -hours(3));
}

TEST_CASE("POSIX TZ rules agree with glibc", "[zone][posix]") {
  std::uint64_t seed = 100;
  for (const char* rule : {"CET-1CEST,M3.5.0,M10.5.0/3", "EST5EDT4,M3.2.0/2,M11.1.0/2", "AEST-10AEDT,M10.1.0,M4.1.0/3",
                           "NZST-12NZDT,M9.5.0,M4.1.0/3", "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", "IST-5:30",
                           "AAA3BBB,J60/2,J300/2", "AAA3BBB,59/2,299/2", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",
                           "XXX-2YYY,M3.5.4/26,M10.5.5/1"})
    compare_with_glibc(rule, rule, ++seed);
}

TEST_CASE("IANA zones agree with glibc over 1970..2199", "[zone]") {
  std::uint64_t seed = 200;
  for (const char* name : {"UTC", "Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Sydney",
                           "America/Santiago", "Asia/Kolkata", "Europe/London", "Pacific/Apia", "Africa/Cairo",
                           "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo", "Europe/Moscow"})
    compare_with_glibc(name, name, ++seed);
}

TEST_CASE("unknown zones are not_found, naming the field and the name", "[zone][error]") {
  CHECK_ERROR(ErrorCode::not_found, "zone", "Mars/Olympus", TimeZone::load("Mars/Olympus"));
  CHECK_ERROR(ErrorCode::not_found, "policy.zone", "Mars/Olympus", TimeZone::load("Mars/Olympus", "policy.zone"));
  for (const char* bad : {"", "../../etc/passwd", "/etc/localtime", "Europe/../../etc/passwd", "CST",
                          "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0", "CET-1CEST,M3.6.0,M10.5.0",
                          "CET-1CEST,M3.5.7,M10.5.0", "AB-1", "CET-25", "CET-1CEST,J0,J300", "<+05-5",
                          "CET-1CEST,M3.5.0,M10.5.0/3x"}) {
    INFO("zone '" << bad << "'");
    CHECK_ERROR(ErrorCode::not_found, "zone", std::string("'") + bad + "'", TimeZone::load(bad));
  }
}

// ------------------------------------------------------------------ calendars across DST

TEST_CASE("working time is real elapsed time: 23- and 25-hour days", "[zone][dst][calendar]") {
  Calendar berlin = round_the_clock("Europe/Berlin");
  auto day_length = [&](const Calendar& c, int y, unsigned m, unsigned d) {
    const LocalTime start = lt(y, m, d);
    return c.between(c.to_utc(start), c.to_utc(start + hours(24)));
  };
  CHECK(day_length(berlin, 2025, 3, 29) == hours(24));
  CHECK(day_length(berlin, 2025, 3, 30) == hours(23));
  CHECK(day_length(berlin, 2025, 10, 26) == hours(25));
  CHECK(berlin.between(berlin.to_utc(lt(2025, 3, 24)), berlin.to_utc(lt(2025, 3, 31))) == hours(167));
  Calendar ny = round_the_clock("America/New_York");
  CHECK(day_length(ny, 2025, 3, 9) == hours(23));
  CHECK(day_length(ny, 2025, 11, 2) == hours(25));
  Calendar shanghai = round_the_clock("Asia/Shanghai");
  CHECK(day_length(shanghai, 1986, 5, 4) == hours(23));
  CHECK(day_length(shanghai, 1986, 9, 14) == hours(25));
  CHECK(day_length(shanghai, 1991, 9, 15) == hours(25));
  CHECK(day_length(shanghai, 2025, 3, 30) == hours(24));

  // Between two instants a round-the-clock calendar counts exactly b - a.
  std::mt19937_64 rng(3);
  std::uniform_int_distribution<std::int64_t> pick(secs(utc(1970, 1, 2)), secs(utc(2199, 12, 30)));
  for (const Calendar* c : {&berlin, &ny, &shanghai}) {
    for (int i = 0; i < 300; ++i) {
      const Instant a(Seconds(pick(rng))), b(Seconds(pick(rng)));
      CHECK(c->between(a, b) == b - a);
      CHECK(c->add(a, b - a) == b);
    }
  }
}

TEST_CASE("shifts across the Berlin DST changes", "[zone][dst][calendar]") {
  CalendarBuilder b;
  b.zone("Europe/Berlin").week(Weekday::sat, {sh("22:00", "06:00")});
  Calendar night = b.build();
  auto L = [&](int y, unsigned m, unsigned d, int h, int mi = 0) { return night.to_utc(lt(y, m, d, h, mi)); };
  // Saturday night 22:00-06:00 spans the spring gap: one hour less.
  CHECK(night.between(L(2025, 3, 29, 12), L(2025, 3, 30, 12)) == hours(7));
  CHECK(night.add(L(2025, 3, 29, 22), hours(7)) == L(2025, 3, 30, 6));
  CHECK(night.add(L(2025, 3, 30, 6), -hours(7)) == L(2025, 3, 29, 22));
  CHECK(night.add(L(2025, 3, 29, 22), hours(4)) == L(2025, 3, 30, 3));  // 22, 23, 00, 01, then 03 CEST
  CHECK(night.is_working(utc(2025, 3, 30, 1)));
  // ... and the autumn fold: one hour more.
  CHECK(night.between(L(2025, 10, 25, 12), L(2025, 10, 26, 12)) == hours(9));
  CHECK(night.add(L(2025, 10, 25, 22), hours(9)) == L(2025, 10, 26, 6));
  CHECK(night.add(L(2025, 10, 26, 6), -hours(9)) == L(2025, 10, 25, 22));
  CHECK(night.between(L(2025, 10, 18, 12), L(2025, 10, 19, 12)) == hours(8));

  // Explicit shifts of the change dates.
  CalendarBuilder d = CalendarBuilder().zone("Europe/Berlin");
  d.day(day(2025, 3, 30), {sh("01:00", "05:00")}).day(day(2025, 10, 26), {sh("01:00", "05:00")});
  Calendar days = d.build();
  CHECK(days.between(utc(2025, 3, 29), utc(2025, 3, 31)) == hours(3));
  CHECK(days.between(utc(2025, 10, 25), utc(2025, 10, 27)) == hours(5));
  CHECK(days.shifts_on(day(2025, 3, 30)) == std::vector<Shift>{sh("01:00", "05:00")});
}

TEST_CASE("a shift opening in the spring gap or in the autumn fold", "[zone][dst][calendar]") {
  // 02:30 does not exist on 2025-03-30 in Berlin: the shift opens at 03:30 CEST.
  Calendar gap = CalendarBuilder().zone("Europe/Berlin").day(day(2025, 3, 30), {sh("02:30", "05:00")}).build();
  CHECK(gap.between(utc(2025, 3, 29), utc(2025, 3, 31)) == minutes(90));
  CHECK_FALSE(gap.is_working(utc(2025, 3, 30, 1, 29, 59)));
  CHECK(gap.is_working(utc(2025, 3, 30, 1, 30)));
  CHECK(gap.next_working(utc(2025, 3, 30)) == utc(2025, 3, 30, 1, 30));
  CHECK(gap.add(utc(2025, 3, 30), minutes(90)) == utc(2025, 3, 30, 3));
  CHECK(gap.shifts_on(day(2025, 3, 30)) == std::vector<Shift>{sh("02:30", "05:00")});
  CHECK(gap.is_business_day(day(2025, 3, 30)));
  // 02:30 happens twice on 2025-10-26: the shift opens at the first, 00:30Z.
  Calendar fold = CalendarBuilder().zone("Europe/Berlin").day(day(2025, 10, 26), {sh("02:30", "06:00")}).build();
  CHECK(fold.between(utc(2025, 10, 25), utc(2025, 10, 27)) == minutes(270));
  CHECK(fold.next_working(utc(2025, 10, 26)) == utc(2025, 10, 26, 0, 30));
  CHECK(fold.add(utc(2025, 10, 26), hours(1)) == utc(2025, 10, 26, 1, 30));
  // New York: Saturday 20:00-08:00 is 11 h on 2025-03-08 and 13 h on 2025-11-01.
  Calendar ny = CalendarBuilder().zone("America/New_York").week(Weekday::sat, {sh("20:00", "08:00")}).build();
  CHECK(ny.between(utc(2025, 3, 8, 12), utc(2025, 3, 9, 18)) == hours(11));
  CHECK(ny.between(utc(2025, 11, 1, 12), utc(2025, 11, 2, 18)) == hours(13));
  CHECK(ny.add(ny.to_utc(lt(2025, 3, 8, 20)), hours(11)) == ny.to_utc(lt(2025, 3, 9, 8)));
  CHECK(ny.add(ny.to_utc(lt(2025, 11, 1, 20)), hours(6)) == utc(2025, 11, 2, 6));  // 01:00 EST, after the fold
}

TEST_CASE("two shifts that overlap in real time only after the spring gap", "[zone][dst][calendar]") {
  // 02:10-02:50 does not exist on 2025-03-30 in Berlin: it moves forward by
  // the gap to 03:10-03:50 CEST, inside the next shift 03:00-04:00 CEST. The
  // real time inside the shifts is 03:00-04:00 CEST = 01:00Z-02:00Z: 1 hour.
  Calendar cal = CalendarBuilder()
                     .zone("Europe/Berlin")
                     .week(Weekday::mon, {sh("09:00", "17:00")})
                     .day(day(2025, 3, 30), {sh("02:10", "02:50"), sh("03:00", "04:00")})
                     .build();
  CHECK(cal.between(utc(2025, 3, 29), utc(2025, 3, 31)) == hours(1));
  CHECK(cal.is_working(utc(2025, 3, 30, 1, 5)));  // 03:05 CEST, inside 03:00-04:00
  CHECK(cal.is_working(utc(2025, 3, 30, 1, 55)));
  // (instants as Unix seconds, for readable failures)
  CHECK(secs(cal.next_working(utc(2025, 3, 30))) == secs(utc(2025, 3, 30, 1)));
  CHECK(secs(cal.add(utc(2025, 3, 30), hours(1))) == secs(utc(2025, 3, 30, 2)));
  CHECK(secs(cal.add(utc(2025, 3, 30, 2), -hours(1))) == secs(utc(2025, 3, 30, 1)));
}

TEST_CASE("a date that a zone skips has no working time", "[zone][dst][calendar]") {
  Calendar apia = round_the_clock("Pacific/Apia");
  CHECK_FALSE(apia.is_business_day(day(2011, 12, 30)));
  CHECK(apia.is_business_day(day(2011, 12, 29)));
  CHECK(apia.is_business_day(day(2011, 12, 31)));
  CHECK(apia.between(apia.to_utc(lt(2011, 12, 29)), apia.to_utc(lt(2012, 1, 1))) == hours(48));
  CHECK(format_date(apia.working_date(utc(2011, 12, 30, 10))) == "2011-12-31");
  CHECK(format_date(apia.local_date(utc(2011, 12, 30, 10))) == "2011-12-31");
  CHECK(format_date(apia.local_date(utc(2011, 12, 30, 9, 59, 59))) == "2011-12-29");
}

TEST_CASE("a POSIX rule calendar equals its IANA twin", "[zone][posix][calendar]") {
  auto office = [](const char* zone) {
    CalendarBuilder b;
    b.zone(zone);
    for (Weekday w : {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri})
      b.week(w, {sh("01:30", "03:30"), sh("09:00", "18:00")});
    b.week(Weekday::sat, {sh("22:00", "04:00")});
    return b.build();
  };
  Calendar iana = office("Europe/Berlin"), posix = office("CET-1CEST,M3.5.0,M10.5.0/3");
  CHECK(posix.zone().name() == "CET-1CEST,M3.5.0,M10.5.0/3");
  CHECK(iana.between(utc(2000, 1, 1), utc(2100, 1, 1)) == posix.between(utc(2000, 1, 1), utc(2100, 1, 1)));
  std::mt19937_64 rng(5);
  std::uniform_int_distribution<std::int64_t> pick(secs(utc(1997, 1, 1)), secs(utc(2199, 12, 1)));
  for (int i = 0; i < 300; ++i) {
    const Instant a(Seconds(pick(rng)));
    const Instant b = a + hours(24 * 20);
    CHECK(iana.between(a, b) == posix.between(a, b));
    CHECK(iana.add(a, hours(30)) == posix.add(a, hours(30)));
    CHECK(iana.local_date(a) == posix.local_date(a));
  }
}

TEST_CASE("zones from businesstimedelta's localized README case", "[zone][independent]") {
  // seppemans/businesstimedelta ReadmeTest.test_readme_localized: a Santiago
  // office 09:00-18:00 with lunch 12:00-13:00; San Francisco 09:00-18:00 on
  // 2016-01-18 is 14:00-23:00 in Santiago (summer time): 4 working hours.
  CalendarBuilder b;
  b.zone("America/Santiago");
  for (Weekday w : {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri})
    b.week(w, {sh("09:00", "12:00"), sh("13:00", "18:00")});
  Calendar santiago = b.build();
  const TimeZone sf = TimeZone::load("America/Los_Angeles");
  CHECK(santiago.between(sf.to_utc(lt(2016, 1, 18, 9)), sf.to_utc(lt(2016, 1, 18, 18))) == hours(4));
}
