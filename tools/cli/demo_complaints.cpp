// The demo's complaint month (issue 29): every complaint worked through the
// form's stages as the seeds draw it (seeds/002 客戶投訴管理辦法 (九)1-11):
// its facts recorded at intake, each department's entries while the form is
// with it, R&D only when a case calls for it, the decision approved at the
// level its amount needs, improvements followed to their effect (七)3(5),
// the customer visited and told (家電 (二十六)(二十八)), and the month's
// administrative penalties (行政處罰準則 (四)-(六)). Only the public Store API;
// every draw from the demo's seeded Draw, so a seed gives one month.
#include "demo_month.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

namespace {

using namespace std::chrono;
using as::Instant;

// Who writes for a department (the stage's holder, as the policy names it).
std::string person_of(std::string_view department) {
  static const std::pair<std::string_view, const char*> people[] = {
      {"sales", "sales.li"},           {"general_manager_office", "gmo.zhao"}, {"quality_management", "qm.zhang"},
      {"manufacturing", "mfg.wang"},   {"managers_office", "mo.liu"},          {"rnd", "rnd.chen"},
      {"management", "gm.wang"},       {"service_department", "svc.zhou"}};
  for (const auto& [d, p] : people)
    if (d == department) return p;
  return std::string(department) + ".staff";
}

// Who signs at an authority level (the levels are the policy's).
std::string approver_of(std::string_view level) {
  if (level == "sales_manager") return "sm.li";
  if (level == "vice_president") return "vp.chen";
  if (level == "general_manager") return "gm.wang";
  return std::string(level);
}

template <std::size_t N>
const char* pick(Draw& draw, const char* const (&options)[N]) {
  return options[static_cast<std::size_t>(draw.below(static_cast<std::int64_t>(N)))];
}

// Closed in `month` (local time).
bool closed_in(const as::Calendar& cal, const as::Complaint& k, as::YearMonth month) {
  if (!k.is_closed()) return false;
  const as::Date d = cal.local_date(*k.closed_at());
  return static_cast<int>(d.year()) == month.year && static_cast<int>(d.month()) == month.month;
}

// A case as the demo plans it when it starts working on it.
struct Case {
  std::string number;
  as::ComplaintKind kind = as::ComplaintKind::quality;
  std::optional<as::ServiceCall> call;  // none: a dealer's batch complaint
  std::string responsible;              // the party responsibility goes to
  std::string rnd_from;                 // the stage that calls R&D in; "" none
  std::vector<as::DecisionLine> decision;
  std::string countermeasure;
  std::int64_t dealer_defective = 0;  // a dealer's count, known by negotiation
  as::Fen dealer_price = 0;           // the set's price to the dealer
  bool dealer() const { return !call.has_value(); }
  bool quality() const { return kind == as::ComplaintKind::quality; }
};

// What the month did, for the choices that must show at least once.
struct Tally {
  int vice_president = 0;       // approvals at the middle level
  bool refused = false;         // an approval refused for want of authority
  int closed_in_month = 0;
  bool left_unvisited = false, left_untold = false;
  bool rnd_called = false;
  bool exempted = false;
  std::vector<std::string> improvements;  // ids, opened in order
};

// The text a department writes into `field` at `stage` (seeds/002 (九)3-6, (七)4(2)).
std::string entry_text(Draw& draw, const as::Calendar& cal, Case& cs, std::string_view stage, as::ComplaintField f,
                       Instant at) {
  using F = as::ComplaintField;
  const bool q = cs.quality();
  switch (f) {
    case F::cause:
      if (stage == "quality_investigation")
        return q ? (cs.dealer() ? "sample sets: line output stage fails after 20-60 h burn-in"
                                : pick(draw, {"sample confirms: flyback transformer arcing",
                                              "sample confirms: cold solder joint on the power board",
                                              "sample confirms: bulged filter capacitor on the main board"}))
                 : pick(draw, {"technician arrived three hours after the time promised",
                               "technician left without testing the set with the customer",
                               "technician did not reconnect the antenna"});
      return q ? pick(draw, {"capacitor lot below rating from one supplier", "reflow profile out of range that week",
                             "transformer potting incomplete on one fixture"})
               : "no production cause: the set meets its test record";
    case F::responsibility:
      return q ? (cs.dealer() ? "manufacturing (line 2); outgoing inspection let the rejects through"
                              : "manufacturing; the service centre repaired correctly")
               : "service_department: " + cs.responsible;
    case F::countermeasure:
      cs.countermeasure =
          q ? (cs.dealer() ? "rework the lot's line output stage; 72 h burn-in on line 2 until two clean lots"
                           : pick(draw, {"incoming inspection of capacitors per lot, supplier audited",
                                         "reflow profile checked each shift and logged",
                                         "potting fixture replaced, first-article check per shift"}))
            : "refresher training on arrival promises and the test before leaving";
      return cs.countermeasure;
    case F::production_unit: return pick(draw, {"line 1", "line 2", "line 3"});
    case F::machine_shift: return pick(draw, {"A shift", "B shift", "C shift"});
    case F::machine_operator: return pick(draw, {"op.0412", "op.0577", "op.0631", "op.0718"});
    case F::production_date:
      return as::format_date(cal.local_date(at) - boost::gregorian::days(static_cast<long>(draw.range(60, 400))));
    case F::opinion:
      if (stage == "rnd") return "power stage design margin too thin: capacitor rating raised by an engineering change";
      return q ? "agree with the countermeasure; the customer's loss to be made good"
               : "agree; apologise and waive the fee";
    case F::check:
      return pick(draw, {"form complete, every stage signed", "form complete; one stage over its budget noted"});
    case F::handling_proposal: {
      const as::Fen amount = as::committed_amount(cs.decision);
      return amount == 0 ? "apologise in person; no compensation asked"
                         : "settle for " + as::format_yuan(amount) + " yuan";
    }
    case F::result: return "customer accepts the proposal";
    case F::customer_reaction:
      return pick(draw, {"satisfied", "accepts; asks for a call before the next visit",
                         "accepts, still annoyed at the wait"});
    case F::supervisor_review: return "reviewed by the sales supervisor: proposal and result agree";
    case F::consolidation: return "consolidated opinion: proposal stands; to approval by authority";
    case F::call_for: break;
  }
  return "noted";
}

// The fields a service complaint has nothing to say about (no production cause).
bool writes(const Case& cs, as::ComplaintField f) {
  using F = as::ComplaintField;
  if (f == F::call_for) return false;
  if (cs.quality()) return true;
  return f != F::production_unit && f != F::machine_shift && f != F::machine_operator && f != F::production_date;
}

// The decision sales proposes on entering negotiation: most within the sales
// manager's authority, a replaced set now and then (the vice president's).
std::vector<as::DecisionLine> decide(Draw& draw, const Case& cs, Tally& t) {
  using K = as::CommitmentKind;
  if (cs.dealer()) return {{K::returned_goods, cs.dealer_defective, cs.dealer_price}};  // the sets taken back at price
  if (!cs.quality())
    return draw.percent(60) ? std::vector<as::DecisionLine>{{K::allowance, 1, draw.range(50, 200) * 100}}
                            : std::vector<as::DecisionLine>{};
  if (t.vice_president == 0 || draw.percent(12))  // the set replaced and the trouble made good
    return {{K::returned_goods, 1, draw.range(48, 68) * 10000}, {K::compensation, 1, draw.range(3, 8) * 10000}};
  return {{draw.percent(70) ? K::compensation : K::allowance, 1, draw.range(2, 20) * 10000}};
}

// Works complaint `cs` from where it stands to its closing or to `now`.
void work(as::Store& store, Draw& draw, const as::Calendar& cal, Instant now, Case& cs, Tally& t) {
  const as::ComplaintRules& rules = store.policy().complaints().rules();
  as::Complaint k = store.complaint(cs.number);
  while (!k.is_closed()) {
    const as::ComplaintStage stage = k.stages()[k.stage_index()];  // a copy: k is replaced below
    const Instant entered = k.stage_entered();
    // Most stages are left within their budget, some over it (the
    // reminders and overdue inquiries then have something to say).
    Instant step;
    if (k.stage_deadline()) {
      const as::Seconds budget = cal.between(entered, *k.stage_deadline());
      const std::int64_t pct = draw.percent(85) ? draw.range(25, 95) : draw.range(105, 180);
      step = cal.add(entered, budget * pct / 100);
    } else {
      step = cal.add(entered, minutes{draw.range(60, 480)});
    }
    // A dealer still processing its goods has no count yet: sales cannot
    // propose anything, the form waits at negotiation.
    if (cs.dealer() && cs.dealer_defective == 0 && stage.name == "negotiation") return;
    if (stage.name == "negotiation" && cs.decision.empty()) cs.decision = decide(draw, cs, t);
    if (cs.dealer() && stage.name == "negotiation" && step < now) {
      // The dealer has counted its stock: the form's quantity now known.
      as::ComplaintForm f = store.complaint_form(cs.number)->form;
      f.defective_quantity = cs.dealer_defective;
      f.request_pending = false;
      f.customer_request = "take back the " + std::to_string(cs.dealer_defective) + " defective sets at price";
      store.record_complaint_form(cs.number, f, "sales.li", cal.add(entered, minutes{30}));
    }
    std::vector<as::ComplaintField> fields;
    for (as::ComplaintField f : stage.entries)
      if (writes(cs, f)) fields.push_back(f);
    const as::Seconds spent = cal.between(entered, step);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const auto share = static_cast<std::int64_t>(i + 1), shares = static_cast<std::int64_t>(fields.size() + 1);
      const Instant at = cal.add(entered, spent * share / shares);
      if (at >= now) return;
      const std::string author = fields[i] == as::ComplaintField::supervisor_review ? "sales.supervisor.huang"
                                                                                    : person_of(stage.department);
      store.record_complaint_entry(cs.number,
                                   {fields[i], entry_text(draw, cal, cs, stage.name, fields[i], at), author, at});
    }
    if (step >= now) return;  // still with this department
    if (stage.name == rules.approval.stage) {
      const as::Fen amount = as::committed_amount(cs.decision);
      const std::string& needed = as::required_level(rules.approval, amount).level;
      if (needed != rules.approval.levels.front().level && !t.refused) {
        // Sales tries its own manager first (九)11: refused, naming the level needed.
        try {
          const std::string& lowest = rules.approval.levels.front().level;
          store.approve_complaint(cs.number, {lowest, approver_of(lowest), step, cs.decision});
        } catch (const as::Error& e) {
          if (e.field() != "level") throw;
          t.refused = true;
        }
      }
      store.approve_complaint(cs.number, {needed, approver_of(needed), step, cs.decision});
      if (needed == "vice_president") ++t.vice_president;
      k = store.complaint(cs.number);
      continue;
    }
    // Leaving a stage that may call R&D in (依異常狀況 (九)4): the optional
    // stages this one decides, called for when the case plans it.
    as::AdvanceOptions options;
    for (const as::ComplaintStage& s : k.stages())
      if (s.optional && cs.rnd_from == stage.name &&
          std::find(s.decided_by.begin(), s.decided_by.end(), stage.name) != s.decided_by.end())
        options.call_for.push_back(s.name);
    k = options.call_for.empty() ? store.advance_complaint(cs.number, step)
                                 : store.advance_complaint(cs.number, step, options, person_of(stage.department));
    t.rnd_called = t.rnd_called || !options.call_for.empty();
    // The cause known: the case's improvement (改善案 (七)3(5)) opened, or a
    // service lapse of one person exempted (人為疏忽免列案追蹤 (九)7).
    const bool service_cause_known = !cs.quality() && stage.name == "quality_investigation";
    const bool countermeasure_known = cs.quality() && !cs.countermeasure.empty() &&
                                      store.improvements(cs.number).empty();
    if (service_cause_known && (!t.exempted || draw.percent(50))) {
      store.exempt_from_tracking(cs.number, as::TrackingExemption::human_negligence,
                                 person_of("general_manager_office"), step);
      t.exempted = true;
    } else if (service_cause_known || countermeasure_known) {
      const std::string action = cs.quality() ? cs.countermeasure : "refresher training on arrival promises";
      const as::Date due = cal.local_date(step) + boost::gregorian::days(static_cast<long>(draw.range(7, 20)));
      t.improvements.push_back(
          store.open_improvement(cs.number, {action, cs.quality() ? "mfg.wang" : "svc.zhou", due, step}).id);
    }
  }
  // Closed: responsibility confirmed, and a technician at fault charged (經濟處罰).
  store.confirm_responsibility(cs.number, std::vector<as::Weight>{{cs.responsible, 10000}});
  if (!cs.quality() && cs.call->technician == cs.responsible) {
    const as::Date closed = cal.local_date(*k.closed_at());
    store.charge_penalty(*cs.call->technician,
                         as::YearMonth{static_cast<int>(closed.year()), static_cast<int>(closed.month())},
                         draw.range(100, 800) * 100, cs.number);
  }
}

