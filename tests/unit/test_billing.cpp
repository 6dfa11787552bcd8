// Bills, invoices and payments (issue 28). seeds/002 (十): 凡屬有費服務,其費用
// 較低者,應由技術人員當場向戶收費…否則應于當天…開具發票; (十三): 攜回修護的商品,如系
// 有費修護,技術員應于還商品當天…開具發票; 第三篇: 上門費用20元,修理費用400元和零件費
// 2000元,總共要花掉2420元; (六) categories A paid, B contract, C free, D internal;
// seeds/001: 按實際發生的費用收費.
#include <aftersales/error.hpp>
#include <aftersales/policy.hpp>
#include <aftersales/store.hpp>

#include <catch2/catch.hpp>

#include "store_support.hpp"

#include <numeric>
#include <string>

using namespace aftersales;
using namespace test_support;

namespace {

const Instant now_ = bj(2025, 11, 20, 12);

// A TV bought in 2015: out of warranty, a paid (A) call.
CallIntake paid_intake(std::string serial = "OLD-1", Instant received = bj(2025, 11, 10, 9)) {
  CallIntake in = intake(received, "urban", std::move(serial));
  in.purchased = day(2015, 1, 5);
  return in;
}

// Dispatched, reached, a labour line of `worked` (none: no labour) and
// `parts_fen` of parts, completed on site at 11:00 of the received day.
Id visited(Store& s, const CallIntake& in, std::optional<Seconds> worked, Fen parts_fen) {
  const ServiceCall c = s.register_call(in);
  s.dispatch(c.id, "T01", in.received + std::chrono::minutes(10));
  s.arrive(c.id, in.received + std::chrono::hours(1));
  if (worked) s.record_labour(c.id, "T01", s.policy().calendar().local_date(in.received), *worked, "replace the main board");
  if (parts_fen > 0) s.record_part(c.id, "main board", 1, parts_fen);
  s.complete_on_site(c.id, in.received + std::chrono::hours(2), true);
  return c.id;
}

Fen sum_of_charged(const Bill& b) {
  return std::accumulate(b.lines.begin(), b.lines.end(), Fen{0},
                         [](Fen a, const BillLine& l) { return a + (l.charged ? l.amount : 0); });
}

Policy with_billing(const std::string& billing) {
  return Policy::from_json(R"({"service": {"billing": )" + billing + "}}", cn());
}

}  // namespace

TEST_CASE("billing: 第三篇's home visit, 20 + 400 + 2000 yuan, is a bill of 2420 yuan invoiced the same day ((十))",
          "[billing]") {
  TempStore t(now_);
  const Id call = visited(t.store, paid_intake(), Seconds(3600), 200000);
  const Bill b = t.store.bill_call(call, bj(2025, 11, 10, 12));
  CHECK(b.category == ServiceCategory::paid);
  REQUIRE(b.lines.size() == 3);
  CHECK(b.lines[0].kind == "call_out");
  CHECK(b.lines[0].amount == 2000);  // 上門費用20元
  CHECK(b.lines[1].kind == "labour");
  CHECK(b.lines[1].amount == 40000);  // 修理費用400元, per job
  CHECK(b.lines[1].worked == Seconds(3600));
  CHECK(b.lines[2].kind == "part");
  CHECK(b.lines[2].amount == 200000);  // 零件費2000元 at its recorded price
  CHECK(b.total == 242000);            // 總共2420元
  CHECK(b.value == 242000);
  CHECK(sum_of_charged(b) == b.total);  // a bill sums exactly to its lines
  // Above the on-the-spot limit (20 yuan): an invoice due the day of the work.
  CHECK(b.settlement == BillSettlement::invoice);
  CHECK(b.due_on == day(2025, 11, 10));
  CHECK(b.owed == 242000);
  CHECK(t.store.bill(call) == b);
  CHECK(count(t.path, "SELECT count(*) FROM bill_lines") == 3);
  CHECK(count(t.path, "SELECT sum(amount_fen) FROM bill_lines WHERE charged = 1") == 242000);

  // A bill is made once; the billed call takes no more lines.
  CHECK_ERROR(ErrorCode::state, "call", "billed already", t.store.bill_call(call, bj(2025, 11, 10, 13)));
  CHECK_ERROR(ErrorCode::state, "call", "would not be on its bill", t.store.record_part(call, "screw", 1, 100));
  CHECK_ERROR(ErrorCode::state, "call", "would not be on its bill",
              t.store.record_labour(call, "T01", day(2025, 11, 10), Seconds(60)));
  CHECK(count(t.path, "SELECT count(*) FROM bills") == 1);
}

