// Deadlines and SLA verdicts that lean on a provisional year (issue 24,
// items 3 and 4): the store keeps the year with each stored deadline
// (calls.deadline_provisional), the columns carry it, and a store opened
// with a calendar that publishes the year recomputes them once, in one
// transaction; a query-only open judges them with the calendar and writes
// nothing.
#include <aftersales/calendars/cn.hpp>
#include <aftersales/store.hpp>

#include <catch2/catch.hpp>

#include "store_support.hpp"

#include <cstdio>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using aftersales::calendars::china;
using aftersales::calendars::CnHolidayFile;

namespace {

// The China preset past its 2026 horizon with the statutory days of 2027.
Policy statutory_policy() {
  return Policy::default_policy(china(calendars::cn_default_hours(), default_zone, PastHorizon::statutory));
}

// A HYPOTHETICAL 2027 notice (test rows, not the real one, which is not
// published): the days the law fixes on Gregorian dates, and Monday
// 2027-01-04 off, so the 2026-12-31 call's deadline moves a day.
CnHolidayFile hypothetical_2027(bool monday_bridge) {
  return CnHolidayFile::parse(
      std::string("date,kind,name\n"
                  "2027-01-01,holiday,New Year's Day (hypothetical)\n") +
          (monday_bridge ? "2027-01-04,holiday,New Year's Day bridge (hypothetical)\n" : "") +
          "2027-05-01,holiday,Labour Day (hypothetical)\n"
          "2027-05-02,holiday,Labour Day (hypothetical)\n"
          "2027-10-01,holiday,National Day (hypothetical)\n"
          "2027-10-02,holiday,National Day (hypothetical)\n"
          "2027-10-03,holiday,National Day (hypothetical)\n",
      "hypothetical-2027.csv");
}

Policy published_2027_policy() {
  return Policy::default_policy(
      china(hypothetical_2027(true), calendars::cn_default_hours(), default_zone, PastHorizon::statutory));
}

// After every step of the tests.
const Instant clock_now = bj(2027, 1, 6, 12);

StoreOptions opened(OpenMode mode) {
  StoreOptions o = at_clock(clock_now);
  o.mode = mode;
  return o;
}

struct Files {
  std::string path = fresh_store_path();
  ~Files() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
};

std::int64_t flag_of(const std::string& path) {
  return count(path, "SELECT ifnull(max(deadline_provisional), 0) FROM calls");
}

}  // namespace

TEST_CASE("a deadline over a provisional year is stored with the year", "[store][provisional]") {
  Files f;
  Id id;
  {
    Store s = Store::open(f.path, statutory_policy(), opened(OpenMode::create));
    CHECK(s.recomputed() == Recomputed{});
    const ServiceCall c = s.register_call(intake(bj(2026, 12, 31, 16)));
    id = c.id;
    // 16:00-18:00, 1 January (元旦) and the weekend off, 4 h on Monday.
    CHECK(shanghai(c.deadline) == "2027-01-04 14:00:00");
    const CallColumns cols = s.calls();
    REQUIRE(cols.size() == 1);
    CHECK(cols.provisional.at(0) == 2027);
    // A call within the published year carries no year.
    s.register_call(intake(bj(2026, 12, 30, 9), "urban", "SN-2"));
    const CallColumns both = s.calls();
    REQUIRE(both.size() == 2);
    CHECK(both.provisional.at(0) == std::nullopt);
    CHECK(both.provisional.at(1) == 2027);
    CHECK_THAT(to_json(both), Catch::Matchers::Contains("\"provisional_year\":[null,2027]"));
  }
  CHECK(flag_of(f.path) == 2027);
  CHECK(count(f.path, "SELECT count(*) FROM calls WHERE deadline_provisional IS NULL") == 1);
  // Reopened with the same calendar: 2027 is still provisional, nothing changes.
  Store again = Store::open(f.path, statutory_policy(), opened(OpenMode::must_exist));
  CHECK(again.recomputed() == Recomputed{});
  CHECK(flag_of(f.path) == 2027);
}

