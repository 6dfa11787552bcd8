// Complaints: numbers and names, the policy's routing and deadlines, the
// workflow, and reminders, inquiries and statistics.
#include <aftersales/complaint.hpp>
#include <aftersales/dispatch.hpp>
#include <aftersales/period.hpp>

#include "detail/complaint_impl.hpp"

#include <algorithm>
#include <chrono>
#include <set>

namespace aftersales {

using detail::all_markets;
using detail::last_statistics_day;
using detail::max_days;

namespace {

constexpr auto all_kinds = enum_values<ComplaintKind>();
constexpr auto all_severities = enum_values<Severity>();

// Numbers hold the year as two digits: 2000..2099.
constexpr int number_century = complaint_number_century;
constexpr int numbers_per_century = 100;

constexpr Seconds calendar_day = std::chrono::hours(24);

// Enum values that came through a cast (C callers, bindings) are checked
// before they index a table.
template <class E>
void check_enum(E value, const char* field) {
  const auto i = static_cast<int>(value);
  if (!enum_from_int<E>(i)) throw Error(ErrorCode::invalid_argument, field, std::to_string(i) + " is not a valid " + field);
}

std::string padded(int value, int width) {
  std::string digits = std::to_string(value);
  return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(digits.size()))), '0') + digits;
}

// "2025-10-09 14:00" (":SS" when not whole minutes), local civil time of the calendar.
std::string local_text(const Calendar& cal, Instant t) {
  using namespace std::chrono;
  const LocalTime local = cal.to_local(t);
  const local_days midnight = floor<days>(local);
  const year_month_day date{midnight};
  const hh_mm_ss tod{local - midnight};
  std::string out = padded(static_cast<int>(date.year()), 4) + "-" + padded(static_cast<int>(static_cast<unsigned>(date.month())), 2) +
                    "-" + padded(static_cast<int>(static_cast<unsigned>(date.day())), 2) + " " +
                    padded(static_cast<int>(tod.hours().count()), 2) + ":" + padded(static_cast<int>(tod.minutes().count()), 2);
  if (tod.seconds().count()) out += ":" + padded(static_cast<int>(tod.seconds().count()), 2);
  return out;
}

// "0.5", "1", "1.5": a number of days given in halves.
std::string halves_text(int half_days) {
  return std::to_string(half_days / 2) + (half_days % 2 ? ".5" : "");
}

std::string days_text(int half_days, DayCount count) {
  return halves_text(half_days) + " " + to_string(count) + (half_days <= 2 ? " day" : " days");
}

// Runs a calendar computation; a date it cannot reach is the caller's
// `field` (the calendar names its own parameters).
template <class F>
auto naming(const char* field, F&& compute) -> decltype(compute()) {
  try {
    return compute();
  } catch (const Error& e) {
    if (e.code() == ErrorCode::out_of_range) throw Error(e.code(), field, e.message());
    throw;
  }
}

void check_month(int year, int month) {
  if (year < min_year || year > max_year)
    throw Error(ErrorCode::invalid_argument, "year",
                std::to_string(year) + " is outside " + std::to_string(min_year) + ".." + std::to_string(max_year));
  if (month < 1 || month > 12)
    throw Error(ErrorCode::invalid_argument, "month", std::to_string(month) + " is outside 1..12");
}

std::string item(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

// A complaint counted twice would distort every answer about the set.
void check_unique(std::span<const Complaint> complaints) {
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < complaints.size(); ++i)
    if (!seen.insert(complaints[i].number()).second)
      throw Error(ErrorCode::invalid_argument, item("complaints", i) + ".number",
                  "complaint " + complaints[i].number() + " is given twice");
}

bool closed_in(const Calendar& cal, const Complaint& c, int year, int month) {
  if (!c.closed_at()) return false;
  const Date d = cal.local_date(*c.closed_at());
  return d.year() == year && d.month() == month;
}

}  // namespace

// ---------------------------------------------------------------- numbers and names