TEST_CASE("billing: only a completed call is billed, not before its completion nor in the future", "[billing]") {
  TempStore t(now_);
  const ServiceCall c = t.store.register_call(paid_intake());
  CHECK_ERROR(ErrorCode::state, "call", "registered", t.store.bill_call(c.id, bj(2025, 11, 10, 12)));
  CHECK_ERROR(ErrorCode::not_found, "call_id", "no call", t.store.bill_call("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b", now_));
  const Id call = visited(t.store, paid_intake("OLD-2"), Seconds(600), 0);
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before call", t.store.bill_call(call, bj(2025, 11, 10, 10)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "in the future", t.store.bill_call(call, bj(2025, 11, 21, 10)));
  CHECK(count(t.path, "SELECT count(*) FROM bills") == 0);
}

TEST_CASE("billing: lines whose sum does not fit in fen are refused, nothing billed", "[billing]") {
  TempStore t(now_);
  const ServiceCall c = t.store.register_call(paid_intake());
  t.store.dispatch(c.id, "T01", bj(2025, 11, 10, 9, 10));
  t.store.arrive(c.id, bj(2025, 11, 10, 10));
  // Each line is within its limits (10^6 x 2^40 fen); nine of them are not.
  for (int i = 0; i < 9; ++i) t.store.record_part(c.id, "bulk part", 1000000, Fen{1} << 40);
  t.store.complete_on_site(c.id, bj(2025, 11, 10, 11), true);
  CHECK_ERROR(ErrorCode::out_of_range, "call", "add up to more than", t.store.bill_call(c.id, bj(2025, 11, 10, 12)));
  CHECK(count(t.path, "SELECT count(*) FROM bills") == 0);
  CHECK(count(t.path, "SELECT count(*) FROM bill_lines") == 0);
}

TEST_CASE("billing: a bill at or below collect_on_the_spot_max is collected on the spot ((十) 費用較低者)", "[billing]") {
  TempStore t(now_);
  // A visit with no repair: only the call-out, 20 yuan = the limit.
  const Id call = visited(t.store, paid_intake(), std::nullopt, 0);
  const Bill b = t.store.bill_call(call, bj(2025, 11, 10, 11));
  CHECK(b.total == 2000);
  CHECK(b.settlement == BillSettlement::on_the_spot);
  CHECK(!b.due_on);
  // Collected by the technician; never on the overdue-invoice list.
  t.store.record_payment(call, PaymentMethod::cash, 2000, bj(2025, 11, 10, 11));
  CHECK(t.store.bill(call).owed == 0);
  CHECK(t.store.overdue_invoices(day(2025, 11, 20)).size() == 0);
  // (十) 憑以補寄發票: an invoice may still be sent for it.
  CHECK(t.store.issue_invoice(call, bj(2025, 11, 11, 9)).invoice_number == "I-main-2511-00001");
}

TEST_CASE("billing: invoices are numbered per month; one per bill; overdue when not issued the day due", "[billing]") {
  TempStore t(now_);
  const Id a = visited(t.store, paid_intake("OLD-1"), Seconds(3600), 200000);
  const Id b = visited(t.store, paid_intake("OLD-2", bj(2025, 11, 12, 9)), Seconds(3600), 0);
  t.store.bill_call(a, bj(2025, 11, 10, 12));
  t.store.bill_call(b, bj(2025, 11, 12, 12));
  // On the due day nothing is overdue yet; the next day it is.
  CHECK(t.store.overdue_invoices(day(2025, 11, 10)).size() == 0);
  BillColumns late = t.store.overdue_invoices(day(2025, 11, 11));
  REQUIRE(late.size() == 1);
  CHECK(late.call_id[0] == a);
  CHECK(late.due_on.at(0) == std::optional<std::string>("2025-11-10"));
  CHECK(t.store.overdue_invoices(day(2025, 11, 13)).size() == 2);
  const Bill ia = t.store.issue_invoice(a, bj(2025, 11, 13, 9));
  CHECK(ia.invoice_number == "I-main-2511-00001");
  CHECK(ia.invoiced_on == day(2025, 11, 13));
  CHECK(t.store.issue_invoice(b, bj(2025, 11, 13, 10)).invoice_number == "I-main-2511-00002");
  CHECK_ERROR(ErrorCode::state, "call", "I-main-2511-00001", t.store.issue_invoice(a, bj(2025, 11, 14, 9)));
  CHECK(t.store.overdue_invoices(day(2025, 11, 14)).size() == 0);
  // Asked about the 12th, the invoices of the 13th had not been issued.
  CHECK(t.store.overdue_invoices(day(2025, 11, 12)).size() == 1);
  CHECK(count(t.path, "SELECT last FROM counters WHERE name = 'invoice' AND period = '2511'") == 2);
  CHECK_ERROR(ErrorCode::not_found, "call_id", "has no bill",
              t.store.issue_invoice(t.store.register_call(paid_intake("OLD-3")).id, now_));
}

