// as_dispatch_*: C arguments in, aftersales::DispatchPolicy call, C results out.
#include <aftersales.h>
#include <aftersales/dispatch.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"

#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using aftersales::DispatchPolicy;
using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::Instant;
using aftersales::Seconds;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::require;
using aftersales::capi::renaming;
using aftersales::capi::unix_s;

namespace {

// The C++ names of the dispatch functions' inputs -> the C prototypes' names,
// so an error names what the C caller passed.
const aftersales::capi::Names c_names = {
    {"zone", "service_zone"}, {"received", "call_unix_s"}, {"now", "now_unix_s"}, {"arrival", "arrival_unix_s"}};
std::string indexed(const char* array, size_t i, const char* member) {
  return std::string(array) + "[" + std::to_string(i) + "]" + (member[0] != '\0' ? "." : "") + member;
}

std::vector<aftersales::Pause> pauses_of(const as_pause* pauses, size_t n) {
  if (n > 0) require(pauses, "pauses");
  std::vector<aftersales::Pause> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    aftersales::Pause p{instant(pauses[i].start_unix_s), std::nullopt};
    if (pauses[i].open_ended == 0) p.end = instant(pauses[i].end_unix_s);
    out.push_back(p);
  }
  return out;
}

void make_policy(as_dispatch_policy** out, DispatchPolicy policy) {
  auto handle = std::make_unique<as_dispatch_policy>(std::move(policy));
  *out = handle.release();
}
}  // namespace

extern "C" {

as_status as_dispatch_policy_from_json(const char* json, as_dispatch_policy** out, as_error** error) {
  return guard(error, [&] {
    require(json, "json");
    require(out, "out");
    make_policy(out, DispatchPolicy::from_json(json));
  });
}

as_status as_parse_duration(const char* text, int64_t* out_s, as_error** error) {
  return guard(error, [&] {
    require(text, "text");
    require(out_s, "out_s");
    *out_s = aftersales::parse_duration(text, "duration").count();
  });
}

as_status as_dispatch_policy_create(const as_calendar* calendar, as_dispatch_policy** out, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out, "out");
    make_policy(out, DispatchPolicy(calendar->calendar));
  });
}

as_status as_dispatch_policy_create_targets(const as_calendar* calendar, const as_dispatch_target* targets,
                                            size_t n_targets, int64_t at_risk_s, as_dispatch_policy** out, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    if (n_targets > 0) require(targets, "targets");
    require(out, "out");
    std::map<std::string, Seconds, std::less<>> map;
    for (size_t i = 0; i < n_targets; ++i) {
      const auto field = indexed("targets", i, "service_zone");
      require(targets[i].service_zone, field.c_str());
      // A map silently keeps one of two equal keys; the caller meant something.
      if (!map.emplace(targets[i].service_zone, Seconds(targets[i].target_s)).second)
        throw Error(ErrorCode::invalid_argument, field,
                    "duplicate service zone '" + std::string(targets[i].service_zone) + "'");
    }
    make_policy(out, DispatchPolicy(calendar->calendar, std::move(map), Seconds(at_risk_s)));
  });
}

void as_dispatch_policy_destroy(as_dispatch_policy* policy) { delete policy; }

as_status as_dispatch_policy_to_json(const as_dispatch_policy* policy, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_json, "out_json");
    *out_json = aftersales::capi::malloc_string(policy->policy.to_json());
  });
}

as_status as_dispatch_policy_calendar(const as_dispatch_policy* policy, const as_calendar** out_calendar, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_calendar, "out_calendar");
    *out_calendar = &policy->calendar;
  });
}

as_status as_dispatch_policy_target(const as_dispatch_policy* policy, const char* service_zone,
                                    int64_t* out_target_s, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(service_zone, "service_zone");
    require(out_target_s, "out_target_s");
    *out_target_s = static_cast<int64_t>(
        renaming(c_names, [&] { return policy->policy.target(service_zone); }).count());
  });
}

as_status as_dispatch_deadline(const as_dispatch_policy* policy, int64_t call_unix_s, const char* service_zone,
                               const as_pause* pauses, size_t n_pauses, int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(service_zone, "service_zone");
    require(out_unix_s, "out_unix_s");
    const auto p = pauses_of(pauses, n_pauses);
    *out_unix_s = unix_s(
        renaming(c_names, [&] { return policy->policy.deadline(instant(call_unix_s), service_zone, p); }));
  });
}

