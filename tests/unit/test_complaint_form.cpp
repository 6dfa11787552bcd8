// The complaint form as the seeds draw it (issue 29 items 1 and 2; seeds/002
// 客戶投訴管理辦法 (九)1-6, (七)4(2)): the default stage list with sales'
// intake before the clock and R&D only 依異常狀況, a complaint keeping the
// list it was opened under, the one judge of its deadlines, and in the store
// the form's facts, the entries (who, when, what) and the register
// (客戶抱怨案件登記追蹤表).
//
// Instants by hand on the China preset: Mon-Fri 09:00-12:00, 13:00-18:00
// (½ day = 4 working hours), Asia/Shanghai.
#include <aftersales/complaint.hpp>
#include <aftersales/store.hpp>

#include "store_support.hpp"

#include <chrono>
#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;

namespace {

std::int64_t unix_s(Instant t) { return t.time_since_epoch().count(); }

const ComplaintPolicy& seeds() { return test_support::policy().complaints(); }

ComplaintPolicy with_stages(const std::string& stages) {
  return ComplaintPolicy::from_json("{\"complaints\": {\"stages\": " + stages + "}}", cn());
}

}  // namespace

// ------------------------------------------------------------------ the stage list (九)1-6

TEST_CASE("complaint form: the default stages are the seed's (九)1-6", "[complaint_form]") {
  const auto& s = seeds().rules().stages;
  REQUIRE(s.size() == 10);
  const std::vector<std::pair<std::string, std::string>> names = {
      {"intake", "sales"},                             // (九)1 sales takes it in with the sample
      {"registration", "general_manager_office"},      // (九)4 編列客戶投訴編號
      {"quality_investigation", "quality_management"},  // cause and responsibility
      {"manufacturing", "manufacturing"},               // cause and countermeasure, (七)4(2)
      {"managers_opinion", "managers_office"},          // (九)4 經理室
      {"rnd", "rnd"},                                   // (九)4 依異常狀況
      {"gm_check", "general_manager_office"},           // (九)4 查核
      {"negotiation", "sales"},                         // (九)5
      {"consolidation", "general_manager_office"},      // (九)6
      {"approval", "management"}};                      // (九)6 依核決權限
  for (std::size_t i = 0; i < names.size(); ++i) {
    CHECK(s[i].name == names[i].first);
    CHECK(s[i].department == names[i].second);
  }
  CHECK(s[0].before_clock);
  CHECK_FALSE(s[0].half_days);
  const std::vector<std::optional<ByMarket<int>>> halves = {std::nullopt, ByMarket<int>{1, 1}, ByMarket<int>{2, 2},
                                                            ByMarket<int>{2, 2}, ByMarket<int>{1, 1}, ByMarket<int>{2, 2},
                                                            ByMarket<int>{1, 1}, ByMarket<int>{10, 24},
                                                            ByMarket<int>{1, 1}, std::nullopt};
  for (std::size_t i = 0; i < halves.size(); ++i) CHECK(s[i].half_days == halves[i]);
  CHECK(s[5].optional);
  CHECK(s[5].decided_by == std::vector<std::string>{"quality_investigation", "manufacturing"});
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i != 5) CHECK_FALSE(s[i].optional);
  CHECK(s[3].entries == std::vector<ComplaintField>{ComplaintField::cause, ComplaintField::countermeasure,
                                                    ComplaintField::production_unit, ComplaintField::machine_shift,
                                                    ComplaintField::machine_operator, ComplaintField::production_date});
  CHECK(s[7].entries == std::vector<ComplaintField>{ComplaintField::handling_proposal, ComplaintField::result,
                                                    ComplaintField::customer_reaction, ComplaintField::supervisor_review});
  CHECK(s.back().name == "approval");  // the approval helper's stage: the last
  CHECK(seeds().rules().overall_days == ByMarket<int>{13, 17});
  // The list in the document's layout reads back the same.
  CHECK(parse_complaint_stages(complaint_stages_json(s)) == s);
  CHECK(ComplaintPolicy::from_json(seeds().to_json(), cn()).rules() == seeds().rules());
}