TEST_CASE("billing: a carry-in repair's invoice is due the day the goods go back ((十三))", "[billing]") {
  TempStore t(now_);
  const ServiceCall c = t.store.register_call(paid_intake());
  t.store.dispatch(c.id, "T01", bj(2025, 11, 10, 9, 10));
  t.store.arrive(c.id, bj(2025, 11, 10, 10));
  t.store.carry_in(c.id, bj(2025, 11, 10, 11), day(2025, 11, 14));
  t.store.record_labour(c.id, "T02", day(2025, 11, 12), Seconds(7200), "bench repair");
  t.store.record_part(c.id, "flyback transformer", 1, 15000);
  t.store.appoint_supervisor("main", "S01");  // the goods go back after the supervisor's inspection ((十二))
  t.store.inspect_repair(c.id, "S01", bj(2025, 11, 14, 14));
  t.store.return_goods(c.id, bj(2025, 11, 14, 15), true);
  const Bill b = t.store.bill_call(c.id, bj(2025, 11, 14, 16));
  CHECK(b.total == 2000 + 40000 + 15000);
  CHECK(b.due_on == day(2025, 11, 14));
  CHECK(t.store.overdue_invoices(day(2025, 11, 15)).size() == 1);
}

TEST_CASE("billing: payments by cash, card, transfer; one above what is owed is refused, naming both", "[billing]") {
  TempStore t(now_);
  const Id call = visited(t.store, paid_intake(), Seconds(3600), 200000);
  t.store.bill_call(call, bj(2025, 11, 10, 12));
  t.store.record_payment(call, PaymentMethod::cash, 100000, bj(2025, 11, 11, 9));
  CHECK(t.store.bill(call).owed == 142000);
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "142000 fen (1420.00 yuan) still owed",
              t.store.record_payment(call, PaymentMethod::card, 142001, bj(2025, 11, 11, 10)));
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "0 fen", t.store.record_payment(call, PaymentMethod::card, 0, now_));
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "-5", t.store.record_payment(call, PaymentMethod::card, -5, now_));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before call",
              t.store.record_payment(call, PaymentMethod::card, 1, bj(2025, 11, 10, 11)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "in the future",
              t.store.record_payment(call, PaymentMethod::card, 1, bj(2025, 11, 21)));
  CHECK_ERROR(ErrorCode::invalid_argument, "method", "not a payment method",
              t.store.record_payment(call, static_cast<PaymentMethod>(7), 1, now_));
  CHECK(count(t.path, "SELECT count(*) FROM payments") == 1);  // the refusals wrote nothing
  t.store.record_payment(call, PaymentMethod::card, 40000, bj(2025, 11, 12, 9));
  t.store.record_payment(call, PaymentMethod::transfer, 102000, bj(2025, 11, 13, 9));
  const Bill b = t.store.bill(call);
  CHECK(b.paid == 242000);
  CHECK(b.owed == 0);
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "0 fen (0.00 yuan) still owed",
              t.store.record_payment(call, PaymentMethod::cash, 1, now_));
  const PaymentColumns p = t.store.payments();
  REQUIRE(p.size() == 3);
  CHECK(p.method == std::vector<std::string>{"cash", "card", "transfer"});
  CHECK(p.amount == std::vector<Fen>{100000, 40000, 102000});
  CHECK(p.call_id[2] == call);
  CHECK(t.store.payments(bj(2025, 11, 12), bj(2025, 11, 13)).size() == 1);
  // Receivables as of an instant: a payment after it has not happened.
  CHECK(t.store.receivables(now_).size() == 0);
  const BillColumns r = t.store.receivables(bj(2025, 11, 12, 12));
  REQUIRE(r.size() == 1);
  CHECK(r.owed[0] == 102000);
  CHECK(r.paid[0] == 140000);
}

