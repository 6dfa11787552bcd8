// Dispatch SLA: RULES.md §2 (家電售后服務管理辦法 (八)-(十九)) and dispatch.hpp.
// Calendar: the China preset, Mon-Fri 09:00-12:00 and 13:00-18:00,
// Asia/Shanghai; 2025-09-28 (Sun) and 2025-10-11 (Sat) are make-up working
// days, 2025-10-01..10-08 and 2026-02-15..02-23 are days off.
#include <aftersales/calendars/cn.hpp>
#include <aftersales/dispatch.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace aftersales;
using namespace test_support;
using namespace std::chrono_literals;

constexpr long long H = 3600;
constexpr long long M = 60;

// Asia/Shanghai civil time (UTC+8, no DST since 1991) -> Instant, computed
// without the library so the tests do not trust its zone code.
Instant at(int y, unsigned mo, unsigned d, int hh, int mm = 0, int ss = 0) { return utc(y, mo, d, hh, mm, ss) - 8h; }

std::string st(SlaState s) { return to_string(s); }

const DispatchPolicy& policy() {
  static const DispatchPolicy p(cn());
  return p;
}

using Targets = std::map<std::string, Seconds, std::less<>>;

Pause closed(Instant a, Instant b) { return Pause{a, b}; }
Pause open_from(Instant a) { return Pause{a, std::nullopt}; }

// next_change is "the next instant at which state or at_risk changes": just
// before it nothing has changed yet, at it something has.
void check_next_change(const DispatchPolicy& p, Instant received, std::string_view zone, Instant now,
                       const std::vector<Pause>& pauses = {}) {
  const SlaStatus s = p.status(received, zone, now, pauses);
  INFO("now " << shanghai(now) << ", next_change " << shanghai(s.next_change));
  REQUIRE(s.next_change);
  REQUIRE(*s.next_change > now);
  const SlaStatus before = p.status(received, zone, *s.next_change - 1s, pauses);
  const SlaStatus after = p.status(received, zone, *s.next_change, pauses);
  CHECK(st(before.state) == st(s.state));
  CHECK(before.at_risk == s.at_risk);
  CHECK((st(after.state) != st(s.state) || after.at_risk != s.at_risk));
}

}  // namespace

TEST_CASE("dispatch: the seeds' default policy", "[dispatch]") {
  const DispatchPolicy& p = policy();
  CHECK(p.targets().size() == 2);
  CHECK(p.target("urban").count() == 6 * H);
  CHECK(p.target("suburban").count() == 7 * H);
  CHECK(p.at_risk().count() == 1 * H);
  CHECK(p.calendar().is_business_day(day(2025, 9, 28)));
  CHECK_FALSE(p.calendar().is_business_day(day(2025, 10, 1)));
  CHECK(st(SlaState::running) == "running");
  CHECK(st(SlaState::paused) == "paused");
  CHECK(st(SlaState::met) == "met");
  CHECK(st(SlaState::breached) == "breached");
}

TEST_CASE("dispatch: deadline counts working hours of the China preset", "[dispatch]") {
  const DispatchPolicy& p = policy();
  SECTION("Friday afternoon call, Saturday off, make-up Sunday works") {
    CHECK(shanghai(p.deadline(at(2025, 9, 26, 16), "urban")) == "2025-09-28 14:00:00");
    CHECK(shanghai(p.deadline(at(2025, 9, 26, 16), "suburban")) == "2025-09-28 15:00:00");
  }
  SECTION("a plain working day") {
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 9), "urban")) == "2025-09-22 16:00:00");
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 9), "suburban")) == "2025-09-22 17:00:00");
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 15), "urban")) == "2025-09-23 12:00:00");  // ends at a close
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 10, 20, 30), "urban")) == "2025-09-22 17:20:30");
  }
  SECTION("a call outside working hours starts at the next working moment") {
    CHECK(shanghai(p.deadline(at(2025, 9, 25, 20), "urban")) == "2025-09-26 16:00:00");   // night
    CHECK(shanghai(p.deadline(at(2025, 9, 25, 7), "urban")) == "2025-09-25 16:00:00");    // early morning
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 12, 30), "urban")) == "2025-09-23 10:00:00");  // lunch
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 12), "urban")) == "2025-09-23 10:00:00");   // 12:00 is closed
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 18), "urban")) == "2025-09-23 16:00:00");   // 18:00 is closed
    CHECK(shanghai(p.deadline(at(2025, 9, 27, 10), "urban")) == "2025-09-28 16:00:00");   // rest Saturday
    CHECK(shanghai(p.deadline(at(2025, 10, 3, 10), "urban")) == "2025-10-09 16:00:00");   // National Day
    CHECK(shanghai(p.deadline(at(2025, 10, 1, 0), "suburban")) == "2025-10-09 17:00:00");
  }
  SECTION("the clock runs through a holiday break") {
    CHECK(shanghai(p.deadline(at(2025, 9, 30, 15), "urban")) == "2025-10-09 12:00:00");
    CHECK(shanghai(p.deadline(at(2025, 10, 10, 17), "urban")) == "2025-10-11 15:00:00");  // make-up Saturday
    CHECK(shanghai(p.deadline(at(2026, 2, 13, 16), "urban")) == "2026-02-14 14:00:00");   // make-up Saturday
    CHECK(shanghai(p.deadline(at(2026, 2, 14, 17), "urban")) == "2026-02-24 15:00:00");   // Spring Festival
  }
  SECTION("policy zones and targets") {
    const DispatchPolicy custom(cn(), Targets{{"urban", 6h}, {"rural", 24h}, {"full-day", 8h}}, 2h);
    CHECK(shanghai(custom.deadline(at(2025, 9, 22, 9), "rural")) == "2025-09-24 18:00:00");
    // A budget that ends exactly at a close returns the close, not next morning.
    CHECK(shanghai(custom.deadline(at(2025, 9, 22, 9), "full-day")) == "2025-09-22 18:00:00");
    CHECK(custom.at_risk().count() == 2 * H);
    CHECK(custom.targets().size() == 3);
  }
  SECTION("past the strict preset's horizon: out_of_range") {
    CHECK_ERROR(ErrorCode::out_of_range, "received", "2026-12-31", p.deadline(at(2026, 12, 31, 16), "urban"));
  }
}