// The supervisor's visit (家電 (二十八)) and the result told (二十六): a few
// of the month's closed cases left without, so the statistics list them.
void contact(as::Store& store, Draw& draw, const as::Calendar& cal, Instant now, const Case& cs, as::YearMonth month,
             Tally& t) {
  const as::Complaint k = store.complaint(cs.number);
  const bool closed_in_month = closed_in(cal, k, month);
  if (closed_in_month) ++t.closed_in_month;
  const std::string supervisor = cs.dealer() || cs.call->centre == "city" ? "S01" : "S02";
  const bool skip_visit = closed_in_month && !t.left_unvisited && t.closed_in_month >= 2;
  const Instant visit = cal.add(cal.next_working(k.received()), minutes{draw.range(60, 14 * 60)});
  if (visit < now && !skip_visit && !draw.percent(4))
    store.record_contact(cs.number, {as::ContactKind::visit, as::ContactMethod::visit, supervisor, visit,
                                     cs.dealer() ? "visited the dealer's stock room with quality management"
                                                 : "visited the customer at home",
                                     std::nullopt});
  t.left_unvisited = t.left_unvisited || skip_visit;
  if (!k.is_closed()) return;
  const bool skip_told = closed_in_month && !t.left_untold && t.closed_in_month >= 3 && !skip_visit;
  const Instant told = cal.add(*k.closed_at(), minutes{draw.range(30, 240)});
  // A serious case's result by letter (函告); a general one's by letter or phone.
  const as::ContactMethod how = k.severity() == as::Severity::serious || draw.percent(40) ? as::ContactMethod::letter
                                                                                          : as::ContactMethod::phone;
  // The decision told is what the approval committed, never more ((九)11).
  const std::optional<as::ComplaintApproval> approval = store.complaint_approval(cs.number);
  if (told < now && !skip_told && !draw.percent(4))
    store.record_contact(cs.number, {as::ContactKind::notification, how, supervisor, told,
                                     how == as::ContactMethod::letter ? "decision sent by letter"
                                                                      : "decision told by phone",
                                     approval ? std::optional<as::Fen>(approval->amount) : std::nullopt});
  t.left_untold = t.left_untold || skip_told;
}