std::string complaint_number(int year, int month, int serial) {
  if (year < number_century || year >= number_century + numbers_per_century)
    throw Error(ErrorCode::invalid_argument, "year",
                std::to_string(year) + " is outside " + std::to_string(number_century) + ".." +
                    std::to_string(number_century + numbers_per_century - 1) + " (numbers hold two digits of the year)");
  if (month < 1 || month > 12)
    throw Error(ErrorCode::invalid_argument, "month", std::to_string(month) + " is outside 1..12");
  if (serial < 1 || serial > max_complaint_serial)
    throw Error(ErrorCode::invalid_argument, "serial",
                std::to_string(serial) + " is outside 1.." + std::to_string(max_complaint_serial));
  return padded(year - number_century, 2) + padded(month, 2) + "-" + padded(serial, 4);
}

std::string complaint_number(const ComplaintNumber& n) { return complaint_number(n.year, n.month, n.serial); }

ComplaintNumber parse_complaint_number(std::string_view text, std::string_view field) {
  const std::string quoted = "'" + std::string(text) + "'";
  const auto digits = [&](std::size_t from, std::size_t count) {
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  bool shaped = text.size() == 9 && text[4] == '-';
  for (std::size_t i = 0; shaped && i < text.size(); ++i)
    shaped = i == 4 || (text[i] >= '0' && text[i] <= '9');
  if (!shaped)
    throw Error(ErrorCode::parse_error, std::string(field),
                quoted + " is not a complaint number (YYMM-NNNN, e.g. \"2611-0007\")");
  const auto part = [&](const char* name) { return field == "number" ? std::string(name) : std::string(field) + "." + name; };
  ComplaintNumber n{number_century + digits(0, 2), digits(2, 2), digits(5, 4)};
  if (n.month < 1 || n.month > 12)
    throw Error(ErrorCode::parse_error, part("month"), "month " + std::to_string(n.month) + " of " + quoted + " is outside 1..12");
  if (n.serial < 1)
    throw Error(ErrorCode::parse_error, part("serial"),
                "serial " + std::to_string(n.serial) + " of " + quoted + " is outside 1.." + std::to_string(max_complaint_serial));
  return n;
}

const char* to_string(ComplaintKind k) noexcept { return enum_name(k); }
const char* to_string(Severity s) noexcept { return enum_name(s); }
const char* to_string(Market m) noexcept { return enum_name(m); }
const char* to_string(DayCount c) noexcept { return enum_name(c); }
const char* to_string(DeadlineKind k) noexcept { return enum_name(k); }
const char* to_string(ComplaintField f) noexcept { return enum_name(f); }
const char* to_string(ComplaintStanding s) noexcept { return enum_name(s); }
ComplaintField parse_complaint_field(std::string_view text, std::string_view field) {
  return parse_enum<ComplaintField>(text, field);
}

ComplaintKind parse_complaint_kind(std::string_view text, std::string_view field) {
  return parse_enum<ComplaintKind>(text, field);
}
Severity parse_severity(std::string_view text, std::string_view field) { return parse_enum<Severity>(text, field); }
Market parse_market(std::string_view text, std::string_view field) { return parse_enum<Market>(text, field); }
DayCount parse_day_count(std::string_view text, std::string_view field) { return parse_enum<DayCount>(text, field); }

// ---------------------------------------------------------------- the policy

ComplaintPolicy::ComplaintPolicy(ComplaintRules rules, Calendar calendar)
    : rules_(std::move(rules)), calendar_(std::move(calendar)) {
  const auto fail = [](const std::string& field, const std::string& message) {
    throw Error(ErrorCode::invalid_argument, field, message);
  };
  const auto check_half_days = [&](int half_days, const std::string& field) {
    if (half_days < 1 || half_days > 2 * max_days)
      fail(field, halves_text(half_days) + " days is outside 0.5.." + std::to_string(max_days));
  };
  if (rules_.stages.empty()) fail("stages", "a complaint policy needs at least one stage");
  for (std::size_t i = 0; i < rules_.stages.size(); ++i) {
    const ComplaintStage& s = rules_.stages[i];
    const std::string f = item("stages", i);
    if (s.name.empty()) fail(f + ".name", "is empty");
    if (s.name == closed_stage) fail(f + ".name", "'" + s.name + "' is the state of a closed complaint, not a stage");
    for (std::size_t j = 0; j < i; ++j)
      if (rules_.stages[j].name == s.name) fail(f + ".name", "'" + s.name + "' is given twice");
    if (s.department.empty()) fail(f + ".department", "is empty");
    if (s.half_days)
      for (const Market m : all_markets) check_half_days((*s.half_days)[m], f + ".days." + to_string(m));
    // Sales' intake (seeds/002 (九)1) comes before the clock; R&D's opinion
    // is called for by an earlier stage (九)4 依異常狀況.
    if (s.before_clock) {
      if (i != 0) fail(f + ".before_clock", "only the first stage (sales' intake) comes before the clock");
      if (s.half_days) fail(f + ".days", "a stage before the clock has no budget: the clocks start at acceptance");
      if (s.optional) fail(f + ".optional", "a stage before the clock is not optional");
      if (rules_.stages.size() == 1) fail("stages", "a stage before the clock needs a stage after it");
    }
    if (s.optional && s.decided_by.empty())
      fail(f + ".decided_by", "is empty: an optional stage names the earlier stages that call for it");
    if (!s.optional && !s.decided_by.empty()) fail(f + ".decided_by", "only an optional stage is called for");
    for (std::size_t e = 0; e < s.entries.size(); ++e) {
      check_enum(s.entries[e], "entries");
      if (s.entries[e] == ComplaintField::call_for)
        fail(f + ".entries[" + std::to_string(e) + "]", "'call_for' is decided on leaving a stage, not entered");
    }
    for (std::size_t d = 0; d < s.decided_by.size(); ++d) {
      std::size_t j = 0;
      while (j < i && rules_.stages[j].name != s.decided_by[d]) ++j;
      if (j == i || rules_.stages[j].optional || rules_.stages[j].before_clock)
        fail(f + ".decided_by[" + std::to_string(d) + "]",
             "'" + s.decided_by[d] + "' is not an earlier stage that is neither optional nor before the clock");
    }
  }
  if (rules_.working_day <= Seconds(0) || rules_.working_day > calendar_day)
    fail("working_day", std::to_string(rules_.working_day.count()) + " s is outside 1 s..24h");
  check_enum(rules_.stage_count, "stage_count");
  check_enum(rules_.overall_count, "overall.count");
  for (const Market m : all_markets) {
    const int days = rules_.overall_days[m];
    if (days < 1 || days > max_days)
      fail(std::string("overall.days.") + to_string(m), std::to_string(days) + " is outside 1.." + std::to_string(max_days));
  }
  check_half_days(rules_.report_half_days, "investigation_report_days");
  check_half_days(rules_.consolidation_half_days, "consolidation_days");
  if (rules_.statistics_day < 1 || rules_.statistics_day > last_statistics_day)
    fail("statistics_day", std::to_string(rules_.statistics_day) + " is outside 1.." + std::to_string(last_statistics_day));
  if (rules_.serial_width < 1 || rules_.serial_width > max_complaint_serial_width)
    fail("serial_width", std::to_string(rules_.serial_width) + " is outside 1.." + std::to_string(max_complaint_serial_width));

  const ComplaintRouting& r = rules_.routing;
  for (const auto& [severity, reviewer] : r.first_reviewer) check_enum(severity, "routing.first_reviewer");
  for (const Severity s : all_severities) {
    const auto it = r.first_reviewer.find(s);
    if (it == r.first_reviewer.end() || it->second.empty())
      fail(std::string("routing.first_reviewer.") + to_string(s), "names no reviewer");
  }
  for (const auto& [kind, department] : r.department_by_kind) check_enum(kind, "routing.department_by_kind");
  for (const ComplaintKind k : all_kinds) {
    const auto it = r.department_by_kind.find(k);
    if (it == r.department_by_kind.end() || it->second.empty())
      fail(std::string("routing.department_by_kind.") + to_string(k), "names no department");
  }
  for (const auto& [severity, methods] : r.notify_by) check_enum(severity, "routing.notify_by");
  for (const Severity sev : enum_values<Severity>()) {
    const std::string f = std::string("routing.notify_by.") + to_string(sev);
    const auto it = r.notify_by.find(sev);
    if (it == r.notify_by.end() || it->second.empty()) fail(f, "names no method to tell the result by");
    for (std::size_t i = 0; i < it->second.size(); ++i) {
      check_enum(it->second[i], f.c_str());
      if (it->second[i] == ContactMethod::visit)
        fail(f + "[" + std::to_string(i) + "]", "visit: the result is told by letter or phone (家電 (二十六)); a visit is recorded as one");
    }
  }
  for (const auto& [dispute, department] : r.department_by_dispute) {
    if (dispute.empty()) fail("routing.department_by_dispute", "a dispute type is empty");
    if (department.empty()) fail("routing.department_by_dispute." + dispute, "names no department");
  }
  // Issue 29: the authority levels (none: the policy approves by no level)
  // close a stage of the list: a misspelt stage would let every complaint
  // close without an approval (seeds/002 (九)6, (九)11). A document of its
  // own stages without one approves by no level (complaint_json.cpp).
  check_approval_rules(rules_.approval, "approval");
  if (!rules_.approval.levels.empty()) {
    const auto approving = std::find_if(rules_.stages.begin(), rules_.stages.end(),
                                        [&](const ComplaintStage& s) { return s.name == rules_.approval.stage; });
    if (approving == rules_.stages.end())
      fail("approval.stage", "'" + rules_.approval.stage + "' is not one of the stages (complaints.stages)");
    // A stage a complaint may pass over, or leave before the clock, would
    // let it close without the approval.
    if (approving->optional || approving->before_clock)
      fail("approval.stage", "'" + rules_.approval.stage + "' is " +
                                 (approving->optional ? "optional" : "before the clock") +
                                 ": every complaint must pass the approval");
  }
}

Routing ComplaintPolicy::route(ComplaintKind kind, Severity severity, std::optional<std::string_view> dispute) const {
  check_enum(kind, "kind");
  check_enum(severity, "severity");
  const ComplaintRouting& r = rules_.routing;
  Routing out;
  const std::string sev = to_string(severity);
  out.first_reviewer = r.first_reviewer.at(severity);
  out.rule = "severity " + sev + ": first review by " + out.first_reviewer + " (complaints.routing.first_reviewer." +
             sev + ")";
  if (dispute) {
    const auto it = r.department_by_dispute.find(*dispute);
    if (it == r.department_by_dispute.end()) {
      std::string known;
      for (const auto& [name, department] : r.department_by_dispute) known += (known.empty() ? "" : ", ") + name;
      throw Error(ErrorCode::not_found, "dispute",
                  "unknown dispute type '" + std::string(*dispute) + "' (known: " + known + ")");
    }
    out.department = it->second;
    out.rule += "; dispute " + it->first + ": handled by " + out.department +
                " (complaints.routing.department_by_dispute." + it->first + ")";
  } else {
    const std::string k = to_string(kind);
    out.department = r.department_by_kind.at(kind);
    out.rule += "; kind " + k + ": handled by " + out.department + " (complaints.routing.department_by_kind." + k + ")";
  }
  out.supervisor_visit = r.supervisor_visit;
  out.rule += out.supervisor_visit
                  ? "; the service supervisor or a person he sends visits the customer (complaints.routing.supervisor_visit)"
                  : "; no supervisor visit (complaints.routing.supervisor_visit = false)";
  return out;
}

Instant ComplaintPolicy::after_half_days(Instant from, int half_days, const char* field) const {
  return naming(field, [&] {
    (void)calendar_.local_date(from);  // the supported range, also for elapsed-time counts
    if (rules_.stage_count == DayCount::calendar) return from + half_days * calendar_day / 2;
    return calendar_.add(from, Seconds(half_days * rules_.working_day.count() / 2));
  });
}

std::optional<Instant> ComplaintPolicy::stage_deadline(std::size_t stage, Market market, Instant entered) const {
  check_enum(market, "market");
  if (stage >= rules_.stages.size())
    throw Error(ErrorCode::invalid_argument, "stage",
                std::to_string(stage) + " is past the last stage (" + std::to_string(rules_.stages.size() - 1) + ")");
  const ComplaintStage& s = rules_.stages[stage];
  if (!s.half_days) return std::nullopt;
  return after_half_days(entered, (*s.half_days)[market], "entered");
}

Instant ComplaintPolicy::overall_deadline(Market market, Instant accepted) const {
  check_enum(market, "market");
  const int days = rules_.overall_days[market];
  return naming("accepted", [&] {
    const Date start = calendar_.local_date(accepted);
    if (rules_.overall_count == DayCount::working) return calendar_.add(accepted, days * rules_.working_day);
    // A legal period of days: the acceptance day is not counted (art. 201).
    return period_deadline(start, Period{days, 0, 0}, calendar_, PeriodOptions{false, rules_.overall_rest_day_extension});
  });
}

Instant ComplaintPolicy::report_due(Instant investigated) const {
  return after_half_days(investigated, rules_.report_half_days, "investigated");
}

Instant ComplaintPolicy::consolidation_due(Instant negotiation_received) const {
  return after_half_days(negotiation_received, rules_.consolidation_half_days, "negotiation_received");
}

Date ComplaintPolicy::statistics_due(int year, int month) const {
  check_month(year, month);
  if (month == 12) {
    if (year == max_year)
      throw Error(ErrorCode::out_of_range, "year", "the statistics of " + std::to_string(year) + "-12 are due after 2199");
    return Date(static_cast<unsigned short>(year + 1), 1, static_cast<unsigned short>(rules_.statistics_day));
  }
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month + 1),
              static_cast<unsigned short>(rules_.statistics_day));
}