TEST_CASE("dispatch: pauses move the deadline by their working time", "[dispatch]") {
  const DispatchPolicy& p = policy();
  const Instant mon9 = at(2025, 9, 22, 9);  // deadline without pauses: 16:00

  SECTION("a pause during off-hours moves nothing") {
    const std::vector<Pause> night{closed(at(2025, 9, 26, 19), at(2025, 9, 27, 20))};
    CHECK(shanghai(p.deadline(at(2025, 9, 26, 16), "urban", night)) == "2025-09-28 14:00:00");
    const std::vector<Pause> weekend{closed(at(2025, 9, 26, 18), at(2025, 9, 28, 9))};
    CHECK(shanghai(p.deadline(at(2025, 9, 26, 16), "urban", weekend)) == "2025-09-28 14:00:00");
    const std::vector<Pause> lunch{closed(at(2025, 9, 22, 12), at(2025, 9, 22, 13))};
    CHECK(shanghai(p.deadline(mon9, "urban", lunch)) == "2025-09-22 16:00:00");
  }
  SECTION("a pause across lunch counts only its working part (not wall-clock time)") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 11, 30), at(2025, 9, 22, 13, 30))};
    CHECK(shanghai(p.deadline(mon9, "urban", ps)) == "2025-09-22 17:00:00");
  }
  SECTION("a pause across a holiday break counts only working time") {
    // At 14:00 four hours are used; the pause holds 14:00-18:00 and 10-09 09:00-10:00.
    const std::vector<Pause> ps{closed(at(2025, 9, 30, 14), at(2025, 10, 9, 10))};
    CHECK(shanghai(p.deadline(at(2025, 9, 30, 9), "urban", ps)) == "2025-10-09 12:00:00");
  }
  SECTION("a pause spanning the original deadline") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 15), at(2025, 9, 23, 10))};
    CHECK(shanghai(p.deadline(mon9, "urban", ps)) == "2025-09-23 11:00:00");
  }
  SECTION("a pause after the deadline moves nothing") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 16), at(2025, 9, 22, 17))};
    CHECK(shanghai(p.deadline(mon9, "urban", ps)) == "2025-09-22 16:00:00");
  }
  SECTION("overlapping pauses are not double counted") {
    const std::vector<Pause> overlap{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 11)),
                                     closed(at(2025, 9, 22, 10, 30), at(2025, 9, 22, 11, 30))};
    CHECK(shanghai(p.deadline(mon9, "urban", overlap)) == "2025-09-22 17:30:00");
    const std::vector<Pause> reversed{overlap[1], overlap[0]};
    CHECK(shanghai(p.deadline(mon9, "urban", reversed)) == "2025-09-22 17:30:00");
    const std::vector<Pause> nested{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 12)),
                                    closed(at(2025, 9, 22, 10, 30), at(2025, 9, 22, 11))};
    CHECK(shanghai(p.deadline(mon9, "urban", nested)) == "2025-09-22 18:00:00");
    const std::vector<Pause> twice{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 11)),
                                   closed(at(2025, 9, 22, 10), at(2025, 9, 22, 11))};
    CHECK(shanghai(p.deadline(mon9, "urban", twice)) == "2025-09-22 17:00:00");
    const std::vector<Pause> adjacent{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 10, 30)),
                                      closed(at(2025, 9, 22, 10, 30), at(2025, 9, 22, 11))};
    CHECK(shanghai(p.deadline(mon9, "urban", adjacent)) == "2025-09-22 17:00:00");
  }
  SECTION("separate pauses add up") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 10, 15)),
                                closed(at(2025, 9, 22, 14), at(2025, 9, 22, 14, 45))};
    CHECK(shanghai(p.deadline(mon9, "urban", ps)) == "2025-09-22 17:00:00");
  }
  SECTION("empty pauses and pauses before the call move nothing") {
    const std::vector<Pause> empty{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 10))};
    CHECK(shanghai(p.deadline(mon9, "urban", empty)) == "2025-09-22 16:00:00");
    const std::vector<Pause> before{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 11))};
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 13), "urban", before)) == "2025-09-23 10:00:00");
  }
  SECTION("a pause that ends before it starts is an error naming the pause") {
    const std::vector<Pause> bad{closed(at(2025, 9, 22, 11), at(2025, 9, 22, 10))};
    CHECK_ERROR(ErrorCode::invalid_argument, "pauses[0].end", "ends before it starts", p.deadline(mon9, "urban", bad));
    CHECK_ERROR(ErrorCode::invalid_argument, "pauses[0].end", "ends before it starts",
                p.status(mon9, "urban", at(2025, 9, 22, 12), bad));
    const std::vector<Pause> second{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 11)),
                                    closed(at(2025, 9, 22, 14), at(2025, 9, 22, 13))};
    CHECK_ERROR(ErrorCode::invalid_argument, "pauses[1].end", "ends before it starts",
                p.deadline(mon9, "urban", second));
  }
  SECTION("the deadline of a call with an open pause is not known") {
    const std::vector<Pause> ps{open_from(at(2025, 9, 22, 10))};
    CHECK_THROWS_AS(p.deadline(mon9, "urban", ps), Error);
  }
}