TEST_CASE("billing: free (C) and internal (D) work bill nothing, their cost is still recorded ((六))", "[billing]") {
  TempStore t(now_);
  // Bought 2025-03-01: within the 1-year warranty, free.
  CallIntake free_in = intake(bj(2025, 11, 10, 9), "urban", "NEW-1");
  const Id free_call = visited(t.store, free_in, Seconds(3600), 200000);
  const Bill f = t.store.bill_call(free_call, bj(2025, 11, 10, 12));
  CHECK(f.category == ServiceCategory::free);
  CHECK(f.total == 0);
  CHECK(f.value == 242000);  // valued at the schedule's rates
  CHECK(f.settlement == BillSettlement::none);
  CHECK(std::none_of(f.lines.begin(), f.lines.end(), [](const BillLine& l) { return l.charged; }));
  CHECK_ERROR(ErrorCode::state, "call", "charges nothing", t.store.issue_invoice(free_call, now_));
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "still owed",
              t.store.record_payment(free_call, PaymentMethod::cash, 1, now_));
  CallIntake d = paid_intake("OLD-9");
  d.internal = true;
  const Id internal_call = visited(t.store, d, Seconds(1800), 0);
  const Bill i = t.store.bill_call(internal_call, bj(2025, 11, 10, 12));
  CHECK(i.category == ServiceCategory::internal);
  CHECK(i.total == 0);
  CHECK(i.value == 42000);
  CHECK(t.store.overdue_invoices(day(2025, 11, 20)).size() == 0);
}

TEST_CASE("billing: contract (B) work: the contract covers call-out and labour, parts are billed", "[billing]") {
  TempStore t(now_);
  t.store.add_contract(tv_contract(day(2015, 1, 5)));
  const Id call = visited(t.store, paid_intake("OLD-1"), Seconds(3600), 200000);
  const Bill b = t.store.bill_call(call, bj(2025, 11, 10, 12));
  CHECK(b.category == ServiceCategory::contract);
  CHECK(b.total == 200000);
  CHECK(b.value == 242000);
  CHECK(b.settlement == BillSettlement::invoice);
}

TEST_CASE("billing: contract (B) work by its own contract's terms; a renewal keeps them", "[billing]") {
  // seeds/002 (六) B: 依…商品保養合同書的規定…收取服務費用 — this contract
  // charges the call-out and covers labour and parts.
  TempStore t(now_);
  ContractIntake m = tv_contract(day(2015, 1, 5));
  m.start = day(2024, 1, 1);
  m.end = day(2024, 12, 31);
  m.charges = ContractCharges{true, false, false};
  t.store.add_contract(m);
  t.store.renew_contract("M-001", "M-002", Period{0, 0, 1});  // 2025
  const Id call = visited(t.store, paid_intake("OLD-1"), Seconds(3600), 200000);
  const Bill b = t.store.bill_call(call, bj(2025, 11, 10, 12));
  CHECK(b.category == ServiceCategory::contract);
  CHECK(b.total == 2000);    // the call-out only
  CHECK(b.value == 242000);  // every part valued at the policy's fees
  CHECK(b.settlement == BillSettlement::on_the_spot);
  // An extended warranty bills nothing of its own.
  ContractIntake e = tv_contract(day(2025, 1, 5), "NEW-1");
  e.number = "E-001";
  e.extended = true;
  e.start = e.end = Date(boost::date_time::not_a_date_time);
  e.charges = ContractCharges{};
  CHECK_ERROR(ErrorCode::invalid_argument, "charges", "extended warranty", t.store.add_contract(e));
}