// ---------------------------------------------------------------- the workflow

std::size_t ComplaintPolicy::next_stage(Complaint& c, std::size_t from) const {
  // An optional stage the case did not call for is passed over (九)4.
  while (from < c.stages_.size() && c.stages_[from].optional &&
         std::find(c.called_for_.begin(), c.called_for_.end(), c.stages_[from].name) == c.called_for_.end())
    c.skipped_.push_back(c.stages_[from++].name);
  return from;
}

void ComplaintPolicy::enter(Complaint& c, std::size_t stage, Instant at, const char* field) const {
  c.stage_index_ = stage;
  c.stage_entered_ = at;
  if (stage == c.stages_.size()) {  // left the last stage: closed
    c.stage_ = closed_stage;
    c.stage_department_.clear();
    c.stage_deadline_.reset();
    c.closed_at_ = at;
    return;
  }
  const ComplaintStage& s = c.stages_[stage];
  c.stage_ = s.name;
  c.stage_department_ = s.department;
  c.stage_deadline_.reset();
  if (s.half_days) c.stage_deadline_ = after_half_days(at, (*s.half_days)[c.market_], field);
}

Complaint ComplaintPolicy::open(std::string_view number, Instant received, ComplaintKind kind, Severity severity,
                                Market market, std::optional<Instant> accepted,
                                std::optional<std::string_view> dispute) const {
  (void)parse_complaint_number(number, "number");  // the policy's serial width
  check_enum(market, "market");
  Complaint c;
  c.routing_ = route(kind, severity, dispute);
  const Instant acceptance = accepted.value_or(received);
  naming("received", [&] { return calendar_.local_date(received); });
  if (acceptance < received)
    throw Error(ErrorCode::invalid_argument, "accepted",
                local_text(calendar_, acceptance) + " is before the complaint was received (" +
                    local_text(calendar_, received) + ")");
  c.number_ = std::string(number);
  c.received_ = received;
  c.accepted_ = acceptance;
  c.kind_ = kind;
  c.severity_ = severity;
  c.market_ = market;
  if (dispute) c.dispute_ = std::string(*dispute);
  c.deadline_ = overall_deadline(market, acceptance);
  c.stages_ = rules_.stages;
  std::size_t first = 0;
  if (c.stages_.front().before_clock) {
    // Sales' intake (seeds/002 (九)1): from receipt to acceptance, no budget.
    const ComplaintStage& intake = c.stages_.front();
    c.history_.push_back(StageRecord{0, intake.name, intake.department, received, std::nullopt, acceptance});
    first = 1;
  }
  enter(c, next_stage(c, first), acceptance, "accepted");
  return c;
}