TEST_CASE("dispatch: status while running", "[dispatch]") {
  const DispatchPolicy& p = policy();
  const Instant mon9 = at(2025, 9, 22, 9);  // urban deadline 16:00

  SECTION("early: running, nothing at risk, next change when less than 1h remains") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 10));
    CHECK(st(s.state) == "running");
    CHECK(shanghai(s.deadline) == "2025-09-22 16:00:00");
    CHECK(s.target.count() == 6 * H);
    CHECK(s.elapsed.count() == 1 * H);
    CHECK(s.remaining.count() == 5 * H);
    CHECK(s.late_by.count() == 0);
    CHECK_FALSE(s.at_risk);
    CHECK(shanghai(s.next_change) == "2025-09-22 15:00:01");
    CHECK_THAT(s.rule, Catch::Contains("urban") && Catch::Contains("6h"));
    CHECK(shanghai(s.deadline) == shanghai(p.deadline(mon9, "urban")));
    check_next_change(p, mon9, "urban", at(2025, 9, 22, 10));
  }
  SECTION("lunch does not count") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 12, 40));
    CHECK(st(s.state) == "running");
    CHECK(s.elapsed.count() == 3 * H);
    CHECK(s.remaining.count() == 3 * H);
  }
  SECTION("exactly 1h left is not yet at risk") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 15));
    CHECK(s.remaining.count() == 1 * H);
    CHECK_FALSE(s.at_risk);
    CHECK(shanghai(s.next_change) == "2025-09-22 15:00:01");
  }
  SECTION("less than 1h left: at risk, next change when the deadline passes") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 15, 30));
    CHECK(st(s.state) == "running");
    CHECK(s.at_risk);
    CHECK(s.remaining.count() == 30 * M);
    CHECK(s.elapsed.count() == 5 * H + 30 * M);
    CHECK(shanghai(s.next_change) == "2025-09-22 16:00:01");
    check_next_change(p, mon9, "urban", at(2025, 9, 22, 15, 30));
  }
  SECTION("suburban: 7 working hours") {
    const SlaStatus s = p.status(mon9, "suburban", at(2025, 9, 22, 15, 30));
    CHECK(shanghai(s.deadline) == "2025-09-22 17:00:00");
    CHECK(s.target.count() == 7 * H);
    CHECK(s.remaining.count() == 1 * H + 30 * M);
    CHECK_FALSE(s.at_risk);
    CHECK(shanghai(s.next_change) == "2025-09-22 16:00:01");
    CHECK_THAT(s.rule, Catch::Contains("suburban") && Catch::Contains("7h"));
  }
  SECTION("a call outside working hours has used nothing yet") {
    const SlaStatus night = p.status(at(2025, 9, 25, 20), "urban", at(2025, 9, 25, 22));
    CHECK(st(night.state) == "running");
    CHECK(night.elapsed.count() == 0);
    CHECK(night.remaining.count() == 6 * H);
    CHECK(shanghai(night.deadline) == "2025-09-26 16:00:00");
    CHECK(shanghai(night.next_change) == "2025-09-26 15:00:01");
    const SlaStatus holiday = p.status(at(2025, 10, 3, 10), "urban", at(2025, 10, 5, 12));
    CHECK(st(holiday.state) == "running");
    CHECK(holiday.elapsed.count() == 0);
    CHECK(shanghai(holiday.deadline) == "2025-10-09 16:00:00");
    CHECK(shanghai(holiday.next_change) == "2025-10-09 15:00:01");
  }
  SECTION("over a weekend with a make-up day") {
    const Instant fri16 = at(2025, 9, 26, 16);
    const SlaStatus sat = p.status(fri16, "urban", at(2025, 9, 27, 12));
    CHECK(st(sat.state) == "running");
    CHECK(sat.elapsed.count() == 2 * H);
    CHECK(sat.remaining.count() == 4 * H);
    CHECK(shanghai(sat.deadline) == "2025-09-28 14:00:00");
    CHECK(shanghai(sat.next_change) == "2025-09-28 13:00:01");
    const SlaStatus sun = p.status(fri16, "urban", at(2025, 9, 28, 13, 30));
    CHECK(sun.at_risk);
    CHECK(sun.remaining.count() == 30 * M);
    CHECK(shanghai(sun.next_change) == "2025-09-28 14:00:01");
    check_next_change(p, fri16, "urban", at(2025, 9, 27, 12));
    check_next_change(p, fri16, "urban", at(2025, 9, 28, 13, 30));
  }
  SECTION("the at-risk band is measured in working time") {
    // Received Mon 13:00: deadline Tue 10:00; one hour is left from Mon 18:00
    // until Tue 09:00, so the band starts just after Tue 09:00.
    const Instant mon13 = at(2025, 9, 22, 13);
    const SlaStatus s = p.status(mon13, "urban", at(2025, 9, 22, 17));
    CHECK(shanghai(s.deadline) == "2025-09-23 10:00:00");
    CHECK(shanghai(s.next_change) == "2025-09-23 09:00:01");
    const SlaStatus evening = p.status(mon13, "urban", at(2025, 9, 22, 20));
    CHECK(st(evening.state) == "running");
    CHECK(evening.remaining.count() == 1 * H);
    CHECK_FALSE(evening.at_risk);
    CHECK(p.status(mon13, "urban", at(2025, 9, 23, 9, 0, 1)).at_risk);
    check_next_change(p, mon13, "urban", at(2025, 9, 22, 17));
  }
  SECTION("the at-risk amount is policy") {
    const DispatchPolicy two(cn(), Targets{{"urban", 6h}}, 2h);
    CHECK(two.status(mon9, "urban", at(2025, 9, 22, 14, 30)).at_risk);  // 1.5h left
    CHECK(shanghai(two.status(mon9, "urban", at(2025, 9, 22, 10)).next_change) == "2025-09-22 14:00:01");
    const DispatchPolicy zero(cn(), Targets{{"urban", 6h}}, 0s);
    const SlaStatus s = zero.status(mon9, "urban", at(2025, 9, 22, 15, 59));
    CHECK_FALSE(s.at_risk);
    CHECK(shanghai(s.next_change) == "2025-09-22 16:00:01");
  }
}