TEST_CASE("complaint form: intake runs before the clock; R&D is skipped unless called for (九)1, (九)4",
          "[complaint_form]") {
  // Received by sales Monday 2025-09-15 08:30, accepted by the office 09:00.
  const Complaint c = seeds().open("2509-01", bj(2025, 9, 15, 8, 30), ComplaintKind::quality, Severity::general,
                                   Market::domestic, bj(2025, 9, 15, 9));
  REQUIRE(c.history().size() == 1);
  CHECK(c.history()[0].stage == "intake");
  CHECK(c.history()[0].department == "sales");
  CHECK(c.history()[0].entered == bj(2025, 9, 15, 8, 30));
  CHECK(c.history()[0].left == bj(2025, 9, 15, 9));
  CHECK_FALSE(c.history()[0].deadline);  // no budget: never late
  CHECK(c.stage() == "registration");
  CHECK(c.stage_index() == 1);
  CHECK(c.stage_entered() == bj(2025, 9, 15, 9));
  CHECK(c.stage_deadline() == bj(2025, 9, 15, 14));  // ½ day
  CHECK(c.stages() == seeds().rules().stages);       // copied at open

  // Not called for: manufacturing -> managers_opinion -> gm_check.
  Complaint plain = c;
  for (int i = 0; i < 4; ++i) plain = seeds().advance(plain, *plain.stage_deadline());
  CHECK(plain.stage() == "gm_check");
  CHECK(plain.skipped() == std::vector<std::string>{"rnd"});
  CHECK(plain.called_for().empty());
  CHECK(plain.stage_entered() == bj(2025, 9, 17, 18));  // managers_opinion ½ day after 09-17 14:00
  CHECK(plain.stage_deadline() == bj(2025, 9, 18, 14));

  // Quality management calls R&D in when it leaves its stage.
  Complaint rnd = seeds().advance(c, bj(2025, 9, 15, 14));
  CHECK(rnd.stage() == "quality_investigation");
  rnd = seeds().advance(rnd, bj(2025, 9, 16, 10), AdvanceOptions{{"rnd"}});
  CHECK(rnd.called_for() == std::vector<std::string>{"rnd"});
  rnd = seeds().advance(rnd, bj(2025, 9, 16, 11));  // manufacturing: no decision, R&D stays called for
  rnd = seeds().advance(rnd, bj(2025, 9, 16, 12));  // managers_opinion
  CHECK(rnd.stage() == "rnd");
  CHECK(rnd.stage_deadline() == bj(2025, 9, 17, 12));  // 1 day
  CHECK(rnd.skipped().empty());
  rnd = seeds().advance(rnd, bj(2025, 9, 17, 9));
  CHECK(rnd.stage() == "gm_check");

  // Manufacturing may decide it too; registration may not; nor a stage not optional.
  Complaint m = seeds().advance(seeds().advance(c, bj(2025, 9, 15, 14)), bj(2025, 9, 16, 10));
  CHECK(seeds().advance(seeds().advance(m, bj(2025, 9, 16, 11), AdvanceOptions{{"rnd"}}), bj(2025, 9, 16, 12)).stage() ==
        "rnd");
  CHECK_ERROR(ErrorCode::invalid_argument, "call_for[0]", "registration",
              seeds().advance(c, bj(2025, 9, 15, 14), AdvanceOptions{{"rnd"}}));
  CHECK_ERROR(ErrorCode::invalid_argument, "call_for[1]", "gm_check",
              seeds().advance(m, bj(2025, 9, 16, 11), AdvanceOptions{{"rnd", "gm_check"}}));
  CHECK_ERROR(ErrorCode::invalid_argument, "call_for[0]", "lab", seeds().advance(m, bj(2025, 9, 16, 11), AdvanceOptions{{"lab"}}));
  // Without budgets added by the list: still 13 calendar days from the
  // office's acceptance, not from sales' intake: received Friday 11-14
  // 16:00, accepted Monday 11-17 09:00; the 13th day, Sunday 11-30, ends at
  // 24:00 (worked by hand; the intake's Friday would give 11-27 24:00).
  const Complaint weekend = seeds().open("2511-01", bj(2025, 11, 14, 16), ComplaintKind::quality, Severity::general,
                                         Market::domestic, bj(2025, 11, 17, 9));
  CHECK(weekend.deadline() == bj(2025, 12, 1, 0));
  CHECK(weekend.history().at(0).stage == "intake");
}