namespace {
// A complaint made by another policy (other stages) cannot move on here.
void check_stage_of(const Complaint& c, const std::string& field) {
  // The complaint's own list (the one it was opened under).
  const std::size_t i = c.stage_index();
  if (i >= c.stages().size() || c.stages()[i].name != c.stage())
    throw Error(ErrorCode::invalid_argument, field,
                "complaint " + c.number() + " is at stage '" + c.stage() + "' (" + std::to_string(i) +
                    "), which is not a stage of this policy at that place");
}
}  // namespace

Complaint ComplaintPolicy::leave(const Complaint& c, Instant at) const {
  if (c.is_closed())
    throw Error(ErrorCode::state, "complaint",
                "complaint " + c.number() + " was closed at " + local_text(calendar_, *c.closed_at()) +
                    ": it has no next stage");
  check_stage_of(c, "complaint");
  naming("at", [&] { return calendar_.local_date(at); });
  if (at < c.stage_entered())
    throw Error(ErrorCode::invalid_argument, "at",
                local_text(calendar_, at) + " is before complaint " + c.number() + " entered stage " + c.stage() +
                    " (" + local_text(calendar_, c.stage_entered()) + ")");
  Complaint next = c;
  next.history_.push_back(
      StageRecord{c.stage_index_, c.stage_, c.stage_department_, c.stage_entered_, c.stage_deadline_, at});
  return next;
}

