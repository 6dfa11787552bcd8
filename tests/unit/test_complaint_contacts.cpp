// Issue 29 items 5 and 6: the complaining customer told and visited
// (seeds/002 家電 (二十六), (二十八)) and the administrative penalties on
// record (客戶投訴行政處罰準則 (四)-(六), 客戶投訴管理辦法 (十二)1, 經濟處罰準則
// (三)4), in the ledger and in the store.
#include <aftersales/enum_names.hpp>
#include <aftersales/store.hpp>

#include <catch2/catch.hpp>

#include "store_support.hpp"
#include "support.hpp"


using namespace aftersales;
using namespace test_support;

namespace {

// A complaint received at `received`, taken through every stage (each left
// at its deadline, the last one a day after it was entered): closed.
Complaint closed_complaint(Store& s, Instant received, Severity severity = Severity::general) {
  ComplaintIntake in;
  in.received = received;
  in.kind = ComplaintKind::quality;
  in.severity = severity;
  Complaint c = s.open_complaint(in);
  while (!c.is_closed())
    c = step_complaint(s, c, c.stage_deadline() ? *c.stage_deadline() : c.stage_entered() + Seconds(86400));
  return c;
}

ContactIntake contact(ContactKind kind, ContactMethod how, Instant at, std::string by = "supervisor_zhou") {
  ContactIntake c;
  c.kind = kind;
  c.how = how;
  c.at = at;
  c.by = std::move(by);
  return c;
}

AdminPenaltyIntake penalty(std::string number, AdminPenalty kind, YearMonth month, Date notice) {
  AdminPenaltyIntake p;
  p.person = "wang";
  p.case_number = std::move(number);
  p.offence = "late_delivery";  // 行政處罰準則 (四)9 交貨延遲
  p.kind = kind;
  p.notice_number = "HR-2511-03";
  p.notice_date = notice;
  p.month = month;
  return p;
}

}  // namespace

// ------------------------------------------------------------------ the ledger