TEST_CASE("dispatch: status at and after the deadline", "[dispatch]") {
  const DispatchPolicy& p = policy();
  const Instant mon9 = at(2025, 9, 22, 9);  // urban deadline 16:00

  SECTION("at the deadline instant, not arrived: not breached yet, nothing left") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 16));
    CHECK(st(s.state) == "running");
    CHECK(s.elapsed.count() == 6 * H);
    CHECK(s.remaining.count() == 0);
    CHECK(s.late_by.count() == 0);
    CHECK(s.at_risk);
    CHECK(shanghai(s.next_change) == "2025-09-22 16:00:01");
  }
  SECTION("one second later: breached") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 16, 0, 1));
    CHECK(st(s.state) == "breached");
    CHECK(s.late_by.count() == 1);
    CHECK(s.remaining.count() == 0);
    CHECK_FALSE(s.at_risk);
    CHECK_FALSE(s.next_change);
  }
  SECTION("late_by is working time") {
    const SlaStatus evening = p.status(mon9, "urban", at(2025, 9, 22, 20));
    CHECK(st(evening.state) == "breached");
    CHECK(evening.elapsed.count() == 8 * H);
    CHECK(evening.late_by.count() == 2 * H);
    CHECK(shanghai(evening.deadline) == "2025-09-22 16:00:00");
    const SlaStatus tue = p.status(mon9, "urban", at(2025, 9, 23, 10));
    CHECK(st(tue.state) == "breached");
    CHECK(tue.elapsed.count() == 9 * H);
    CHECK(tue.late_by.count() == 3 * H);
    CHECK(tue.remaining.count() == 0);
    CHECK_FALSE(tue.next_change);
  }
  SECTION("arrival before the deadline: met") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 15), {}, at(2025, 9, 22, 14));
    CHECK(st(s.state) == "met");
    CHECK(s.elapsed.count() == 4 * H);
    CHECK(s.remaining.count() == 2 * H);
    CHECK(s.late_by.count() == 0);
    CHECK_FALSE(s.at_risk);
    CHECK_FALSE(s.next_change);
    // Still met long after.
    const SlaStatus later = p.status(mon9, "urban", at(2025, 9, 30, 10), {}, at(2025, 9, 22, 14));
    CHECK(st(later.state) == "met");
    CHECK(later.elapsed.count() == 4 * H);
  }
  SECTION("arrival exactly at the deadline (elapsed == target): met") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 17), {}, at(2025, 9, 22, 16));
    CHECK(st(s.state) == "met");
    CHECK(s.elapsed.count() == 6 * H);
    CHECK(s.remaining.count() == 0);
    CHECK(s.late_by.count() == 0);
    const SlaStatus now_is_arrival = p.status(mon9, "urban", at(2025, 9, 22, 16), {}, at(2025, 9, 22, 16));
    CHECK(st(now_is_arrival.state) == "met");
  }
  SECTION("arrival after the deadline: breached, late by working time") {
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 17), {}, at(2025, 9, 22, 16, 0, 1));
    CHECK(st(s.state) == "breached");
    CHECK(s.late_by.count() == 1);
    const SlaStatus tue = p.status(mon9, "urban", at(2025, 9, 23, 11), {}, at(2025, 9, 23, 9, 30));
    CHECK(st(tue.state) == "breached");
    CHECK(tue.elapsed.count() == 8 * H + 30 * M);
    CHECK(tue.late_by.count() == 2 * H + 30 * M);
    CHECK(tue.remaining.count() == 0);
    CHECK_FALSE(tue.next_change);
  }
  SECTION("arrival on a make-up day after a weekend") {
    const SlaStatus s = p.status(at(2025, 9, 26, 16), "urban", at(2025, 9, 28, 15), {}, at(2025, 9, 28, 13, 59));
    CHECK(st(s.state) == "met");
    CHECK(s.elapsed.count() == 5 * H + 59 * M);
  }
}