// 改善案 to their effect (效果確認, (七)3(5)): checked some days after opening;
// most effective, one found ineffective and reopened, some still open.
void follow_improvements(as::Store& store, Draw& draw, const as::Calendar& cal, Instant now, const Tally& t) {
  bool confirmed = false, reopened = false, left = false;
  const as::Date today = cal.local_date(now);
  for (const std::string& id : t.improvements) {
    const as::Improvement m = store.improvement(id);
    const Instant check = cal.add(m.opened, hours{8 * draw.range(3, 9)});
    if (check >= now) continue;
    if (!left && m.due < today && confirmed && reopened) {  // one left overdue for the statistics
      left = true;
      continue;
    }
    if (!confirmed || (reopened && draw.percent(85))) {
      store.confirm_improvement(id, "qm.zhang", check);
      confirmed = true;
    } else {
      store.reopen_improvement(id, "qm.zhang", check,
                               {m.action + ", checked again after a month", m.owner,
                                cal.local_date(check) + boost::gregorian::days(14), check});
      reopened = true;
    }
  }
}

// The month's administrative penalties on closed cases (行政處罰準則 (五)(六)):
// a warning to a technician of a late service case, and a major demerit to
// the outgoing inspector of the dealer's batch, which takes the month's
// whole bonus before any complaint deduction (settled here).
void penalties(as::Store& store, Draw& draw, const as::Calendar& cal, Instant now, const std::vector<Case>& cases,
               as::YearMonth month) {
  const as::Date today = cal.local_date(now);
  const std::string yymm = as::format_year_month(month).substr(2, 2) + as::format_year_month(month).substr(5, 2);
  // The first case that fits gets the penalty, on the notice numbered `serial`.
  const auto penalize = [&](const auto& fits, const auto& person, std::string_view offence, as::AdminPenalty kind,
                            int serial) -> std::optional<as::AdminPenaltyIntake> {
    for (const Case& cs : cases) {
      const as::Complaint k = store.complaint(cs.number);
      if (!fits(cs) || !closed_in(cal, k, month) || k.invalid()) continue;
      as::AdminPenaltyIntake p;
      p.person = person(cs);
      p.case_number = cs.number;
      p.offence = offence;
      p.kind = kind;
      p.notice_number = "HR-" + yymm + "-0" + std::to_string(serial);
      p.notice_date = std::min(today, cal.advance(cal.local_date(*k.closed_at()), 2));
      p.month = month;
      store.record_admin_penalty(p);
      return p;
    }
    return std::nullopt;
  };
  const auto qc = [](const Case&) { return std::string("qc.sun"); };
  if (const auto p = penalize([](const Case& cs) { return cs.dealer(); }, qc, "rejects_mixed_in",
                              as::AdminPenalty::major_demerit, 1)) {
    store.charge_penalty(p->person, month, 150000, p->case_number);  // the complaint's loss share, capped and carried
    store.settle_penalties(p->person, month, draw.range(2000, 3000) * 100);
  }
  penalize([](const Case& cs) { return !cs.quality() && cs.call->technician.has_value(); },
           [](const Case& cs) { return *cs.call->technician; }, "late_delivery", as::AdminPenalty::warning, 2);
}

