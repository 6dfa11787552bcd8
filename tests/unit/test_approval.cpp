// Approval by authority level and improvement actions (issue 29 items 3 and
// 4): seeds/002 客戶投訴管理辦法 (九)6 依核決權限分送業務部經理、副總經理或
// 總經理核決, (九)11 不得超越核決權限, (七)3(5) 改善案…效果確認, (九)7
// 人為疏忽免列案追蹤, (九)10 檢查改善對策.
#include <aftersales/approval.hpp>
#include <aftersales/enum_names.hpp>
#include <aftersales/store.hpp>

#include "store_support.hpp"

#include <limits>

using namespace aftersales;
using namespace test_support;

namespace {

const ApprovalRules& rules() { return policy().complaints().rules().approval; }

DecisionLine line(CommitmentKind k, std::int64_t q, Fen p) { return DecisionLine{k, q, p}; }

// A complaint received 2025-10-09 10:00 and advanced stage by stage at each
// deadline up to the approval stage.
Complaint at_approval(Store& s) {
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  in.kind = ComplaintKind::quality;
  in.severity = Severity::general;
  Complaint c = s.open_complaint(in);
  while (c.stage() != "approval") c = s.advance_complaint(c.number(), c.stage_deadline().value_or(c.stage_entered()));
  return c;
}

ApprovalIntake approval(std::string level, std::vector<DecisionLine> lines, Instant at = bj(2025, 10, 21, 16)) {
  ApprovalIntake a;
  a.level = std::move(level);
  a.approver = "Li Ming";
  a.at = at;
  a.lines = std::move(lines);
  return a;
}

ImprovementIntake improvement(Date due, Instant opened = bj(2025, 10, 10, 9)) {
  ImprovementIntake in;
  in.action = "torque check on line 3 every shift";
  in.owner = "manufacturing";
  in.due = due;
  in.opened = opened;
  return in;
}

}  // namespace

// ------------------------------------------------------------------ the policy

TEST_CASE("approval: the default levels, inclusive thresholds in fen (a company's choice, (九)6)", "[approval]") {
  REQUIRE(rules().stage == "approval");
  REQUIRE(rules().levels.size() == 3);
  CHECK(required_level(rules(), 0).level == "sales_manager");
  CHECK(required_level(rules(), 500000).level == "sales_manager");  // ¥5,000 inclusive
  CHECK(required_level(rules(), 500001).level == "vice_president");
  CHECK(required_level(rules(), 5000000).level == "vice_president");  // ¥50,000 inclusive
  CHECK(required_level(rules(), 5000001).level == "general_manager");
  CHECK(required_level(rules(), std::numeric_limits<Fen>::max()).level == "general_manager");
  // A higher level may approve; a lower one is refused naming the level needed (九)11.
  CHECK(check_authority(rules(), "general_manager", 100).level == "sales_manager");
  CHECK_ERROR(ErrorCode::invalid_argument, "level",
              "sales_manager may approve up to 5000.00 yuan; 12000.00 yuan needs vice_president",
              check_authority(rules(), "sales_manager", 1200000));
  CHECK_ERROR(ErrorCode::invalid_argument, "level", "50000.01 yuan needs general_manager",
              check_authority(rules(), "vice_president", 5000001));
  CHECK_ERROR(ErrorCode::not_found, "level", "'chairman' (the policy's levels: sales_manager, vice_president, "
                                             "general_manager)",
              check_authority(rules(), "chairman", 1));
  CHECK_ERROR(ErrorCode::invalid_argument, "amount", "-1", required_level(rules(), -1));
}

TEST_CASE("approval: the amount a decision commits, exact and overflow-checked", "[approval]") {
  const std::vector<DecisionLine> lines{line(CommitmentKind::compensation, 1, 300000),
                                        line(CommitmentKind::allowance, 1, 150000),
                                        line(CommitmentKind::returned_goods, 12, 8350)};
  CHECK(committed_amount(lines) == 550200);  // 3000.00 + 1500.00 + 12 x 83.50 yuan
  CHECK(committed_amount(std::span<const DecisionLine>{}) == 0);
  CHECK_ERROR(ErrorCode::invalid_argument, "lines[0].quantity", "0 is below 1",
              committed_amount(std::vector{line(CommitmentKind::returned_goods, 0, 1)}));
  CHECK_ERROR(ErrorCode::invalid_argument, "lines[1].unit_price", "-5",
              committed_amount(std::vector{line(CommitmentKind::allowance, 1, 1), line(CommitmentKind::allowance, 1, -5)}));
  const Fen big = std::numeric_limits<Fen>::max() / 2 + 1;
  CHECK_ERROR(ErrorCode::invalid_argument, "lines[0]", "overflows",
              committed_amount(std::vector{line(CommitmentKind::returned_goods, 3, big)}));
  CHECK_ERROR(ErrorCode::invalid_argument, "lines", "sum of the lines overflows",
              committed_amount(std::vector{line(CommitmentKind::compensation, 1, big), line(CommitmentKind::compensation, 1, big)}));
  CHECK_ERROR(ErrorCode::invalid_argument, "lines[0].kind", "not a commitment kind",
              committed_amount(std::vector{line(static_cast<CommitmentKind>(9), 1, 1)}));
}