TEST_CASE("complaint form: a complaint keeps the stage list it was opened under", "[complaint_form]") {
  // Opened under a policy of two stages; the seed's policy moves it on its own list.
  const ComplaintPolicy two = with_stages(
      R"([{"name": "acceptance", "department": "general_manager_office", "days": 0.5},
          {"name": "approval", "department": "management", "days": null}])");
  const Complaint c = two.open("2509-01", bj(2025, 9, 15, 9), ComplaintKind::quality, Severity::general, Market::domestic);
  CHECK(c.stage() == "acceptance");
  const Complaint next = seeds().advance(c, bj(2025, 9, 15, 10));
  CHECK(next.stage() == "approval");
  CHECK(next.stages() == two.rules().stages);
  CHECK(seeds().advance(next, bj(2025, 9, 15, 11)).is_closed());
  // Reminders read its own list too.
  const std::vector<Complaint> open{c};
  const auto r = seeds().reminders(open, bj(2025, 9, 15, 15));
  REQUIRE(r.size() == 1);
  CHECK(r[0].stage == "acceptance");
  // under_stages: the same policy replaying a stored list.
  CHECK(seeds().under_stages(two.rules().stages).rules().stages == two.rules().stages);
  CHECK(seeds().under_stages(two.rules().stages).rules().overall_days == seeds().rules().overall_days);
}