as::ComplaintForm household_form(Draw& draw, const as::ServiceCall& c, as::ComplaintKind kind) {
  static const std::map<std::string, const char*, std::less<>> models{
      {"colour_tv", "CTV-2131"}, {"bw_tv", "BTV-1402"}, {"vcr", "VCR-880"}, {"bicycle", "BK-28"}};
  as::ComplaintForm f;
  f.customer = c.customer;
  f.order_number = c.voucher;
  const auto model = models.find(c.product);
  f.part_number = model != models.end() ? model->second : c.product;
  f.quantity = 1;
  f.defective_quantity = kind == as::ComplaintKind::quality ? 1 : 0;
  f.customer_request = kind == as::ComplaintKind::quality
                           ? pick(draw, {"repair for good or replace the set", "replace the set", "refund the repair"})
                           : "an apology and the call fee waived";
  f.sample_sent = kind == as::ComplaintKind::quality;  // the failed part goes with the form
  return f;
}

}  // namespace

void open_call_complaint(as::Store& store, Draw& draw, const as::Calendar& cal, const as::ServiceCall& c,
                         as::Instant done, as::Instant now, int& complaints) {
  as::ComplaintIntake in;
  in.received = done + hours{draw.range(2, 30)};
  if (in.received >= now) return;
  // The general manager's office accepts the form some working hours after
  // sales took it in (九)4: the overall clock starts there.
  in.accepted = std::min(now, cal.add(in.received, minutes{draw.range(20, 240)}));
  in.kind = draw.percent(70) ? as::ComplaintKind::quality : as::ComplaintKind::service;
  in.severity = draw.percent(20) ? as::Severity::serious : as::Severity::general;
  in.call_id = c.id;
  store.open_complaint(in);
  ++complaints;
}