TEST_CASE("admin penalties: taken first and whole in their month, outside the 50 % cap", "[penalty][contacts]") {
  // 行政處罰準則 (五)3 大過以上者,當月效益獎金全額罰扣; 經濟處罰準則 (三)4: the
  // 50 % cap is for complaint deductions, the rest carried month by month.
  PenaltyLedger l = PenaltyPolicy::default_policy().ledger();
  l.charge("wang", YearMonth{2025, 11}, 150000, "2511-01");
  l.penalize(AdminCharge{"wang", YearMonth{2025, 11}, "2511-02", AdminPenalty::major_demerit, 1, 0});
  l.penalize(AdminCharge{"wang", YearMonth{2025, 11}, "2511-03", AdminPenalty::warning, 1, 40000});
  Settlement s = l.settle("wang", YearMonth{2025, 11}, 200000);
  CHECK(s.admin_deducted == 200000);  // the whole bonus, at once
  CHECK(s.admin_uncollected == 40000);  // the warning on top: not carried
  REQUIRE(s.admin_lines.size() == 2);
  CHECK(s.admin_lines[0] == AdminDeduction{"2511-02", AdminPenalty::major_demerit, 200000, 0});
  CHECK(s.admin_lines[1] == AdminDeduction{"2511-03", AdminPenalty::warning, 0, 40000});
  CHECK(s.cap == 0);  // nothing left for the complaint deduction
  CHECK(s.deducted == 0);
  CHECK(s.carried == 150000);
  // December: no administrative penalty; the capped deduction resumes.
  s = l.settle("wang", YearMonth{2025, 12}, 200000);
  CHECK(s.admin_deducted == 0);
  CHECK(s.admin_lines.empty());
  CHECK(s.cap == 100000);
  CHECK(s.deducted == 100000);
  CHECK(s.carried == 50000);
  CHECK(l.outstanding("wang") == 50000);  // administrative penalties are never owed on

  // A warning and a minor demerit: whole, then the cap of the whole bonus
  // from what they leave.
  PenaltyLedger m = PenaltyPolicy::default_policy().ledger();
  m.charge("li", YearMonth{2025, 11}, 300000, "2511-01");
  m.penalize(AdminCharge{"li", YearMonth{2025, 11}, "2511-04", AdminPenalty::minor_demerit, 2, 160000});
  s = m.settle("li", YearMonth{2025, 11}, 200000);
  CHECK(s.admin_deducted == 160000);
  CHECK(s.cap == 40000);  // min(50 % of 200000, 200000 - 160000)
  CHECK(s.deducted == 40000);
  CHECK(s.carried == 260000);
  // Bonus 500000: the cap is 50 % of the whole bonus, not of the rest.
  m.penalize(AdminCharge{"li", YearMonth{2026, 1}, "2511-04", AdminPenalty::warning, 1, 40000});
  s = m.settle("li", YearMonth{2026, 1}, 500000);
  CHECK(s.admin_deducted == 40000);
  CHECK(s.cap == 250000);
  CHECK(s.deducted == 250000);

  // Its month is taken whole: a settled month (or an earlier one) refuses it.
  CHECK_ERROR(ErrorCode::state, "month", "2025-11",
              m.penalize(AdminCharge{"li", YearMonth{2025, 11}, "2511-05", AdminPenalty::warning, 1, 40000}));
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "major demerit",
              m.penalize(AdminCharge{"li", YearMonth{2026, 2}, "2511-05", AdminPenalty::major_demerit, 1, 5}));
  CHECK_ERROR(ErrorCode::invalid_argument, "count", "0",
              m.penalize(AdminCharge{"li", YearMonth{2026, 2}, "2511-05", AdminPenalty::warning, 0, 40000}));
  CHECK_ERROR(ErrorCode::invalid_argument, "kind", "7 is not an administrative penalty",
              m.penalize(AdminCharge{"li", YearMonth{2026, 2}, "2511-05", static_cast<AdminPenalty>(7), 1, 40000}));
  // A month's penalties together stay within 2^50 fen: a settlement's sums
  // cannot overflow, however many are recorded.
  const Fen most = Fen{1} << 50;
  m.penalize(AdminCharge{"li", YearMonth{2026, 3}, "2511-06", AdminPenalty::warning, 1, most - 1});
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "past 2^50",
              m.penalize(AdminCharge{"li", YearMonth{2026, 3}, "2511-07", AdminPenalty::warning, 1, 2}));
  CHECK_ERROR(ErrorCode::invalid_argument, "case_id", "empty",
              m.penalize(AdminCharge{"li", YearMonth{2026, 2}, "", AdminPenalty::warning, 1, 40000}));
  CHECK(m.admin_charges().size() == 3);  // the two before and the 2026-03 one; refusals add none
}

TEST_CASE("contacts: kinds and methods have one table each", "[enum][contacts]") {
  CHECK(std::string(to_string(ContactKind::visit)) == "visit");
  CHECK(parse_contact_method("phone") == ContactMethod::phone);
  CHECK(parse_contact_kind("notification") == ContactKind::notification);
  CHECK_ERROR(ErrorCode::invalid_argument, "how", "unknown contact method 'fax' (expected letter, phone or visit)",
              parse_contact_method("fax"));
  CHECK(enum_count<ContactMethod>() == 3);
}

// ------------------------------------------------------------------ the store

