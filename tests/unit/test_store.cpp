// The SQLite store: the call register, the visit, carry-in repairs, surveys,
// the queue and the monthly report. Every expected instant is worked out by
// hand on the China calendar (Mon-Fri 09:00-12:00, 13:00-18:00, Asia/Shanghai;
// October 2025: 10-01..10-08 off, Saturday 10-11 a make-up working day).
#include "store_support.hpp"

#include <cctype>
#include <limits>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;
using std::chrono::minutes;

TEST_CASE("store: a call is registered with its category, deadline and voucher", "[store]") {
  TempStore t;
  // Thursday 2025-10-09 10:00, urban: 6 working hours -> 10-12, 13-17.
  const ServiceCall c = t.store.register_call(intake(bj(2025, 10, 9, 10)));
  CHECK(c.id.size() == 36);
  CHECK(c.id[14] == '7');  // UUID version 7
  CHECK(std::string("89ab").find(c.id[19]) != std::string::npos);  // RFC 9562 variant
  // The first 48 bits are the clock's Unix milliseconds: 2025-11-20 04:00 UTC.
  CHECK(std::stoull(c.id.substr(0, 8) + c.id.substr(9, 4), nullptr, 16) == 1763611200000ULL);
  CHECK(c.voucher == "V-main-2510-000001");
  CHECK(c.state == CallState::registered);
  CHECK(c.deadline == bj(2025, 10, 9, 17));
  CHECK(c.category == ServiceCategory::free);  // bought 2025-03-01, whole unit 1 year
  CHECK_THAT(c.category_rule, Catch::Contains("colour_tv"));
  CHECK(c.zone == "urban");
  CHECK(c.centre == "main");
  CHECK(t.store.call(c.id) == c);

  // Suburban, Friday 17:00: 1 h Friday, 6 h on the make-up Saturday 10-11.
  CallIntake in = intake(bj(2025, 10, 10, 17), "suburban", "SN-2");
  const ServiceCall d = t.store.register_call(in);
  CHECK(d.voucher == "V-main-2510-000002");
  CHECK(d.deadline == bj(2025, 10, 11, 16));
  CHECK(d.customer_id == c.customer_id);  // the same name and phone: the same customer
  CHECK(d.unit_id != c.unit_id);
  // Out of warranty: paid; an excluded cause: paid with the exclusion named.
  in = intake(bj(2025, 10, 13, 9), "urban", "SN-3");
  in.purchased = day(2023, 1, 5);
  CHECK(t.store.register_call(in).category == ServiceCategory::paid);
  in = intake(bj(2025, 10, 13, 9), "urban", "SN-4");
  in.cause = "misuse";
  const ServiceCall misuse = t.store.register_call(in);
  CHECK(misuse.category == ServiceCategory::paid);
  CHECK_THAT(misuse.category_rule, Catch::Contains("misuse"));
  in = intake(bj(2025, 10, 13, 9), "urban", "SN-5");
  in.internal = true;
  CHECK(t.store.register_call(in).category == ServiceCategory::internal);
  // November numbers start again.
  const ServiceCall november = t.store.register_call(intake(bj(2025, 11, 3, 9), "urban", "SN-6"));
  CHECK(november.voucher == "V-main-2511-000001");
  // Under the fixed clock every id shares its millisecond, yet each is
  // greater than the one before (monotonic v7), and stored as 16 bytes.
  CHECK(c.id < d.id);
  CHECK(misuse.id < november.id);
  CHECK(count(t.path, "SELECT count(*) FROM calls WHERE typeof(id) = 'blob' AND length(id) = 16") == 6);
  CHECK(count(t.path, "SELECT count(*) FROM calls c JOIN units u ON u.id = c.unit_id") == 6);
  // An id that is no UUID, or an upper-case spelling of a real one.
  for (const std::string& bad : std::vector<std::string>{"not-a-uuid", "", "'; DROP TABLE calls; --", c.id.substr(0, 35) + "g"}) {
    CHECK_THROWS_MATCHES(t.store.call(bad), Error, Catch::Predicate<Error>([](const Error& e) {
                           return e.code() == ErrorCode::not_found && e.field() == "call_id";
                         }));
  }
  std::string upper = c.id;
  for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  CHECK(t.store.call(upper) == c);
}

TEST_CASE("store: ids made at the clock's epoch are still version 7 and increasing", "[store]") {
  TempStore t(Instant(Seconds(0)));  // 1970-01-01 08:00 in Beijing: the clock's milliseconds are 0
  CallIntake in = intake(Instant(Seconds(0)));
  in.purchased = day(1970, 1, 1);
  const ServiceCall a = t.store.register_call(in);
  in.serial = "SN-2";
  const ServiceCall b = t.store.register_call(in);
  for (const Id& id : {a.id, b.id, a.customer_id, a.unit_id, b.unit_id}) {
    CHECK(id.substr(0, 13) == "00000000-0000");  // the 48 time bits
    CHECK(id[14] == '7');
    CHECK(std::string("89ab").find(id[19]) != std::string::npos);
  }
  CHECK(a.id < b.id);
  CHECK(a.unit_id != b.unit_id);
}