Complaint ComplaintPolicy::advance(const Complaint& c, Instant at) const { return advance(c, at, AdvanceOptions{}); }

Complaint ComplaintPolicy::advance(const Complaint& c, Instant at, const AdvanceOptions& options) const {
  Complaint next = leave(c, at);
  for (std::size_t i = 0; i < options.call_for.size(); ++i) {
    const std::string& name = options.call_for[i];
    const auto& stages = c.stages_;
    std::size_t k = c.stage_index_ + 1;
    while (k < stages.size() && stages[k].name != name) ++k;
    const bool decides = k < stages.size() && stages[k].optional &&
                         std::find(stages[k].decided_by.begin(), stages[k].decided_by.end(), c.stage_) !=
                             stages[k].decided_by.end();
    if (!decides)
      throw Error(ErrorCode::invalid_argument, item("call_for", i),
                  "'" + name + "' is not an optional stage after " + c.stage_ + " that " + c.stage_ +
                      " decides (complaints.stages[].decided_by)");
    if (std::find(next.called_for_.begin(), next.called_for_.end(), name) == next.called_for_.end())
      next.called_for_.push_back(name);
  }
  enter(next, next_stage(next, c.stage_index_ + 1), at, "at");
  return next;
}

ComplaintPolicy ComplaintPolicy::under_stages(std::vector<ComplaintStage> stages) const {
  ComplaintRules rules = rules_;
  rules.stages = std::move(stages);
  // A list without the approval stage (a complaint opened under a policy
  // that approved by no level) is replayed as it was: without approval.
  if (std::none_of(rules.stages.begin(), rules.stages.end(),
                   [&](const ComplaintStage& s) { return s.name == rules.approval.stage; }))
    rules.approval = ApprovalRules{};
  return ComplaintPolicy(std::move(rules), calendar_);
}