TEST_CASE("billing: per-hour labour is pro-rated to the second, half up to the fen", "[billing]") {
  // 3 fen an hour: 1800 s is 1.5 fen -> 2; 600 s is 0.5 -> 1; 1199 s is 0.999 -> 1.
  const Policy p = with_billing(R"({"paid": {"labour": "hour", "labour_fen": 3, "call_out_fen": 0}})");
  CHECK(p.service().billing.paid.labour == FeeSchedule::Labour::per_hour);
  CHECK(p.service().billing.paid.customer_pays_parts);  // the other members keep service.json's
  const std::string path = fresh_store_path();
  {
    Store s = Store::open(path, p, at_clock(now_));
    const ServiceCall c = s.register_call(paid_intake());
    s.dispatch(c.id, "T01", bj(2025, 11, 10, 9, 10));
    s.arrive(c.id, bj(2025, 11, 10, 10));
    for (const int secs_ : {1800, 600, 1199}) s.record_labour(c.id, "T01", day(2025, 11, 10), Seconds(secs_));
    s.complete_on_site(c.id, bj(2025, 11, 10, 11), true);
    const Bill b = s.bill_call(c.id, bj(2025, 11, 10, 12));
    REQUIRE(b.lines.size() == 4);  // call-out, three labour lines
    CHECK(b.lines[1].amount + b.lines[2].amount + b.lines[3].amount == 2 + 1 + 1);
    CHECK(b.total == 4);
    CHECK(b.settlement == BillSettlement::on_the_spot);
  }
  {
    // Reopened with another schedule, the bill is as it was made.
    Store s = Store::open(path, policy(), at_clock(now_));
    const BillColumns all = s.bills();
    REQUIRE(all.size() == 1);
    CHECK(all.total[0] == 4);
    CHECK(s.bill(all.call_id[0]).lines.size() == 4);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  // 5000 fen an hour for 1000 s: 1388.9 -> 1389.
  const Policy q = with_billing(R"({"paid": {"labour": "hour", "labour_fen": 5000}})");
  TempStore t(now_);
  (void)t;
  const std::string path2 = fresh_store_path();
  {
    Store s = Store::open(path2, q, at_clock(now_));
    const Id call = visited(s, paid_intake(), Seconds(1000), 0);
    CHECK(s.bill_call(call, bj(2025, 11, 10, 12)).total == 2000 + 1389);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path2 + suffix).c_str());
}

