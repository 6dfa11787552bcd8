// Issue 28 items 3 and 4: carry-in controls (seeds/002 (十二)(十四)) and
// surveys of every call (seeds/002 (二十三)(二十四)).
#include <aftersales/store.hpp>

#include "store_support.hpp"

#include <cstdio>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;

namespace {

// A call carried in by T01 at `taken`, promised for `promised`.
ServiceCall carried(Store& s, Instant received, Date promised, std::string serial, std::string centre = "main") {
  CallIntake in = intake(received, "urban", std::move(serial));
  in.centre = std::move(centre);
  const ServiceCall c = s.register_call(in);
  s.dispatch(c.id, "T01", received + hours(1));
  s.arrive(c.id, received + hours(2));
  s.carry_in(c.id, received + hours(3), promised);
  return c;
}

}  // namespace

TEST_CASE("counter (十二): the goods go back only after a supervisor's inspection; the receipt is voided", "[counter]") {
  TempStore t;
  const ServiceCall c = carried(t.store, bj(2025, 10, 9, 9), day(2025, 10, 14), "SN-1");
  const std::string receipt = t.store.carry_in_record(c.id).receipt;
  CHECK(receipt == "R-main-2510-00001");
  CHECK(t.store.call_for_receipt(receipt) == c.id);

  // Without an inspection: refused, naming the missing field; nothing written.
  CHECK_ERROR(ErrorCode::state, "inspected", "R-main-2510-00001", t.store.return_goods(c.id, bj(2025, 10, 14, 10), true));
  CHECK(t.store.call(c.id).state == CallState::carried_in);
  CHECK(count(t.path, "SELECT count(*) FROM goods_log WHERE direction = 'out'") == 0);

  // Only a supervisor of the call's centre inspects, never the repairing technician.
  CHECK_ERROR(ErrorCode::invalid_argument, "supervisor", "S01", t.store.inspect_repair(c.id, "S01", bj(2025, 10, 14, 9)));
  t.store.appoint_supervisor("east", "S01");
  CHECK_ERROR(ErrorCode::invalid_argument, "supervisor", "main", t.store.inspect_repair(c.id, "S01", bj(2025, 10, 14, 9)));
  t.store.appoint_supervisor("main", "S01");
  t.store.appoint_supervisor("main", "S01");  // again: nothing changes
  t.store.appoint_supervisor("main", "T01");
  CHECK(t.store.supervisors("main") == std::vector<std::string>{"S01", "T01"});
  CHECK_ERROR(ErrorCode::invalid_argument, "supervisor", "own technician",
              t.store.inspect_repair(c.id, "T01", bj(2025, 10, 14, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before", t.store.inspect_repair(c.id, "S01", bj(2025, 10, 9, 11)));
  t.store.inspect_repair(c.id, "S01", bj(2025, 10, 14, 9));
  CHECK_ERROR(ErrorCode::state, "call", "already inspected by S01", t.store.inspect_repair(c.id, "S01", bj(2025, 10, 14, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "inspected", t.store.return_goods(c.id, bj(2025, 10, 14, 8), true));

  CarryIn k = t.store.carry_in_record(c.id);
  CHECK(k.inspected_by == std::optional<std::string>("S01"));
  CHECK(k.inspected == std::optional<Instant>(bj(2025, 10, 14, 9)));
  CHECK_FALSE(k.voided);

  t.store.return_goods(c.id, bj(2025, 10, 14, 10), true);
  k = t.store.carry_in_record(c.id);
  CHECK(k.returned == std::optional<Instant>(bj(2025, 10, 14, 10)));
  CHECK(k.voided == std::optional<Instant>(bj(2025, 10, 14, 10)));
  CHECK(k.signed_off == std::optional<bool>(true));
  // A voided receipt is never used again.
  CHECK_ERROR(ErrorCode::state, "receipt", "voided", t.store.call_for_receipt(receipt));
  CHECK_ERROR(ErrorCode::not_found, "receipt", "R-main-2510-09999", t.store.call_for_receipt("R-main-2510-09999"));
  CHECK(to_json(k).find("\"voided\":" + std::to_string(bj(2025, 10, 14, 10).time_since_epoch().count())) !=
        std::string::npos);

  // A call never carried in has no carry-in; inspecting it is out of order.
  const ServiceCall other = t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "SN-9"));
  CHECK_ERROR(ErrorCode::not_found, "call_id", "not carried in", t.store.carry_in_record(other.id));
  CHECK_ERROR(ErrorCode::state, "call", "carried in", t.store.inspect_repair(other.id, "S01", bj(2025, 10, 9, 11)));
}

TEST_CASE("counter (十二): the inspection rule is policy", "[counter]") {
  ServiceRules rules = policy().service();
  CHECK(rules.inspection_before_return);  // the seed's default
  rules.inspection_before_return = false;
  PolicyStore t(with_service(rules), bj(2025, 11, 20, 12));
  const ServiceCall c = carried(t.store, bj(2025, 10, 9, 9), day(2025, 10, 14), "SN-1");
  t.store.return_goods(c.id, bj(2025, 10, 14, 10), true);
  CHECK(t.store.carry_in_record(c.id).voided == std::optional<Instant>(bj(2025, 10, 14, 10)));
  CHECK_FALSE(t.store.carry_in_record(c.id).inspected);

  CHECK_ERROR(ErrorCode::parse_error, "service.inspection_before_return", "",
              Policy::from_json(R"({"service": {"inspection_before_return": 1}})", cn()));
  const Policy off = Policy::from_json(R"({"service": {"inspection_before_return": false}})", cn());
  CHECK_FALSE(off.service().inspection_before_return);
  CHECK(Policy::from_json(off.to_json()).service() == off.service());
}

TEST_CASE("counter (十四): the supervisor's list of repairs past their promised date", "[counter]") {
  TempStore t;
  t.store.appoint_supervisor("main", "S01");
  const ServiceCall a = carried(t.store, bj(2025, 10, 6, 9), day(2025, 10, 10), "SN-A");
  const ServiceCall b = carried(t.store, bj(2025, 10, 7, 9), day(2025, 10, 9), "SN-B");
  const ServiceCall e = carried(t.store, bj(2025, 10, 7, 9), day(2025, 10, 8), "SN-E", "east");
  const ServiceCall d = carried(t.store, bj(2025, 10, 8, 9), day(2025, 10, 20), "SN-D");
  // a goes back on 10-13 (late by three days), the others stay.
  t.store.inspect_repair(a.id, "S01", bj(2025, 10, 13, 9));
  t.store.return_goods(a.id, bj(2025, 10, 13, 10), true);

  CHECK(t.store.overdue_repairs(day(2025, 10, 8)).empty());  // promised 10-08: not late on the day
  auto late = t.store.overdue_repairs(day(2025, 10, 12));
  REQUIRE(late.size() == 3);
  // Most overdue first.
  CHECK(late[0].repair.call_id == e.id);
  CHECK(late[0].days_late == 4);
  CHECK(late[1].repair.call_id == b.id);
  CHECK(late[1].days_late == 3);
  CHECK(late[2].repair.call_id == a.id);  // returned only on 10-13: still out on 10-12
  CHECK(late[2].days_late == 2);
  // As it stood at the end of 10-12: a's inspection and return came the next day.
  CHECK_FALSE(late[2].repair.inspected);
  CHECK_FALSE(late[2].repair.inspected_by);
  CHECK_FALSE(late[2].repair.returned);
  CHECK_FALSE(late[2].repair.voided);
  CHECK(late[1].repair.technician == std::optional<std::string>("T01"));
  late = t.store.overdue_repairs(day(2025, 10, 13));
  REQUIRE(late.size() == 2);  // a went back that day
  CHECK(late[0].repair.call_id == e.id);
  CHECK(late[1].repair.call_id == b.id);
  late = t.store.overdue_repairs(day(2025, 10, 13), "main");
  REQUIRE(late.size() == 1);
  CHECK(late[0].repair.call_id == b.id);
  CHECK(t.store.overdue_repairs(day(2025, 10, 21)).size() == 3);  // d promised 10-20
  (void)d;
  // Before the goods were taken in: not on the list.
  CHECK(t.store.overdue_repairs(day(2025, 10, 5)).empty());
  const std::string json = to_json(t.store.overdue_repairs(day(2025, 10, 13)));
  CHECK(json.find("\"days_late\":4") != std::string::npos);
  CHECK_ERROR(ErrorCode::invalid_argument, "as_of", "not a date", t.store.overdue_repairs(Date()));
}

TEST_CASE("counter (二十三): a survey for every call of the day, with the customer's words", "[counter]") {
  TempStore t;
  const ServiceCall waiting = t.store.register_call(intake(bj(2025, 10, 9, 9), "urban", "SN-1"));
  const ServiceCall going = t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "SN-2"));
  t.store.dispatch(going.id, "T01", bj(2025, 10, 9, 11));
  // Not completed, not even dispatched: surveyed all the same.
  t.store.record_survey(waiting.id, survey_answers(2, 3, 1, 2), "customer", bj(2025, 10, 9, 18),
                        "nobody came all day\nplease call first");
  CHECK_ERROR(ErrorCode::invalid_argument, "respondent", "T01",
              t.store.record_survey(going.id, survey_answers(4, 4, 4, 4), "T01", bj(2025, 10, 9, 18)));
  CHECK_ERROR(ErrorCode::invalid_argument, "comment", "control",
              t.store.record_survey(going.id, survey_answers(4, 4, 4, 4), "customer", bj(2025, 10, 9, 18), "a\x01"));
  // The survey's time in the calls row; the refused ones left nothing.
  CHECK(count(t.path, "SELECT count(*) FROM calls WHERE surveyed_at IS NOT NULL") == 1);
  CHECK(count(t.path, "SELECT surveyed_at FROM calls WHERE surveyed_at IS NOT NULL") ==
        std::chrono::duration_cast<std::chrono::seconds>(bj(2025, 10, 9, 18).time_since_epoch()).count());
  CHECK_ERROR(ErrorCode::invalid_argument, "comment", "2001",
              t.store.record_survey(going.id, survey_answers(4, 4, 4, 4), "customer", bj(2025, 10, 9, 18),
                                    std::string(2001, 'x')));
  t.store.record_survey(going.id, survey_answers(4, 4, 4, 4), "customer", bj(2025, 10, 9, 18));
  CHECK_ERROR(ErrorCode::state, "call", "already has its survey",
              t.store.record_survey(going.id, survey_answers(4, 4, 4, 4), "customer", bj(2025, 10, 9, 19)));

  const Survey s = t.store.survey(waiting.id);
  CHECK(s.comment == "nobody came all day\nplease call first");
  CHECK_FALSE(s.technician);
  CHECK(s.answers == survey_answers(2, 3, 1, 2));
  CHECK_FALSE(s.complaint);
  CHECK(t.store.survey(going.id).technician == std::optional<std::string>("T01"));
  const SurveyColumns cols = t.store.surveys();
  REQUIRE(cols.size() == 2);
  CHECK(cols.technician == Nullable<std::string>{std::nullopt, std::string("T01")});
  CHECK(cols.comment == std::vector<std::string>{"nobody came all day\nplease call first", ""});
  CHECK(cols.survey_id[0] == s.id);
  CHECK(cols.centre == std::vector<std::string>{"main", "main"});
  CHECK(to_json(cols).find("\"technician\":[null,\"T01\"]") != std::string::npos);
  // The month's satisfaction counts the technician's surveys only.
  const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10});
  REQUIRE(r.satisfaction.size() == 1);
  CHECK(r.satisfaction[0].technician == "T01");
  CHECK(r.satisfaction[0].surveys == 1);
}

