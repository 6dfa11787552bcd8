// as_complaint_*: C arguments in, aftersales::ComplaintPolicy call, C results
// out. Complaints are immutable values: every call that moves one on makes a
// new handle; text lent out through the structs points into the handles.
#include <aftersales.h>
#include <aftersales/complaint.hpp>
#include <aftersales/store_records.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"

#include <climits>
#include <cstring>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

using aftersales::Complaint;
using aftersales::ComplaintKind;
using aftersales::ComplaintPolicy;
using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::Instant;
using aftersales::Market;
using aftersales::Severity;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::check_size;
using aftersales::capi::enum_in;
using aftersales::capi::Names;
using aftersales::capi::renaming;
using aftersales::capi::require;
using aftersales::capi::unix_s;

// "YYMM-NNNN" and the NUL.
static_assert(AS_COMPLAINT_NUMBER_SIZE == sizeof "2611-0007");

namespace {


std::string indexed(const char* array, size_t i) { return std::string(array) + "[" + std::to_string(i) + "]"; }




int32_t i32(size_t value, const char* what) {
  if (value > static_cast<size_t>(INT32_MAX))
    throw Error(ErrorCode::internal, what, std::to_string(value) + " does not fit in int32_t");
  return static_cast<int32_t>(value);
}

const char* text_or_null(const std::optional<std::string>& s) noexcept { return s ? s->c_str() : nullptr; }


void make_policy(as_complaint_policy** out, ComplaintPolicy policy) {
  auto handle = std::make_unique<as_complaint_policy>(std::move(policy));
  *out = handle.release();
}

void make_complaint(as_complaint** out, Complaint complaint) {
  auto handle = std::make_unique<as_complaint>(std::move(complaint));
  *out = handle.release();
}

// The complaints behind the caller's handles, as the C++ API takes them,
// and per number the caller's index (the C++ answers name complaints by
// number; it refuses a number given twice, so the map is exact once it has
// answered).
struct Complaints {
  std::vector<Complaint> values;
  std::unordered_map<std::string_view, size_t> index;

  size_t find(const std::string& number, const char* what) const {
    const auto it = index.find(number);
    if (it == index.end())
      throw Error(ErrorCode::internal, what, "returned an unknown complaint '" + number + "'");
    return it->second;
  }
};

Complaints complaints_of(const as_complaint* const* complaints, size_t n) {
  Complaints out;
  if (n == 0) return out;
  require(complaints, "complaints");
  out.values.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    require(complaints[i], indexed("complaints", i).c_str());
    out.values.push_back(complaints[i]->complaint);
    out.index.emplace(complaints[i]->complaint.number(), i);
  }
  return out;
}

std::optional<Instant> optional_instant(const int64_t* unix_s) {
  if (unix_s == nullptr) return std::nullopt;
  return instant(*unix_s);
}

// 0.2.0's meaning of as_complaint_advance, _close_invalid and _reminders: an
// open complaint at a stage that is not this policy's at that place is
// refused. C++ (issue 29) moves a complaint on the list it was opened under;
// the C functions keep their meaning (the store's C functions replay each
// complaint on its own list, as C++ does).
void check_policy_stage(const aftersales::ComplaintPolicy& policy, const Complaint& c, const std::string& field) {
  if (c.is_closed()) return;
  const auto& stages = policy.rules().stages;
  const std::size_t i = c.stage_index();
  if (i >= stages.size() || stages[i].name != c.stage())
    throw Error(ErrorCode::invalid_argument, field,
                "complaint " + c.number() + " is at stage '" + c.stage() + "' (" + std::to_string(i) +
                    "), which is not a stage of this policy at that place");
}

}  // namespace