TEST_CASE("complaint form: the stage list's rules are checked", "[complaint_form]") {
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.stages[1].before_clock", "first stage",
              with_stages(R"([{"name": "a", "department": "d", "days": 1},
                              {"name": "b", "department": "d", "days": null, "before_clock": true}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.stages[0].days", "no budget",
              with_stages(R"([{"name": "a", "department": "d", "days": 1, "before_clock": true},
                              {"name": "b", "department": "d", "days": 1}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.stages", "after it",
              with_stages(R"([{"name": "a", "department": "d", "days": null, "before_clock": true}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.stages[1].decided_by", "empty",
              with_stages(R"([{"name": "a", "department": "d", "days": 1},
                              {"name": "b", "department": "d", "days": 1, "optional": true}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.stages[1].decided_by[0]", "'c'",
              with_stages(R"([{"name": "a", "department": "d", "days": 1},
                              {"name": "b", "department": "d", "days": 1, "optional": true, "decided_by": ["c"]},
                              {"name": "c", "department": "d", "days": 1}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.stages[0].decided_by", "only an optional",
              with_stages(R"([{"name": "a", "department": "d", "days": 1, "decided_by": ["a"]}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.stages[0].entries[0]", "call_for",
              with_stages(R"([{"name": "a", "department": "d", "days": 1, "entries": ["call_for"]}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.stages[0].entries[1]", "colour",
              with_stages(R"([{"name": "a", "department": "d", "days": 1, "entries": ["cause", "colour"]}])"));
  CHECK_ERROR(ErrorCode::parse_error, "complaints.stages[0].optional", "\"yes\"",
              with_stages(R"([{"name": "a", "department": "d", "days": 1, "optional": "yes"}])"));
  CHECK_ERROR(ErrorCode::parse_error, "stages", "invalid JSON", parse_complaint_stages("not json"));
}

TEST_CASE("complaint form: one judge says where a complaint stands", "[complaint_form]") {
  const Complaint c = seeds().open("2509-01", bj(2025, 9, 15, 9), ComplaintKind::quality, Severity::general,
                                   Market::domestic);
  // Registration due 14:00: exactly at it is on time, one second later late.
  CHECK(seeds().standing(c, bj(2025, 9, 15, 14)) == ComplaintStanding::on_time);
  CHECK(seeds().standing(c, bj(2025, 9, 15, 14) + std::chrono::seconds(1)) == ComplaintStanding::stage_overdue);
  CHECK(seeds().standing(c, c.deadline() + std::chrono::seconds(1)) == ComplaintStanding::overdue);
  Complaint closed = c;
  while (!closed.is_closed()) closed = seeds().advance(closed, closed.stage_deadline().value_or(c.deadline()));
  CHECK(seeds().standing(closed, c.deadline() + std::chrono::hours(100)) == ComplaintStanding::closed_on_time);
  Complaint late = c;
  while (!late.is_closed())
    late = seeds().advance(late, late.stage_deadline().value_or(c.deadline() + std::chrono::seconds(1)));
  CHECK(seeds().standing(late, c.deadline()) == ComplaintStanding::closed_late);
  // Closed well within 13 days, but registration left a working hour late:
  // closed late, the case late_closed gives an overdue inquiry (洽辦單, (十四)).
  Complaint slow = seeds().advance(c, bj(2025, 9, 15, 15));
  while (!slow.is_closed()) slow = seeds().advance(slow, slow.stage_deadline().value_or(slow.stage_entered()));
  REQUIRE(*slow.closed_at() < c.deadline());
  CHECK(seeds().standing(slow, c.deadline()) == ComplaintStanding::closed_late);
  const std::vector<Complaint> closed_slow{slow};
  const auto inquiries = seeds().late_closed(closed_slow, 2025, 9);
  REQUIRE(inquiries.size() == 1);
  CHECK(inquiries[0].late_stages.size() == 1);
  CHECK(inquiries[0].late_stages[0].stage == "registration");
  // The reminders agree with it.
  const std::vector<Complaint> open{c};
  CHECK(seeds().reminders(open, bj(2025, 9, 15, 14)).empty());
  CHECK(seeds().reminders(open, bj(2025, 9, 15, 14) + std::chrono::seconds(1)).size() == 1);
  CHECK(std::string(to_string(ComplaintStanding::stage_overdue)) == "stage_overdue");
  CHECK(parse_complaint_field("operator") == ComplaintField::machine_operator);
  CHECK_ERROR(ErrorCode::invalid_argument, "field", "colour", parse_complaint_field("colour"));
}

// ------------------------------------------------------------------ the store: facts, entries, register

TEST_CASE("complaint form: the store keeps the form's facts (九)1", "[complaint_form][store]") {
  TempStore t(bj(2025, 10, 20, 12));
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);  // Thursday
  in.kind = ComplaintKind::quality;
  const Complaint c = t.store.open_complaint(in);
  CHECK(c.stage() == "registration");
  CHECK(c.history().at(0).stage == "intake");
  CHECK_FALSE(t.store.complaint_form(c.number()));

  ComplaintForm f;
  f.customer = "Hua Mei Textiles";
  f.order_number = "SO-2510-118";
  f.part_number = "PN-4471";
  f.shipped = day(2025, 9, 28);
  f.quantity = 1200;
  f.customer_request = std::nullopt;
  f.request_pending = true;  // 客戶加工中未確定
  f.sample_sent = true;      // the form travels with the sample
  const RecordedComplaintForm r = t.store.record_complaint_form(c.number(), f, "sales.li", bj(2025, 10, 9, 10, 30));
  CHECK(r.form == f);
  CHECK(t.store.complaint_form(c.number()) == r);
  CHECK_FALSE(t.store.complaint_form(c.number())->form.defective_quantity);  // not yet determined

  // Recording again replaces: the defective quantity is now known.
  f.defective_quantity = 80;
  f.request_pending = false;
  f.customer_request = "replace the 80 pieces";
  CHECK(t.store.record_complaint_form(c.number(), f, "sales.li", bj(2025, 10, 10, 9)).form == f);
  CHECK(t.store.complaint_form(c.number())->recorded == bj(2025, 10, 10, 9));

  ComplaintForm bad = f;
  bad.defective_quantity = 1201;
  CHECK_ERROR(ErrorCode::invalid_argument, "defective_quantity", "1201",
              t.store.record_complaint_form(c.number(), bad, "sales.li", bj(2025, 10, 10, 9)));
  bad = f;
  bad.quantity = -1;
  CHECK_ERROR(ErrorCode::invalid_argument, "quantity", "-1",
              t.store.record_complaint_form(c.number(), bad, "sales.li", bj(2025, 10, 10, 9)));
  bad = f;
  bad.part_number = "";
  CHECK_ERROR(ErrorCode::invalid_argument, "part_number", "empty",
              t.store.record_complaint_form(c.number(), bad, "sales.li", bj(2025, 10, 10, 9)));
  bad = f;
  bad.shipped = day(2025, 10, 11);
  CHECK_ERROR(ErrorCode::invalid_argument, "shipped", "2025-10-11",
              t.store.record_complaint_form(c.number(), bad, "sales.li", bj(2025, 10, 10, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "by", "empty", t.store.record_complaint_form(c.number(), f, "", bj(2025, 10, 10, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before", t.store.record_complaint_form(c.number(), f, "x", bj(2025, 10, 9, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "future", t.store.record_complaint_form(c.number(), f, "x", bj(2025, 10, 21)));
  CHECK_ERROR(ErrorCode::not_found, "number", "2510-99", t.store.record_complaint_form("2510-99", f, "x", bj(2025, 10, 10)));
  // Nothing half-written: the refused calls left the last facts.
  CHECK(t.store.complaint_form(c.number())->form == f);
  CHECK(count(t.path, "SELECT count(*) FROM complaint_forms") == 1);
}

TEST_CASE("complaint form: entries are written by the stage holding the form (九)3-6, (七)4(2)",
          "[complaint_form][store]") {
  TempStore t(bj(2025, 11, 20, 12));
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  in.kind = ComplaintKind::quality;
  const std::string n = t.store.open_complaint(in).number();
  const auto entry = [](ComplaintField f, std::string text, std::string author, Instant at) {
    return ComplaintEntryInput{f, std::move(text), std::move(author), at};
  };
  // Registration writes nothing of these.
  CHECK_ERROR(ErrorCode::invalid_argument, "field", "writes nothing",
              t.store.record_complaint_entry(n, entry(ComplaintField::cause, "x", "gm.wu", bj(2025, 10, 9, 11))));
  Complaint c = t.store.advance_complaint(n, bj(2025, 10, 9, 14));
  CHECK(c.stage() == "quality_investigation");
  const ComplaintEntry cause =
      t.store.record_complaint_entry(n, entry(ComplaintField::cause, "weld porosity", "qm.zhang", bj(2025, 10, 9, 15)));
  CHECK(cause.stage == "quality_investigation");
  (void)t.store.record_complaint_entry(
      n, entry(ComplaintField::responsibility, "manufacturing", "qm.zhang", bj(2025, 10, 9, 16)));
  CHECK_ERROR(ErrorCode::invalid_argument, "field", "cause, responsibility",
              t.store.record_complaint_entry(n, entry(ComplaintField::countermeasure, "x", "qm.zhang", bj(2025, 10, 9, 16))));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before",
              t.store.record_complaint_entry(n, entry(ComplaintField::cause, "x", "qm.zhang", bj(2025, 10, 9, 13))));
  CHECK_ERROR(ErrorCode::invalid_argument, "text", "empty",
              t.store.record_complaint_entry(n, entry(ComplaintField::cause, "", "qm.zhang", bj(2025, 10, 9, 16))));
  CHECK_ERROR(ErrorCode::invalid_argument, "author", "empty",
              t.store.record_complaint_entry(n, entry(ComplaintField::cause, "x", "", bj(2025, 10, 9, 16))));
  CHECK_ERROR(ErrorCode::invalid_argument, "field", "99",
              t.store.record_complaint_entry(n, entry(static_cast<ComplaintField>(99), "x", "a", bj(2025, 10, 9, 16))));

  // Leaving quality: R&D called for, by whom; refused without a name, or
  // for a stage quality does not decide — and nothing written then.
  const auto steps = count(t.path, "SELECT count(*) FROM complaint_steps");
  CHECK_ERROR(ErrorCode::invalid_argument, "by", "empty",
              t.store.advance_complaint(n, bj(2025, 10, 10, 10), AdvanceOptions{{"rnd"}}, ""));
  CHECK_ERROR(ErrorCode::invalid_argument, "call_for[0]", "gm_check",
              t.store.advance_complaint(n, bj(2025, 10, 10, 10), AdvanceOptions{{"gm_check"}}, "qm.zhang"));
  CHECK(count(t.path, "SELECT count(*) FROM complaint_steps") == steps);
  c = t.store.advance_complaint(n, bj(2025, 10, 10, 10), AdvanceOptions{{"rnd"}}, "qm.zhang");
  CHECK(c.stage() == "manufacturing");
  // Manufacturing's report (七)4(2): unit, shift, operator, date.
  (void)t.store.record_complaint_entry(n, entry(ComplaintField::production_unit, "line 3", "mf.chen", bj(2025, 10, 10, 11)));
  (void)t.store.record_complaint_entry(n, entry(ComplaintField::machine_shift, "M7 night", "mf.chen", bj(2025, 10, 10, 11)));
  (void)t.store.record_complaint_entry(n, entry(ComplaintField::machine_operator, "Liu", "mf.chen", bj(2025, 10, 10, 11)));
  CHECK_ERROR(ErrorCode::parse_error, "text", "2025-9-30",
              t.store.record_complaint_entry(n, entry(ComplaintField::production_date, "2025-9-30", "mf.chen", bj(2025, 10, 10, 11))));
  (void)t.store.record_complaint_entry(n, entry(ComplaintField::production_date, "2025-09-30", "mf.chen", bj(2025, 10, 10, 11)));
  c = t.store.advance_complaint(n, bj(2025, 10, 10, 14));  // managers_opinion
  c = t.store.advance_complaint(n, bj(2025, 10, 10, 15));
  CHECK(c.stage() == "rnd");
  (void)t.store.record_complaint_entry(n, entry(ComplaintField::opinion, "change the weld jig", "rnd.sun", bj(2025, 10, 10, 16)));

  const auto entries = t.store.complaint_entries(n);
  REQUIRE(entries.size() == 8);
  CHECK(entries[2].field == ComplaintField::call_for);
  CHECK(entries[2].text == "rnd");
  CHECK(entries[2].author == "qm.zhang");
  CHECK(entries[2].stage == "quality_investigation");
  CHECK(entries[2].at == bj(2025, 10, 10, 10));
  CHECK(entries.back().stage == "rnd");
  // Rebuilt from the file: the decision replays.
  CHECK(t.store.complaint(n) == c);
  CHECK(t.store.complaint(n).called_for() == std::vector<std::string>{"rnd"});

  // Closed: no more entries.
  while (!c.is_closed()) c = step_complaint(t.store, c, c.stage_deadline().value_or(c.stage_entered()));
  CHECK_ERROR(ErrorCode::state, "number", "closed",
              t.store.record_complaint_entry(n, entry(ComplaintField::opinion, "x", "a", *c.closed_at())));
}

TEST_CASE("complaint form: the register (客戶抱怨案件登記追蹤表) as columns", "[complaint_form][store]") {
  TempStore t(bj(2025, 11, 20, 12));
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  in.kind = ComplaintKind::quality;
  const std::string a = t.store.open_complaint(in).number();
  in.received = bj(2025, 10, 13, 9);
  in.severity = Severity::serious;
  const std::string b = t.store.open_complaint(in).number();
  ComplaintForm f;
  f.part_number = "PN-4471";
  f.quantity = 500;
  f.request_pending = true;
  (void)t.store.record_complaint_form(a, f, "sales.li", bj(2025, 10, 9, 11));
  ComplaintForm fb;
  fb.customer_request = "退貨";
  fb.request_pending = true;  // the quantity to return still being found in processing
  (void)t.store.record_complaint_form(b, fb, "sales.li", bj(2025, 10, 13, 10));
  // b leaves every stage on time, R&D not called for.
  Complaint cb = t.store.complaint(b);
  while (!cb.is_closed()) cb = step_complaint(t.store, cb, cb.stage_deadline().value_or(cb.stage_entered()));

  const ComplaintRegister r = t.store.complaint_register(bj(2025, 10, 1), bj(2025, 11, 1), bj(2025, 10, 20, 12));
  REQUIRE(r.size() == 2);
  CHECK(r.number == std::vector<std::string>{a, b});
  CHECK(r.part_number == Nullable<std::string>{"PN-4471", std::nullopt});
  CHECK(r.quantity == Nullable<std::int64_t>{500, std::nullopt});
  CHECK(r.defective_quantity == Nullable<std::int64_t>{std::nullopt, std::nullopt});
  // (九)1: the pending note in the 客戶要求 column, beside a request given.
  CHECK(r.request == Nullable<std::string>{std::string(request_pending_text), "退貨（客戶加工中未確定）"});
  CHECK(r.stage == std::vector<std::string>{"registration", "closed"});
  CHECK(r.stage_department == std::vector<std::string>{"general_manager_office", ""});
  CHECK(r.stage_deadline == Nullable<std::int64_t>{unix_s(bj(2025, 10, 9, 15)), std::nullopt});  // ½ day from 10:00
  // a: left at registration past its ½ day and its 13 days (10-22 18:00 not yet): stage overdue.
  CHECK(r.standing == std::vector<std::string>{"stage_overdue", "closed_on_time"});
  CHECK(r.skipped == std::vector<std::string>{"", "rnd"});
  CHECK(r.severity == std::vector<std::string>{"general", "serious"});
  CHECK(r.closed_at == Nullable<std::int64_t>{std::nullopt, unix_s(*cb.closed_at())});
  // The span is [from, to).
  CHECK(t.store.complaint_register(bj(2025, 10, 13, 9), bj(2025, 11, 1), bj(2025, 10, 20)).number ==
        std::vector<std::string>{b});
}