TEST_CASE("the dispatches carry the provisional year of their deadline", "[store][provisional]") {
  Files f;
  Store s = Store::open(f.path, statutory_policy(), opened(OpenMode::create));
  // Within the published year: no flag.
  const Id early = s.register_call(intake(bj(2026, 12, 30, 9), "urban", "SN-2")).id;
  const Id late = s.register_call(intake(bj(2026, 12, 31, 16))).id;
  s.dispatch(late, "T01", bj(2026, 12, 31, 17));
  const DispatchColumns one = s.dispatches();
  REQUIRE(one.size() == 1);
  CHECK(one.call_id[0] == late);
  CHECK(one.provisional.at(0) == 2027);
  CHECK_THAT(to_json(one), Catch::Matchers::Contains("\"provisional_year\":[2027]"));
  s.dispatch(early, "T02", bj(2026, 12, 30, 10));
  const DispatchColumns both = s.dispatches();
  REQUIRE(both.size() == 2);
  CHECK(both.provisional == Nullable<std::int64_t>{std::nullopt, 2027});
  CHECK(both.provisional == s.calls().provisional);  // the same rows as calls()
  CHECK_THAT(to_json(both), Catch::Matchers::Contains("\"provisional_year\":[null,2027]"));
}

TEST_CASE("a published year replaces the provisional one in the store, once", "[store][provisional]") {
  Files f;
  Id id;
  std::int64_t stored_deadline = 0;
  {
    Store s = Store::open(f.path, statutory_policy(), opened(OpenMode::create));
    id = s.register_call(intake(bj(2026, 12, 31, 16))).id;
    s.dispatch(id, "T01", bj(2026, 12, 31, 17));
    // After the provisional deadline (Monday 14:00): breached, for now.
    s.arrive(id, bj(2027, 1, 5, 10));
    CHECK(s.call(id).sla_met == false);
    stored_deadline = count(f.path, "SELECT deadline FROM calls");
  }
  CHECK(shanghai(Instant(Seconds(stored_deadline))) == "2027-01-04 14:00:00");

  SECTION("a query-only open judges with the calendar and writes nothing") {
    Store q = Store::open(f.path, published_2027_policy(), opened(OpenMode::query_only));
    CHECK(q.recomputed() == Recomputed{});
    const CallColumns cols = q.calls();
    REQUIRE(cols.size() == 1);
    CHECK(shanghai(Instant(Seconds(cols.deadline[0]))) == "2027-01-05 14:00:00");
    CHECK(cols.sla_met.at(0) == 1);
    CHECK(cols.provisional.at(0) == std::nullopt);
    CHECK(shanghai(q.call(id).deadline) == "2027-01-05 14:00:00");
    CHECK(q.call(id).sla_met == true);
    const DispatchColumns d = q.dispatches();
    REQUIRE(d.size() == 1);
    CHECK(shanghai(Instant(Seconds(d.deadline[0]))) == "2027-01-05 14:00:00");
    CHECK(d.sla_met.at(0) == 1);
    CHECK(d.provisional.at(0) == std::nullopt);  // judged again: published dates only
    const MonthlyReport r = q.monthly_report(YearMonth{2026, 12}, clock_now);  // after the arrival
    REQUIRE(r.sla_by_zone.size() == 1);
    CHECK(r.sla_by_zone[0].met == 1);
    CHECK(r.sla_by_zone[0].breached == 0);
    // The file is as it was.
    CHECK(count(f.path, "SELECT deadline FROM calls") == stored_deadline);
    CHECK(count(f.path, "SELECT sla_met FROM calls") == 0);
    CHECK(flag_of(f.path) == 2027);
    // The old calendar still judges as stored.
    Store old = Store::open(f.path, statutory_policy(), opened(OpenMode::query_only));
    CHECK(old.call(id).sla_met == false);
    CHECK(old.monthly_report(YearMonth{2026, 12}, clock_now).sla_by_zone[0].breached == 1);
  }

  SECTION("a writing open recomputes, once") {
    {
      Store s = Store::open(f.path, published_2027_policy(), opened(OpenMode::must_exist));
      CHECK(s.recomputed() == Recomputed{{2027}, 1, 1, 1});
      const ServiceCall c = s.call(id);
      CHECK(shanghai(c.deadline) == "2027-01-05 14:00:00");
      CHECK(c.sla_met == true);
      CHECK(s.calls().provisional.at(0) == std::nullopt);
      CHECK(s.dispatches().provisional.at(0) == std::nullopt);
    }
    CHECK(flag_of(f.path) == 0);
    CHECK(count(f.path, "SELECT count(*) FROM calls WHERE deadline_provisional IS NOT NULL") == 0);
    CHECK(shanghai(Instant(Seconds(count(f.path, "SELECT deadline FROM calls")))) == "2027-01-05 14:00:00");
    CHECK(count(f.path, "SELECT sla_met FROM calls") == 1);
    // A second open changes nothing.
    Store s = Store::open(f.path, published_2027_policy(), opened(OpenMode::create));
    CHECK(s.recomputed() == Recomputed{});
    CHECK(shanghai(s.call(id).deadline) == "2027-01-05 14:00:00");
  }
}

