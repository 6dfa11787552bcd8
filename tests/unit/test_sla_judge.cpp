// One judge for every SLA verdict (issue 25): DispatchPolicy::judge decides
// met / breached / open, and the store's queue, its monthly report and its
// sla_met column take their verdict from it. The regression tests reproduce
// the three disagreements the issue found; the property test builds months
// of random calls and checks the report and the queue against the judge at
// many instants. Expected instants are worked out by hand on the China
// calendar (Mon-Fri 09:00-12:00, 13:00-18:00, Asia/Shanghai; 2025-10-01..08
// off, Saturday 10-11 a make-up working day).
#include "store_support.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;
using std::chrono::minutes;

TEST_CASE("judge: the verdict, with and without a kept deadline", "[judge]") {
  const DispatchPolicy& p = policy().dispatch();
  const Instant received = bj(2025, 10, 9, 10);  // urban: due 17:00
  SECTION("running, met, breached") {
    CHECK(p.judge({received, "urban"}, bj(2025, 10, 9, 12)) == SlaVerdict{SlaState::running, bj(2025, 10, 9, 17)});
    CHECK(p.judge({received, "urban", {}, bj(2025, 10, 9, 17)}, bj(2025, 10, 9, 18)).state == SlaState::met);
    CHECK(p.judge({received, "urban", {}, bj(2025, 10, 9, 17, 1)}, bj(2025, 10, 9, 18)).state == SlaState::breached);
    CHECK(p.judge({received, "urban"}, bj(2025, 10, 9, 17, 0) + std::chrono::seconds(1)).state == SlaState::breached);
    // An arrival after the instant judged has not happened yet.
    CHECK(p.judge({received, "urban", {}, bj(2025, 10, 9, 16)}, bj(2025, 10, 9, 15)).state == SlaState::running);
  }
  SECTION("an open pause: paused, the deadline if the clock resumed now; never breached while it lasts") {
    const std::vector<Pause> open{Pause{bj(2025, 10, 9, 11), std::nullopt}};
    // 1 h used; 5 h left from 14:00: 14-18 (4 h), then Friday 09-10.
    CHECK(p.judge({received, "urban", open}, bj(2025, 10, 9, 14)) ==
          SlaVerdict{SlaState::paused, bj(2025, 10, 10, 10)});
    CHECK(p.judge({received, "urban", open}, bj(2025, 10, 20, 9)).state == SlaState::paused);
    // A kept deadline is ignored while a pause is open.
    CHECK(p.judge({received, "urban", open, std::nullopt, bj(2025, 10, 9, 17)}, bj(2025, 10, 9, 14)) ==
          SlaVerdict{SlaState::paused, bj(2025, 10, 10, 10)});
    // Arriving at 16:00 ends the pause there: 11-12, 13-16 paused, 1 h
    // used, 5 h left from 16:00: 16-18, Friday 09-12 -> met.
    CHECK(p.judge({received, "urban", open, bj(2025, 10, 9, 16)}, bj(2025, 10, 9, 18)) ==
          SlaVerdict{SlaState::met, bj(2025, 10, 10, 12)});
  }
  SECTION("a kept deadline is taken as given, and equals the counted one") {
    const std::vector<Pause> closed{Pause{bj(2025, 10, 9, 11), bj(2025, 10, 9, 12)}};
    const Instant counted = p.deadline(received, "urban", closed);  // 18:00
    CHECK(counted == bj(2025, 10, 9, 18));
    for (const Instant now : {bj(2025, 10, 9, 11, 30), bj(2025, 10, 9, 15), bj(2025, 10, 9, 19)}) {
      INFO("now " << shanghai(now));
      CHECK(p.judge({received, "urban", closed, std::nullopt, counted}, now) ==
            p.judge({received, "urban", closed}, now));
    }
    // With a kept deadline the zone's target is not needed (a store's rows).
    CHECK(p.judge({received, "no-such-zone", {}, std::nullopt, counted}, bj(2025, 10, 9, 19)).state ==
          SlaState::breached);
    CHECK_ERROR(ErrorCode::not_found, "zone", "no-such-zone", p.judge({received, "no-such-zone"}, received));
  }
  SECTION("bad facts name the field") {
    CHECK_ERROR(ErrorCode::invalid_argument, "now", "before", p.judge({received, "urban"}, received - hours(1)));
    CHECK_ERROR(ErrorCode::invalid_argument, "arrival", "before",
                p.judge({received, "urban", {}, received - hours(1)}, received));
    const std::vector<Pause> backwards{Pause{bj(2025, 10, 9, 12), bj(2025, 10, 9, 11)}};
    CHECK_ERROR(ErrorCode::invalid_argument, "pauses[0].end", "before", p.judge({received, "urban", backwards}, received));
  }
  // status() against verdicts worked out by hand (not against judge(), which
  // it calls: that comparison could never fail). Urban 6 h; at risk below 1 h.
  SECTION("status(): running, with the clock's figures") {
    // 12:30: 10-12 counted (2 h), lunch not; the at-risk band starts when
    // 5 h + 1 s are counted: 10-12, 13:00 + 3 h 1 s = 16:00:01.
    const SlaStatus s = p.status(received, "urban", bj(2025, 10, 9, 12, 30));
    CHECK(s.state == SlaState::running);
    CHECK(s.deadline == bj(2025, 10, 9, 17));
    CHECK(s.elapsed == hours(2));
    CHECK(s.remaining == hours(4));
    CHECK(s.late_by == hours(0));
    CHECK_FALSE(s.at_risk);
    CHECK(s.next_change == bj(2025, 10, 9, 16) + std::chrono::seconds(1));
  }
  SECTION("status(): met, arrived at 16:00 before the 17:00 deadline") {
    const SlaStatus s = p.status(received, "urban", bj(2025, 10, 9, 18), {}, bj(2025, 10, 9, 16));
    CHECK(s.state == SlaState::met);
    CHECK(s.deadline == bj(2025, 10, 9, 17));
    CHECK(s.elapsed == hours(5));  // 10-12, 13-16
    CHECK(s.remaining == hours(1));
    CHECK(s.late_by == hours(0));
    CHECK_FALSE(s.next_change);
  }
  SECTION("status(): breached, one second past the deadline without an arrival") {
    const SlaStatus s = p.status(received, "urban", bj(2025, 10, 9, 17) + std::chrono::seconds(1));
    CHECK(s.state == SlaState::breached);
    CHECK(s.deadline == bj(2025, 10, 9, 17));
    CHECK(s.late_by == std::chrono::seconds(1));
    CHECK(s.remaining == hours(0));
    CHECK_FALSE(s.next_change);
  }
  SECTION("status(): breached, arrived Friday 09:30") {
    // Thursday 10-12, 13-18 (7 h) and Friday 09:00-09:30: 7.5 h, 1.5 h late.
    const SlaStatus s = p.status(received, "urban", bj(2025, 10, 10, 10), {}, bj(2025, 10, 10, 9, 30));
    CHECK(s.state == SlaState::breached);
    CHECK(s.elapsed == hours(7) + minutes(30));
    CHECK(s.late_by == hours(1) + minutes(30));
  }
  SECTION("status(): paused by an open pause, the deadline if resumed now") {
    // Paused 11-12 and from 14:00 (open); at 15:00: 10-11 and 13-14 counted
    // (2 h); 4 h left from 15:00: 15-18, Friday 09-10.
    const std::vector<Pause> ps{Pause{bj(2025, 10, 9, 11), bj(2025, 10, 9, 12)}, Pause{bj(2025, 10, 9, 14), std::nullopt}};
    const SlaStatus s = p.status(received, "urban", bj(2025, 10, 9, 15), ps);
    CHECK(s.state == SlaState::paused);
    CHECK(s.deadline == bj(2025, 10, 10, 10));
    CHECK(s.elapsed == hours(2));
    CHECK(s.remaining == hours(4));
    CHECK_FALSE(s.next_change);  // nothing changes until someone ends the pause
    // Even days later it stays paused, never breached.
    CHECK(p.status(received, "urban", bj(2025, 10, 13, 15), ps).state == SlaState::paused);
  }
  SECTION("status(): a closed pause 14-15: running before it, paused in it, due 18:00") {
    const std::vector<Pause> ps{Pause{bj(2025, 10, 9, 14), bj(2025, 10, 9, 15)}};
    // 10-12, 13-14, 15-18 = 6 h.
    const SlaStatus before = p.status(received, "urban", bj(2025, 10, 9, 13, 30), ps);
    CHECK(before.state == SlaState::running);
    CHECK(before.deadline == bj(2025, 10, 9, 18));
    CHECK(before.elapsed == hours(2) + minutes(30));
    CHECK(before.next_change == bj(2025, 10, 9, 14));  // the pause starts
    const SlaStatus in = p.status(received, "urban", bj(2025, 10, 9, 14, 30), ps);
    CHECK(in.state == SlaState::paused);
    CHECK(in.deadline == bj(2025, 10, 9, 18));
    CHECK(in.elapsed == hours(3));
    CHECK(in.next_change == bj(2025, 10, 9, 15));  // the clock runs again
  }
}