TEST_CASE("approval: the policy's levels are read, checked and written back", "[approval][policy]") {
  const auto read = [](const char* levels) {
    return ComplaintPolicy::from_json(std::string(R"({"complaints": {"approval": {"levels": )") + levels + "}}}", cn());
  };
  const ComplaintPolicy two = read(R"([{"level": "manager", "max_fen": 100}, {"level": "owner", "max_fen": null}])");
  CHECK(two.rules().approval.levels == std::vector<ApprovalLevel>{{"manager", 100}, {"owner", std::nullopt}});
  CHECK(two.rules().approval.stage == "approval");  // merged from the defaults
  CHECK(ComplaintPolicy::from_json(two.to_json(), cn()).rules() == two.rules());
  const ComplaintPolicy def = ComplaintPolicy::default_policy(cn());
  CHECK(ComplaintPolicy::from_json(def.to_json(), cn()).rules() == def.rules());
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.levels[1].max_fen", "not above the level before it",
              read(R"([{"level": "a", "max_fen": 100}, {"level": "b", "max_fen": 100}, {"level": "c", "max_fen": null}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.levels[0].max_fen", "only for the last",
              read(R"([{"level": "a", "max_fen": null}, {"level": "b", "max_fen": null}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.levels[1].max_fen", "the highest level needs no bound",
              read(R"([{"level": "a", "max_fen": 1}, {"level": "b", "max_fen": 2}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.levels[1].level", "'a' is given twice",
              read(R"([{"level": "a", "max_fen": 1}, {"level": "a", "max_fen": null}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.levels[0].max_fen", "negative",
              read(R"([{"level": "a", "max_fen": -1}, {"level": "b", "max_fen": null}])"));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.levels", "names no level", read("[]"));
  CHECK_ERROR(ErrorCode::parse_error, "complaints.approval.levels[0].max_fen", "fen",
              read(R"([{"level": "a", "max_fen": "5000"}])"));
  CHECK_ERROR(ErrorCode::parse_error, "complaints.approval.levels[0].ceiling", "",
              read(R"([{"level": "a", "ceiling": 1}])"));
  // A misspelt stage would close every complaint without an approval.
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.stage", "'aproval' is not one of the stages",
              ComplaintPolicy::from_json(R"({"complaints": {"approval": {"stage": "aproval"}}})", cn()));
  // A 0.2.0 document of its own stages, none of them the approval stage,
  // loads as before: it approves by no level.
  const ComplaintPolicy own = ComplaintPolicy::from_json(
      R"({"complaints": {"stages": [{"name": "intake", "department": "sales", "days": 1}]}})", cn());
  CHECK(own.rules().approval.levels.empty());
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.stage", "'approval' is not one of the stages",
              ComplaintPolicy::from_json(R"({"complaints": {"stages": [{"name": "intake", "department": "sales", "days": 1}],
                                            "approval": {"stage": "approval"}}})", cn()));
  // Nor may the approval stage be one a complaint passes over or leaves
  // before the clock: every complaint passes the approval.
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.stage", "'intake' is before the clock",
              ComplaintPolicy::from_json(R"({"complaints": {"approval": {"stage": "intake"}}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.approval.stage", "'rnd' is optional",
              ComplaintPolicy::from_json(R"({"complaints": {"approval": {"stage": "rnd"}}})", cn()));
  // A complaint stored under such a 0.2.0 list replays under today's
  // policy without approval (it was opened without one), not as an error.
  const ComplaintPolicy replay = ComplaintPolicy::default_policy(cn()).under_stages(own.rules().stages);
  CHECK(replay.rules().approval.levels.empty());
  CHECK(replay.rules().stages == own.rules().stages);
}

// ------------------------------------------------------------------ approving in the store

