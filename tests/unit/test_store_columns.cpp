// The store's dispatches and surveys as columns. Expected instants are worked
// out by hand on the China calendar (Mon-Fri 09:00-12:00, 13:00-18:00,
// Asia/Shanghai), as in test_store.cpp.
#include "store_support.hpp"

#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

std::int64_t s(Instant t) { return t.time_since_epoch().count(); }

// October: A paused twice, reached, completed, surveyed; B dispatched and
// paused with the pause still open; C never dispatched. November: D.
struct Visits {
  TempStore t;
  ServiceCall a, b, c, d;
  Visits() {
    // A, Thursday 10:00, urban: due 17:00 before its pauses.
    a = t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "SN-A"));
    t.store.dispatch(a.id, "T01", bj(2025, 10, 9, 10, 20));
    t.store.pause(a.id, bj(2025, 10, 9, 10, 30), "customer not at home");
    t.store.resume(a.id, bj(2025, 10, 9, 11, 30));         // 1 h of working time
    t.store.pause(a.id, bj(2025, 10, 9, 11, 45), "waiting for consent");
    t.store.resume(a.id, bj(2025, 10, 9, 13, 15));         // 1 h 30 on the clock, 30 min of working time (lunch)
    t.store.arrive(a.id, bj(2025, 10, 9, 15));
    t.store.complete_on_site(a.id, bj(2025, 10, 9, 16), true);
    t.store.record_survey(a.id, survey_answers(4, 3, 2, 1), "customer", bj(2025, 10, 10, 9));
    // B, suburban at 10:05: 7 working hours, due Friday 09:05; paused, not resumed.
    b = t.store.register_call(intake(bj(2025, 10, 9, 10, 5), "suburban", "SN-B"));
    t.store.dispatch(b.id, "T02", bj(2025, 10, 9, 11));
    t.store.pause(b.id, bj(2025, 10, 9, 11, 10), "no answer");
    c = t.store.register_call(intake(bj(2025, 10, 9, 10, 10), "urban", "SN-C"));
    d = t.store.register_call(intake(bj(2025, 11, 3, 9), "urban", "SN-D"));
    t.store.dispatch(d.id, "T01", bj(2025, 11, 3, 9, 30));
    t.store.arrive(d.id, bj(2025, 11, 3, 10));
    t.store.complete_on_site(d.id, bj(2025, 11, 3, 11), false);
    t.store.record_survey(d.id, survey_answers(4, 4, 4, 4), "supervisor", bj(2025, 11, 3, 12));
  }
};

}  // namespace

TEST_CASE("store columns: an empty store has no dispatches and no surveys", "[store][columns]") {
  TempStore t;
  CHECK(t.store.dispatches().size() == 0);
  CHECK(t.store.surveys().size() == 0);
  (void)t.store.register_call(intake(bj(2025, 10, 9, 10)));
  CHECK(t.store.dispatches().size() == 0);  // registered, not dispatched
  CHECK(t.store.surveys().size() == 0);
}