Complaint ComplaintPolicy::reject(const Complaint& closed, std::string_view new_number, Instant at,
                                  std::optional<Instant> accepted) const {
  if (!closed.is_closed())
    throw Error(ErrorCode::state, "complaint",
                "complaint " + closed.number() + " is still open (stage " + closed.stage() +
                    "): the customer rejects a decision once the complaint is closed");
  (void)parse_complaint_number(new_number, "new_number");  // the policy's serial width
  std::vector<std::string> chain = closed.chain();
  chain.push_back(closed.number());
  for (const std::string& used : chain)
    if (used == new_number)
      throw Error(ErrorCode::invalid_argument, "new_number",
                  "'" + std::string(new_number) + "' is already a number of this chain (serials are never reused)");
  naming("at", [&] { return calendar_.local_date(at); });
  if (at < *closed.closed_at())
    throw Error(ErrorCode::invalid_argument, "at",
                local_text(calendar_, at) + " is before complaint " + closed.number() + " was closed (" +
                    local_text(calendar_, *closed.closed_at()) + ")");
  // The new form carries the original's facts; sales fills it in at `at`.
  Complaint c;
  try {
    c = open(new_number, at, closed.kind(), closed.severity(), closed.market(), accepted,
             closed.dispute() ? std::optional<std::string_view>(*closed.dispute()) : std::nullopt);
  } catch (const Error& e) {
    if (e.field() == "received") throw Error(e.code(), "at", e.message());
    throw;
  }
  c.rejections_ = closed.rejections() + 1;
  c.original_ = closed.number();
  c.root_ = chain.front();
  c.chain_ = std::move(chain);
  return c;
}