TEST_CASE("counter (二十三): the share of a day's and a month's calls surveyed, exact, and the calls not surveyed",
          "[counter]") {
  TempStore t;
  std::vector<ServiceCall> calls;
  // 10-09: five calls, three at main (T01, T01, none), two at east (T02, T02).
  for (int i = 0; i < 5; ++i) {
    CallIntake in = intake(bj(2025, 10, 9, 9 + i), "urban", "SN-" + std::to_string(i));
    in.centre = i < 3 ? "main" : "east";
    calls.push_back(t.store.register_call(in));
  }
  t.store.dispatch(calls[0].id, "T01", bj(2025, 10, 9, 15));
  t.store.dispatch(calls[1].id, "T01", bj(2025, 10, 9, 15));
  t.store.dispatch(calls[3].id, "T02", bj(2025, 10, 9, 15));
  t.store.dispatch(calls[4].id, "T02", bj(2025, 10, 10, 9));  // the next day
  const ServiceCall next_day = t.store.register_call(intake(bj(2025, 10, 10, 9), "urban", "SN-X"));
  t.store.record_survey(calls[0].id, survey_answers(4, 4, 4, 4), "customer", bj(2025, 10, 10, 12));
  t.store.record_survey(calls[2].id, survey_answers(3, 3, 3, 3), "customer", bj(2025, 10, 10, 12));
  t.store.record_survey(calls[3].id, survey_answers(3, 3, 3, 3), "customer", bj(2025, 10, 11, 12));
  t.store.record_survey(next_day.id, survey_answers(3, 3, 3, 3), "customer", bj(2025, 10, 11, 12));

  const SurveyCoverage cov = t.store.survey_coverage(day(2025, 10, 9));
  CHECK(cov.period == "2025-10-09");
  CHECK(cov.calls == 5);
  CHECK(cov.surveyed == 3);
  CHECK(cov.share() == std::pair<std::int64_t, std::int64_t>{3, 5});
  CHECK(cov.by_centre == std::vector<SurveyCoverageRow>{{"east", 2, 1}, {"main", 3, 2}});
  CHECK(cov.by_technician == std::vector<SurveyCoverageRow>{{"T01", 2, 1}, {"T02", 2, 1}});
  // As of 10-10 23:00: the survey of 10-11 not yet in, calls[4] dispatched.
  const SurveyCoverage then = t.store.survey_coverage(day(2025, 10, 9), bj(2025, 10, 10, 23));
  CHECK(then.surveyed == 2);
  CHECK(then.by_centre == std::vector<SurveyCoverageRow>{{"east", 2, 0}, {"main", 3, 2}});
  CHECK(then.by_technician == std::vector<SurveyCoverageRow>{{"T01", 2, 1}, {"T02", 2, 0}});
  // As of 10-09 16:00: calls[4] not dispatched yet; no survey in.
  const SurveyCoverage early = t.store.survey_coverage(day(2025, 10, 9), bj(2025, 10, 9, 16));
  CHECK(early.by_technician == std::vector<SurveyCoverageRow>{{"T01", 2, 0}, {"T02", 1, 0}});
  CHECK(early.calls == 5);

  const SurveyCoverage month = t.store.survey_coverage(YearMonth{2025, 10});
  CHECK(month.period == "2025-10");
  CHECK(month.share() == std::pair<std::int64_t, std::int64_t>{4, 6});
  // The monthly report carries the month's coverage as of its instant.
  const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10});
  CHECK(r.survey_coverage == t.store.survey_coverage(YearMonth{2025, 10}, r.as_of));
  CHECK(r.survey_coverage.by_centre == std::vector<SurveyCoverageRow>{{"east", 2, 1}, {"main", 4, 3}});
  const MonthlyReport before = t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 10, 23));
  CHECK(before.survey_coverage.calls == 6);
  CHECK(before.survey_coverage.surveyed == 2);
  CHECK(to_json(r).find("\"survey_coverage\"") != std::string::npos);

  const auto missing = t.store.unsurveyed_calls(day(2025, 10, 9));
  REQUIRE(missing.size() == 2);
  CHECK(missing[0].call_id == calls[4].id);  // east first
  CHECK(missing[0].technician == std::optional<std::string>("T02"));
  CHECK(missing[1].call_id == calls[1].id);
  CHECK(missing[1].phone == "13800000001");
  const auto main_only = t.store.unsurveyed_calls(day(2025, 10, 9), "main");
  REQUIRE(main_only.size() == 1);
  CHECK(main_only[0].voucher == calls[1].voucher);
  CHECK(t.store.unsurveyed_calls(day(2025, 10, 10)).empty());
  CHECK(to_json(missing).find("\"state\":\"dispatched\"") != std::string::npos);
}