TEST_CASE("judge: the queue ranks a paused call by its deadline if resumed now (issue 25, 1)", "[judge][store]") {
  TempStore t;
  // Thursday 10-16: A at 09:00 (due 16:00 unpaused), B at 09:30 (due 16:30).
  const ServiceCall a = t.store.register_call(intake(bj(2025, 10, 16, 9), "urban", "A"));
  const ServiceCall b = t.store.register_call(intake(bj(2025, 10, 16, 9, 30), "urban", "B"));
  CHECK(t.store.queue(bj(2025, 10, 16, 9, 45)) == std::vector<Id>{a.id, b.id});
  // A paused at 09:30 (0.5 h used): at 11:00, resumed then, it is due
  // 11-12, 13-17:30 -> 17:30, after B.
  t.store.pause(a.id, bj(2025, 10, 16, 9, 30), "customer not at home");
  CHECK(t.store.queue(bj(2025, 10, 16, 11)) == std::vector<Id>{b.id, a.id});
  // As it stood before the pause, A came first.
  CHECK(t.store.queue(bj(2025, 10, 16, 9, 20)) == std::vector<Id>{a.id});
  // At the pause's first second A has lost nothing yet: due 16:00, first.
  CHECK(t.store.queue(bj(2025, 10, 16, 9, 30)) == std::vector<Id>{a.id, b.id});
  // Resumed the next morning: the stored deadline moved to Friday, still after B.
  t.store.resume(a.id, bj(2025, 10, 17, 9));
  CHECK(t.store.call(a.id).deadline == bj(2025, 10, 17, 15, 30));
  // Both carried over on Friday: B (due Thursday 16:30) before A (Friday 15:30).
  CHECK(t.store.queue(bj(2025, 10, 17, 9)) == std::vector<Id>{b.id, a.id});
  CHECK(t.store.queue(bj(2025, 10, 16, 11)) == std::vector<Id>{b.id, a.id});  // as it stood on Thursday

  // The policy's own queue, given the pauses, agrees.
  const DispatchPolicy& p = policy().dispatch();
  std::vector<QueuedCall> calls{QueuedCall{"A", bj(2025, 10, 16, 9), "urban", std::nullopt,
                                           {Pause{bj(2025, 10, 16, 9, 30), std::nullopt}}},
                                QueuedCall{"B", bj(2025, 10, 16, 9, 30), "urban", std::nullopt}};
  CHECK(p.dispatch_order(calls, bj(2025, 10, 16, 11)) == std::vector<std::string>{"B", "A"});
  calls[0].pauses.clear();
  CHECK(p.dispatch_order(calls, bj(2025, 10, 16, 11)) == std::vector<std::string>{"A", "B"});
}