TEST_CASE("store: bad intakes name the field and leave the file unchanged", "[store]") {
  TempStore t;
  t.store.register_call(intake(bj(2025, 10, 9, 10)));
  const auto calls = [&] { return count(t.path, "SELECT count(*) FROM calls"); };
  const auto customers = [&] { return count(t.path, "SELECT count(*) FROM customers"); };
  CallIntake in = intake(bj(2025, 10, 9, 11), "downtown", "SN-9");
  CHECK_ERROR(ErrorCode::not_found, "zone", "downtown", t.store.register_call(in));
  in = intake(bj(2025, 10, 9, 11), "urban", "SN-9");
  in.product = "toaster";
  CHECK_ERROR(ErrorCode::not_found, "product", "toaster", t.store.register_call(in));
  in = intake(bj(2025, 10, 9, 11), "urban", "SN-9");
  in.customer.clear();
  CHECK_ERROR(ErrorCode::invalid_argument, "customer", "empty", t.store.register_call(in));
  in = intake(bj(2025, 11, 21, 9), "urban", "SN-9");  // the clock says 2025-11-20 12:00
  CHECK_ERROR(ErrorCode::invalid_argument, "received", "future", t.store.register_call(in));
  in = intake(bj(2025, 10, 9, 11), "urban", "SN-9");
  in.purchased = day(2025, 10, 10);
  CHECK_ERROR(ErrorCode::invalid_argument, "purchased", "after the call", t.store.register_call(in));
  in = intake(bj(2025, 10, 9, 11), "urban", "SN-1");  // the unit on file was bought 2025-03-01
  in.purchased = day(2025, 3, 2);
  CHECK_ERROR(ErrorCode::invalid_argument, "purchased", "2025-03-01", t.store.register_call(in));
  in = intake(bj(2025, 10, 9, 11), "urban", "SN-9");
  in.cause = "lightning";
  in.customer = "New Customer";
  CHECK_ERROR(ErrorCode::not_found, "cause", "lightning", t.store.register_call(in));
  CHECK(calls() == 1);
  CHECK(customers() == 1);  // the new customer of the refused call was not kept

  // A batch is all or nothing, and names the element.
  std::vector<CallIntake> batch = {intake(bj(2025, 10, 9, 12), "urban", "SN-20"),
                                   intake(bj(2025, 10, 9, 12), "rural", "SN-21")};
  CHECK_ERROR(ErrorCode::not_found, "calls[1].zone", "rural", t.store.register_calls(batch));
  CHECK(calls() == 1);
  batch[1].zone = "suburban";
  const auto made = t.store.register_calls(batch);
  REQUIRE(made.size() == 2);
  CHECK(made[1].voucher == "V-main-2510-000003");  // the refused batch used no number
  CHECK(calls() == 3);
}

TEST_CASE("store: SQL metacharacters in names are data", "[store]") {
  TempStore t;
  CallIntake in = intake(bj(2025, 10, 9, 10));
  in.customer = "Robert'); DROP TABLE calls;--";
  in.address = "\"quoted\" % _ \\ ;";
  const ServiceCall c = t.store.register_call(in);
  CHECK(t.store.call(c.id).customer == in.customer);
  CHECK(t.store.call(c.id).address == in.address);
  CHECK(count(t.path, "SELECT count(*) FROM calls") == 1);
}