Complaint ComplaintPolicy::close_invalid(const Complaint& c, Instant at, std::string_view reason) const {
  if (reason.empty())
    throw Error(ErrorCode::invalid_argument, "reason", "is empty: say why complaint " + c.number() + " is invalid");
  Complaint closed = leave(c, at);
  enter(closed, closed.stages_.size(), at, "at");
  closed.invalid_ = true;
  closed.invalid_reason_ = std::string(reason);
  closed.responsibility_.clear();
  return closed;
}

Complaint ComplaintPolicy::confirm_responsibility(const Complaint& c, std::span<const Weight> ratios) const {
  if (c.invalid())
    throw Error(ErrorCode::state, "complaint",
                "complaint " + c.number() + " was found invalid (" + c.invalid_reason() + "): nobody bears a loss");
  (void)split_by_ratios(0, ratios);  // the same checks as a split: names, no repeats, 100 %
  Complaint next = c;
  next.responsibility_.assign(ratios.begin(), ratios.end());
  return next;
}

// ---------------------------------------------------------------- reminders, inquiries, statistics

std::string ComplaintPolicy::stage_rule(const Complaint& c) const {
  const ComplaintStage& s = c.stages()[c.stage_index()];
  return "complaints.stages[" + std::to_string(c.stage_index()) + "] " + s.name + " = " +
         days_text((*s.half_days)[c.market()], rules_.stage_count) + " for " + to_string(c.market()) + " (" +
         s.department + "), entered " + local_text(calendar_, c.stage_entered()) + ": due " +
         local_text(calendar_, *c.stage_deadline()) + stage_note(c);
}

std::string ComplaintPolicy::overall_rule(const Complaint& c) const {
  const int days = rules_.overall_days[c.market()];
  std::string out = "complaints.overall.days." + std::string(to_string(c.market())) + " = " + std::to_string(days) +
                    " " + to_string(rules_.overall_count) + (days == 1 ? " day" : " days") +
                    " from acceptance by the general manager's office " + local_text(calendar_, c.accepted());
  if (rules_.overall_count == DayCount::calendar) out += " (acceptance day not counted)";
  // Working days count over the calendar's rest days; calendar days end at
  // the close of business of the last day (or move past rest days): either
  // leans on the calendar, so a provisional date in the span is named.
  return out + ": due " + local_text(calendar_, c.deadline()) + calendar_.provisional_note(c.accepted(), c.deadline());
}

std::string ComplaintPolicy::stage_note(const Complaint& c) const {
  // Elapsed calendar days do not look at the calendar's days at all.
  if (rules_.stage_count == DayCount::calendar) return {};
  return calendar_.provisional_note(c.stage_entered(), *c.stage_deadline());
}

namespace {
// The one judge of a complaint deadline: how long past `due` it is at `now`
// (0 when met: exactly at it is on time).
Seconds overdue_at(const std::optional<Instant>& due, Instant now) { return due && now > *due ? now - *due : Seconds(0); }

// A closed complaint's stages left late (the 洽辦單's list, (十四)).
std::vector<StageRecord> late_stages(const Complaint& c) {
  std::vector<StageRecord> out;
  for (const StageRecord& s : c.history())
    if (overdue_at(s.deadline, s.left) > Seconds(0)) out.push_back(s);
  return out;
}
}  // namespace