TEST_CASE("counter (二十四): a dissatisfied survey opens a complaint, linked both ways", "[counter]") {
  TempStore t;
  const ServiceCall happy = t.store.register_call(intake(bj(2025, 10, 9, 9), "urban", "SN-1"));
  const ServiceCall angry = t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "SN-2"));
  const ServiceCall silent = t.store.register_call(intake(bj(2025, 10, 9, 11), "urban", "SN-3"));
  t.store.record_survey(happy.id, survey_answers(2, 3, 2, 4), "customer", bj(2025, 10, 10, 9));
  t.store.record_survey(angry.id, survey_answers(4, 4, 1, 3), "customer", bj(2025, 10, 10, 9), "two days late");
  CHECK_ERROR(ErrorCode::state, "survey", "not dissatisfied", t.store.open_survey_complaint(happy.id, bj(2025, 10, 10, 10)));
  CHECK_ERROR(ErrorCode::state, "survey", "has no survey", t.store.open_survey_complaint(silent.id, bj(2025, 10, 10, 10)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before",
              t.store.open_survey_complaint(angry.id, bj(2025, 10, 10, 8)));
  const Complaint c = t.store.open_survey_complaint(angry.id, bj(2025, 10, 10, 10));
  CHECK(c.kind() == ComplaintKind::service);  // service.survey_complaint_kind
  CHECK(c.number() == "2510-01");             // the store's numbering
  const Survey s = t.store.survey(angry.id);
  CHECK(s.complaint == std::optional<std::string>(c.number()));
  const ComplaintColumns cc = t.store.complaints();
  REQUIRE(cc.size() == 1);
  CHECK(cc.survey_id == Nullable<Id>{s.id});
  CHECK(cc.call_id == Nullable<Id>{angry.id});
  CHECK(t.store.surveys().complaint == Nullable<std::string>{std::nullopt, c.number()});
  CHECK_ERROR(ErrorCode::state, "survey", "already opened complaint 2510-01",
              t.store.open_survey_complaint(angry.id, bj(2025, 10, 10, 11)));
  // A complaint opened by hand has no survey.
  ComplaintIntake in;
  in.received = bj(2025, 10, 10, 12);
  t.store.open_complaint(in);
  CHECK(t.store.complaints().survey_id == Nullable<Id>{s.id, std::nullopt});
  // It goes through the stages as every complaint.
  CHECK(t.store.advance_complaint(c.number(), bj(2025, 10, 10, 13)).stage() != c.stage());
}