extern "C" {

as_status as_complaint_number(int32_t year, int32_t month, int32_t serial, char* buf, size_t cap,
                              size_t* out_needed, as_error** error) {
  return guard(error, [&] {
    if (cap > 0) require(buf, "buf");
    const std::string number = aftersales::complaint_number(year, month, serial);
    aftersales::capi::copy_text(number, buf, cap, out_needed);
  });
}

as_status as_parse_complaint_number(const char* number, int32_t* out_year, int32_t* out_month,
                                    int32_t* out_serial, as_error** error) {
  return guard(error, [&] {
    require(number, "number");
    require(out_year, "out_year");
    require(out_month, "out_month");
    require(out_serial, "out_serial");
    const aftersales::ComplaintNumber n = aftersales::parse_complaint_number(number);
    *out_year = n.year;
    *out_month = n.month;
    *out_serial = n.serial;
  });
}

as_status as_complaint_number_width(int32_t year, int32_t month, int32_t serial, int32_t min_width, char* buf,
                                    size_t cap, size_t* out_needed, as_error** error) {
  return guard(error, [&] {
    if (cap > 0) require(buf, "buf");
    const std::string number = aftersales::complaint_number(year, month, serial, min_width);
    aftersales::capi::copy_text(number, buf, cap, out_needed);
  });
}

as_status as_parse_complaint_number_width(const char* number, int32_t min_width, int32_t* out_year,
                                          int32_t* out_month, int32_t* out_serial, as_error** error) {
  return guard(error, [&] {
    require(number, "number");
    require(out_year, "out_year");
    require(out_month, "out_month");
    require(out_serial, "out_serial");
    const aftersales::ComplaintNumber n = aftersales::parse_complaint_number(number, min_width);
    *out_year = n.year;
    *out_month = n.month;
    *out_serial = n.serial;
  });
}

as_status as_complaint_policy_serial_width(const as_complaint_policy* policy, int32_t* out_width, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_width, "out_width");
    *out_width = policy->policy.rules().serial_width;
  });
}

as_status as_complaint_policy_default(const as_calendar* calendar, as_complaint_policy** out, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out, "out");
    make_policy(out, ComplaintPolicy::default_policy(calendar->calendar));
  });
}

as_status as_complaint_policy_from_json(const char* json, const as_calendar* calendar, as_complaint_policy** out, as_error** error) {
  return guard(error, [&] {
    require(json, "json");
    require(calendar, "calendar");
    require(out, "out");
    make_policy(out, ComplaintPolicy::from_json(json, calendar->calendar));
  });
}

void as_complaint_policy_destroy(as_complaint_policy* policy) { delete policy; }

as_status as_complaint_policy_to_json(const as_complaint_policy* policy, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_json, "out_json");
    *out_json = aftersales::capi::malloc_string(policy->policy.to_json());
  });
}

as_status as_complaint_route(const as_complaint_policy* policy, int32_t kind, int32_t severity, const char* dispute,
                             const char** out_first_reviewer, const char** out_department,
                             int32_t* out_supervisor_visit, char** out_rule, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_first_reviewer, "out_first_reviewer");
    require(out_department, "out_department");
    require(out_supervisor_visit, "out_supervisor_visit");
    const auto k = enum_in<ComplaintKind>(kind, "kind", "AS_COMPLAINT_*");
    const auto sev = enum_in<Severity>(severity, "severity", "AS_SEVERITY_*");
    const aftersales::Routing r =
        policy->policy.route(k, sev, dispute ? std::optional<std::string_view>(dispute) : std::nullopt);
    // Lend the names from the policy's own rules, which outlive this call.
    const aftersales::ComplaintRouting& rules = policy->policy.rules().routing;
    const std::string& reviewer = rules.first_reviewer.at(sev);
    const std::string* department = &rules.department_by_kind.at(k);
    if (dispute) department = &rules.department_by_dispute.find(std::string_view(dispute))->second;
    if (reviewer != r.first_reviewer || *department != r.department)
      throw Error(ErrorCode::internal, "route", "the routing answer is not the policy's");
    std::unique_ptr<char, decltype(&as_free)> rule(nullptr, &as_free);
    if (out_rule != nullptr) rule.reset(aftersales::capi::malloc_string(r.rule));

    // Nothing below throws: the outputs are written all or nothing.
    *out_first_reviewer = reviewer.c_str();
    *out_department = department->c_str();
    *out_supervisor_visit = r.supervisor_visit ? 1 : 0;
    if (out_rule != nullptr) *out_rule = rule.release();
  });
}