TEST_CASE("dispatch: status with pauses", "[dispatch]") {
  const DispatchPolicy& p = policy();
  const Instant mon9 = at(2025, 9, 22, 9);

  SECTION("inside a closed pause: paused until it ends") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 11))};
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 10, 30), ps);
    CHECK(st(s.state) == "paused");
    CHECK(s.elapsed.count() == 1 * H);
    CHECK(s.remaining.count() == 5 * H);
    CHECK(shanghai(s.deadline) == "2025-09-22 17:00:00");
    CHECK(shanghai(s.next_change) == "2025-09-22 11:00:00");
    check_next_change(p, mon9, "urban", at(2025, 9, 22, 10, 30), ps);

    const SlaStatus after = p.status(mon9, "urban", at(2025, 9, 22, 11, 30), ps);
    CHECK(st(after.state) == "running");
    CHECK(after.elapsed.count() == 1 * H + 30 * M);
    CHECK(shanghai(after.next_change) == "2025-09-22 16:00:01");
  }
  SECTION("a pause ahead: the next change is its start") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 11), at(2025, 9, 22, 11, 30))};
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 10), ps);
    CHECK(st(s.state) == "running");
    CHECK(shanghai(s.deadline) == "2025-09-22 16:30:00");
    CHECK(shanghai(s.next_change) == "2025-09-22 11:00:00");
    check_next_change(p, mon9, "urban", at(2025, 9, 22, 10), ps);
  }
  SECTION("an open pause: paused, deadline as if resumed now, no scheduled change") {
    const std::vector<Pause> ps{open_from(at(2025, 9, 22, 10))};
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 11), ps);
    CHECK(st(s.state) == "paused");
    CHECK(s.elapsed.count() == 1 * H);
    CHECK(s.remaining.count() == 5 * H);
    CHECK_FALSE(s.at_risk);
    CHECK(shanghai(s.deadline) == "2025-09-22 17:00:00");
    CHECK_FALSE(s.next_change);
    // Hours later the clock is still stopped: not breached.
    const SlaStatus evening = p.status(mon9, "urban", at(2025, 9, 22, 20), ps);
    CHECK(st(evening.state) == "paused");
    CHECK(evening.elapsed.count() == 1 * H);
    CHECK(evening.late_by.count() == 0);
    CHECK(shanghai(evening.deadline) == "2025-09-23 15:00:00");
  }
  SECTION("an open pause with little time left is at risk") {
    const std::vector<Pause> ps{open_from(at(2025, 9, 22, 15, 30))};
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 16, 30), ps);
    CHECK(st(s.state) == "paused");
    CHECK(s.remaining.count() == 30 * M);
    CHECK(s.at_risk);
    CHECK(shanghai(s.deadline) == "2025-09-22 17:00:00");
  }
  SECTION("elapsed excludes the working part of a pause across lunch") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 11, 30), at(2025, 9, 22, 13, 30))};
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 14), ps);
    CHECK(st(s.state) == "running");
    CHECK(s.elapsed.count() == 3 * H);
    CHECK(s.remaining.count() == 3 * H);
    CHECK(shanghai(s.deadline) == "2025-09-22 17:00:00");
  }
  SECTION("overlapping pauses are not double counted in elapsed") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 11)),
                                closed(at(2025, 9, 22, 10, 30), at(2025, 9, 22, 11, 30))};
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 12), ps);
    CHECK(s.elapsed.count() == 1 * H + 30 * M);
    CHECK(shanghai(s.deadline) == "2025-09-22 17:30:00");
    const SlaStatus inside = p.status(mon9, "urban", at(2025, 9, 22, 11, 15), ps);
    CHECK(st(inside.state) == "paused");
    CHECK(shanghai(inside.next_change) == "2025-09-22 11:30:00");
  }
  SECTION("a pause in off-hours leaves elapsed alone") {
    const std::vector<Pause> ps{closed(at(2025, 9, 26, 19), at(2025, 9, 27, 20))};
    const SlaStatus s = p.status(at(2025, 9, 26, 16), "urban", at(2025, 9, 28, 10), ps);
    CHECK(st(s.state) == "running");
    CHECK(s.elapsed.count() == 3 * H);
    CHECK(shanghai(s.deadline) == "2025-09-28 14:00:00");
  }
  SECTION("arrival after a pause: met against the moved deadline") {
    const std::vector<Pause> ps{closed(at(2025, 9, 22, 10), at(2025, 9, 22, 11))};
    const SlaStatus s = p.status(mon9, "urban", at(2025, 9, 22, 18), ps, at(2025, 9, 22, 16, 45));
    CHECK(st(s.state) == "met");
    CHECK(s.elapsed.count() == 5 * H + 45 * M);
  }
}

TEST_CASE("dispatch: status input errors", "[dispatch]") {
  const DispatchPolicy& p = policy();
  const Instant mon9 = at(2025, 9, 22, 9);
  CHECK_ERROR(ErrorCode::invalid_argument, "now", "before the call was received",
              p.status(mon9, "urban", at(2025, 9, 22, 8)));
  CHECK_ERROR(ErrorCode::invalid_argument, "arrival", "before the call was received",
              p.status(mon9, "urban", at(2025, 9, 22, 10), {}, at(2025, 9, 22, 8)));
  // now == received is fine.
  const SlaStatus s = p.status(mon9, "urban", mon9);
  CHECK(st(s.state) == "running");
  CHECK(s.elapsed.count() == 0);
}

TEST_CASE("dispatch: unknown service zone", "[dispatch]") {
  const DispatchPolicy& p = policy();
  CHECK_ERROR(ErrorCode::not_found, "zone", "'rural'", p.target("rural"));
  CHECK_ERROR(ErrorCode::not_found, "zone", "'rural'", p.deadline(at(2025, 9, 22, 9), "rural"));
  CHECK_ERROR(ErrorCode::not_found, "zone", "'rural'", p.status(at(2025, 9, 22, 9), "rural", at(2025, 9, 22, 10)));
  CHECK_ERROR(ErrorCode::not_found, "zone", "''", p.target(""));
  CHECK_ERROR(ErrorCode::not_found, "zone", "'Urban'", p.target("Urban"));
  try {
    (void)p.target("rural");
  } catch (const Error& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("rural"));
  }
}

TEST_CASE("dispatch: policy validation", "[dispatch]") {
  CHECK_ERROR(ErrorCode::invalid_argument, "targets", "at least one service zone", DispatchPolicy(cn(), Targets{}, 1h));
  CHECK_ERROR(ErrorCode::invalid_argument, "targets.urban", "0 s is not",
              DispatchPolicy(cn(), Targets{{"urban", 0s}}, 1h));
  CHECK_ERROR(ErrorCode::invalid_argument, "targets.urban", "-3600 s",
              DispatchPolicy(cn(), Targets{{"urban", -1h}}, 1h));
  CHECK_ERROR(ErrorCode::invalid_argument, "targets.rural", "0 s is not",
              DispatchPolicy(cn(), Targets{{"urban", 6h}, {"rural", 0s}}, 1h));
  CHECK_ERROR(ErrorCode::invalid_argument, "targets", "a zone name is empty",
              DispatchPolicy(cn(), Targets{{"", 6h}}, 1h));
  CHECK_ERROR(ErrorCode::invalid_argument, "at_risk", "-1 s", DispatchPolicy(cn(), Targets{{"urban", 6h}}, -1s));
  CHECK_NOTHROW(DispatchPolicy(cn(), Targets{{"urban", 1s}}, 0s));
}