as_status as_dispatch_status(const as_dispatch_policy* policy, int64_t call_unix_s, const char* service_zone,
                             int64_t now_unix_s, const as_pause* pauses, size_t n_pauses,
                             const int64_t* arrival_unix_s, as_sla_status* out, char* rule_buf, size_t rule_cap,
                             size_t* out_rule_needed, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(service_zone, "service_zone");
    require(out, "out");
    if (rule_cap > 0) require(rule_buf, "rule_buf");
    // Version 1 of the struct is the smallest a caller can have.
    if (out->size < sizeof(as_sla_status))
      throw Error(ErrorCode::invalid_argument, "out.size",
                  std::to_string(out->size) + " is smaller than sizeof(as_sla_status) = " +
                      std::to_string(sizeof(as_sla_status)) + " (initialise with AS_SLA_STATUS_INIT)");
    const auto p = pauses_of(pauses, n_pauses);
    std::optional<Instant> arrival;
    if (arrival_unix_s != nullptr) arrival = instant(*arrival_unix_s);
    const auto s = renaming(
        c_names, [&] { return policy->policy.status(instant(call_unix_s), service_zone, instant(now_unix_s), p, arrival); });

    as_sla_status r{};
    r.size = out->size;
    r.state = static_cast<int32_t>(s.state);  // AS_SLA_* pinned to SlaState (enum_codes.cpp)
    r.at_risk = s.at_risk ? 1 : 0;
    r.has_next_change = s.next_change ? 1 : 0;
    r.deadline_unix_s = unix_s(s.deadline);
    r.target_s = static_cast<int64_t>(s.target.count());
    r.elapsed_s = static_cast<int64_t>(s.elapsed.count());
    r.remaining_s = static_cast<int64_t>(s.remaining.count());
    r.late_by_s = static_cast<int64_t>(s.late_by.count());
    r.next_change_unix_s = s.next_change ? unix_s(*s.next_change) : 0;

    // Nothing below throws: the outputs are written all or nothing.
    std::memcpy(out, &r, sizeof r);
    if (rule_cap > 0) {
      const size_t n = s.rule.size() < rule_cap ? s.rule.size() : rule_cap - 1;
      std::memcpy(rule_buf, s.rule.data(), n);
      rule_buf[n] = '\0';
    }
    if (out_rule_needed != nullptr) *out_rule_needed = s.rule.size() + 1;
  });
}

}  // extern "C"

namespace {

// The queue over the caller's calls, answered as indices into them. `at(i)`
// gives call i's QueuedCall (its fields named calls[i]...).
template <class At>
void queue_indices(const as_dispatch_policy* policy, size_t n_calls, int64_t now_unix_s, size_t* out_order,
                   size_t* out_count, At at) {
  require(policy, "policy");
  require(out_count, "out_count");
  if (n_calls > 0) require(out_order, "out_order");
  std::vector<aftersales::QueuedCall> queue;
  queue.reserve(n_calls);
  // The C++ answer is a list of ids; map them back to the caller's indices.
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < n_calls; ++i) {
    queue.push_back(at(i));
    if (auto [it, fresh] = index.emplace(queue.back().id, i); !fresh)
      throw Error(ErrorCode::invalid_argument, indexed("calls", i, "id"),
                  "duplicate id '" + queue.back().id + "' (also " + indexed("calls", it->second, "id") + ")");
  }
  std::vector<std::string> order;
  try {
    order = policy->policy.dispatch_order(queue, instant(now_unix_s));
  } catch (const Error& e) {
    // "calls[3].zone" -> "calls[3].service_zone": the C member's name.
    const std::string& f = e.field();
    for (const auto& [from, to] : c_names) {
      const std::string suffix = "." + std::string(from);
      if (f.size() > suffix.size() && f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0 &&
          f.rfind("calls[", 0) == 0) {
        const std::string member = to == "call_unix_s" ? "received_unix_s" : std::string(to);
        throw Error(e.code(), f.substr(0, f.size() - suffix.size() + 1) + member, e.message());
      }
    }
    throw;
  }
  std::vector<size_t> result;
  result.reserve(order.size());
  for (const auto& id : order) {
    const auto it = index.find(id);
    if (it == index.end()) throw Error(ErrorCode::internal, "dispatch_order", "returned an unknown id '" + id + "'");
    result.push_back(it->second);
  }
  if (result.size() > n_calls) throw Error(ErrorCode::internal, "dispatch_order", "returned more calls than it was given");
  if (!result.empty()) std::memcpy(out_order, result.data(), result.size() * sizeof(size_t));
  *out_count = result.size();
}

// The fields every call has, named calls[i]....
aftersales::QueuedCall queued(size_t i, const char* id, int64_t received, const char* zone, int32_t dispatched,
                              int64_t dispatched_at) {
  require(id, indexed("calls", i, "id").c_str());
  require(zone, indexed("calls", i, "service_zone").c_str());
  aftersales::QueuedCall q{id, instant(received), zone, std::nullopt};
  if (dispatched != 0) q.dispatched = instant(dispatched_at);
  return q;
}

}  // namespace