as_status as_complaint_stage_deadline(const as_complaint_policy* policy, size_t stage_index, int32_t market,
                                      int64_t entered_unix_s, int32_t* out_has_deadline, int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_has_deadline, "out_has_deadline");
    require(out_unix_s, "out_unix_s");
    const auto m = enum_in<Market>(market, "market", "AS_MARKET_*");
    const std::optional<Instant> due = renaming({{"entered", "entered_unix_s"}}, [&] {
      return policy->policy.stage_deadline(stage_index, m, instant(entered_unix_s));
    });
    *out_has_deadline = due ? 1 : 0;
    *out_unix_s = due ? unix_s(*due) : 0;
  });
}

as_status as_complaint_overall_deadline(const as_complaint_policy* policy, int32_t market, int64_t accepted_unix_s,
                                        int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_unix_s, "out_unix_s");
    const auto m = enum_in<Market>(market, "market", "AS_MARKET_*");
    const Instant due = renaming({{"accepted", "accepted_unix_s"}},
                                 [&] { return policy->policy.overall_deadline(m, instant(accepted_unix_s)); });
    *out_unix_s = unix_s(due);
  });
}

as_status as_complaint_report_due(const as_complaint_policy* policy, int64_t investigated_unix_s,
                                  int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_unix_s, "out_unix_s");
    const Instant due = renaming({{"investigated", "investigated_unix_s"}},
                                 [&] { return policy->policy.report_due(instant(investigated_unix_s)); });
    *out_unix_s = unix_s(due);
  });
}

as_status as_complaint_consolidation_due(const as_complaint_policy* policy, int64_t received_unix_s,
                                         int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_unix_s, "out_unix_s");
    const Instant due = renaming({{"negotiation_received", "received_unix_s"}},
                                 [&] { return policy->policy.consolidation_due(instant(received_unix_s)); });
    *out_unix_s = unix_s(due);
  });
}

as_status as_complaint_open(const as_complaint_policy* policy, const char* number, int64_t received_unix_s,
                            int32_t kind, int32_t severity, int32_t market, const int64_t* accepted_unix_s,
                            const char* dispute, as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(number, "number");
    require(out, "out");
    const auto k = enum_in<ComplaintKind>(kind, "kind", "AS_COMPLAINT_*");
    const auto s = enum_in<Severity>(severity, "severity", "AS_SEVERITY_*");
    const auto m = enum_in<Market>(market, "market", "AS_MARKET_*");
    std::optional<std::string_view> d;
    if (dispute != nullptr) d = dispute;
    // Without an acceptance time the C++ "accepted" is the receipt.
    const std::string_view accepted_name = accepted_unix_s != nullptr ? "accepted_unix_s" : "received_unix_s";
    Complaint c = renaming({{"received", "received_unix_s"}, {"accepted", accepted_name}}, [&] {
      return policy->policy.open(number, instant(received_unix_s), k, s, m, optional_instant(accepted_unix_s), d);
    });
    make_complaint(out, std::move(c));
  });
}

as_status as_complaint_advance(const as_complaint_policy* policy, const as_complaint* complaint, int64_t at_unix_s,
                               as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(complaint, "complaint");
    require(out, "out");
    check_policy_stage(policy->policy, complaint->complaint, "complaint");
    Complaint next = renaming({{"at", "at_unix_s"}},
                              [&] { return policy->policy.advance(complaint->complaint, instant(at_unix_s)); });
    make_complaint(out, std::move(next));
  });
}