TEST_CASE("counter (二十四): the dissatisfaction threshold is policy", "[counter]") {
  CHECK(policy().service().survey_complaint_level == 1);
  ServiceRules rules = policy().service();
  rules.survey_complaint_level = 2;
  rules.survey_complaint_kind = ComplaintKind::suggestion;
  PolicyStore t(with_service(rules), bj(2025, 11, 20, 12));
  const ServiceCall c = t.store.register_call(intake(bj(2025, 10, 9, 9), "urban", "SN-1"));
  t.store.record_survey(c.id, survey_answers(2, 3, 3, 4), "customer", bj(2025, 10, 10, 9));
  CHECK(t.store.open_survey_complaint(c.id, bj(2025, 10, 10, 10)).kind() == ComplaintKind::suggestion);

  CHECK_ERROR(ErrorCode::invalid_argument, "service.survey_complaint_level", "5",
              Policy::from_json(R"({"service": {"survey_complaint_level": 5}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.survey_complaint_kind", "rude",
              Policy::from_json(R"({"service": {"survey_complaint_kind": "rude"}})", cn()));
  rules.survey_complaint_level = 0;
  CHECK_ERROR(ErrorCode::invalid_argument, "service.survey_complaint_level", "0", with_service(rules));
}

TEST_CASE("counter: a version-1 store is brought to the current schema; its surveys and carry-ins kept", "[counter][open]") {
  const std::string path = v1_store();
  const std::int64_t surveys = count(path, "SELECT count(*) FROM surveys");
  const std::int64_t carry_ins = count(path, "SELECT count(*) FROM carry_ins");
  {
    Store st = Store::open(path, policy(), at_clock(bj(2025, 11, 20, 12)));
    CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
    CHECK(count(path, "SELECT count(*) FROM surveys WHERE comment = '' AND complaint_id IS NULL") == surveys);
    CHECK(count(path, "SELECT count(*) FROM carry_ins WHERE inspected IS NULL") == carry_ins);
    CHECK(st.surveys().size() == static_cast<std::size_t>(surveys));
    // Each surveyed call carries its survey's time in the row (the coverage's index read).
    CHECK(surveys > 0);
    CHECK(count(path, "SELECT count(*) FROM calls c JOIN surveys s ON s.call_id = c.id "
                      "WHERE c.surveyed_at = s.recorded") == surveys);
    CHECK(count(path, "SELECT count(*) FROM calls WHERE surveyed_at IS NOT NULL") == surveys);
    CHECK(count(path, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  }
  remove_store_files(path);
}