TEST_CASE("store columns: the dispatched calls with their pauses", "[store][columns]") {
  Visits v;
  const DispatchColumns cols = v.t.store.dispatches();
  REQUIRE(cols.size() == 3);
  CHECK(cols.call_id == std::vector<std::string>{v.a.id, v.b.id, v.d.id});
  CHECK(cols.voucher == std::vector<std::string>{"V-main-2510-000001", "V-main-2510-000002", "V-main-2511-000001"});
  CHECK(cols.technician == std::vector<std::string>{"T01", "T02", "T01"});
  CHECK(cols.zone == std::vector<std::string>{"urban", "suburban", "urban"});
  CHECK(cols.centre == std::vector<std::string>{"main", "main", "main"});
  CHECK(cols.category == std::vector<std::string>{"free", "free", "free"});
  CHECK(cols.state == std::vector<std::string>{"completed", "dispatched", "completed"});
  CHECK(cols.received == std::vector<std::int64_t>{s(bj(2025, 10, 9, 10)), s(bj(2025, 10, 9, 10, 5)),
                                                   s(bj(2025, 11, 3, 9))});
  CHECK(cols.dispatched == std::vector<std::int64_t>{s(bj(2025, 10, 9, 10, 20)), s(bj(2025, 10, 9, 11)),
                                                     s(bj(2025, 11, 3, 9, 30))});
  // A: 6 h from 10:00 plus 1 h 30 paused: 10:00-10:30, 11:30-11:45, 13:15-18:00
  // is 5 h 30, the last 30 min on Friday. B: its open pause moves nothing yet.
  CHECK(cols.deadline == std::vector<std::int64_t>{s(bj(2025, 10, 10, 9, 30)), s(bj(2025, 10, 10, 9, 5)),
                                                   s(bj(2025, 11, 3, 16))});
  CHECK(cols.deadline[0] == s(v.t.store.call(v.a.id).deadline));
  CHECK(cols.arrived == Nullable<std::int64_t>{s(bj(2025, 10, 9, 15)), std::nullopt, s(bj(2025, 11, 3, 10))});
  CHECK(cols.completed == Nullable<std::int64_t>{s(bj(2025, 10, 9, 16)), std::nullopt, s(bj(2025, 11, 3, 11))});
  CHECK(cols.pauses == std::vector<std::int64_t>{2, 1, 0});
  // Working time, not the 2 h 30 on the clock; B's open pause not yet.
  CHECK(cols.paused == std::vector<std::int64_t>{Seconds(hours(1) + minutes(30)).count(), 0, 0});
  CHECK(cols.sla_met == Nullable<std::int8_t>{1, std::nullopt, 1});
  CHECK(cols.signed_off == Nullable<std::int8_t>{1, std::nullopt, 0});

  // The same rows, in the same order, as the calls with a technician.
  const CallColumns calls = v.t.store.calls();
  std::vector<std::string> dispatched;
  for (std::size_t i = 0; i < calls.size(); ++i)
    if (calls.technician.has_value(i)) dispatched.push_back(calls.id[i]);
  CHECK(dispatched == cols.call_id);
  CHECK(calls.size() == 4);

  // B resumed: its pause counts now, 11:10-11:40.
  v.t.store.resume(v.b.id, bj(2025, 10, 9, 11, 40));
  CHECK(v.t.store.dispatches().paused[1] == Seconds(minutes(30)).count());
}

TEST_CASE("store columns: dispatches of the calls received in a period", "[store][columns]") {
  Visits v;
  // [from, to) of the received time, as calls(from, to).
  const DispatchColumns october = v.t.store.dispatches(bj(2025, 10, 1), bj(2025, 11, 1));
  CHECK(october.call_id == std::vector<std::string>{v.a.id, v.b.id});
  CHECK(october.pauses == std::vector<std::int64_t>{2, 1});
  CHECK(v.t.store.dispatches(bj(2025, 10, 9, 10, 5), bj(2025, 11, 3, 9)).call_id == std::vector<std::string>{v.b.id});
  CHECK(v.t.store.dispatches(bj(2025, 11, 3, 9), bj(2025, 11, 3, 9, 0)).size() == 0);  // empty period
  CHECK(v.t.store.dispatches(bj(2025, 12, 1), bj(2026, 1, 1)).size() == 0);
  // A call received in the period but dispatched after it still counts.
  CHECK(v.t.store.dispatches(bj(2025, 11, 1), bj(2025, 11, 3, 9, 1)).call_id == std::vector<std::string>{v.d.id});
}

TEST_CASE("store columns: the surveys, by the month of their call", "[store][columns]") {
  Visits v;
  const SurveyColumns all = v.t.store.surveys();
  REQUIRE(all.size() == 2);
  CHECK(all.call_id == std::vector<std::string>{v.a.id, v.d.id});
  CHECK(all.voucher == std::vector<std::string>{"V-main-2510-000001", "V-main-2511-000001"});
  CHECK(all.technician == Nullable<std::string>{std::string("T01"), std::string("T01")});
  CHECK(all.respondent == std::vector<std::string>{"customer", "supervisor"});
  CHECK(all.month == std::vector<std::string>{"2025-10", "2025-11"});
  CHECK(all.attitude == std::vector<std::int8_t>{4, 4});
  CHECK(all.skill == std::vector<std::int8_t>{3, 4});
  CHECK(all.arrival == std::vector<std::int8_t>{2, 4});
  CHECK(all.promise == std::vector<std::int8_t>{1, 4});
  CHECK(all.recorded == std::vector<std::int64_t>{s(bj(2025, 10, 10, 9)), s(bj(2025, 11, 3, 12))});

  // A survey recorded in November of an October call is October's, as in the monthly report.
  const SurveyColumns october = v.t.store.surveys(bj(2025, 10, 1), bj(2025, 11, 1));
  CHECK(october.call_id == std::vector<std::string>{v.a.id});
  const MonthlyReport r = v.t.store.monthly_report(YearMonth{2025, 10});
  REQUIRE(r.satisfaction.size() == 1);
  CHECK(r.satisfaction[0].surveys == static_cast<std::int64_t>(october.size()));
  CHECK(r.satisfaction[0].attitude == 100 * october.attitude[0]);
  CHECK(r.satisfaction[0].promise == 100 * october.promise[0]);
  CHECK(v.t.store.surveys(bj(2025, 11, 1), bj(2025, 12, 1)).call_id == std::vector<std::string>{v.d.id});
  CHECK(v.t.store.surveys(bj(2025, 10, 9, 10, 1), bj(2025, 11, 3, 9)).size() == 0);
}