as_status as_complaint_advance_deciding(const as_complaint_policy* policy, const as_complaint* complaint,
                                        int64_t at_unix_s, size_t n_call_for, const char* const* call_for,
                                        as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(complaint, "complaint");
    if (n_call_for > 0) require(call_for, "call_for");
    require(out, "out");
    aftersales::AdvanceOptions options;
    options.call_for.reserve(n_call_for);
    for (size_t i = 0; i < n_call_for; ++i) {
      require(call_for[i], indexed("call_for", i).c_str());
      options.call_for.emplace_back(call_for[i]);
    }
    // The C++ twin: the complaint moves on its own stage list (no
    // check_policy_stage, which keeps as_complaint_advance's 0.2.0 meaning).
    Complaint next = renaming({{"at", "at_unix_s"}}, [&] {
      return policy->policy.advance(complaint->complaint, instant(at_unix_s), options);
    });
    make_complaint(out, std::move(next));
  });
}

as_status as_complaint_reject(const as_complaint_policy* policy, const as_complaint* complaint,
                              const char* new_number, int64_t at_unix_s, const int64_t* accepted_unix_s,
                              as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(complaint, "complaint");
    require(new_number, "new_number");
    require(out, "out");
    const std::string_view accepted_name = accepted_unix_s != nullptr ? "accepted_unix_s" : "at_unix_s";
    Complaint c = renaming({{"at", "at_unix_s"}, {"accepted", accepted_name}}, [&] {
      return policy->policy.reject(complaint->complaint, new_number, instant(at_unix_s),
                                   optional_instant(accepted_unix_s));
    });
    make_complaint(out, std::move(c));
  });
}

as_status as_complaint_close_invalid(const as_complaint_policy* policy, const as_complaint* complaint,
                                    int64_t at_unix_s, const char* reason, as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(complaint, "complaint");
    require(reason, "reason");
    require(out, "out");
    check_policy_stage(policy->policy, complaint->complaint, "complaint");
    Complaint c = renaming({{"at", "at_unix_s"}},
                           [&] { return policy->policy.close_invalid(complaint->complaint, instant(at_unix_s), reason); });
    make_complaint(out, std::move(c));
  });
}

as_status as_complaint_confirm_responsibility(const as_complaint_policy* policy, const as_complaint* complaint,
                                             size_t n, const char* const* parties, const int64_t* ratios,
                                             as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(complaint, "complaint");
    require(out, "out");
    if (n > 0) {
      require(parties, "parties");
      require(ratios, "ratios");
    }
    Complaint c = policy->policy.confirm_responsibility(complaint->complaint,
                                                        aftersales::capi::weights_of(n, parties, ratios));
    make_complaint(out, std::move(c));
  });
}

as_status as_complaint_responsibility(const as_complaint* complaint, size_t index, const char** out_party,
                                      int64_t* out_ratio, as_error** error) {
  return guard(error, [&] {
    require(complaint, "complaint");
    require(out_party, "out_party");
    require(out_ratio, "out_ratio");
    const auto& ratios = complaint->complaint.responsibility();
    if (index >= ratios.size())
      throw Error(ErrorCode::invalid_argument, "index",
                  std::to_string(index) + " is past the responsibility ratios of complaint " +
                      complaint->complaint.number() + " (" + std::to_string(ratios.size()) + ")");
    *out_party = ratios[index].party.c_str();
    *out_ratio = ratios[index].weight;
  });
}

void as_complaint_destroy(as_complaint* complaint) { delete complaint; }