int work_complaints(as::Store& store, Draw& draw, const as::Calendar& cal, as::Instant now) {
  const as::YearMonth month{2025, 10};
  // Three dealers' batch complaints (九)1, each first recorded while the
  // dealer is still processing its goods (客戶加工中未確定: the defective
  // quantity not yet determined), counted by the negotiation; the last one
  // is still open at the month's end.
  struct Dealer {
    const char* customer;
    const char* order;
    as::Date shipped;
    std::int64_t quantity, defective;
    as::Fen price;
    as::Date received;
    as::Severity severity;
  };
  const Dealer dealers[] = {
      {"Huadong Appliances (dealer)", "SO-2509-0412", as::Date(2025, 9, 22), 200, 36, 245000, as::Date(2025, 10, 10),
       as::Severity::serious},
      {"Jinling Hotel", "SO-2509-0388", as::Date(2025, 9, 16), 60, 8, 245000, as::Date(2025, 10, 13),
       as::Severity::general},
      {"Xinhua Department Store (dealer)", "SO-2510-0077", as::Date(2025, 10, 14), 120, 0, 245000,
       as::Date(2025, 10, 27), as::Severity::general}};
  std::map<std::string, const Dealer*> dealer_of;
  int opened = 0;
  for (const Dealer& d : dealers) {
    as::ComplaintIntake in;
    in.received = at_local(cal, d.received, hours{9} + minutes{draw.range(0, 90)});
    in.accepted = cal.add(in.received, minutes{draw.range(60, 180)});
    in.kind = as::ComplaintKind::quality;
    in.severity = d.severity;
    const std::string number = store.open_complaint(in).number();
    as::ComplaintForm f;
    f.customer = d.customer;
    f.order_number = d.order;
    f.part_number = "CTV-2131";
    f.shipped = d.shipped;
    f.quantity = d.quantity;  // the defective quantity not yet determined
    f.request_pending = true;
    f.sample_sent = true;
    store.record_complaint_form(number, f, "sales.li", in.received + minutes{20});
    dealer_of[number] = &d;
    ++opened;
  }

  const as::ComplaintColumns all = store.complaints();
  std::vector<Case> cases;
  Tally t;
  for (std::size_t i = 0; i < all.size(); ++i) {
    Case cs;
    cs.number = all.number[i];
    const as::Complaint k = store.complaint(cs.number);
    cs.kind = k.kind();
    if (all.call_id.valid[i]) cs.call = store.call(all.call_id.values[i]);
    // A product fault is manufacturing's; a service lapse the technician's.
    cs.responsible = cs.quality() ? "manufacturing" : cs.call->technician.value_or("service_department");
    if (const auto d = dealer_of.find(cs.number); d != dealer_of.end()) {
      cs.dealer_defective = d->second->defective;
      cs.dealer_price = d->second->price;
    }
    if (!store.complaint_form(cs.number))
      store.record_complaint_form(cs.number, household_form(draw, *cs.call, cs.kind), "sales.li",
                                  std::min(now, k.received() + minutes{draw.range(5, 40)}));
    // R&D only 依異常狀況 (九)4: a batch fault, and now and then a design doubt.
    if (cs.dealer()) cs.rnd_from = "manufacturing";
    else if (cs.quality() && (!t.rnd_called || draw.percent(25)))
      cs.rnd_from = draw.percent(50) ? "quality_investigation" : "manufacturing";
    if (!cs.rnd_from.empty()) t.rnd_called = true;
    cases.push_back(std::move(cs));
  }
  for (Case& cs : cases) work(store, draw, cal, now, cs, t);
  for (const Case& cs : cases) contact(store, draw, cal, now, cs, month, t);
  follow_improvements(store, draw, cal, now, t);
  penalties(store, draw, cal, now, cases, month);
  return opened;
}