TEST_CASE("a deadline moved by a pause into a provisional year carries the year", "[store][provisional]") {
  Files f;
  Id id;
  {
    Store s = Store::open(f.path, statutory_policy(), opened(OpenMode::create));
    // Wednesday 09:00: 15:00 the same day, published dates only.
    id = s.register_call(intake(bj(2026, 12, 30, 9))).id;
    CHECK(flag_of(f.path) == 0);
    s.pause(id, bj(2026, 12, 30, 10), "customer away");
    s.resume(id, bj(2026, 12, 31, 17));
    // 1 h before the pause, 1 h on Thursday, 4 h on Monday 4 January.
    CHECK(shanghai(s.call(id).deadline) == "2027-01-04 14:00:00");
    CHECK(s.calls().provisional.at(0) == 2027);
  }
  CHECK(flag_of(f.path) == 2027);
  Store s = Store::open(f.path, published_2027_policy(), opened(OpenMode::must_exist));
  CHECK(s.recomputed() == Recomputed{{2027}, 1, 1, 0});  // not arrived: no verdict
  CHECK(shanghai(s.call(id).deadline) == "2027-01-05 14:00:00");
  CHECK(flag_of(f.path) == 0);
}

TEST_CASE("a flagged deadline the calendar cannot count keeps the store readable", "[store][provisional]") {
  // Received on the last day of 2027 in statutory mode: its deadline runs into
  // 2028 (flag 2027). A calendar in refuse mode with the (hypothetical) 2027
  // file publishes 2027 but cannot count into 2028.
  Files f;
  Id id;
  {
    StoreOptions o = at_clock(bj(2028, 1, 6, 12));
    Store s = Store::open(f.path, statutory_policy(), o);
    id = s.register_call(intake(bj(2027, 12, 31, 16))).id;
    s.dispatch(id, "T01", bj(2027, 12, 31, 16, 30));
    s.arrive(id, bj(2028, 1, 3, 10));
    REQUIRE(flag_of(f.path) == 2027);
  }
  const Policy refuse = Policy::default_policy(china(hypothetical_2027(false)));
  StoreOptions o = at_clock(bj(2028, 1, 6, 12));
  o.mode = OpenMode::query_only;
  const Store s = Store::open(f.path, refuse, o);
  // Every read answers with the stored values, still flagged.
  const CallColumns cols = s.calls();
  REQUIRE(cols.size() == 1);
  CHECK(cols.provisional.at(0) == 2027);
  CHECK(s.call(id).deadline == Instant(Seconds(cols.deadline[0])));
  const DispatchColumns d = s.dispatches();
  REQUIRE(d.size() == 1);
  CHECK(d.provisional.at(0) == 2027);
  CHECK(d.deadline[0] == cols.deadline[0]);
  const MonthlyReport r = s.monthly_report(YearMonth{2027, 12}, bj(2028, 1, 5, 12));
  REQUIRE(r.sla_by_zone.size() == 1);
  CHECK(r.sla_by_zone[0].met == 1);  // the stored verdict
  CHECK(flag_of(f.path) == 2027);
}