TEST_CASE("store: the customer told and visited (家電 (二十六), (二十八))", "[store][contacts]") {
  TempStore t(bj(2025, 12, 5, 12));
  const Complaint a = closed_complaint(t.store, bj(2025, 11, 3, 10));                      // general
  const Complaint b = closed_complaint(t.store, bj(2025, 11, 4, 10), Severity::serious);   // serious
  ComplaintIntake open_in;
  open_in.received = bj(2025, 11, 20, 9);
  const Complaint c = t.store.open_complaint(open_in);  // still open
  REQUIRE(a.is_closed());

  // (二十八): a visit from the day the complaint was received, not before it.
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before complaint " + a.number() + " was received",
              t.store.record_contact(a.number(), contact(ContactKind::visit, ContactMethod::visit, bj(2025, 11, 3, 9))));
  const Id v = t.store.record_contact(a.number(), contact(ContactKind::visit, ContactMethod::visit, bj(2025, 11, 3, 15)));
  CHECK(v.size() == 36);  // a UUID
  t.store.record_contact(c.number(), contact(ContactKind::visit, ContactMethod::visit, bj(2025, 11, 21, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "how", "in person",
              t.store.record_contact(a.number(), contact(ContactKind::visit, ContactMethod::phone, bj(2025, 11, 4))));
  CHECK_ERROR(ErrorCode::invalid_argument, "by", "empty",
              t.store.record_contact(a.number(), contact(ContactKind::visit, ContactMethod::visit, bj(2025, 11, 4), "")));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "future",
              t.store.record_contact(a.number(), contact(ContactKind::visit, ContactMethod::visit, bj(2025, 12, 6))));
  CHECK_ERROR(ErrorCode::not_found, "number", "2511-99",
              t.store.record_contact("2511-99", contact(ContactKind::visit, ContactMethod::visit, bj(2025, 11, 4))));

  // (二十六): the result is told once decided; a serious case's by letter.
  const Instant after = *a.closed_at() + Seconds(3600);
  CHECK_ERROR(ErrorCode::state, "complaint", "still open",
              t.store.record_contact(c.number(), contact(ContactKind::notification, ContactMethod::phone, bj(2025, 11, 22))));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before complaint " + a.number() + " was decided",
              t.store.record_contact(a.number(), contact(ContactKind::notification, ContactMethod::phone,
                                                         *a.closed_at() - Seconds(1))));
  CHECK_ERROR(ErrorCode::invalid_argument, "how", "letter",
              t.store.record_contact(b.number(), contact(ContactKind::notification, ContactMethod::phone,
                                                         *b.closed_at() + Seconds(60))));
  CHECK_ERROR(ErrorCode::invalid_argument, "how", "visit for a notification",
              t.store.record_contact(a.number(), contact(ContactKind::notification, ContactMethod::visit, after)));
  ContactIntake told = contact(ContactKind::notification, ContactMethod::phone, after);
  told.note = "customer accepts the replacement";
  t.store.record_contact(a.number(), told);
  CHECK(count(t.path, "SELECT count(*) FROM complaint_contacts") == 3);  // refusals wrote nothing

  const auto contacts = t.store.contacts(a.number());
  REQUIRE(contacts.size() == 2);
  CHECK(contacts[0].id == v);
  CHECK(contacts[0].kind == ContactKind::visit);
  CHECK(contacts[1].how == ContactMethod::phone);
  CHECK(contacts[1].note == "customer accepts the replacement");
  CHECK(contacts[1].by == "supervisor_zhou");
  CHECK(t.store.contacts(b.number()).empty());
  CHECK_ERROR(ErrorCode::not_found, "number", "2511-99", t.store.contacts("2511-99"));

  // The month's statistics: b was neither visited nor told; a was both.
  const YearMonth nov{2025, 11};
  ComplaintStatistics st = t.store.complaint_statistics(nov);
  CHECK(st.total == 2);
  CHECK(st.unvisited == std::vector<std::string>{b.number()});
  CHECK(st.unnotified == std::vector<std::string>{b.number()});
  t.store.record_contact(b.number(), contact(ContactKind::notification, ContactMethod::letter, *b.closed_at() + Seconds(60)));
  st = t.store.complaint_statistics(nov);
  CHECK(st.unnotified.empty());
  CHECK(st.unvisited == std::vector<std::string>{b.number()});
  // The monthly report counts the contacts made by its as_of: as of now the
  // same; as of a's closing, a visited but neither told.
  CHECK(t.store.monthly_report(nov, t.store.now()).complaint_statistics == st);
  const ComplaintStatistics then = t.store.monthly_report(nov, *a.closed_at()).complaint_statistics;
  CHECK(then.unvisited == std::vector<std::string>{b.number()});
  CHECK(then.unnotified == std::vector<std::string>{a.number(), b.number()});
}

