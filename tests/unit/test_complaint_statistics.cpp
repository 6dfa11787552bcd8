// The month's complaint statistics carry issue 29's lists in every face: the
// store's statistics and the monthly report (and its JSON, which the C API
// returns as it is) list the open and overdue improvements (seeds/002
// 客戶投訴管理辦法 (七)3(5), (九)10 檢查改善對策), the complaints whose customer
// was not visited or not told the result (家電 (二十八), (二十六)) and the
// administrative penalties on them ((十二)1).
#include <aftersales/approval.hpp>
#include <aftersales/complaint_contacts.hpp>
#include <aftersales/store.hpp>

#include <catch2/catch.hpp>

#include "detail/json.hpp"
#include "store_support.hpp"
#include "support.hpp"

#include <span>

using namespace aftersales;
using namespace test_support;

namespace {

std::vector<Id> ids(const std::vector<Improvement>& v) {
  std::vector<Id> out;
  for (const Improvement& m : v) out.push_back(m.id);
  return out;
}

detail::Json improvements_json(const std::vector<Improvement>& v) {
  return detail::Json::parse(to_json(std::span<const Improvement>(v)));
}

}  // namespace

TEST_CASE("report: the month's statistics list improvements, contacts and penalties as of the report's as_of "
          "((九)10, 家電 (二十六)(二十八))",
          "[report][improvement][contacts]") {
  TempStore t(bj(2025, 11, 20, 12));
  Store& s = t.store;
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  const std::string n = s.open_complaint(in).number();
  const Improvement a = s.open_improvement(n, {"torque check on line 3", "manufacturing", day(2025, 10, 31),
                                               bj(2025, 10, 10, 9)});
  const Improvement b = s.open_improvement(n, {"new jig", "manufacturing", day(2025, 11, 15), bj(2025, 10, 10, 9)});
  // Opened after October ended, due before the statistics are (11-10).
  const Improvement late = s.open_improvement(n, {"operator training", "manufacturing", day(2025, 11, 6),
                                                  bj(2025, 11, 5, 9)});
  // A complaint closed in October (found invalid): the customer is still to
  // be told and visited.
  in.received = bj(2025, 10, 13, 10);
  const Complaint closed =
      s.close_complaint_invalid(s.open_complaint(in).number(), bj(2025, 10, 14, 10), "not our product");
  REQUIRE(closed.supervisor_visit());

  const YearMonth oct{2025, 10};
  // The store's statistics: as of the end of their due day (11-10).
  const ComplaintStatistics st = s.complaint_statistics(oct);
  CHECK(st.total == 1);
  CHECK(ids(st.open_improvements) == std::vector<Id>{a.id, late.id, b.id});  // by due day
  CHECK(ids(st.overdue_improvements) == std::vector<Id>{a.id, late.id});
  CHECK(st.unnotified == std::vector<std::string>{closed.number()});
  CHECK(st.unvisited == std::vector<std::string>{closed.number()});

  // The report as of now gives the same statistics, improvements included.
  const MonthlyReport now = s.monthly_report(oct, s.now());
  CHECK(now.complaint_statistics == st);
  // As of the statistics' due day ((九)10, (十二)1): the same.
  CHECK(s.monthly_report(oct, bj(2025, 11, 10, 23, 59)).complaint_statistics == st);
  // By default October is reported as of 11-01 00:00 (one answer per
  // month): `late` was not opened yet, and only a (due 10-31) was overdue.
  const ComplaintStatistics at_end = s.monthly_report(oct).complaint_statistics;
  CHECK(ids(at_end.open_improvements) == std::vector<Id>{a.id, b.id});
  CHECK(ids(at_end.overdue_improvements) == std::vector<Id>{a.id});
  // As of 10-20 nothing was overdue.
  const ComplaintStatistics early = s.monthly_report(oct, bj(2025, 10, 20, 12)).complaint_statistics;
  CHECK(ids(early.open_improvements) == std::vector<Id>{a.id, b.id});
  CHECK(early.overdue_improvements.empty());

  // The JSON (as_store_monthly_report_json's text): the lists spelled as the
  // contact statistics and the improvements are spelled elsewhere.
  const detail::Json doc = detail::Json::parse(to_json(now))["complaint_statistics"];
  CHECK(doc["open_improvements"] == improvements_json(st.open_improvements));
  CHECK(doc["overdue_improvements"] == improvements_json(st.overdue_improvements));
  CHECK(doc["overdue_improvements"][1]["id"] == late.id);
  CHECK(doc["overdue_improvements"][1]["due"] == "2025-11-06");
  const detail::Json contacts = detail::Json::parse(contact_statistics_json(st));
  for (const char* key : {"unvisited", "unnotified", "admin_penalties"}) CHECK(doc[key] == contacts[key]);
  CHECK(doc["unnotified"] == detail::Json::array({closed.number()}));
  CHECK(doc["total"] == 1);
  CHECK(doc["due"] == "2025-11-10");
}