TEST_CASE("dispatch: parse_duration takes ISO 8601 PT...H...M...S or h, min, s", "[dispatch]") {
  CHECK(parse_duration("6h").count() == 6 * H);
  CHECK(parse_duration("7h").count() == 7 * H);
  CHECK(parse_duration("90min").count() == 90 * M);
  CHECK(parse_duration("1h30min").count() == 90 * M);
  CHECK(parse_duration("45s").count() == 45);
  CHECK(parse_duration("2h5s").count() == 2 * H + 5);
  CHECK(parse_duration("2h0min5s").count() == 2 * H + 5);
  CHECK(parse_duration("24h").count() == 24 * H);
  CHECK(parse_duration("0s").count() == 0);
  CHECK(parse_duration("PT6H").count() == 6 * H);
  CHECK(parse_duration("PT1H30M").count() == 90 * M);
  CHECK(parse_duration("PT90M").count() == 90 * M);
  CHECK(parse_duration("PT45S").count() == 45);
  CHECK(parse_duration("PT1H0M5S").count() == H + 5);
  CHECK(parse_duration("PT0S").count() == 0);

  for (const char* bad : {"", "h", "6x", "-1h", "1.5h", "6 h", " 6h", "6h ", "six hours", "m30", "1h30", "6H",
                          "pt6h", "PT", "P", "PT1.5H", "PT6HT", "30min1h", "1h1h", "PT30M1H", "6hours", "P1DT"}) {
    INFO("text '" << bad << "'");
    const std::string quoted = std::string("'") + bad + "'";
    CHECK_ERROR(ErrorCode::parse_error, "duration", quoted, parse_duration(bad));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.at_risk", quoted, parse_duration(bad, "dispatch.at_risk"));
    // Every refusal shows the accepted forms.
    CHECK_ERROR(ErrorCode::parse_error, "duration", "PT1H30M", parse_duration(bad));
    CHECK_ERROR(ErrorCode::parse_error, "duration", "1h30min", parse_duration(bad));
  }
  try {
    (void)parse_duration("6x", "dispatch.targets.urban");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.field() == "dispatch.targets.urban");
    CHECK_THAT(std::string(e.what()), Catch::Contains("6x"));
  }
}

TEST_CASE("dispatch: parse_duration refuses bare numbers, a bare m and calendar units", "[dispatch]") {
  // A bare number used to be seconds without a word.
  for (const char* bare : {"6", "3600", "0"})
    CHECK_ERROR(ErrorCode::parse_error, "duration", "bare number", parse_duration(bare));
  // "m" was minutes here and months in warranty terms.
  for (const char* m : {"90m", "1h30m", "2h0m5s", "6m"})
    CHECK_ERROR(ErrorCode::parse_error, "duration", "ambiguous", parse_duration(m));
  // Days, months and years are calendar periods, not working time.
  for (const char* period : {"P6M", "P1D", "P1Y", "P1DT2H", "6mo", "1d", "36600d", "1y", "2y6mo", "P2W"}) {
    INFO(period);
    CHECK_ERROR(ErrorCode::parse_error, "duration", std::string("'") + period + "'", parse_duration(period));
  }
  CHECK_ERROR(ErrorCode::parse_error, "duration", "not working time", parse_duration("P6M"));
  CHECK_ERROR(ErrorCode::parse_error, "duration", "not working time", parse_duration("6mo"));
  CHECK_ERROR(ErrorCode::parse_error, "duration", "not working time", parse_duration("15d"));
}

