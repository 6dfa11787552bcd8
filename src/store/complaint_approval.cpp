// Approval by authority level in the store (issue 29 item 3; seeds/002
// (九)6 依核決權限分送業務部經理、副總經理或總經理核決, (九)11 業務部門不得
// 超越核決權限): the approval is a row with its lines, and it closes the
// approval stage as the complaint's advance (a complaint_steps 'advance' at
// the same instant), so the replayed complaint is closed where it was.
#include "store/impl.hpp"

namespace aftersales {

namespace {

std::optional<ComplaintApproval> load_approval(Store::Impl& impl, const Id& complaint_id, const std::string& number) {
  auto q = impl.db.use(
      "SELECT id, level, required_level, approver, at, amount_fen FROM complaint_approvals WHERE complaint_id = ?1");
  q->bind_id(1, complaint_id);
  if (!q->step()) return std::nullopt;
  ComplaintApproval a;
  a.id = q->id(0);
  a.number = number;
  a.level = q->text(1);
  a.required_level = q->text(2);
  a.approver = q->text(3);
  a.at = instant(q->integer(4));
  a.amount = q->integer(5);
  auto l = impl.db.use(
      "SELECT kind, quantity, unit_price_fen FROM complaint_approval_lines WHERE approval_id = ?1 ORDER BY line");
  l->bind_id(1, a.id);
  while (l->step())
    a.lines.push_back(DecisionLine{parse_commitment_kind(l->text_view(0), "complaint_approval_lines.kind"),
                                   l->integer(1), l->integer(2)});
  return a;
}

}  // namespace

ComplaintApproval Store::approve_complaint(std::string_view number, const ApprovalIntake& in) {
  Impl::Lock lock(*impl_);
  Impl::Write tx(*impl_, __func__);
  const Id id = store_complaint_id(*impl_, number);
  const Complaint c = store_replay_complaint(*impl_, number, "number");
  const ComplaintPolicy& policy = impl_->policy.complaints();
  const ApprovalRules& rules = policy.rules().approval;
  if (rules.levels.empty())
    throw Error(ErrorCode::state, "policy.complaints.approval", "the store's policy gives no approval levels");
  // Only the approval stage is closed by an approval; any other stage is
  // left by the department holding the form (advance_complaint).
  if (c.is_closed() || c.stage() != rules.stage)
    throw Error(ErrorCode::state, "complaint",
                "complaint " + c.number() + " is " + (c.is_closed() ? "closed" : "at stage " + c.stage()) +
                    ": an approval closes stage '" + rules.stage + "' (complaints.approval.stage)");
  require_text(in.approver, "approver");
  impl_->check_time(in.at, "at");
  const Fen amount = committed_amount(in.lines);
  const ApprovalLevel& needed = check_authority(rules, in.level, amount);
  // The approval closes the stage: the policy's advance (its "at" checks).
  const Complaint closed = policy.advance(c, in.at);

  ComplaintApproval a;
  a.id = impl_->new_id();
  a.number = c.number();
  a.level = in.level;
  a.required_level = needed.level;
  a.approver = in.approver;
  a.at = in.at;
  a.amount = amount;
  a.lines = in.lines;
  {
    auto u = impl_->db.use(
        "INSERT INTO complaint_approvals (id, complaint_id, level, required_level, approver, at, amount_fen) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    u->bind_id(1, a.id).bind_id(2, id).bind(3, a.level).bind(4, a.required_level).bind(5, a.approver);
    u->bind(6, secs(a.at)).bind(7, a.amount);
    u->run();
  }
  for (std::size_t i = 0; i < a.lines.size(); ++i) {
    auto u = impl_->db.use(
        "INSERT INTO complaint_approval_lines (approval_id, line, kind, quantity, unit_price_fen) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    u->bind_id(1, a.id).bind(2, static_cast<std::int64_t>(i + 1)).bind(3, to_string(a.lines[i].kind));
    u->bind(4, a.lines[i].quantity).bind(5, a.lines[i].unit_price);
    u->run();
  }
  store_record_complaint_step(*impl_, id, "advance", in.at, "", closed);
  tx.commit();
  return a;
}

std::optional<ComplaintApproval> Store::complaint_approval(std::string_view number) const {
  Impl::Lock lock(*impl_);
  const Id id = store_complaint_id(*impl_, number);
  return load_approval(*impl_, id, std::string(number));
}

}  // namespace aftersales