// (九)11: 業務部門不得超越核決權限與客戶做任何處理的答復協議或承認; the
// approved decision is told by letter or phone (批示事項據以書信或電話轉答).
TEST_CASE("store: the amount told is at most what the approval committed (九)11", "[store][contacts][approval]") {
  TempStore t(bj(2025, 12, 5, 12));
  ComplaintIntake in;
  in.received = bj(2025, 11, 3, 10);
  Complaint c = t.store.open_complaint(in);
  while (c.stage() != "approval") c = t.store.advance_complaint(c.number(), c.stage_deadline().value_or(c.stage_entered()));
  ApprovalIntake a;
  a.level = "vice_president";
  a.approver = "vp.chen";
  a.at = c.stage_entered() + Seconds(3600);
  a.lines = {DecisionLine{CommitmentKind::compensation, 1, 600000}, DecisionLine{CommitmentKind::returned_goods, 10, 60000}};
  t.store.approve_complaint(c.number(), a);  // 12000.00 yuan
  const Instant after = a.at + Seconds(3600);
  ContactIntake told = contact(ContactKind::notification, ContactMethod::letter, after);
  told.amount = 1200001;
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "12000.01 yuan is above the 12000.00 yuan vice_president approved",
              t.store.record_contact(c.number(), told));
  told.amount = -1;
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "negative", t.store.record_contact(c.number(), told));
  ContactIntake visit = contact(ContactKind::visit, ContactMethod::visit, after);
  visit.amount = 100;
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "visit", t.store.record_contact(c.number(), visit));
  CHECK(count(t.path, "SELECT count(*) FROM complaint_contacts") == 0);  // refusals wrote nothing
  told.amount = 1200000;  // exactly the approval
  t.store.record_contact(c.number(), told);
  CHECK(t.store.contacts(c.number()).at(0).amount == Fen{1200000});

  // Closed by an approval of no commitment: any amount above 0 is beyond it.
  const Complaint nothing = closed_complaint(t.store, bj(2025, 11, 4, 10));
  ContactIntake more = contact(ContactKind::notification, ContactMethod::phone, *nothing.closed_at() + Seconds(60));
  more.amount = 1;
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "above the 0.00 yuan", t.store.record_contact(nothing.number(), more));
  more.amount = 0;
  t.store.record_contact(nothing.number(), more);
  CHECK(t.store.contacts(nothing.number()).at(0).amount == Fen{0});
}