TEST_CASE("billing policy: service.json's defaults cite the seeds; to_json round trip; bad values named", "[billing][policy]") {
  const BillingRules& b = policy().service().billing;
  CHECK(b.collect_on_the_spot_max == 2000);
  CHECK(b.paid.call_out == 2000);
  CHECK(b.paid.labour == FeeSchedule::Labour::per_job);
  CHECK(b.paid.labour_rate == 40000);
  CHECK(b.contract.customer_pays_parts);
  CHECK(!b.contract.customer_pays_labour);
  CHECK(!b.free.customer_pays_call_out);
  CHECK(!b.internal.customer_pays_parts);
  const Policy p = with_billing(
      R"({"collect_on_the_spot_max_fen": 5000, "contract": {"customer_pays": []}, "paid": {"labour": "hour", "labour_fen": 9000}})");
  const Policy back = Policy::from_json(p.to_json());
  CHECK(back.service() == p.service());
  CHECK(back.service().billing.collect_on_the_spot_max == 5000);
  CHECK(!back.service().billing.contract.customer_pays_parts);
  CHECK(Policy::from_json(policy().to_json()).service() == policy().service());
  CHECK_ERROR(ErrorCode::invalid_argument, "service.billing.paid.call_out_fen", "-1",
              with_billing(R"({"paid": {"call_out_fen": -1}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.billing.free.labour", "minute",
              with_billing(R"({"free": {"labour": "minute"}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.billing.paid.customer_pays[1]", "tax",
              with_billing(R"({"paid": {"customer_pays": ["parts", "tax"]}})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.billing.collect_on_the_spot_max_fen", "-3",
              with_billing(R"({"collect_on_the_spot_max_fen": -3})"));
  CHECK_THROWS_AS(with_billing(R"({"paid": {"labor": 1}})"), Error);
  CHECK_THROWS_AS(with_billing(R"({"collect_on_the_spot_max_fen": 1.5})"), Error);
  // A ServiceRules made from its first members bills at the seeds' schedule.
  CHECK(ServiceRules{30, {"labour"}}.billing == b);
  // Through the constructor too.
  ServiceRules s = policy().service();
  s.billing.internal.labour_rate = -2;
  const Policy& d = policy();
  CHECK_ERROR(ErrorCode::invalid_argument, "service.billing.internal.labour_fen", "-2",
              Policy(d.calendar(), d.dispatch(), d.warranty(), d.complaints(), d.penalties(), s));
}

TEST_CASE("billing: the monthly report's revenue, invoiced, collected and receivables per centre, as of", "[billing][report]") {
  TempStore t(bj(2025, 12, 20, 12));
  const Id a = visited(t.store, paid_intake("OLD-1"), Seconds(3600), 200000);  // 2420 yuan, main
  CallIntake north = paid_intake("OLD-2", bj(2025, 11, 11, 9));
  north.centre = "north";
  const Id n = visited(t.store, north, std::nullopt, 0);                      // 20 yuan, north
  const Id f = visited(t.store, intake(bj(2025, 11, 12, 9), "urban", "NEW-1"), Seconds(60), 0);  // free, main
  t.store.bill_call(a, bj(2025, 11, 10, 12));
  t.store.bill_call(n, bj(2025, 11, 11, 12));
  t.store.bill_call(f, bj(2025, 11, 12, 12));
  t.store.issue_invoice(a, bj(2025, 11, 10, 17));
  t.store.record_payment(a, PaymentMethod::transfer, 100000, bj(2025, 11, 25, 9));
  t.store.record_payment(n, PaymentMethod::cash, 2000, bj(2025, 11, 11, 12, 30));
  t.store.record_payment(a, PaymentMethod::card, 142000, bj(2025, 12, 5, 9));  // next month

  const MonthlyReport r = t.store.monthly_report({2025, 11});
  REQUIRE(r.billing_by_centre.size() == 2);
  const BillingRow& main = r.billing_by_centre[0];
  CHECK(main.centre == "main");
  CHECK(main.revenue == 242000);
  CHECK(main.not_charged == 42000);  // the free call's call-out and job
  CHECK(main.invoiced == 242000);
  CHECK(main.collected == 100000);
  CHECK(main.receivable == 142000);  // owed at the month's end: December's payment had not happened
  const BillingRow& nr = r.billing_by_centre[1];
  CHECK(nr == BillingRow{"north", 2000, 0, 2000, 0, 0});
  // As of the 20th: the payment of the 25th has not happened.
  const MonthlyReport mid = t.store.monthly_report({2025, 11}, bj(2025, 11, 20));
  CHECK(mid.billing_by_centre[0].collected == 0);
  CHECK(mid.billing_by_centre[0].receivable == 242000);
  // As of the 10th at 16:00: billed, not invoiced yet.
  const MonthlyReport early = t.store.monthly_report({2025, 11}, bj(2025, 11, 10, 16));
  REQUIRE(early.billing_by_centre.size() == 1);
  CHECK(early.billing_by_centre[0].invoiced == 0);
  CHECK(early.billing_by_centre[0].revenue == 242000);
  // December: the late payment collected, nothing owed.
  const MonthlyReport dec = t.store.monthly_report({2025, 12});
  REQUIRE(dec.billing_by_centre.size() == 1);
  CHECK(dec.billing_by_centre[0] == BillingRow{"main", 0, 0, 142000, 0, 0});
  const std::string json = to_json(r);
  CHECK(json.find("\"billing_by_centre\"") != std::string::npos);
  CHECK(json.find("\"receivable_fen\": 142000") != std::string::npos);
  // The bills as columns; JSON of columns and of one bill.
  const BillColumns all = t.store.bills();
  CHECK(all.size() == 3);
  CHECK(all.settlement == std::vector<std::string>{"invoice", "on_the_spot", "none"});
  CHECK(all.invoice_number.at(0) == std::optional<std::string>("I-main-2511-00001"));
  CHECK(!all.invoice_number.at(1));
  CHECK(to_json(all).find("\"owed_fen\":[0,0,0]") != std::string::npos);
  CHECK(to_json(t.store.bill(a)).find("\"total_fen\":242000") != std::string::npos);
  CHECK(to_json(t.store.payments()).find("\"amount_fen\":[2000,100000,142000]") != std::string::npos);
}

TEST_CASE("billing: schema 3 keeps money in fen, ids as 16 bytes, dates as text", "[billing][store]") {
  TempStore t(now_);
  const Id call = visited(t.store, paid_intake(), Seconds(3600), 200000);
  t.store.bill_call(call, bj(2025, 11, 10, 12));
  t.store.record_payment(call, PaymentMethod::card, 500, bj(2025, 11, 10, 13));
  CHECK(count(t.path, "SELECT length(id) FROM bills") == 16);
  CHECK(count(t.path, "SELECT typeof(due_on) = 'text' FROM bills") == 1);
  CHECK(count(t.path, "SELECT typeof(total_fen) = 'integer' FROM bills") == 1);
  CHECK(count(t.path, "SELECT length(id) FROM payments") == 16);
}