TEST_CASE("judge: an open pause is open in the monthly report, not breached (issue 25, 2)", "[judge][store]") {
  TempStore t;
  // Thursday 10-09 10:00 urban, due 17:00 unpaused; paused at 11:00.
  const ServiceCall c = t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "A"));
  t.store.pause(c.id, bj(2025, 10, 9, 11), "waiting for consent");
  const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 20));
  REQUIRE(r.sla_by_zone.size() == 1);
  CHECK(r.sla_by_zone[0] == SlaRow{"urban", 1, 0, 0, 1});
  CHECK(policy().dispatch().status(c.received, c.zone, bj(2025, 10, 20), std::vector<Pause>{Pause{bj(2025, 10, 9, 11), std::nullopt}}).state ==
        SlaState::paused);
  // Resumed Tuesday 10-21 10:00: 1 h used, 5 h left -> due 10-21 16:00.
  t.store.resume(c.id, bj(2025, 10, 21, 10));
  // As it stood on 10-20 the pause was open: still open then.
  CHECK(t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 20)).sla_by_zone[0] == SlaRow{"urban", 1, 0, 0, 1});
  CHECK(t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 21, 16)).sla_by_zone[0] == SlaRow{"urban", 1, 0, 0, 1});
  CHECK(t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 21, 16, 1)).sla_by_zone[0] == SlaRow{"urban", 1, 0, 1, 0});
  // Before the pause began the stored (moved) deadline does not apply: due 17:00.
  CHECK(t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 9, 10, 30)).sla_by_zone[0] == SlaRow{"urban", 1, 0, 0, 1});
}