as_status as_complaint_describe(const as_complaint* complaint, as_complaint_info* out, as_error** error) {
  return guard(error, [&] {
    require(complaint, "complaint");
    require(out, "out");
    check_size(out->size, sizeof(as_complaint_info), "out.size", "as_complaint_info", "AS_COMPLAINT_INFO_INIT");
    const Complaint& c = complaint->complaint;
    as_complaint_info r{};
    r.size = out->size;
    r.number = c.number().c_str();
    r.stage = c.stage().c_str();
    r.stage_department = c.stage_department().c_str();
    r.department = c.department().c_str();
    r.first_reviewer = c.first_reviewer().c_str();
    r.dispute = text_or_null(c.dispute());
    r.original_number = text_or_null(c.original_number());
    r.root_number = text_or_null(c.root_number());
    r.rule = c.rule().c_str();
    r.received_unix_s = unix_s(c.received());
    r.accepted_unix_s = unix_s(c.accepted());
    r.stage_entered_unix_s = unix_s(c.stage_entered());
    r.stage_deadline_unix_s = c.stage_deadline() ? unix_s(*c.stage_deadline()) : 0;
    r.deadline_unix_s = unix_s(c.deadline());
    r.closed_at_unix_s = c.closed_at() ? unix_s(*c.closed_at()) : 0;
    r.history_count = c.history().size();
    r.kind = static_cast<int32_t>(c.kind());
    r.severity = static_cast<int32_t>(c.severity());
    r.market = static_cast<int32_t>(c.market());
    r.stage_index = i32(c.stage_index(), "stage_index");
    r.has_stage_deadline = c.stage_deadline() ? 1 : 0;
    r.closed = c.is_closed() ? 1 : 0;
    r.closed_on_time = c.closed_on_time() ? 1 : 0;
    r.supervisor_visit = c.supervisor_visit() ? 1 : 0;
    r.rejections = c.rejections();
    r.invalid = c.invalid() ? 1 : 0;
    r.invalid_reason = c.invalid_reason().c_str();
    r.responsibility_count = c.responsibility().size();

    // Nothing below throws: the outputs are written all or nothing.
    std::memcpy(out, &r, sizeof r);
  });
}

as_status as_complaint_history(const as_complaint* complaint, size_t index, as_stage_record* out, as_error** error) {
  return guard(error, [&] {
    require(complaint, "complaint");
    require(out, "out");
    check_size(out->size, sizeof(as_stage_record), "out.size", "as_stage_record", "AS_STAGE_RECORD_INIT");
    const auto& history = complaint->complaint.history();
    if (index >= history.size())
      throw Error(ErrorCode::invalid_argument, "index",
                  std::to_string(index) + " is past the stages complaint " + complaint->complaint.number() +
                      " has left (" + std::to_string(history.size()) + ")");
    const aftersales::StageRecord& h = history[index];
    as_stage_record r{};
    r.size = out->size;
    r.stage = h.stage.c_str();
    r.department = h.department.c_str();
    r.entered_unix_s = unix_s(h.entered);
    r.deadline_unix_s = h.deadline ? unix_s(*h.deadline) : 0;
    r.left_unix_s = unix_s(h.left);
    r.late_by_s = static_cast<int64_t>(h.late_by().count());
    r.stage_index = i32(h.index, "stage_index");
    r.has_deadline = h.deadline ? 1 : 0;

    // Nothing below throws: the outputs are written all or nothing.
    std::memcpy(out, &r, sizeof r);
  });
}

as_status as_complaint_stages_json(const as_complaint* complaint, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(complaint, "complaint");
    require(out_json, "out_json");
    const Complaint& c = complaint->complaint;
    std::vector<std::string> names;
    names.reserve(c.stages().size());
    for (const aftersales::ComplaintStage& s : c.stages()) names.push_back(s.name);
    using aftersales::to_json;
    const std::string json = "{\"stages\":" + to_json(std::span<const std::string>(names)) +
                             ",\"called_for\":" + to_json(std::span<const std::string>(c.called_for())) +
                             ",\"skipped\":" + to_json(std::span<const std::string>(c.skipped())) +
                             ",\"stage_list\":" + aftersales::complaint_stages_json(c.stages()) + "}";
    *out_json = aftersales::capi::malloc_string(json);
  });
}