TEST_CASE("store: the visit in order, with its SLA outcome", "[store]") {
  TempStore t;
  const ServiceCall c = t.store.register_call(intake(bj(2025, 10, 9, 10)));  // due 17:00
  CHECK_ERROR(ErrorCode::state, "call", "dispatched", t.store.arrive(c.id, bj(2025, 10, 9, 11)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before", t.store.dispatch(c.id, "T01", bj(2025, 10, 9, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "technician", "empty", t.store.dispatch(c.id, "", bj(2025, 10, 9, 11)));
  CHECK_ERROR(ErrorCode::not_found, "call_id", "nope", t.store.dispatch("nope", "T01", bj(2025, 10, 9, 11)));
  t.store.dispatch(c.id, "T01", bj(2025, 10, 9, 11));
  CHECK_ERROR(ErrorCode::state, "call", "dispatched", t.store.dispatch(c.id, "T02", bj(2025, 10, 9, 11)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before", t.store.arrive(c.id, bj(2025, 10, 9, 10, 59)));
  t.store.arrive(c.id, bj(2025, 10, 9, 17));  // exactly at the deadline: met
  ServiceCall now = t.store.call(c.id);
  CHECK(now.state == CallState::on_site);
  CHECK(now.sla_met == std::optional<bool>(true));
  CHECK(now.technician == std::optional<std::string>("T01"));
  t.store.complete_on_site(c.id, bj(2025, 10, 9, 18), true);
  now = t.store.call(c.id);
  CHECK(now.state == CallState::completed);
  CHECK(now.completed == std::optional<Instant>(bj(2025, 10, 9, 18)));
  CHECK(now.signed_off == std::optional<bool>(true));
  CHECK_ERROR(ErrorCode::state, "call", "completed", t.store.complete_on_site(c.id, bj(2025, 10, 9, 19), true));

  const ServiceCall late = t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "SN-2"));
  t.store.dispatch(late.id, "T02", bj(2025, 10, 9, 11));
  t.store.arrive(late.id, bj(2025, 10, 9, 17, 1));
  CHECK(t.store.call(late.id).sla_met == std::optional<bool>(false));
}

TEST_CASE("store: pauses move the deadline by their working time", "[store]") {
  TempStore t;
  const ServiceCall c = t.store.register_call(intake(bj(2025, 10, 9, 10)));  // due Thursday 17:00
  // Customer not at home from 11:30 to the next morning 10:00: 1.5 h were
  // used, 4.5 h are left from Friday 10:00: 10-12 (2 h), 13-15:30.
  t.store.pause(c.id, bj(2025, 10, 9, 11, 30), "customer not at home");
  CHECK_ERROR(ErrorCode::state, "call", "already paused", t.store.pause(c.id, bj(2025, 10, 9, 12), "again"));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before", t.store.resume(c.id, bj(2025, 10, 9, 11)));
  t.store.resume(c.id, bj(2025, 10, 10, 10));
  CHECK(t.store.call(c.id).deadline == bj(2025, 10, 10, 15, 30));
  CHECK_ERROR(ErrorCode::state, "call", "not paused", t.store.resume(c.id, bj(2025, 10, 10, 11)));
  CHECK_ERROR(ErrorCode::invalid_argument, "reason", "empty", t.store.pause(c.id, bj(2025, 10, 10, 11), ""));
  // A pause still open when the technician arrives ends there.
  t.store.dispatch(c.id, "T01", bj(2025, 10, 10, 10, 30));
  t.store.pause(c.id, bj(2025, 10, 10, 11), "waiting for consent");
  // Paused 11-12, 13-15 = 3 h more: 15:30-18:00 (2.5 h), then 30 min on the
  // make-up Saturday 10-11.
  t.store.arrive(c.id, bj(2025, 10, 10, 15));
  const ServiceCall done = t.store.call(c.id);
  CHECK(done.deadline == bj(2025, 10, 11, 9, 30));
  CHECK(done.sla_met == std::optional<bool>(true));
  CHECK_ERROR(ErrorCode::state, "call", "arrival", t.store.pause(c.id, bj(2025, 10, 10, 16), "late"));
}

TEST_CASE("store: a carry-in repair with its receipt, goods log, labour and parts", "[store]") {
  TempStore t;
  const ServiceCall c = t.store.register_call(intake(bj(2025, 10, 9, 10)));
  t.store.dispatch(c.id, "T01", bj(2025, 10, 9, 11));
  CHECK_ERROR(ErrorCode::state, "call", "reached", t.store.record_part(c.id, "flyback", 1, 12000));
  t.store.arrive(c.id, bj(2025, 10, 9, 14));
  CHECK_ERROR(ErrorCode::invalid_argument, "promised", "before", t.store.carry_in(c.id, bj(2025, 10, 9, 15), day(2025, 10, 8)));
  CHECK(t.store.carry_in(c.id, bj(2025, 10, 9, 15), day(2025, 10, 16)) == "R-main-2510-00001");
  CHECK(t.store.call(c.id).state == CallState::carried_in);
  t.store.record_labour(c.id, "T01", day(2025, 10, 9), hours(2), "diagnosis");
  t.store.record_labour(c.id, "W07", day(2025, 10, 13), minutes(90), "replaced the flyback");
  t.store.record_part(c.id, "flyback transformer", 1, 12000);
  CHECK_ERROR(ErrorCode::invalid_argument, "worked", "0", t.store.record_labour(c.id, "W07", day(2025, 10, 13), Seconds(0)));
  CHECK_ERROR(ErrorCode::invalid_argument, "on", "2025-10-08", t.store.record_labour(c.id, "W07", day(2025, 10, 8), hours(1)));
  CHECK_ERROR(ErrorCode::invalid_argument, "quantity", "0", t.store.record_part(c.id, "screw", 0, 1));
  CHECK_ERROR(ErrorCode::invalid_argument, "unit_price", "-1", t.store.record_part(c.id, "screw", 1, -1));
  // seeds/002 (十二): the supervisor inspects the goods before they go back.
  t.store.appoint_supervisor("main", "S01");
  t.store.inspect_repair(c.id, "S01", bj(2025, 10, 15, 9));
  t.store.return_goods(c.id, bj(2025, 10, 15, 10), true);
  const ServiceCall back = t.store.call(c.id);
  CHECK(back.state == CallState::returned);
  CHECK(back.completed == std::optional<Instant>(bj(2025, 10, 15, 10)));
  CHECK(count(t.path, "SELECT count(*) FROM goods_log") == 2);
  CHECK(count(t.path, "SELECT sum(seconds) FROM labour_lines WHERE category = 'free'") == 3 * 3600 + 1800);
  CHECK(count(t.path, "SELECT sum(quantity * unit_price_fen) FROM parts_lines") == 12000);
  CHECK_ERROR(ErrorCode::state, "call", "carried in", t.store.return_goods(c.id, bj(2025, 10, 15, 11), true));
}

TEST_CASE("store: one survey per call, never by its own technician", "[store]") {
  TempStore t;
  const ServiceCall c = t.store.register_call(intake(bj(2025, 10, 9, 10)));
  const SurveyAnswers good = survey_answers(4, 4, 3, 4);
  // seeds/002 (二十三): any call may be surveyed (issue 28), but not before it was received.
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before", t.store.record_survey(c.id, good, "customer", bj(2025, 10, 9, 9)));
  t.store.dispatch(c.id, "T01", bj(2025, 10, 9, 11));
  t.store.arrive(c.id, bj(2025, 10, 9, 14));
  t.store.complete_on_site(c.id, bj(2025, 10, 9, 15), true);
  CHECK_ERROR(ErrorCode::invalid_argument, "respondent", "T01", t.store.record_survey(c.id, good, "T01", bj(2025, 10, 10, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "skill", "5", survey_answers(4, 5, 3, 4));
  t.store.record_survey(c.id, good, "customer", bj(2025, 10, 10, 9));
  CHECK_ERROR(ErrorCode::state, "call", "already has its survey",
              t.store.record_survey(c.id, good, "customer", bj(2025, 10, 10, 10)));
  CHECK(count(t.path, "SELECT count(*) FROM surveys") == 1);
}

TEST_CASE("store: the dispatch queue puts yesterday's calls first", "[store]") {
  TempStore t;
  // Wednesday 10-15 17:30 (yesterday's, due Thursday 15:30), Thursday 10-16
  // 09:00 suburban (due 17:00) and 09:30 urban (due 16:30).
  const ServiceCall old = t.store.register_call(intake(bj(2025, 10, 15, 17, 30), "urban", "A"));
  const ServiceCall sub = t.store.register_call(intake(bj(2025, 10, 16, 9), "suburban", "B"));
  const ServiceCall urb = t.store.register_call(intake(bj(2025, 10, 16, 9, 30), "urban", "C"));
  CHECK(t.store.queue(bj(2025, 10, 16, 10)) == std::vector<Id>{old.id, urb.id, sub.id});
  t.store.dispatch(old.id, "T01", bj(2025, 10, 16, 10, 5));
  CHECK(t.store.queue(bj(2025, 10, 16, 11)) == std::vector<Id>{urb.id, sub.id});
  CHECK(t.store.queue(bj(2025, 10, 16, 10)) == std::vector<Id>{old.id, urb.id, sub.id});  // as it was then
  CHECK(t.store.queue(bj(2025, 10, 16, 9, 15)) == std::vector<Id>{old.id, sub.id});
}

TEST_CASE("store: the monthly report", "[store]") {
  TempStore t(bj(2025, 11, 20, 12));
  // Five October calls on two zones and two technicians.
  const auto visit = [&](const char* serial, const char* zone, Instant received, const char* tech, Instant arrived,
                         std::optional<Instant> completed) {
    const ServiceCall c = t.store.register_call(intake(received, zone, serial));
    t.store.dispatch(c.id, tech, received + minutes(10));
    t.store.arrive(c.id, arrived);
    if (completed) t.store.complete_on_site(c.id, *completed, true);
    return c;
  };
  const ServiceCall a = visit("A", "urban", bj(2025, 10, 9, 10), "T01", bj(2025, 10, 9, 16), bj(2025, 10, 9, 18));
  visit("B", "urban", bj(2025, 10, 9, 10), "T02", bj(2025, 10, 10, 9), bj(2025, 10, 10, 11));  // late
  visit("C", "suburban", bj(2025, 10, 20, 9), "T01", bj(2025, 10, 20, 15), std::nullopt);      // still on site
  const ServiceCall d = t.store.register_call(intake(bj(2025, 10, 31, 17), "urban", "D"));     // never dispatched
  // A revisit of unit A within 30 days: call A was no first-time fix.
  visit("A", "urban", bj(2025, 10, 27, 9), "T02", bj(2025, 10, 27, 10), bj(2025, 10, 27, 11));
  t.store.record_survey(a.id, survey_answers(4, 4, 4, 3), "customer", bj(2025, 10, 10, 9));

  // Judged at the clock (11-20): D's deadline (Monday 11-03 15:00) has passed.
  const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10}, t.store.now());
  CHECK(r.calls == 5);
  REQUIRE(r.sla_by_zone.size() == 2);
  CHECK(r.sla_by_zone[0] == SlaRow{"suburban", 1, 1, 0, 0});
  // urban: A met, B late, D never arrived (due Monday 11-03 15:00, past by 11-20), the revisit met.
  CHECK(r.sla_by_zone[1] == SlaRow{"urban", 4, 2, 2, 0});
  REQUIRE(r.sla_by_technician.size() == 2);
  CHECK(r.sla_by_technician[0] == SlaRow{"T01", 2, 2, 0, 0});
  CHECK(r.sla_by_technician[1] == SlaRow{"T02", 2, 1, 1, 0});
  CHECK(r.sla_by_centre == std::vector<SlaRow>{SlaRow{"main", 5, 3, 2, 0}});
  CHECK(r.completed == 3);
  CHECK(r.first_time_fixed == 2);  // B and the revisit; A was called back
  CHECK(r.first_time_fix_ratio() == std::pair<std::int64_t, std::int64_t>{2, 3});
  CHECK(r.sla_by_zone[1].compliance() == std::pair<std::int64_t, std::int64_t>{2, 4});
  // Received to completed: 8 h, 25 h, 2 h: mean 35 h / 3 = 11 h 40 min.
  CHECK(r.mean_time_to_repair == std::optional<Seconds>(hours(11) + minutes(40)));
  REQUIRE(r.satisfaction.size() == 1);
  CHECK(r.satisfaction[0] == SatisfactionRow{"T01", 1, 400, 400, 400, 300, 375});
  CHECK(r.queue_at == bj(2025, 10, 31, 23, 59) + Seconds(59));
  CHECK(r.queue == std::vector<Id>{d.id});
  // Judged on 10-31 18:00, D's deadline is still ahead.
  const MonthlyReport early = t.store.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 31, 18));
  CHECK(early.sla_by_zone[1] == SlaRow{"urban", 4, 2, 1, 1});
  CHECK(early.sla_by_zone[1].compliance() == std::pair<std::int64_t, std::int64_t>{2, 3});  // the open call not judged
  // Judged at the end of time: the same outcomes as now (nothing overflows).
  const MonthlyReport last = t.store.monthly_report(YearMonth{2025, 10}, Instant(Seconds(std::numeric_limits<std::int64_t>::max())));
  CHECK(last.sla_by_zone == r.sla_by_zone);
  CHECK(last.completed == r.completed);
  CHECK(last.first_time_fixed == r.first_time_fixed);
  CHECK(last.mean_time_to_repair == r.mean_time_to_repair);
  const std::string json = to_json(early);
  CHECK_THAT(json, Catch::Contains("\"compliance\": 0.6666"));
  CHECK_THAT(json, Catch::Contains("\"first_time_fix_rate\": 0.6666"));
  CHECK_ERROR(ErrorCode::invalid_argument, "month", "2025-13", t.store.monthly_report(YearMonth{2025, 13}));
  // By default a past month is judged as of its end (11-01 00:00): D is still open.
  const MonthlyReport at_end = t.store.monthly_report(YearMonth{2025, 10});
  CHECK(at_end.as_of == bj(2025, 11, 1));
  CHECK(at_end.sla_by_zone == early.sla_by_zone);
  const MonthlyReport empty = t.store.monthly_report(YearMonth{2025, 9});
  CHECK(empty.calls == 0);
  CHECK_FALSE(empty.mean_time_to_repair.has_value());
  CHECK_THAT(to_json(empty), Catch::Contains("\"first_time_fix_rate\": null"));
}