TEST_CASE("judge: a report as of an instant counts the calls received by then (issue 25, 3)", "[judge][store]") {
  TempStore t;
  t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "A"));
  t.store.register_call(intake(bj(2025, 10, 20, 10), "suburban", "B"));
  const MonthlyReport early = t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 15));
  CHECK(early.calls == 1);
  CHECK(early.sla_by_zone == std::vector<SlaRow>{SlaRow{"urban", 1, 0, 1, 0}});
  CHECK(early.sla_by_centre == std::vector<SlaRow>{SlaRow{"main", 1, 0, 1, 0}});
  // Received at exactly the instant: counted.
  CHECK(t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 20, 10)).calls == 2);
  CHECK(t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 20, 10) - std::chrono::seconds(1)).calls == 1);
}

namespace {

// One random call and its facts as recorded, kept by the test beside the store.
struct Facts {
  Id id;
  Instant received;
  std::string zone, centre, technician;
  std::vector<Pause> pauses;
  std::optional<Instant> dispatched, arrived;
};

// The facts as they stood at `at`: a pause begun later is not there, one
// ended later is open; an arrival later has not happened.
std::vector<Pause> stood(const std::vector<Pause>& pauses, Instant at) {
  std::vector<Pause> out;
  for (Pause p : pauses) {
    if (p.start > at) continue;
    if (p.end && *p.end > at) p.end.reset();
    out.push_back(p);
  }
  return out;
}

}  // namespace