TEST_CASE("store: an approval by authority closes the approval stage; a lower level is refused (九)6 (九)11",
          "[approval][store]") {
  TempStore t;
  Store& s = t.store;
  const Complaint c = at_approval(s);
  const std::string n = c.number();
  const std::vector<DecisionLine> lines{line(CommitmentKind::compensation, 1, 600000),
                                        line(CommitmentKind::returned_goods, 10, 60000)};  // 12000.00 yuan

  // Below the level needed: refused, naming it; nothing written.
  CHECK_ERROR(ErrorCode::invalid_argument, "level", "12000.00 yuan needs vice_president",
              s.approve_complaint(n, approval("sales_manager", lines)));
  CHECK(count(t.path, "SELECT count(*) FROM complaint_approvals") == 0);
  CHECK_FALSE(s.complaint(n).is_closed());
  CHECK_ERROR(ErrorCode::invalid_argument, "approver", "empty", [&] {
    auto a = approval("vice_president", lines);
    a.approver.clear();
    return s.approve_complaint(n, a);
  }());
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "future",
              s.approve_complaint(n, approval("vice_president", lines, bj(2025, 11, 21, 9))));
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before",
              s.approve_complaint(n, approval("vice_president", lines, c.stage_entered() - Seconds(1))));
  CHECK_ERROR(ErrorCode::not_found, "number", "2510-99", s.approve_complaint("2510-99", approval("vice_president", lines)));
  CHECK_ERROR(ErrorCode::invalid_argument, "lines[1].quantity", "below 1", [&] {
    auto a = approval("general_manager", lines);
    a.lines[1].quantity = 0;
    return s.approve_complaint(n, a);
  }());
  CHECK(count(t.path, "SELECT count(*) FROM complaint_approvals") == 0);
  CHECK(s.complaint_approval(n) == std::nullopt);

  // The general manager may approve what the vice president could.
  const ComplaintApproval a = s.approve_complaint(n, approval("general_manager", lines));
  CHECK(a.amount == 1200000);
  CHECK(a.level == "general_manager");
  CHECK(a.required_level == "vice_president");
  CHECK(a.approver == "Li Ming");
  CHECK(a.at == bj(2025, 10, 21, 16));
  CHECK(a.number == n);
  CHECK(s.complaint_approval(n) == a);  // read back, lines included
  const Complaint closed = s.complaint(n);
  CHECK(closed.is_closed());
  CHECK(closed.closed_at() == bj(2025, 10, 21, 16));
  CHECK(closed.history().back().stage == "approval");
  // Closed: a second approval is refused.
  CHECK_ERROR(ErrorCode::state, "complaint", "closed", s.approve_complaint(n, approval("general_manager", lines)));

  // A return decided on the complaint carries its approval.
  (void)s.record_return(n, ReturnKind::goods_return, 10, 10, 600000);
  CHECK(count(t.path, "SELECT count(*) FROM returns r JOIN complaint_approvals a ON a.id = r.approval_id") == 1);
}

TEST_CASE("store: approval only at the approval stage; each level up to its bound", "[approval][store]") {
  TempStore t;
  Store& s = t.store;
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  const Complaint early = s.open_complaint(in);
  CHECK_ERROR(ErrorCode::state, "complaint", "at stage registration: an approval closes stage 'approval'",
              s.approve_complaint(early.number(), approval("general_manager", {})));
  // Exactly at each bound: the lower level suffices.
  const Complaint a = at_approval(s);
  CHECK(s.approve_complaint(a.number(), approval("sales_manager", {line(CommitmentKind::allowance, 1, 500000)}))
            .required_level == "sales_manager");
  const Complaint b = at_approval(s);
  CHECK(s.approve_complaint(b.number(), approval("vice_president", {line(CommitmentKind::compensation, 1, 5000000)}))
            .required_level == "vice_president");
  const Complaint c = at_approval(s);
  CHECK_ERROR(ErrorCode::invalid_argument, "level", "needs general_manager",
              s.approve_complaint(c.number(), approval("vice_president", {line(CommitmentKind::compensation, 1, 5000001)})));
  // No lines: nothing committed (a decision with no remedy), any level.
  CHECK(s.approve_complaint(c.number(), approval("sales_manager", {})).amount == 0);
}

// ------------------------------------------------------------------ improvements