TEST_CASE("dispatch: policy documents", "[dispatch]") {
  SECTION("targets and at_risk from the document") {
    const auto p = DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"},
      "dispatch": {"targets": {"urban": "PT6H", "rural": "24h"}, "at_risk": "1h30min"}})");
    CHECK(p.target("urban").count() == 6 * H);
    CHECK(p.target("rural").count() == 24 * H);
    CHECK(p.at_risk().count() == 90 * M);
    CHECK_FALSE(p.calendar().is_business_day(day(2025, 10, 1)));
    CHECK(p.calendar().is_business_day(day(2025, 9, 28)));
    CHECK(shanghai(p.deadline(at(2025, 9, 26, 16), "urban")) == "2025-09-28 14:00:00");
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 9), "rural")) == "2025-09-24 18:00:00");
  }
  SECTION("a missing dispatch section gives the defaults") {
    const auto p = DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}})");
    CHECK(p.targets().size() == 2);
    CHECK(p.target("urban").count() == 6 * H);
    CHECK(p.target("suburban").count() == 7 * H);
    CHECK(p.at_risk().count() == 1 * H);
    CHECK(shanghai(p.deadline(at(2025, 9, 26, 16), "urban")) == "2025-09-28 14:00:00");
  }
  SECTION("a missing at_risk gives the default; missing targets give the defaults") {
    const auto a = DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"},
      "dispatch": {"targets": {"urban": "5h"}}})");
    CHECK(a.target("urban").count() == 5 * H);
    CHECK(a.at_risk().count() == 1 * H);
    const auto b = DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {"at_risk": "PT30M"}})");
    CHECK(b.target("urban").count() == 6 * H);
    CHECK(b.target("suburban").count() == 7 * H);
    CHECK(b.at_risk().count() == 30 * M);
  }
  SECTION("a company calendar") {
    const auto p = DispatchPolicy::from_json(R"({"calendar": {"zone": "Asia/Shanghai",
      "week": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]]}}})");
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 9), "urban")) == "2025-09-22 15:00:00");
    CHECK(shanghai(p.deadline(at(2025, 9, 22, 16), "suburban")) == "2025-09-23 15:00:00");
  }
  SECTION("round trip through to_json") {
    const DispatchPolicy orig(cn(), Targets{{"urban", 6h}, {"rural", 24h}, {"odd", 3661s}}, 90min);
    const std::string text = orig.to_json();
    CHECK_THAT(text, Catch::Contains("\"dispatch\"") && Catch::Contains("\"calendar\"") &&
                         Catch::Contains("\"rural\"") && Catch::Contains("\"at_risk\""));
    const auto back = DispatchPolicy::from_json(text);
    CHECK(back.targets() == orig.targets());
    CHECK(back.at_risk().count() == 90 * M);
    CHECK(shanghai(back.deadline(at(2025, 9, 26, 16), "urban")) == "2025-09-28 14:00:00");
    CHECK(shanghai(back.deadline(at(2026, 2, 14, 17), "urban")) == "2026-02-24 15:00:00");
    CHECK_ERROR(ErrorCode::out_of_range, "received", "2026-12-31", back.deadline(at(2026, 12, 31, 16), "urban"));
    const auto defaults = DispatchPolicy::from_json(policy().to_json());
    CHECK(defaults.targets() == policy().targets());
    CHECK(defaults.at_risk() == policy().at_risk());
  }
  SECTION("errors name the field") {
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "'6x'",
                DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"},
      "dispatch": {"targets": {"urban": "6x"}}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.at_risk", "'soon'",
                DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {"at_risk": "soon"}})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "dispatch.targets.urban", "0 s is not",
                DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"},
      "dispatch": {"targets": {"urban": "0h"}}})"));
    CHECK_ERROR(ErrorCode::invalid_argument, "dispatch.targets", "at least one service zone",
                DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {"targets": {}}})"));
    CHECK_THROWS_AS(DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": )"), Error);
    CHECK_THROWS_AS(DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": 5})"), Error);
  }
  SECTION("a bare number is refused: it used to be seconds without a word") {
    const auto load = [](const std::string& dispatch) {
      return DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": )" + dispatch + "}");
    };
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "'6' is a bare number",
                load(R"({"targets": {"urban": 6}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "PT1H30M, PT45S or 6h, 1h30min, 45s",
                load(R"({"targets": {"urban": 6}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "'21600' is a bare number",
                load(R"({"targets": {"urban": "21600"}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.at_risk", "'3600' is a bare number", load(R"({"at_risk": 3600})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "ambiguous", load(R"({"targets": {"urban": "90m"}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.at_risk", "'30m' is ambiguous", load(R"({"at_risk": "30m"})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "'P6M' is a calendar period, not working time",
                load(R"({"targets": {"urban": "P6M"}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "'6mo' is a calendar period",
                load(R"({"targets": {"urban": "6mo"}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.rural", "'1d' is a calendar period",
                load(R"({"targets": {"rural": "1d"}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "is empty", load(R"({"targets": {"urban": ""}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "too large",
                load(R"({"targets": {"urban": "99999999999999h"}})"));
    CHECK_ERROR(ErrorCode::parse_error, "dispatch.at_risk", "expected working time", load(R"({"at_risk": null})"));
  }
  SECTION("every accepted form") {
    const auto p = DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {"targets":
      {"a": "PT6H", "b": "PT1H30M", "c": "1h30min", "d": "45s", "e": "90min", "f": "PT45S"}, "at_risk": "PT0S"}})");
    CHECK(p.target("a").count() == 6 * H);
    CHECK(p.target("b").count() == 90 * M);
    CHECK(p.target("c").count() == 90 * M);
    CHECK(p.target("d").count() == 45);
    CHECK(p.target("e").count() == 90 * M);
    CHECK(p.target("f").count() == 45);
    CHECK(p.at_risk().count() == 0);
  }
  SECTION("the defaults come from data/policies/dispatch.json; a note is allowed") {
    const auto p = DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {"note": "ours"}})");
    CHECK(p.targets() == policy().targets());
    CHECK(p.at_risk() == policy().at_risk());
  }
  SECTION("to_json writes the grammar back, so the document round-trips") {
    const DispatchPolicy orig(cn(), Targets{{"urban", 90min}, {"odd", 3661s}, {"short", 45s}}, 0s);
    const std::string text = orig.to_json();
    CHECK_THAT(text, Catch::Contains("\"1h30min\"") && Catch::Contains("\"1h1min1s\"") &&
                         Catch::Contains("\"45s\"") && Catch::Contains("\"0s\""));
    CHECK_THAT(text, !Catch::Contains("90m\""));
    const auto back = DispatchPolicy::from_json(text);
    CHECK(back.targets() == orig.targets());
    CHECK(back.at_risk() == orig.at_risk());
  }
}

TEST_CASE("dispatch: no warning band when at_risk is 0", "[dispatch]") {
  const DispatchPolicy p(cn(), Targets{{"urban", 6h}}, 0s);
  const Instant call = at(2025, 6, 3, 11);  // Tuesday; due 18:00
  const SlaStatus s = p.status(call, "urban", at(2025, 6, 3, 14));
  CHECK_FALSE(s.at_risk);
  CHECK(shanghai(s.deadline) == "2025-06-03 18:00:00");
  // The next change is the breach, one second after the deadline.
  CHECK(shanghai(s.next_change) == "2025-06-03 18:00:01");
  CHECK(st(p.status(call, "urban", at(2025, 6, 3, 18)).state) == "running");
  CHECK_FALSE(p.status(call, "urban", at(2025, 6, 3, 18)).at_risk);
  CHECK(st(p.status(call, "urban", at(2025, 6, 3, 18, 0, 1)).state) == "breached");
}

TEST_CASE("dispatch: durations that would overflow are refused", "[dispatch]") {
  std::string huge;
  for (int i = 0; i < 4000; ++i) huge += "3162240000s";
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", huge, parse_duration(huge, "dispatch.targets.urban"));
  CHECK_ERROR(ErrorCode::parse_error, "duration", "'99999999999999999999s'", parse_duration("99999999999999999999s"));
  CHECK_ERROR(ErrorCode::parse_error, "duration", "too large", parse_duration("PT99999999999999999999S"));
  CHECK_ERROR(ErrorCode::parse_error, "duration", "too large", parse_duration("878400h1s"));
  CHECK(parse_duration("878400h") == Seconds(878400LL * 3600));  // 100 years of 366 days: the largest
}

TEST_CASE("dispatch: policy document errors name the document's path", "[dispatch]") {
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "'-5h'",
              DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {"targets": {"urban": "-5h"}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.at_risk", "bare number",
              DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {"at_risk": -1}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "calendar.holidays[0]", "2027-01-04",
              DispatchPolicy::from_json(R"({"calendar": {"preset": "cn", "holidays": ["2027-01-04"]}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "calendar.week.monday", "mon is given twice",
              DispatchPolicy::from_json(R"({"calendar": {"week": {"mon": [], "monday": []}}})"));
}

TEST_CASE("dispatch: dispatch_order", "[dispatch]") {
  const DispatchPolicy& p = policy();

  SECTION("carried-over calls first, then deadline, then call time, then id") {
    const std::vector<QueuedCall> calls{
        {"fresh-c", at(2025, 9, 23, 9, 10), "suburban", std::nullopt},             // due 17:10
        {"fresh-i", at(2025, 9, 23, 10), "urban", std::nullopt},                   // due 17:00, at now
        {"k2", at(2025, 9, 23, 9, 45), "urban", std::nullopt},                     // due 16:45
        {"carried-late", at(2025, 9, 22, 17, 30), "suburban", std::nullopt},       // due Tue 16:30
        {"fresh-b", at(2025, 9, 23, 9, 30), "urban", std::nullopt},                // due 16:30
        {"future", at(2025, 9, 23, 10, 0, 1), "urban", std::nullopt},              // after now
        {"done", at(2025, 9, 22, 10), "urban", at(2025, 9, 22, 11)},               // dispatched
        {"done-now", at(2025, 9, 23, 9, 20), "urban", at(2025, 9, 23, 10)},        // dispatched at now
        {"k1", at(2025, 9, 23, 9, 45), "urban", std::nullopt},                     // due 16:45
        {"fresh-j", at(2025, 9, 23, 9), "suburban", std::nullopt},                 // due 17:00
        {"carried-early", at(2025, 9, 22, 16), "urban", at(2025, 9, 23, 11)},      // due Tue 14:00
        {"fresh-d", at(2025, 9, 23, 9, 5), "urban", std::nullopt},                 // due 16:05
    };
    const std::vector<std::string> expected{"carried-early", "carried-late", "fresh-d", "fresh-b", "k1",
                                            "k2",            "fresh-j",      "fresh-i", "fresh-c"};
    CHECK(p.dispatch_order(calls, at(2025, 9, 23, 10)) == expected);
  }
  SECTION("carried over wins against an earlier deadline") {
    const DispatchPolicy rural(cn(), Targets{{"urban", 6h}, {"rural", 24h}}, 1h);
    const std::vector<QueuedCall> calls{
        {"sun-urban", at(2025, 9, 28, 9), "urban", std::nullopt},   // due Sun 16:00
        {"fri-rural", at(2025, 9, 26, 17), "rural", std::nullopt},  // due days later
    };
    // Sunday 2025-09-28 is a make-up working day; Friday's call is carried over.
    CHECK(rural.dispatch_order(calls, at(2025, 9, 28, 10)) == std::vector<std::string>{"fri-rural", "sun-urban"});
    // On Friday itself both are of the day (the Sunday call is not in yet).
    CHECK(rural.dispatch_order(calls, at(2025, 9, 26, 17, 30)) == std::vector<std::string>{"fri-rural"});
  }
  SECTION("carried over a holiday break") {
    const DispatchPolicy rural(cn(), Targets{{"urban", 6h}, {"rural", 24h}}, 1h);
    const std::vector<QueuedCall> calls{
        {"after", at(2025, 10, 9, 9), "urban", std::nullopt},
        {"before", at(2025, 9, 30, 17), "rural", std::nullopt},
    };
    CHECK(rural.dispatch_order(calls, at(2025, 10, 9, 9, 30)) == std::vector<std::string>{"before", "after"});
  }
  SECTION("the same day: deadline order regardless of input order") {
    const std::vector<QueuedCall> calls{
        {"b", at(2025, 9, 22, 10), "suburban", std::nullopt},  // due 18:00
        {"a", at(2025, 9, 22, 11, 15), "urban", std::nullopt},  // due Tue 09:15
        {"c", at(2025, 9, 22, 9, 30), "urban", std::nullopt},  // due 16:30
    };
    CHECK(p.dispatch_order(calls, at(2025, 9, 22, 11, 30)) == std::vector<std::string>{"c", "b", "a"});
  }
  SECTION("empty queue, and every call filtered out") {
    CHECK(p.dispatch_order(std::vector<QueuedCall>{}, at(2025, 9, 22, 10)).empty());
    const std::vector<QueuedCall> calls{{"x", at(2025, 9, 22, 11), "urban", std::nullopt},
                                        {"y", at(2025, 9, 22, 9), "urban", at(2025, 9, 22, 9, 30)}};
    CHECK(p.dispatch_order(calls, at(2025, 9, 22, 10)).empty());
  }
  SECTION("an unknown zone in the queue is an error naming the call") {
    const std::vector<QueuedCall> calls{{"x", at(2025, 9, 22, 9), "urban", std::nullopt},
                                        {"y", at(2025, 9, 22, 9), "rural", std::nullopt}};
    CHECK_ERROR(ErrorCode::not_found, "calls[1].zone", "'rural'", p.dispatch_order(calls, at(2025, 9, 22, 10)));
  }
  SECTION("a call after Friday's close is Monday's work, not carried over") {
    const std::vector<QueuedCall> calls{
        {"fri-late", at(2025, 6, 6, 20), "urban", std::nullopt},    // Friday 20:00: due Mon 15:00
        {"mon-early", at(2025, 6, 9, 8), "urban", std::nullopt},    // Monday 08:00: due Mon 15:00
        {"fri-day", at(2025, 6, 6, 17), "urban", std::nullopt},     // Friday's own work: due Mon 14:00
        {"sun-night", at(2025, 6, 8, 23, 59), "urban", std::nullopt},
    };
    CHECK(p.dispatch_order(calls, at(2025, 6, 9, 9, 30)) ==
          std::vector<std::string>{"fri-day", "fri-late", "sun-night", "mon-early"});
  }
}