void print_complaint_month(const as::Store& store, as::YearMonth month, as::Instant as_of) {
  const as::Calendar& cal = store.policy().calendar();
  const as::ComplaintColumns all = store.complaints();
  std::size_t forms = 0, undetermined = 0, closed = 0, through_rnd = 0, without_rnd = 0, exempt = 0, visits = 0,
              letters = 0, calls = 0;
  std::map<std::string, std::size_t> approvals;
  for (const as::ApprovalLevel& l : store.policy().complaints().rules().approval.levels) approvals[l.level] = 0;
  for (const std::string& n : all.number) {
    if (const auto f = store.complaint_form(n)) {
      ++forms;
      undetermined += !f->form.quantity || !f->form.defective_quantity;
    }
    const as::Complaint k = store.complaint(n);
    if (k.is_closed()) {
      ++closed;
      (k.called_for().empty() ? without_rnd : through_rnd) += 1;
    }
    if (const auto a = store.complaint_approval(n)) ++approvals[a->level];
    exempt += store.tracking_exemption(n).has_value();
    for (const as::ComplaintContact& c : store.contacts(n)) {
      if (c.kind == as::ContactKind::visit) ++visits;
      else (c.how == as::ContactMethod::letter ? letters : calls) += 1;
    }
  }
  std::int64_t entries = 0;
  const as::ComplaintRegister r = store.complaint_register(as::Instant{}, as_of + seconds{1}, as_of);
  for (std::int64_t e : r.entries) entries += e;
  std::size_t confirmed = 0, reopened = 0;
  const std::vector<as::Improvement> every = store.improvements();
  for (const as::Improvement& m : every) {
    confirmed += m.state == as::ImprovementState::confirmed;
    reopened += m.state == as::ImprovementState::ineffective;
  }
  const as::ComplaintStatistics st = store.complaint_statistics(month);
  const auto list = [](const std::vector<std::string>& numbers) {
    std::string out;
    for (const std::string& n : numbers) out += (out.empty() ? "" : ", ") + n;
    return out.empty() ? std::string("none") : out;
  };
  std::printf("\nComplaint forms (seeds/002 客戶投訴 (九)), as of %s\n", local_text(cal, as_of).c_str());
  std::printf("  forms        %zu of %zu complaints, %zu with a quantity not yet determined; "
              "%lld entries by the stages\n",
              forms, all.size(), undetermined, static_cast<long long>(entries));
  std::printf("  closed       %zu: %zu through R&D, %zu without\n", closed, through_rnd, without_rnd);
  std::printf("  approvals   ");
  for (const as::ApprovalLevel& l : store.policy().complaints().rules().approval.levels)
    std::printf(" %s %zu", l.level.c_str(), approvals[l.level]);
  std::printf("\n  improvements %zu opened: %zu confirmed, %zu found ineffective and reopened, %zu open (%zu overdue); "
              "exempt from tracking %zu (human negligence)\n",
              every.size(), confirmed, reopened, store.open_improvements(as_of).size(),
              store.overdue_improvements(as_of).size(), exempt);
  std::printf("  contacts     %zu visits, %zu results told (%zu by letter, %zu by phone)\n", visits, letters + calls,
              letters, calls);
  std::printf("  %s      closed %zu; not visited: %s; not told: %s\n", as::format_year_month(month).c_str(), st.total,
              list(st.unvisited).c_str(), list(st.unnotified).c_str());
  std::printf("  penalties   ");
  for (const as::AdminPenaltyRecord& p : store.admin_penalties()) {
    std::printf(" %s %s %s (%s %s)", p.kind == as::AdminPenalty::major_demerit ? "major demerit"
                                     : p.kind == as::AdminPenalty::minor_demerit ? "minor demerit"
                                                                                 : "warning",
                p.person.c_str(),
                p.amount ? (as::format_yuan(*p.amount) + " yuan").c_str() : "the month's whole bonus",
                p.notice_number.c_str(), as::format_date(p.notice_date).c_str());
    const as::PenaltyLedger ledger = store.penalty_ledger(p.person);
    for (const as::Settlement& s : ledger.settlements())
      if (s.month == p.month)
        std::printf(", settled: %s, complaint deductions %s, carried %s",
                    (s.admin_deducted == s.bonus ? "the whole bonus " + as::format_yuan(s.bonus)
                                                 : as::format_yuan(s.admin_deducted) + " of the bonus " +
                                                       as::format_yuan(s.bonus))
                        .c_str(),
                    as::format_yuan(s.deducted).c_str(), as::format_yuan(s.carried).c_str());
    std::printf(";");
  }
  std::printf("\n\n");
}

}  // namespace cli