TEST_CASE("store: improvements are confirmed, or found ineffective and reopened (七)3(5)", "[improvement][store]") {
  TempStore t;
  Store& s = t.store;
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  const std::string n = s.open_complaint(in).number();

  const Improvement first = s.open_improvement(n, improvement(day(2025, 10, 31)));
  CHECK(first.state == ImprovementState::open);
  CHECK(first.number == n);
  CHECK(first.due == day(2025, 10, 31));
  CHECK(s.improvement(first.id) == first);
  // Found ineffective: closed, and a new one opened at that instant, linked.
  const Improvement second =
      s.reopen_improvement(first.id, "quality_management", bj(2025, 11, 3, 9), improvement(day(2025, 11, 28)));
  CHECK(second.reopens == first.id);
  CHECK(second.opened == bj(2025, 11, 3, 9));
  const Improvement closed = s.improvement(first.id);
  CHECK(closed.state == ImprovementState::ineffective);
  CHECK(closed.closed_at == bj(2025, 11, 3, 9));
  CHECK(closed.closed_by == "quality_management");
  CHECK_ERROR(ErrorCode::state, "improvement", "ineffective already",
              s.confirm_improvement(first.id, "quality_management", bj(2025, 11, 4)));
  // 效果確認.
  const Improvement ok = s.confirm_improvement(second.id, "quality_management", bj(2025, 11, 18, 15));
  CHECK(ok.state == ImprovementState::confirmed);
  CHECK(s.improvements(n) == std::vector<Improvement>{closed, ok});
  CHECK(s.improvements() == s.improvements(n));

  // Refusals, each naming its field; nothing half-written.
  CHECK_ERROR(ErrorCode::not_found, "id", "no improvement", s.confirm_improvement("nope", "qm", bj(2025, 11, 4)));
  CHECK_ERROR(ErrorCode::not_found, "number", "2510-77", s.open_improvement("2510-77", improvement(day(2025, 11, 1))));
  CHECK_ERROR(ErrorCode::invalid_argument, "due", "2025-10-09 is before the improvement is opened (2025-10-10)",
              s.open_improvement(n, improvement(day(2025, 10, 9))));
  CHECK_ERROR(ErrorCode::invalid_argument, "opened", "before complaint",
              s.open_improvement(n, improvement(day(2025, 11, 1), bj(2025, 10, 9, 9))));
  CHECK_ERROR(ErrorCode::invalid_argument, "opened", "future",
              s.open_improvement(n, improvement(day(2025, 12, 1), bj(2025, 11, 21, 9))));
  CHECK_ERROR(ErrorCode::invalid_argument, "action", "empty", [&] {
    auto i = improvement(day(2025, 11, 1));
    i.action.clear();
    return s.open_improvement(n, i);
  }());
  const Improvement third = s.open_improvement(n, improvement(day(2025, 11, 30), bj(2025, 11, 19, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "reopened.due", "before",
              s.reopen_improvement(third.id, "qm", bj(2025, 11, 20, 9), improvement(day(2025, 11, 19))));
  CHECK(s.improvement(third.id).state == ImprovementState::open);  // the refused reopen closed nothing
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before the improvement was opened",
              s.confirm_improvement(third.id, "qm", bj(2025, 11, 19, 8)));
  CHECK_ERROR(ErrorCode::invalid_argument, "by", "empty", s.confirm_improvement(third.id, "", bj(2025, 11, 19, 10)));
}

TEST_CASE("store: a case exempt from tracking for human negligence takes no improvement (九)7", "[improvement][store]") {
  TempStore t;
  Store& s = t.store;
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  in.kind = ComplaintKind::non_quality;
  const std::string n = s.open_complaint(in).number();
  const std::string m = s.open_complaint(in).number();
  CHECK(s.tracking_exemption(n) == std::nullopt);
  const TrackingExemptionRecord r =
      s.exempt_from_tracking(n, TrackingExemption::human_negligence, "general_manager_office", bj(2025, 10, 10, 9));
  CHECK(s.tracking_exemption(n) == r);
  CHECK(r.decided_by == "general_manager_office");
  CHECK_ERROR(ErrorCode::state, "number", "exempt from tracking (human_negligence, seeds/002 (九)7",
              s.open_improvement(n, improvement(day(2025, 11, 1))));
  CHECK_ERROR(ErrorCode::state, "number", "already",
              s.exempt_from_tracking(n, TrackingExemption::human_negligence, "gm", bj(2025, 10, 10, 9)));
  // A case with an improvement on record is tracked: no exemption afterwards.
  (void)s.open_improvement(m, improvement(day(2025, 11, 1)));
  CHECK_ERROR(ErrorCode::state, "number", "1 improvement(s) on record",
              s.exempt_from_tracking(m, TrackingExemption::human_negligence, "gm", bj(2025, 10, 10, 9)));
  CHECK(s.tracking_exemption(m) == std::nullopt);
  CHECK_ERROR(ErrorCode::invalid_argument, "at", "before complaint",
              s.exempt_from_tracking(s.open_complaint(in).number(), TrackingExemption::human_negligence, "gm",
                                     bj(2025, 10, 9, 9)));
  CHECK_ERROR(ErrorCode::invalid_argument, "reason", "not a tracking exemption",
              s.exempt_from_tracking(m, static_cast<TrackingExemption>(4), "gm", bj(2025, 10, 10, 9)));
}

TEST_CASE("store: overdue improvements are judged at the end of the due day; the statistics list them (九)10",
          "[improvement][store]") {
  TempStore t(bj(2025, 11, 20, 12));
  Store& s = t.store;
  ComplaintIntake in;
  in.received = bj(2025, 10, 9, 10);
  const std::string n = s.open_complaint(in).number();
  const Improvement a = s.open_improvement(n, improvement(day(2025, 10, 31)));
  const Improvement b = s.open_improvement(n, improvement(day(2025, 11, 15)));
  const Improvement c = s.open_improvement(n, improvement(day(2025, 10, 20)));
  (void)s.confirm_improvement(c.id, "qm", bj(2025, 10, 20, 17));  // on time

  // Met exactly at the end of the due day; one second later overdue.
  CHECK(s.overdue_improvements(bj(2025, 10, 31, 23, 59) + Seconds(59)).empty());
  const auto late = s.overdue_improvements(bj(2025, 11, 1));
  REQUIRE(late.size() == 1);
  CHECK(late[0].id == a.id);
  // As they stood: c was open on 10-15 (closed later), not overdue then.
  const auto open_then = s.open_improvements(bj(2025, 10, 15));
  REQUIRE(open_then.size() == 3);
  CHECK(open_then[0].id == c.id);  // by due day
  CHECK(open_then[0].state == ImprovementState::open);
  CHECK_FALSE(open_then[0].closed_at.has_value());
  CHECK(s.open_improvements(bj(2025, 10, 10, 8)).empty());  // not opened yet

  // October's statistics, due 11-10: as of the end of that day a and b are
  // open, a overdue.
  const ComplaintStatistics st = s.complaint_statistics(YearMonth{2025, 10});
  CHECK(st.due == day(2025, 11, 10));
  REQUIRE(st.open_improvements.size() == 2);
  CHECK(st.open_improvements[0].id == a.id);
  CHECK(st.open_improvements[1].id == b.id);
  REQUIRE(st.overdue_improvements.size() == 1);
  CHECK(st.overdue_improvements[0].id == a.id);
  // November's, due 12-10: as of now (11-20 12:00, earlier) b is overdue too.
  CHECK(s.complaint_statistics(YearMonth{2025, 11}).overdue_improvements.size() == 2);
}

// ------------------------------------------------------------------ the schema

TEST_CASE("store: schema 10 lists the enumerations and upgrades a version-5 store", "[approval][improvement][store]") {
  {
    TempStore t;
    const auto checks = [&](const char* table, const char* fragment) {
      const std::string sql = std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + table +
                              "' AND instr(sql, \"" + fragment + "\") > 0";
      return count(t.path, sql.c_str()) == 1;
    };
    CHECK(checks("complaint_approval_lines", "kind IN ('compensation', 'allowance', 'returned_goods')"));
    CHECK(checks("improvements", "state IN ('open', 'confirmed', 'ineffective')"));
    CHECK(checks("tracking_exemptions", "reason IN ('human_negligence')"));
    CHECK(enum_names<CommitmentKind>().size() == 3);
    CHECK(enum_names<ImprovementState>().size() == 3);
    CHECK(enum_names<TrackingExemption>().size() == 1);
  }
  const std::string path = v5_store();  // a version-5 store as main's code wrote it
  {
    Store s = Store::open(path, policy(), at_clock(bj(2025, 12, 1, 9)));
    CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
    CHECK(count(path, "SELECT count(*) FROM improvements") == 0);
    CHECK(count(path, "SELECT count(*) FROM returns WHERE approval_id IS NOT NULL") == 0);
    ComplaintIntake in;
    in.received = bj(2025, 11, 30, 9);
    const std::string n = s.open_complaint(in).number();
    CHECK(s.open_improvement(n, improvement(day(2025, 12, 5), bj(2025, 11, 30, 10))).state == ImprovementState::open);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}