TEST_CASE("store: the calls of a period as columns", "[store]") {
  TempStore t;
  const ServiceCall a = t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "A"));
  t.store.register_call(intake(bj(2025, 11, 3, 10), "urban", "B"));
  t.store.dispatch(a.id, "T01", bj(2025, 10, 9, 11));
  const CallColumns cols = t.store.calls(bj(2025, 10, 1), bj(2025, 11, 1));
  REQUIRE(cols.size() == 1);
  CHECK(cols.id[0] == a.id);
  CHECK(cols.technician.at(0) == "T01");
  CHECK(cols.state[0] == "dispatched");
  CHECK(cols.dispatched.at(0) == (bj(2025, 10, 9, 11)).time_since_epoch().count());
  CHECK(cols.arrived.valid == std::vector<std::uint8_t>{0});  // not reached yet: no value
  CHECK(cols.signed_off.at(0) == std::nullopt);
  CHECK(cols.sla_met.at(0) == std::nullopt);
  CHECK(t.store.calls(bj(2025, 10, 1), bj(2025, 12, 1)).size() == 2);
  CHECK(t.store.calls().size() == 2);
  CHECK(t.store.now() == bj(2025, 11, 20, 12));
}

TEST_CASE("store: the file is reopened as it was; a newer schema is refused untouched", "[store]") {
  const std::string path = TempStore::fresh_path();
  Id id;
  {
    Store s = Store::open(path, policy(), at_clock(bj(2025, 11, 1)));
    id = s.register_call(intake(bj(2025, 10, 9, 10))).id;
  }
  {
    Store s = Store::open(path, policy(), at_clock(bj(2025, 11, 1)));
    CHECK(s.call(id).voucher == "V-main-2510-000001");
    CHECK(s.register_call(intake(bj(2025, 10, 9, 11), "urban", "X")).voucher == "V-main-2510-000002");
  }
  CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
  CHECK(count(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") == 1);
  CHECK(count(path, "PRAGMA application_id") == 0x61537663);
  // A newer library's file.
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  CHECK_ERROR(ErrorCode::state, "schema", "99", Store::open(path, policy(), at_clock(bj(2025, 11, 1))));
  CHECK(count(path, "PRAGMA user_version") == 99);
  CHECK(count(path, "SELECT count(*) FROM calls") == 2);
  // Another SQLite file is not taken over.
  const std::string other = TempStore::fresh_path();
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(other.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE mine (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  CHECK_ERROR(ErrorCode::storage, "path", "not an aftersales store", Store::open(other, policy()));
  CHECK(count(other, "SELECT count(*) FROM sqlite_schema") == 1);
  for (const std::string& p : {path, other})
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((p + suffix).c_str());
}

// ------------------------------------------------------------------ safety

#include <algorithm>
#include <chrono>
#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

// One crash: a child process writes batch after batch; the parent kills it
// with SIGKILL a quarter of a batch's time after the next batch's
// transaction has begun. Returns whether that batch was still uncommitted
// (the kill landed inside the transaction), after checking the file.
static bool kill_a_writer_mid_batch() {
  const std::string path = TempStore::fresh_path();
  constexpr int batch = 500;
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // The writer reports on the pipe: -(b + 1) once batch b's transaction has
    // begun (the store reads its clock once per write, inside it), b + 1
    // once it has committed.
    ::close(pipe_fds[0]);
    int b = 0;
    StoreOptions o;
    o.clock = [&b, fd = pipe_fds[1]] {
      const int began = -(b + 1);
      if (::write(fd, &began, sizeof began) != sizeof began) ::_exit(3);
      return bj(2025, 12, 1);
    };
    try {
      Store s = Store::open(path, policy(), o);
      for (;; ++b) {
        std::vector<CallIntake> calls;
        for (int i = 0; i < batch; ++i)
          calls.push_back(intake(bj(2025, 10, 1) + minutes(b * batch + i), "urban",
                                 std::string("K").append(std::to_string(b * batch + i))));
        s.register_calls(calls);
        const int done = b + 1;
        if (::write(pipe_fds[1], &done, sizeof done) != sizeof done) ::_exit(3);
      }
    } catch (...) {
      ::_exit(2);
    }
  }
  ::close(pipe_fds[1]);
  using clock = std::chrono::steady_clock;
  int committed = 0, began = 0, n = 0;
  clock::time_point began_at{};
  clock::duration shortest = clock::duration::max();
  while (::read(pipe_fds[0], &n, sizeof n) == sizeof n) {
    if (n < 0) {
      began = -n;
      began_at = clock::now();
      if (committed >= 5 && began == committed + 1) break;  // a batch under way after five whole ones
    } else {
      committed = n;
      shortest = std::min(shortest, clock::now() - began_at);
    }
  }
  REQUIRE(began == committed + 1);
  std::this_thread::sleep_for(shortest / 4);
  REQUIRE(::kill(child, SIGKILL) == 0);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  bool batch_committed = false;  // the one under way, before the kill
  while (::read(pipe_fds[0], &n, sizeof n) == sizeof n) batch_committed = batch_committed || n == began;
  ::close(pipe_fds[0]);

  // Every committed batch is there, whole; the one under way whole or not at all.
  Store s = Store::open(path, policy(), at_clock(bj(2025, 12, 1)));
  const std::int64_t calls = count(path, "SELECT count(*) FROM calls");
  CHECK(calls % batch == 0);
  CHECK(calls >= std::int64_t{committed} * batch);
  CHECK(calls <= std::int64_t{began} * batch);
  if (!batch_committed) CHECK(calls == std::int64_t{committed} * batch);
  CHECK(count(path, "SELECT count(*) FROM units") == calls);
  CHECK(count(path, "SELECT count(*) FROM calls c LEFT JOIN units u ON u.id = c.unit_id WHERE u.id IS NULL") == 0);
  CHECK(count(path, "SELECT last FROM counters WHERE name = 'voucher' AND period = '2510'") == calls);
  CHECK(count(path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0);
  CHECK(count(path, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  // And the store goes on from there.
  CHECK(s.register_call(intake(bj(2025, 10, 31, 9), "urban", "after")).voucher ==
        "V-main-2510-" + std::string(6 - std::to_string(calls + 1).size(), '0') + std::to_string(calls + 1));
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  return calls == std::int64_t{committed} * batch;
}

TEST_CASE("store: a writer killed in the middle of a batch leaves every committed call and no partial one", "[store][crash]") {
  // The kill lands inside the transaction unless the machine stalls the
  // parent for three quarters of a batch; a few tries make that certain.
  bool landed_inside = false;
  for (int attempt = 0; attempt < 5 && !landed_inside; ++attempt) landed_inside = kill_a_writer_mid_batch();
  CHECK(landed_inside);
}

TEST_CASE("store: four threads writing at once lose nothing", "[store][threads]") {
  const std::string path = TempStore::fresh_path();
  { Store init = Store::open(path, policy(), at_clock(bj(2025, 12, 1))); }
  constexpr int per_thread = 150;
  Store shared = Store::open(path, policy(), at_clock(bj(2025, 12, 1)));
  std::vector<std::thread> threads;
  std::vector<std::string> failures(4);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      try {
        // Two threads on handles of their own, two on one shared handle.
        std::optional<Store> own;
        if (t < 2) own.emplace(Store::open(path, policy(), at_clock(bj(2025, 12, 1))));
        Store& s = own ? *own : shared;
        for (int i = 0; i < per_thread; ++i) {
          const std::string serial = std::string("T").append(std::to_string(t)).append("-").append(std::to_string(i));
          const ServiceCall c = s.register_call(intake(bj(2025, 10, 9, 9) + minutes(i), "urban", serial));
          s.dispatch(c.id, "T0" + std::to_string(t), bj(2025, 10, 9, 9) + minutes(i + 1));
          if (i % 10 == 0) s.register_calls(std::vector<CallIntake>{intake(bj(2025, 10, 9, 9), "suburban", serial + "b")});
        }
      } catch (const std::exception& e) {
        failures[static_cast<std::size_t>(t)] = e.what();
      }
    });
  for (auto& th : threads) th.join();
  for (const auto& f : failures) CHECK(f.empty());
  const std::int64_t expected = 4 * (per_thread + per_thread / 10);
  CHECK(count(path, "SELECT count(*) FROM calls") == expected);
  CHECK(count(path, "SELECT count(DISTINCT voucher) FROM calls") == expected);
  CHECK(count(path, "SELECT max(voucher) = printf('V-main-2510-%06d', count(*)) FROM calls") == 1);  // no number lost
  CHECK(count(path, "SELECT count(*) FROM calls WHERE state = 'dispatched'") == 4 * per_thread);
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

// ------------------------------------------------------------------ complaints and penalties

TEST_CASE("store: complaints are numbered, stepped and rebuilt from their steps", "[store][complaint]") {
  TempStore t(bj(2025, 11, 20, 12));
  const ServiceCall call = t.store.register_call(intake(bj(2025, 10, 9, 10)));
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  in.kind = ComplaintKind::quality;
  in.severity = Severity::serious;
  in.call_id = call.id;
  const Complaint a = t.store.open_complaint(in);
  CHECK(a.number() == "2510-01");  // seeds/002 (八): YYMM-××, serial_width 2
  CHECK(a.first_reviewer() == "vice_president");
  CHECK(a.stage() == "registration");  // after sales' intake (seeds/002 (九)1, (九)4)
  in.severity = Severity::general;
  in.call_id.reset();
  const Complaint b = t.store.open_complaint(in);
  CHECK(b.number() == "2510-02");
  in.call_id = "no-such-call";
  CHECK_ERROR(ErrorCode::not_found, "call_id", "no-such-call", t.store.open_complaint(in));
  in.call_id.reset();
  in.received = bj(2025, 11, 21, 9);
  CHECK_ERROR(ErrorCode::invalid_argument, "received", "future", t.store.open_complaint(in));

  // Steps: each stage left at its deadline (approval entered 10-21 10:00),
  // approval on 10-22 10:00, before the 13th day's close (10-22 18:00).
  Complaint now = a;
  while (now.stage_deadline()) now = t.store.advance_complaint("2510-01", *now.stage_deadline());
  CHECK(now.stage_entered() == bj(2025, 10, 21, 10));
  // The approval stage is closed by an approver of the level the amount
  // needs, never by a plain advance (seeds/002 (九)6, (九)11); the refusal
  // writes nothing.
  CHECK_ERROR(ErrorCode::state, "complaint", "approve_complaint",
              t.store.advance_complaint("2510-01", bj(2025, 10, 22, 10)));
  CHECK(t.store.complaint("2510-01") == now);
  now = step_complaint(t.store, now, bj(2025, 10, 22, 10));
  CHECK(now.is_closed());
  CHECK(t.store.complaint("2510-01") == now);  // rebuilt from the file, equal
  CHECK_ERROR(ErrorCode::state, "complaint", "closed", t.store.advance_complaint("2510-01", bj(2025, 10, 23)));
  CHECK_ERROR(ErrorCode::not_found, "number", "2510-99", t.store.advance_complaint("2510-99", bj(2025, 10, 21)));
  const Complaint confirmed =
      t.store.confirm_responsibility("2510-01", std::vector<Weight>{{"manufacturing", 7000}, {"rnd", 3000}});
  CHECK(t.store.complaint("2510-01").responsibility() == confirmed.responsibility());
  CHECK_ERROR(ErrorCode::invalid_argument, "ratios", "90 %",
              t.store.confirm_responsibility("2510-01", std::vector<Weight>{{"a", 9000}}));

  // The customer rejects: a new number, linked; b found invalid.
  const Complaint c = t.store.reject_complaint("2510-01", bj(2025, 11, 3, 9));
  CHECK(c.number() == "2511-01");
  CHECK(c.original_number() == std::optional<std::string>("2510-01"));
  CHECK(c.rejections() == 1);
  CHECK(t.store.complaint("2511-01") == c);
  CHECK_ERROR(ErrorCode::state, "number", "already rejected: 2511-01",
              t.store.reject_complaint("2510-01", bj(2025, 11, 4, 9)));
  CHECK(count(t.path, "SELECT count(*) FROM complaints WHERE number = '2511-01' AND call_id IS NOT NULL") == 1);
  const Complaint gone = t.store.close_complaint_invalid("2510-02", bj(2025, 10, 9, 11), "not our product");
  CHECK(gone.invalid());
  CHECK(t.store.complaint("2510-02").invalid_reason() == "not our product");
  CHECK_ERROR(ErrorCode::state, "number", "invalid",
              t.store.record_return("2510-02", ReturnKind::allowance, 1, 1, 10000));
  CHECK_ERROR(ErrorCode::state, "case_number", "invalid",
              t.store.charge_penalty("wang", YearMonth{2025, 10}, 100, "2510-02"));

  // Reminders at 11-04 10:00: 2511-01 (accepted 11-03 09:00) is past its ½ day.
  const auto reminders = t.store.complaint_reminders(bj(2025, 11, 4, 10));
  REQUIRE(reminders.size() == 1);
  CHECK(reminders[0].number == "2511-01");
  const ComplaintStatistics st = t.store.complaint_statistics(YearMonth{2025, 10});
  CHECK(st.total == 2);
  CHECK(st.invalid == 1);
  CHECK(st.on_time == 2);
  CHECK(st.responsibility.at("manufacturing") == 7000);
  CHECK(t.store.late_complaints(YearMonth{2025, 10}).empty());

  // Returns: the quantity check with the policy's 5 % tolerance.
  CHECK(t.store.record_return("2510-01", ReturnKind::goods_return, 100, 105, 350000).check == ReturnCheck::accept);
  CHECK(t.store.record_return("2510-01", ReturnKind::goods_return, 100, 106, 350000).check == ReturnCheck::flag);
  CHECK(count(t.path, "SELECT count(*) FROM returns") == 2);

  // The monthly report counts October's complaints against its calls.
  const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 10});
  CHECK(r.complaints == 2);
  CHECK(r.complaints_per_1000_calls == std::optional<std::int64_t>(2000000));  // 2 per 1 call = 2000 per 1,000
  CHECK(r.complaint_statistics == st);
}

TEST_CASE("store: the penalty ledger is kept as its operations", "[store][penalty]") {
  TempStore t(bj(2026, 2, 20, 12));
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  t.store.open_complaint(in);
  in.received = bj(2025, 11, 3, 10);
  t.store.open_complaint(in);
  // 2,500 yuan in October against a 2,000 yuan bonus: 1,000 a month.
  t.store.charge_penalty("wang", YearMonth{2025, 10}, 250000, "2510-01");
  CHECK_ERROR(ErrorCode::not_found, "case_number", "2509-01", t.store.charge_penalty("wang", YearMonth{2025, 10}, 1, "2509-01"));
  CHECK_ERROR(ErrorCode::invalid_argument, "month", "before complaint 2510-01",
              t.store.charge_penalty("wang", YearMonth{2025, 9}, 1, "2510-01"));
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "-1", t.store.charge_penalty("wang", YearMonth{2025, 10}, -1, "2510-01"));
  Settlement s = t.store.settle_penalties("wang", YearMonth{2025, 10}, 200000);
  CHECK(s.deducted == 100000);
  CHECK(s.carried == 150000);
  // A new charge while the old one is carried: the old one first.
  t.store.charge_penalty("wang", YearMonth{2025, 11}, 80000, "2511-01");
  s = t.store.settle_penalties("wang", YearMonth{2025, 11}, 200000);
  CHECK(s.deducted == 100000);
  REQUIRE(s.lines.size() == 1);
  CHECK(s.lines[0].case_id == "2510-01");
  CHECK_ERROR(ErrorCode::state, "month", "2025-11", t.store.settle_penalties("wang", YearMonth{2025, 11}, 200000));
  s = t.store.settle_penalties("wang", YearMonth{2025, 12}, 200000);
  CHECK(s.deducted == 100000);
  CHECK(s.carried == 30000);
  CHECK(t.store.penalty_ledger("wang").outstanding("wang") == 30000);
  CHECK(t.store.penalty_ledger("li").charges().empty());
  CHECK(count(t.path, "SELECT count(*) FROM penalty_events") == 5);  // refused operations left nothing
  const MonthlyReport r = t.store.monthly_report(YearMonth{2025, 12});
  CHECK(r.penalties == std::vector<PenaltyRow>{PenaltyRow{"wang", 200000, 100000, 30000}});
}

// ------------------------------------------------------------------ contracts, costs, day reports

TEST_CASE("store: contracts decide the intake's category; expiry notices are issued once", "[store][contract]") {
  TempStore t(bj(2026, 3, 1, 12));
  // A TV bought 2023-01-05: out of the 1-year warranty by 2025.
  const ContractIntake m = tv_contract(day(2023, 1, 5));
  t.store.add_contract(m);
  CallIntake in = intake(bj(2025, 10, 9, 10), "urban", "OLD-1");
  in.purchased = day(2023, 1, 5);
  const ServiceCall c = t.store.register_call(in);
  CHECK(c.category == ServiceCategory::contract);
  // An extended warranty on another old unit: free.
  ContractIntake x = m;
  x.number = "X-001";
  x.serial = "OLD-2";
  x.extended = true;
  x.years = 3;
  CHECK_ERROR(ErrorCode::invalid_argument, "start", "given for an extended warranty", t.store.add_contract(x));
  x.start = x.end = Date();  // it starts when the maker's warranty ends
  t.store.add_contract(x);
  in.serial = "OLD-2";
  CHECK(t.store.register_call(in).category == ServiceCategory::free);
  in.serial = "OLD-3";  // nothing sold on it: paid
  CHECK(t.store.register_call(in).category == ServiceCategory::paid);

  CHECK_ERROR(ErrorCode::invalid_argument, "number", "M-001", t.store.add_contract(m));
  ContractIntake bad = m;
  bad.number = "M-002";
  bad.end = day(2024, 12, 1);
  CHECK_ERROR(ErrorCode::invalid_argument, "end", "before the start", t.store.add_contract(bad));
  bad.end = m.end;
  bad.extra_causes = {"environment"};
  CHECK_ERROR(ErrorCode::invalid_argument, "extra_causes", "environment given for a maintenance contract",
              t.store.add_contract(bad));
  bad.extra_causes.clear();
  bad.start = Date();
  CHECK_ERROR(ErrorCode::invalid_argument, "start", "is missing", t.store.add_contract(bad));
  bad = x;
  bad.number = "X-002";
  bad.years = 6;
  CHECK_ERROR(ErrorCode::invalid_argument, "years", "6", t.store.add_contract(bad));

  // The notice is due a month before the end (from 2025-11-30 on), once.
  CHECK(t.store.issue_expiry_notices(day(2025, 11, 29)).empty());
  CHECK(t.store.issue_expiry_notices(day(2025, 11, 30)) == std::vector<std::string>{"M-001"});
  CHECK(t.store.issue_expiry_notices(day(2025, 11, 30)).empty());
  CHECK(t.store.issue_expiry_notices(day(2025, 12, 5)).empty());
  CHECK(count(t.path, "SELECT count(*) FROM expiry_notices") == 1);
  // Renewed: the successor starts the day after, and is linked.
  t.store.renew_contract("M-001", "M-001b", Period{0, 0, 1});
  CHECK_ERROR(ErrorCode::state, "number", "already renewed", t.store.renew_contract("M-001", "M-001c", Period{0, 0, 1}));
  CHECK_ERROR(ErrorCode::state, "number", "extended", t.store.renew_contract("X-001", "X-001b", Period{0, 0, 1}));
  CHECK(count(t.path, "SELECT count(*) FROM contracts WHERE number = 'M-001b' AND start = '2026-01-01'") == 1);
  CHECK(count(t.path, "SELECT count(*) FROM contracts WHERE number = 'M-001' AND successor = 'M-001b'") == 1);
}

TEST_CASE("store: costs against budget per region and station", "[store][cost]") {
  TempStore t;
  t.store.set_region("city", "east");
  t.store.set_region("county", "east");
  t.store.set_budget("city", YearMonth{2025, 10}, "labour", 5000000);
  t.store.set_budget("city", YearMonth{2025, 10}, "labour", 6000000);  // replaced
  t.store.record_cost("city", YearMonth{2025, 10}, "labour", 4000000, "salaries");
  t.store.record_cost("city", YearMonth{2025, 10}, "labour", 2500000, "overtime");
  t.store.record_cost("county", YearMonth{2025, 10}, "transport", 300000, "fuel");
  t.store.record_cost("county", YearMonth{2025, 11}, "transport", 100000, "fuel");
  CHECK_ERROR(ErrorCode::not_found, "kind", "marketing", t.store.record_cost("city", YearMonth{2025, 10}, "marketing", 1));
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "-1", t.store.record_cost("city", YearMonth{2025, 10}, "labour", -1));
  CHECK(t.store.cost_report(YearMonth{2025, 10}) ==
        std::vector<CostRow>{{"city", "east", "labour", 6000000, 6500000}, {"county", "east", "transport", 0, 300000}});
}

TEST_CASE("store: the technician's and the supervisor's day reports", "[store][day]") {
  TempStore t;
  const ServiceCall a = t.store.register_call(intake(bj(2025, 10, 9, 10), "urban", "A"));
  CallIntake paid = intake(bj(2025, 10, 9, 10), "urban", "B");
  paid.purchased = day(2020, 1, 1);
  const ServiceCall b = t.store.register_call(paid);
  for (const ServiceCall* c : {&a, &b}) {
    t.store.dispatch(c->id, "T01", bj(2025, 10, 9, 11));
    t.store.arrive(c->id, bj(2025, 10, 9, 12));
  }
  t.store.record_labour(a.id, "T01", day(2025, 10, 9), hours(2));
  t.store.record_labour(b.id, "T01", day(2025, 10, 9), minutes(45));
  t.store.record_labour(b.id, "T02", day(2025, 10, 9), hours(1));
  CHECK(t.store.technician_day_report("T01", day(2025, 10, 9)) ==
        std::vector<DayReportRow>{{"T01", "free", 1, hours(2)}, {"T01", "paid", 1, minutes(45)}});
  CHECK(t.store.supervisor_day_report(day(2025, 10, 9)) ==
        std::vector<DayReportRow>{{"T01", "free", 1, hours(2)}, {"T01", "paid", 1, minutes(45)}, {"T02", "paid", 1, hours(1)}});
  CHECK(t.store.supervisor_day_report(day(2025, 10, 9), "county").empty());
  CHECK(t.store.technician_day_report("T01", day(2025, 10, 10)).empty());
}

TEST_CASE("store: complaints and the penalty ledger's operations as columns", "[store][complaint][penalty]") {
  TempStore t(bj(2025, 11, 20, 12));
  const ServiceCall call = t.store.register_call(intake(bj(2025, 10, 9, 10)));
  CHECK(t.store.complaints().size() == 0);
  CHECK(t.store.penalty_events().size() == 0);
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  in.severity = Severity::serious;
  in.call_id = call.id;
  Complaint a = t.store.open_complaint(in);
  in.call_id.reset();
  in.kind = ComplaintKind::service;
  in.severity = Severity::general;
  in.market = Market::foreign;
  in.received = bj(2025, 10, 10, 9);
  (void)t.store.open_complaint(in);
  while (!a.is_closed()) a = step_complaint(t.store, a, a.stage_deadline().value_or(bj(2025, 10, 22, 10)));
  (void)t.store.close_complaint_invalid("2510-02", bj(2025, 10, 10, 11), "not ours");
  const Complaint c = t.store.reject_complaint("2510-01", bj(2025, 11, 3, 9));

  const ComplaintColumns cols = t.store.complaints();
  REQUIRE(cols.size() == 3);
  CHECK(cols.number == std::vector<std::string>{"2510-01", "2510-02", "2511-01"});
  CHECK(cols.original_number == Nullable<std::string>{std::nullopt, std::nullopt, "2510-01"});
  CHECK(cols.call_id == Nullable<Id>{call.id, std::nullopt, call.id});  // the re-opened form keeps its call
  CHECK(cols.kind == std::vector<std::string>{"quality", "service", "quality"});
  CHECK(cols.severity == std::vector<std::string>{"serious", "general", "serious"});
  CHECK(cols.market == std::vector<std::string>{"domestic", "foreign", "domestic"});
  CHECK(cols.department[0] == a.routing().department);
  CHECK(cols.stage == std::vector<std::string>{"closed", "closed", c.stage()});
  CHECK(cols.received[2] == (bj(2025, 11, 3, 9)).time_since_epoch().count());
  CHECK(cols.deadline[0] == (a.deadline()).time_since_epoch().count());
  CHECK(cols.closed_at.at(0) == (*a.closed_at()).time_since_epoch().count());
  CHECK(cols.closed_at.at(2) == std::nullopt);
  CHECK(cols.on_time == Nullable<std::int8_t>{1, 1, std::nullopt});  // the open one: none yet
  CHECK(cols.invalid == std::vector<std::int8_t>{0, 1, 0});
  CHECK(cols.rejections == std::vector<std::int64_t>{0, 0, 1});
  // A period: the complaints received in [from, to).
  CHECK(t.store.complaints(bj(2025, 10, 10, 9), bj(2025, 11, 3, 9)).number == std::vector<std::string>{"2510-02"});

  t.store.charge_penalty("wang", YearMonth{2025, 10}, 250000, "2510-01");
  t.store.charge_penalty("li", YearMonth{2025, 10}, 1000, "2510-01");
  (void)t.store.settle_penalties("wang", YearMonth{2025, 10}, 200000);
  CHECK_ERROR(ErrorCode::state, "month", "2025-10", t.store.settle_penalties("wang", YearMonth{2025, 10}, 1));
  const PenaltyColumns p = t.store.penalty_events();
  REQUIRE(p.size() == 3);
  CHECK(p.person == std::vector<std::string>{"wang", "li", "wang"});
  CHECK(p.kind == std::vector<std::string>{"charge", "charge", "settle"});
  CHECK(p.month == std::vector<std::string>{"2025-10", "2025-10", "2025-10"});
  CHECK(p.amount == std::vector<Fen>{250000, 1000, 200000});
  CHECK(p.case_number == Nullable<std::string>{"2510-01", "2510-01", std::nullopt});
  // A charge has no deducted and carried: invalid in the mask.
  CHECK(p.deducted.valid == std::vector<std::uint8_t>{0, 0, 1});
  CHECK(p.deducted == Nullable<Fen>{std::nullopt, std::nullopt, 100000});
  CHECK(p.carried == Nullable<Fen>{std::nullopt, std::nullopt, 150000});
  const PenaltyColumns wang = t.store.penalty_events("wang");
  CHECK(wang.kind == std::vector<std::string>{"charge", "settle"});
  CHECK(t.store.penalty_events("nobody").size() == 0);
}