// (二十六) is policy: complaints.routing.notify_by per severity.
TEST_CASE("contacts: how a result is told is the policy's (家電 (二十六))", "[contacts][policy]") {
  const auto routing = [](const char* notify_by) {
    return ComplaintPolicy::from_json(std::string(R"({"complaints": {"routing": {"notify_by": )") + notify_by + "}}}", cn());
  };
  const ComplaintPolicy seeds = ComplaintPolicy::default_policy(cn());
  const auto& def = seeds.rules().routing.notify_by;
  CHECK(def.at(Severity::serious) == std::vector<ContactMethod>{ContactMethod::letter});
  CHECK(def.at(Severity::general) == std::vector<ContactMethod>{ContactMethod::letter, ContactMethod::phone});
  const ComplaintPolicy phone = routing(R"({"serious": ["letter", "phone"]})");  // merged: general kept
  CHECK(phone.rules().routing.notify_by.at(Severity::serious).size() == 2);
  CHECK(ComplaintPolicy::from_json(phone.to_json(), cn()).rules() == phone.rules());
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.routing.notify_by.general[1]", "visit",
              routing(R"({"general": ["letter", "visit"]})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.routing.notify_by.serious", "no method",
              routing(R"({"serious": []})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.routing.notify_by.serious[0]", "fax",
              routing(R"({"serious": ["fax"]})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.routing.notify_by.urgent", "urgent",
              routing(R"({"urgent": ["letter"]})"));

  // A store on that policy takes a serious case's result by phone.
  Policy p = Policy::default_policy(cn());
  p = Policy(p.calendar(), p.dispatch(), p.warranty(), phone, p.penalties(), p.service());
  const std::string path = TempStore::fresh_path();
  {
    Store s = Store::open(path, p, at_clock(bj(2025, 12, 5, 12)));
    const Complaint b = closed_complaint(s, bj(2025, 11, 4, 10), Severity::serious);
    s.record_contact(b.number(), contact(ContactKind::notification, ContactMethod::phone, *b.closed_at() + Seconds(60)));
    CHECK(s.contacts(b.number()).size() == 1);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

TEST_CASE("store: administrative penalties on record, in the ledger and the statistics", "[store][contacts][penalty]") {
  TempStore t(bj(2026, 1, 20, 12));
  const Complaint a = closed_complaint(t.store, bj(2025, 11, 3, 10));
  const Complaint b = closed_complaint(t.store, bj(2025, 11, 4, 10));
  ComplaintIntake open_in;
  open_in.received = bj(2025, 11, 20, 9);
  const Complaint c = t.store.open_complaint(open_in);
  const Date notice = day(2025, 12, 8);  // (十二)1: by the 10th of the next month

  // Warning: the policy's minimum per count (penalties.warning_fen 40000).
  AdminPenaltyIntake w = penalty(a.number(), AdminPenalty::warning, YearMonth{2025, 12}, notice);
  w.count = 2;
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "below the minimum", [&] {
    AdminPenaltyIntake low = w;
    low.amount = 79999;
    return t.store.record_admin_penalty(low);
  }());
  const Id wid = t.store.record_admin_penalty(w);
  CHECK(wid.size() == 36);  // a UUID, not penalty_events.seq
  // Major demerit: the month's whole bonus; no amount.
  AdminPenaltyIntake m = penalty(b.number(), AdminPenalty::major_demerit, YearMonth{2026, 1}, notice);
  m.offence = "wrong_shipment";
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "major demerit", [&] {
    AdminPenaltyIntake bad = m;
    bad.amount = 100;
    return t.store.record_admin_penalty(bad);
  }());
  t.store.record_admin_penalty(m);

  // Refusals, each naming its field; nothing written.
  auto refused = [&](auto change) {
    AdminPenaltyIntake p = penalty(a.number(), AdminPenalty::warning, YearMonth{2025, 12}, notice);
    change(p);
    return t.store.record_admin_penalty(p);
  };
  CHECK_ERROR(ErrorCode::state, "case_number", "still open",
              refused([&](AdminPenaltyIntake& p) { p.case_number = c.number(); }));
  CHECK_ERROR(ErrorCode::not_found, "case_number", "2511-99",
              refused([](AdminPenaltyIntake& p) { p.case_number = "2511-99"; }));
  CHECK_ERROR(ErrorCode::invalid_argument, "offence", "unknown offence 'rudeness'",
              refused([](AdminPenaltyIntake& p) { p.offence = "rudeness"; }));
  CHECK_ERROR(ErrorCode::invalid_argument, "notice_date", "before complaint",
              refused([](AdminPenaltyIntake& p) { p.notice_date = day(2025, 11, 2); }));
  CHECK_ERROR(ErrorCode::invalid_argument, "notice_date", "future",
              refused([](AdminPenaltyIntake& p) { p.notice_date = day(2026, 1, 21); }));
  CHECK_ERROR(ErrorCode::invalid_argument, "notice_number", "empty",
              refused([](AdminPenaltyIntake& p) { p.notice_number.clear(); }));
  CHECK_ERROR(ErrorCode::invalid_argument, "month", "before complaint",
              refused([](AdminPenaltyIntake& p) { p.month = YearMonth{2025, 10}; }));
  CHECK_ERROR(ErrorCode::invalid_argument, "person", "empty", refused([](AdminPenaltyIntake& p) { p.person.clear(); }));
  CHECK_ERROR(ErrorCode::invalid_argument, "count", "1001", refused([](AdminPenaltyIntake& p) { p.count = 1001; }));
  CHECK(count(t.path, "SELECT count(*) FROM admin_penalties") == 2);

  const auto all = t.store.admin_penalties();
  REQUIRE(all.size() == 2);
  CHECK(all[0].id == wid);
  CHECK(all[0].amount == std::optional<Fen>(80000));  // 2 x 400 yuan
  CHECK(all[0].notice_number == "HR-2511-03");
  CHECK(all[0].notice_date == notice);
  CHECK(all[0].due == day(2025, 12, 10));  // (十二)1: closed in November, published by 12-10
  CHECK_FALSE(all[0].late());
  CHECK(all[1].kind == AdminPenalty::major_demerit);
  CHECK(!all[1].amount);
  CHECK(t.store.admin_penalties("li").empty());

  // The ledger: December takes the warning whole, then the capped complaint
  // deduction from the rest; January's major demerit takes the whole bonus.
  t.store.charge_penalty("wang", YearMonth{2025, 12}, 150000, a.number());
  Settlement s = t.store.settle_penalties("wang", YearMonth{2025, 12}, 200000);
  CHECK(s.admin_deducted == 80000);
  CHECK(s.cap == 100000);
  CHECK(s.deducted == 100000);
  CHECK(s.carried == 50000);
  s = t.store.settle_penalties("wang", YearMonth{2026, 1}, 300000);
  CHECK(s.admin_deducted == 300000);
  CHECK(s.deducted == 0);
  CHECK(s.carried == 50000);  // the complaint deduction waits; the major demerit is not spread
  CHECK(t.store.penalty_ledger("wang").admin_charges().size() == 2);
  // A settled month takes no more administrative penalties.
  CHECK_ERROR(ErrorCode::state, "month", "2026-01",
              refused([](AdminPenaltyIntake& p) { p.month = YearMonth{2026, 1}; }));

  // The month's statistics list the penalties on its cases.
  const ComplaintStatistics st = t.store.complaint_statistics(YearMonth{2025, 11});
  REQUIRE(st.admin_penalties.size() == 2);
  CHECK(st.admin_penalties[0] == AdminCharge{"wang", YearMonth{2025, 12}, a.number(), AdminPenalty::warning, 2, 80000});
  CHECK(st.admin_penalties[1].kind == AdminPenalty::major_demerit);

  // A notice published after the 10th is late, and still valid.
  AdminPenaltyIntake late = penalty(a.number(), AdminPenalty::warning, YearMonth{2025, 12}, day(2025, 12, 20));
  late.person = "zhao";
  t.store.record_admin_penalty(late);
  const auto zhao = t.store.admin_penalties("zhao");
  REQUIRE(zhao.size() == 1);
  CHECK(zhao[0].late());
  CHECK(to_json(zhao).find(R"("due":"2025-12-10")") != std::string::npos);
  CHECK(to_json(zhao).find(R"("late":true)") != std::string::npos);
}

TEST_CASE("store: schema 11 keeps contacts and penalties portable, and a version-5 store upgrades",
          "[store][contacts][schema]") {
  TempStore t;
  CHECK(count(t.path, "SELECT count(*) FROM sqlite_schema WHERE name = 'complaint_contacts' AND "
                      "instr(sql, 'how IN (''letter'', ''phone'', ''visit'')') > 0") == 1);
  CHECK(count(t.path, "SELECT count(*) FROM sqlite_schema WHERE name = 'complaint_contacts' AND "
                      "instr(sql, 'kind IN (''notification'', ''visit'')') > 0") == 1);
  CHECK(count(t.path, "SELECT count(*) FROM sqlite_schema WHERE name = 'admin_penalties' AND "
                      "instr(sql, 'kind IN (''warning'', ''minor'', ''major'')') > 0") == 1);
  // tests/data/store_v5.sql: a version-5 file made by older code.
  const std::string path = sql_store("store_v5.sql");
  {
    Store s = Store::open(path, policy(), at_clock(bj(2025, 12, 1)));
    CHECK(Store::schema_version() >= 11);
    CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
    CHECK(count(path, "SELECT count(*) FROM complaint_contacts") == 0);
    CHECK(count(path, "SELECT count(*) FROM admin_penalties") == 0);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}