TEST_CASE("no value: Nullable keeps a validity mask beside its values", "[store][columns][nullable]") {
  Nullable<std::int64_t> n;
  n.push_back(7);
  n.push_back(std::nullopt);
  REQUIRE(n.size() == 2);
  CHECK(n.valid == std::vector<std::uint8_t>{1, 0});
  CHECK(n.values == std::vector<std::int64_t>{7, 0});  // value-initialised where there is none
  CHECK(n.at(0) == 7);
  CHECK(n.at(1) == std::nullopt);
  CHECK_THROWS_AS(n.at(2), std::out_of_range);
  n.set(1, 9);
  CHECK(n.at(1) == 9);
  n.set(0, std::nullopt);
  CHECK(n == Nullable<std::int64_t>{std::nullopt, 9});
  // Equality looks at values only where the mask says there is one.
  Nullable<std::int64_t> other{std::nullopt, 9};
  other.values[0] = 42;
  CHECK(n == other);
  CHECK_FALSE(n == (Nullable<std::int64_t>{9, 9}));
}

TEST_CASE("no value: the calls' columns carry masks, never sentinels", "[store][columns][nullable]") {
  Visits v;
  // E, Monday 10:00 urban, due 16:00; reached on Tuesday: breached.
  const ServiceCall e = v.t.store.register_call(intake(bj(2025, 10, 13, 10), "urban", "SN-E"));
  v.t.store.dispatch(e.id, "T03", bj(2025, 10, 13, 10, 30));
  v.t.store.arrive(e.id, bj(2025, 10, 14, 10));
  const CallColumns calls = v.t.store.calls(bj(2025, 10, 1), bj(2025, 11, 1));
  REQUIRE(calls.id == std::vector<std::string>{v.a.id, v.b.id, v.c.id, e.id});
  // C was never dispatched: no technician, no dispatched instant.
  CHECK(calls.dispatched.valid == std::vector<std::uint8_t>{1, 1, 0, 1});
  CHECK(calls.dispatched.at(2) == std::nullopt);
  CHECK(calls.technician == Nullable<std::string>{"T01", "T02", std::nullopt, "T03"});
  // A met, B (not arrived) and C undecided, E breached.
  CHECK(calls.sla_met.valid == std::vector<std::uint8_t>{1, 0, 0, 1});
  CHECK(calls.sla_met == Nullable<std::int8_t>{1, std::nullopt, std::nullopt, 0});
  CHECK(calls.arrived.valid == std::vector<std::uint8_t>{1, 0, 0, 1});
  CHECK(calls.completed.valid == std::vector<std::uint8_t>{1, 0, 0, 0});
  CHECK(calls.signed_off.valid == std::vector<std::uint8_t>{1, 0, 0, 0});
  CHECK(calls.provisional.valid == std::vector<std::uint8_t>{0, 0, 0, 0});  // published dates only
  // The masks are what the JSON face says null for.
  const std::string json = to_json(calls);
  CHECK_THAT(json, Catch::Matchers::Contains("\"sla_met\":[true,null,null,false]"));
  CHECK_THAT(json, Catch::Matchers::Contains("\"technician\":[\"T01\",\"T02\",null,\"T03\"]"));
  CHECK_THAT(json, Catch::Matchers::Contains("\"signed_off\":[true,null,null,null]"));
  CHECK_THAT(json, Catch::Matchers::Contains("\"provisional_year\":[null,null,null,null]"));
  CHECK_THAT(json, Catch::Matchers::Contains("\"dispatched\":[" + std::to_string(s(bj(2025, 10, 9, 10, 20))) + "," +
                                             std::to_string(s(bj(2025, 10, 9, 11))) + ",null," +
                                             std::to_string(s(bj(2025, 10, 13, 10, 30))) + "]"));

  const DispatchColumns d = v.t.store.dispatches(bj(2025, 10, 1), bj(2025, 11, 1));
  REQUIRE(d.call_id == std::vector<std::string>{v.a.id, v.b.id, e.id});
  CHECK(d.sla_met == Nullable<std::int8_t>{1, std::nullopt, 0});
  CHECK(d.arrived.valid == std::vector<std::uint8_t>{1, 0, 1});
  CHECK(d.signed_off.valid == std::vector<std::uint8_t>{1, 0, 0});
  CHECK_THAT(to_json(d), Catch::Matchers::Contains("\"sla_met\":[true,null,false]"));
}