as_status as_complaint_reminders(const as_complaint_policy* policy, const as_complaint* const* complaints,
                                 size_t n_complaints, int64_t now_unix_s, as_complaint_reminder* out_reminders,
                                 size_t* out_count, char** out_rules, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    if (n_complaints > 0) require(out_reminders, "out_reminders");
    require(out_count, "out_count");
    const Complaints cs = complaints_of(complaints, n_complaints);
    for (std::size_t i = 0; i < cs.values.size(); ++i)
      check_policy_stage(policy->policy, cs.values[i], "complaints[" + std::to_string(i) + "]");
    const auto reminders = policy->policy.reminders(cs.values, instant(now_unix_s));
    if (reminders.size() > n_complaints)
      throw Error(ErrorCode::internal, "reminders", "returned more reminders than it was given complaints");

    std::vector<as_complaint_reminder> result;
    result.reserve(reminders.size());
    std::string rules;
    for (const aftersales::Reminder& x : reminders) {
      const size_t i = cs.find(x.number, "reminders");
      const Complaint& c = complaints[i]->complaint;  // the text lives in the caller's handle
      if (x.stage != c.stage() || x.department != c.stage_department())
        throw Error(ErrorCode::internal, "reminders", "named another stage than complaint " + c.number() + " is at");
      as_complaint_reminder r{};
      r.index = i;
      r.number = c.number().c_str();
      r.stage = c.stage().c_str();
      r.department = c.stage_department().c_str();
      r.deadline_unix_s = unix_s(x.deadline);
      r.overdue_by_s = static_cast<int64_t>(x.overdue_by.count());
      r.stage_overdue_by_s = static_cast<int64_t>(x.stage_overdue_by.count());
      r.overall_overdue_by_s = static_cast<int64_t>(x.overall_overdue_by.count());
      r.stage_index = i32(x.stage_index, "stage_index");
      r.which = x.which == aftersales::DeadlineKind::overall ? AS_DEADLINE_OVERALL : AS_DEADLINE_STAGE;
      result.push_back(r);
      if (out_rules != nullptr) {
        if (!rules.empty()) rules += '\n';
        rules += x.rule;
      }
    }
    std::unique_ptr<char, decltype(&as_free)> rules_text(nullptr, &as_free);
    if (out_rules != nullptr) rules_text.reset(aftersales::capi::malloc_string(rules));

    // Nothing below throws: the outputs are written all or nothing.
    if (!result.empty()) std::memcpy(out_reminders, result.data(), result.size() * sizeof result[0]);
    *out_count = result.size();
    if (out_rules != nullptr) *out_rules = rules_text.release();
  });
}

as_status as_complaint_late_closed(const as_complaint_policy* policy, const as_complaint* const* complaints,
                                   size_t n_complaints, int32_t year, int32_t month,
                                   as_overdue_inquiry* out_inquiries, size_t* out_count, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    if (n_complaints > 0) require(out_inquiries, "out_inquiries");
    require(out_count, "out_count");
    const Complaints cs = complaints_of(complaints, n_complaints);
    const auto inquiries = policy->policy.late_closed(cs.values, year, month);
    if (inquiries.size() > n_complaints)
      throw Error(ErrorCode::internal, "late_closed", "returned more inquiries than it was given complaints");

    std::vector<as_overdue_inquiry> result;
    result.reserve(inquiries.size());
    for (const aftersales::OverdueInquiry& q : inquiries) {
      const size_t i = cs.find(q.number, "late_closed");
      as_overdue_inquiry r{};
      r.index = i;
      r.number = complaints[i]->complaint.number().c_str();
      r.closed_at_unix_s = unix_s(q.closed_at);
      r.deadline_unix_s = unix_s(q.deadline);
      r.late_by_s = static_cast<int64_t>(q.late_by.count());
      r.late_stages = q.late_stages.size();
      result.push_back(r);
    }

    // Nothing below throws: the outputs are written all or nothing.
    if (!result.empty()) std::memcpy(out_inquiries, result.data(), result.size() * sizeof result[0]);
    *out_count = result.size();
  });
}