ComplaintStanding ComplaintPolicy::standing(const Complaint& c, Instant now) const {
  // Closed late: past its overall deadline or a stage left late, the cases
  // late_closed gives an overdue inquiry (洽辦單, (十四)).
  if (c.is_closed())
    return overdue_at(c.deadline(), *c.closed_at()) > Seconds(0) || !late_stages(c).empty()
               ? ComplaintStanding::closed_late
               : ComplaintStanding::closed_on_time;
  if (overdue_at(c.deadline(), now) > Seconds(0)) return ComplaintStanding::overdue;
  if (overdue_at(c.stage_deadline(), now) > Seconds(0)) return ComplaintStanding::stage_overdue;
  return ComplaintStanding::on_time;
}

std::vector<Reminder> ComplaintPolicy::reminders(std::span<const Complaint> complaints, Instant now) const {
  check_unique(complaints);
  std::vector<Reminder> out;
  for (std::size_t i = 0; i < complaints.size(); ++i) {
    const Complaint& c = complaints[i];
    if (c.is_closed()) continue;
    check_stage_of(c, item("complaints", i));
    const Seconds stage_late = overdue_at(c.stage_deadline(), now);
    const Seconds overall_late = overdue_at(c.deadline(), now);
    if (stage_late == Seconds(0) && overall_late == Seconds(0)) continue;
    Reminder r;
    r.number = c.number();
    r.stage_index = c.stage_index();
    r.stage = c.stage();
    r.department = c.stage_department();
    r.stage_overdue_by = stage_late;
    r.overall_overdue_by = overall_late;
    r.which = overall_late >= stage_late ? DeadlineKind::overall : DeadlineKind::stage;
    r.deadline = r.which == DeadlineKind::overall ? c.deadline() : *c.stage_deadline();
    r.overdue_by = std::max(stage_late, overall_late);
    r.rule = r.which == DeadlineKind::overall ? overall_rule(c) : stage_rule(c);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<OverdueInquiry> ComplaintPolicy::late_closed(std::span<const Complaint> complaints, int year,
                                                         int month) const {
  check_month(year, month);
  check_unique(complaints);
  std::vector<OverdueInquiry> out;
  for (const Complaint& c : complaints) {
    if (!closed_in(calendar_, c, year, month)) continue;
    OverdueInquiry q;
    q.number = c.number();
    q.closed_at = *c.closed_at();
    q.deadline = c.deadline();
    q.late_by = overdue_at(q.deadline, q.closed_at);
    q.late_stages = late_stages(c);
    if (q.late_by > Seconds(0) || !q.late_stages.empty()) out.push_back(std::move(q));
  }
  return out;
}

ComplaintStatistics ComplaintPolicy::monthly_statistics(std::span<const Complaint> complaints, int year,
                                                        int month) const {
  ComplaintStatistics st;
  st.due = statistics_due(year, month);  // checks year and month
  check_unique(complaints);
  st.year = year;
  st.month = month;
  for (const ComplaintKind k : all_kinds) st.by_kind[k] = 0;
  for (const Severity s : all_severities) st.by_severity[s] = 0;
  for (const Market m : all_markets) st.by_market[m] = 0;
  for (const Complaint& c : complaints) {
    if (!closed_in(calendar_, c, year, month)) continue;
    ++st.total;
    if (c.closed_on_time()) ++st.on_time;
    ++st.by_kind[c.kind()];
    ++st.by_severity[c.severity()];
    ++st.by_market[c.market()];
    ++st.by_department[c.department()];
    if (c.invalid()) {
      ++st.invalid;
    } else if (c.responsibility().empty()) {
      ++st.unconfirmed;
    } else {
      for (const Weight& w : c.responsibility()) st.responsibility[w.party] += w.weight;
    }
  }
  return st;
}

}  // namespace aftersales