TEST_CASE("judge: random months — the report sums the judge's verdicts, the queue sorts by its deadlines",
          "[judge][store][property]") {
  const std::uint32_t seed = GENERATE(20251001u, 7u, 4242u);
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  const auto uniform = [&](std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  };
  const auto chance = [&](int percent) { return uniform(1, 100) <= percent; };
  TempStore t(bj(2026, 6, 1));
  const DispatchPolicy& judge = policy().dispatch();
  const Calendar& cal = policy().calendar();

  std::vector<Facts> calls;
  const Instant first = bj(2025, 9, 1), last = bj(2025, 11, 30, 23);
  for (int i = 0; i < 240; ++i) {
    Facts f;
    f.received = first + minutes(uniform(0, (last - first).count() / 60));
    f.zone = chance(60) ? "urban" : "suburban";
    f.centre = chance(50) ? "north" : "south";
    CallIntake in = intake(f.received, f.zone, "SN-" + std::to_string(i));
    in.centre = f.centre;
    f.id = t.store.register_call(in).id;
    // Up to two pauses, about one call in five; some left open.
    Instant cursor = f.received;
    const int n_pauses = chance(20) ? static_cast<int>(uniform(1, 2)) : 0;
    for (int k = 0; k < n_pauses; ++k) {
      const Instant start = cursor + minutes(uniform(0, 8 * 60));
      t.store.pause(f.id, start, "customer not at home");
      if (k + 1 < n_pauses || chance(60)) {
        const Instant end = start + minutes(uniform(10, 30 * 60));
        t.store.resume(f.id, end);
        f.pauses.push_back(Pause{start, end});
        cursor = end;
      } else {
        f.pauses.push_back(Pause{start, std::nullopt});
        cursor = start;
      }
    }
    if (chance(85)) {
      f.technician = "T0" + std::to_string(uniform(1, 4));
      f.dispatched = f.received + minutes(uniform(5, 20 * 60));
      t.store.dispatch(f.id, f.technician, *f.dispatched);
      if (chance(80)) {
        f.arrived = std::max(*f.dispatched, cursor) + minutes(uniform(10, 12 * 60));
        t.store.arrive(f.id, *f.arrived);
        // Arriving ends a pause still open.
        if (!f.pauses.empty() && !f.pauses.back().end) f.pauses.back().end = f.arrived;
      }
    }
    calls.push_back(std::move(f));
  }

  // The stored sla_met column is the judge's verdict at the arrival.
  for (const Facts& f : calls) {
    if (!f.arrived) continue;
    const SlaVerdict v = judge.judge({f.received, f.zone, f.pauses, f.arrived}, *f.arrived);
    CHECK(t.store.call(f.id).sla_met == std::optional<bool>(v.state == SlaState::met));
  }

  std::vector<Instant> instants;
  for (int k = 0; k < 30; ++k) instants.push_back(first + minutes(uniform(0, (last - first).count() / 60 + 40 * 24 * 60)));
  for (const unsigned m : {9u, 10u, 11u}) instants.push_back(t.store.monthly_as_of(YearMonth{2025, static_cast<int>(m)}));
  for (const Instant as_of : instants) {
    INFO("as of " << shanghai(as_of));
    for (const int month : {9, 10, 11}) {
      const MonthlyReport r = t.store.monthly_report(YearMonth{2025, month}, as_of);
      std::map<std::string, SlaRow> zones, centres, techs;
      std::int64_t counted = 0;
      for (const Facts& f : calls) {
        const auto local = cal.local_date(f.received);
        if (static_cast<int>(local.year()) != 2025 || static_cast<int>(local.month().as_number()) != month ||
            f.received > as_of)
          continue;
        const std::vector<Pause> ps = stood(f.pauses, as_of);
        const SlaState s = judge.judge({f.received, f.zone, ps, f.arrived}, as_of).state;
        ++counted;
        std::vector<std::pair<std::map<std::string, SlaRow>*, std::string>> groups{{&zones, f.zone}, {&centres, f.centre}};
        if (f.dispatched) groups.emplace_back(&techs, f.technician);
        for (auto& [rows, key] : groups) {
          SlaRow& row = (*rows)[key];
          row.key = key;
          ++row.calls;
          row.met += s == SlaState::met;
          row.breached += s == SlaState::breached;
          row.open += s == SlaState::running || s == SlaState::paused;
        }
      }
      const auto values = [](const std::map<std::string, SlaRow>& m) {
        std::vector<SlaRow> v;
        for (const auto& [k, row] : m) v.push_back(row);
        return v;
      };
      INFO("month " << month);
      CHECK(r.calls == counted);
      CHECK(r.sla_by_zone == values(zones));
      CHECK(r.sla_by_centre == values(centres));
      CHECK(r.sla_by_technician == values(techs));
    }

    // The queue: the calls waiting at as_of, carried-over ones first, then by
    // the judge's deadline (as the call stood), call time and id.
    const Date today = cal.is_working(as_of) ? cal.working_date(as_of) : cal.local_date(as_of);
    std::vector<std::tuple<bool, Instant, Instant, Id>> waiting;
    for (const Facts& f : calls) {
      if (f.received > as_of || (f.dispatched && *f.dispatched <= as_of)) continue;
      const Instant due = judge.judge({f.received, f.zone, stood(f.pauses, as_of)}, as_of).deadline;
      waiting.emplace_back(!(cal.working_date(f.received) < today), due, f.received, f.id);
    }
    std::sort(waiting.begin(), waiting.end());
    std::vector<Id> expected;
    for (const auto& w : waiting) expected.push_back(std::get<3>(w));
    CHECK(t.store.queue(as_of) == expected);
  }
}