as_status as_complaint_monthly_statistics(const as_complaint_policy* policy, const as_complaint* const* complaints,
                                          size_t n_complaints, int32_t year, int32_t month,
                                          as_complaint_statistics* out, as_department_count* out_departments,
                                          size_t* out_n_departments, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out, "out");
    if (n_complaints > 0) require(out_departments, "out_departments");
    require(out_n_departments, "out_n_departments");
    check_size(out->size, sizeof(as_complaint_statistics), "out.size", "as_complaint_statistics",
               "AS_COMPLAINT_STATISTICS_INIT");
    const Complaints cs = complaints_of(complaints, n_complaints);
    const aftersales::ComplaintStatistics st = policy->policy.monthly_statistics(cs.values, year, month);

    as_complaint_statistics r{};
    r.size = out->size;
    r.total = st.total;
    r.on_time = st.on_time;
    for (const auto& [kind, n] : st.by_kind) r.by_kind[static_cast<size_t>(kind)] = n;
    for (const auto& [severity, n] : st.by_severity) r.by_severity[static_cast<size_t>(severity)] = n;
    for (const auto& [market, n] : st.by_market) r.by_market[static_cast<size_t>(market)] = n;
    r.year = st.year;
    r.month = st.month;
    r.due_yyyymmdd = aftersales::date_to_yyyymmdd(st.due);
    r.invalid = st.invalid;
    r.unconfirmed = st.unconfirmed;

    // The department names are lent from the caller's handles.
    std::map<std::string_view, const char*, std::less<>> names;
    for (size_t i = 0; i < n_complaints; ++i) {
      const std::string& d = complaints[i]->complaint.department();
      names.emplace(d, d.c_str());
    }
    std::vector<as_department_count> departments;
    departments.reserve(st.by_department.size());
    for (const auto& [department, n] : st.by_department) {
      const auto it = names.find(department);
      if (it == names.end())
        throw Error(ErrorCode::internal, "monthly_statistics", "counted an unknown department '" + department + "'");
      departments.push_back(as_department_count{it->second, n});
    }
    if (departments.size() > n_complaints)
      throw Error(ErrorCode::internal, "monthly_statistics", "counted more departments than complaints");

    // Nothing below throws: the outputs are written all or nothing.
    std::memcpy(out, &r, sizeof r);
    if (!departments.empty())
      std::memcpy(out_departments, departments.data(), departments.size() * sizeof departments[0]);
    *out_n_departments = departments.size();
  });
}

as_status as_complaint_monthly_responsibility(const as_complaint_policy* policy,
                                              const as_complaint* const* complaints, size_t n_complaints,
                                              int32_t year, int32_t month, as_responsibility_total* out_totals,
                                              size_t cap, size_t* out_n, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_n, "out_n");
    if (cap > 0) require(out_totals, "out_totals");
    const Complaints cs = complaints_of(complaints, n_complaints);
    const aftersales::ComplaintStatistics st = policy->policy.monthly_statistics(cs.values, year, month);

    // The party names are lent from the caller's handles.
    std::map<std::string_view, const char*, std::less<>> names;
    for (size_t i = 0; i < n_complaints; ++i)
      for (const aftersales::Weight& w : complaints[i]->complaint.responsibility()) names.emplace(w.party, w.party.c_str());
    std::vector<as_responsibility_total> totals;
    totals.reserve(st.responsibility.size());
    for (const auto& [party, sum] : st.responsibility) {
      const auto it = names.find(party);
      if (it == names.end())
        throw Error(ErrorCode::internal, "monthly_statistics", "summed an unknown party '" + party + "'");
      totals.push_back(as_responsibility_total{it->second, sum});
    }
    if (out_totals == nullptr && cap == 0) {
      *out_n = totals.size();
      return;
    }
    if (totals.size() > cap)
      throw Error(ErrorCode::invalid_argument, "cap",
                  std::to_string(cap) + " is too small for the " + std::to_string(totals.size()) + " parties");

    // Nothing below throws: the outputs are written all or nothing.
    if (!totals.empty()) std::memcpy(out_totals, totals.data(), totals.size() * sizeof totals[0]);
    *out_n = totals.size();
  });
}

}  // extern "C"