extern "C" {

as_status as_dispatch_queue(const as_dispatch_policy* policy, const as_waiting_call* calls, size_t n_calls,
                            int64_t now_unix_s, size_t* out_order, size_t* out_count, as_error** error) {
  return guard(error, [&] {
    if (n_calls == 0) return queue_indices(policy, 0, now_unix_s, out_order, out_count, [](size_t) {
      return aftersales::QueuedCall{};
    });
    require(calls, "calls");
    static const as_waiting_call defaults = AS_WAITING_CALL_INIT;
    queue_indices(policy, n_calls, now_unix_s, out_order, out_count, [&](size_t i) {
      // Read at the caller's stride (calls[0].size): an older or newer header's array.
      const as_waiting_call c = aftersales::capi::sized_element(calls, i, "calls", defaults);
      if (c.reserved0 != 0) throw Error(ErrorCode::invalid_argument, indexed("calls", i, "reserved0"), "must be 0");
      aftersales::QueuedCall q = queued(i, c.id, c.received_unix_s, c.service_zone, c.dispatched, c.dispatched_unix_s);
      try {
        q.pauses = pauses_of(c.pauses, c.n_pauses);
      } catch (const Error& e) {
        throw e.nested("calls[" + std::to_string(i) + "]");
      }
      return q;
    });
  });
}

}  // extern "C"

// as_dispatch_deadline_many: as_dispatch_deadline over columns, no pauses;
// DispatchPolicy::deadline_many does the work, this face reads C's
// pointers and names the element in the C parameters' names.
extern "C" {

as_status as_dispatch_deadline_many(const as_dispatch_policy* policy, size_t n, const int64_t* call_unix_s,
                                    const char* const* service_zones, size_t n_service_zones,
                                    const int32_t* zone_index, int32_t skip_errors,
                                    int64_t* out_deadline_unix_s, uint8_t* out_valid, size_t* out_answered, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    const bool skip = skip_errors != 0;
    if (n_service_zones > 0) require(service_zones, "service_zones");
    // Names as string_views: no strlen per call.
    std::vector<std::string_view> zones;
    zones.reserve(n_service_zones);
    for (size_t k = 0; k < n_service_zones; ++k) {
      require(service_zones[k], indexed("service_zones", k, "").c_str());
      zones.emplace_back(service_zones[k]);
    }
    if (n > 0) {
      require(call_unix_s, "call_unix_s");
      if (n_service_zones == 0)
        throw Error(ErrorCode::invalid_argument, "n_service_zones", "0: n > 0 calls need at least one service zone");
      // NULL zone_index: every call is in service_zones[0]; with more zones
      // that is a mistake, not a choice.
      if (zone_index == nullptr && n_service_zones > 1)
        throw Error(ErrorCode::invalid_argument, "zone_index",
                    "must not be NULL when n_service_zones > 1 (" + std::to_string(n_service_zones) + ")");
      require(out_deadline_unix_s, "out_deadline_unix_s");
      if (skip && out_valid == nullptr)
        throw Error(ErrorCode::invalid_argument, "out_valid",
                    "must not be NULL when skip_errors is nonzero (it marks the elements refused)");
    }

    // Into our own columns first: nothing is written on failure.
    std::vector<Instant> received(n), deadline(n);
    for (size_t i = 0; i < n; ++i) received[i] = instant(call_unix_s[i]);
    std::vector<uint8_t> valid(n, 0);
    size_t answered = 0;
    try {
      answered = policy->policy.deadline_many(received, zones,
                                              std::span<const int32_t>(zone_index, zone_index != nullptr ? n : 0),
                                              deadline, valid, skip);
    } catch (const aftersales::ElementError& e) {
      using Input = aftersales::ElementError::Input;
      if (e.input() == Input::zone_index)
        throw Error(ErrorCode::invalid_argument, indexed("zone_index", e.element(), ""),
                    std::to_string(zone_index[e.element()]) + " is not an index into service_zones (n_service_zones = " +
                        std::to_string(n_service_zones) + ")");
      // "zones[k]" -> "service_zones[k]", "received[i]" -> "call_unix_s[i]".
      throw e.input() == Input::zone ? e.renamed("zones", "service_zones") : e.renamed("received", "call_unix_s");
    }

    // Nothing below throws: the outputs are written all or nothing.
    for (size_t i = 0; i < n; ++i) out_deadline_unix_s[i] = valid[i] != 0 ? unix_s(deadline[i]) : 0;
    if (n > 0 && out_valid != nullptr) std::memcpy(out_valid, valid.data(), n);
    if (out_answered != nullptr) *out_answered = answered;
  });
}

}  // extern "C"
