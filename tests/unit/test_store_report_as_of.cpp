// The monthly report as of an instant (RULES.md §6 KPIs): first-time fixes
// counted from the calls as they stood at as_of, as the SLA counts are (a
// completion after as_of has not happened; a revisit received after as_of
// has not happened), and the first-response and on-site times. §6 names
// "first response and on-site time" without defining them; the report
// measures first response = received -> dispatched and on-site time =
// arrived -> completed on site, both wall time as mean_time_to_repair,
// month-level (§6 groups by zone/centre/technician only the SLA compliance).
#include "store_support.hpp"

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;
using std::chrono::minutes;

TEST_CASE("monthly report: first-time fixes and response times as of an instant", "[store][report]") {
  TempStore t(bj(2025, 11, 20, 12));
  const auto visit = [&](const char* serial, Instant received, Seconds to_dispatch, Instant arrived,
                         Instant completed) {
    const ServiceCall c = t.store.register_call(intake(received, "urban", serial));
    t.store.dispatch(c.id, "T01", received + to_dispatch);
    t.store.arrive(c.id, arrived);
    t.store.complete_on_site(c.id, completed, true);
    return c;
  };
  // A: Thursday 10-09, dispatched after 10 min, on site 16:00-18:00.
  visit("A", bj(2025, 10, 9, 10), minutes(10), bj(2025, 10, 9, 16), bj(2025, 10, 9, 18));
  // E: Monday 10-20, dispatched after 30 min, on site 11:00, done Wednesday 10-22 10:00.
  visit("E", bj(2025, 10, 20, 9), minutes(30), bj(2025, 10, 20, 11), bj(2025, 10, 22, 10));
  // Unit A called again on 10-27 (within 30 days of A's completion): A was no first-time fix.
  visit("A", bj(2025, 10, 27, 9), minutes(20), bj(2025, 10, 27, 10), bj(2025, 10, 27, 11));

  SECTION("as of 10-21 12:00: E not completed yet, A not revisited yet") {
    const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 21, 12));
    CHECK(r.calls == 2);
    CHECK(r.completed == 1);
    CHECK(r.first_time_fixed == 1);  // A: its revisit came on 10-27
    CHECK(r.responded == 2);
    CHECK(r.mean_first_response == std::optional<Seconds>(minutes(20)));  // (10 + 30) / 2
    CHECK(r.completed_on_site == 1);
    CHECK(r.mean_on_site == std::optional<Seconds>(hours(2)));  // A; E still on site
  }
  SECTION("as of 10-25 12:00: E completed; A still not revisited") {
    const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 25, 12));
    CHECK(r.completed == 2);
    CHECK(r.first_time_fixed == 2);
    CHECK(r.completed_on_site == 2);
    CHECK(r.mean_on_site == std::optional<Seconds>(hours(24) + minutes(30)));  // (2 h + 47 h) / 2
  }
  SECTION("as of the clock: the revisit counted") {
    const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10}, t.store.now());
    CHECK(r.completed == 3);
    CHECK(r.first_time_fixed == 2);  // E and the revisit
    CHECK(r.responded == 3);
    CHECK(r.mean_first_response == std::optional<Seconds>(minutes(20)));  // (10 + 30 + 20) / 3
    CHECK(r.mean_on_site == std::optional<Seconds>(hours(16) + minutes(40)));  // (2 + 47 + 1) h / 3
    const std::string json = to_json(r);
    CHECK(json.find("\"mean_first_response_s\": 1200") != std::string::npos);
    CHECK(json.find("\"mean_on_site_s\": 60000") != std::string::npos);
    CHECK(json.find("\"responded\": 3") != std::string::npos);
    CHECK(json.find("\"completed_on_site\": 3") != std::string::npos);
  }
  SECTION("before any dispatch: no figures") {
    const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 9, 10, 5));
    CHECK(r.responded == 0);
    CHECK_FALSE(r.mean_first_response);
    CHECK_FALSE(r.mean_on_site);
    CHECK(to_json(r).find("\"mean_first_response_s\": null") != std::string::npos);
  }
}
