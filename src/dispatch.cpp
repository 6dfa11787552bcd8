#include <aftersales/dispatch.hpp>
#include <aftersales/enum_names.hpp>

#include "detail/json.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <tuple>

namespace aftersales {

namespace {

// The defaults (urban 6 h, suburban 7 h, at risk below 1 h) live in
// data/policies/dispatch.json, never inside the arithmetic.
const detail::Json& default_section() { return detail::default_document("dispatch").at("dispatch"); }

std::map<std::string, Seconds, std::less<>> targets_value(const detail::Json& t, const std::string& path) {
  if (!t.is_object()) detail::json_type_error(path, t, "an object {\"urban\": \"6h\", ...}");
  std::map<std::string, Seconds, std::less<>> out;
  for (auto it = t.begin(); it != t.end(); ++it) out[it.key()] = detail::json_working_time(it.value(), path + "." + it.key());
  return out;
}

std::map<std::string, Seconds, std::less<>> default_targets() {
  return targets_value(default_section().at("targets"), "dispatch.targets");
}

Seconds default_at_risk() { return detail::json_working_time(default_section().at("at_risk"), "dispatch.at_risk"); }

// dispatch.remote: {"first_response": "1h", "resolution": "4h"} (seeds 003
// 2.2, 001 give no numbers: the defaults are the company's choice).
RemoteTargets remote_value(const detail::Json& r, const std::string& path) {
  if (!r.is_object()) detail::json_type_error(path, r, "an object {\"first_response\": \"1h\", \"resolution\": \"4h\"}");
  detail::json_only(r, path, {"first_response", "resolution"});
  return {detail::json_working_time(r.value("first_response", detail::Json()), path + ".first_response"),
          detail::json_working_time(r.value("resolution", detail::Json()), path + ".resolution")};
}

RemoteTargets default_remote() { return remote_value(default_section().at("remote"), "dispatch.remote"); }

void check_remote(const RemoteTargets& r) {
  for (const auto& [t, name] : {std::pair{r.first_response, "remote.first_response"}, std::pair{r.resolution, "remote.resolution"}})
    if (t <= Seconds(0))
      throw Error(ErrorCode::invalid_argument, name, std::to_string(t.count()) + " s is not a positive target");
  if (r.resolution < r.first_response)
    throw Error(ErrorCode::invalid_argument, "remote.resolution",
                std::to_string(r.resolution.count()) + " s is shorter than the first-response target (" +
                    std::to_string(r.first_response.count()) + " s)");
}

struct Interval {
  Instant start;
  Instant end;
};

// A call's pauses on its clock: clipped to start at the call, sorted,
// overlaps merged; an open pause ends at `open_end` (the instant judged, or
// the arrival when earlier: arriving ends the pause). Up to
// `inline_capacity` pauses live inside the object: a report judges a
// million calls and must not allocate for each.
class ClockPauses {
 public:
  static constexpr std::size_t inline_capacity = 8;

  ClockPauses(std::span<const Pause> pauses, Instant received, Instant open_end) {
    for (std::size_t i = 0; i < pauses.size(); ++i) {
      const Pause& p = pauses[i];
      if (p.end && *p.end < p.start)
        throw Error(ErrorCode::invalid_argument, "pauses[" + std::to_string(i) + "].end", "ends before it starts");
      const Instant s = std::max(p.start, received);
      const Instant e = p.end ? *p.end : open_end;
      if (e > s) push({s, e});
    }
    Interval* first = data();
    std::sort(first, first + n_, [](const Interval& a, const Interval& b) { return a.start < b.start; });
    std::size_t merged = 0;
    for (std::size_t i = 0; i < n_; ++i) {
      if (merged > 0 && first[i].start <= first[merged - 1].end)
        first[merged - 1].end = std::max(first[merged - 1].end, first[i].end);
      else
        first[merged++] = first[i];
    }
    n_ = merged;
  }

  std::span<const Interval> intervals() const { return {data(), n_}; }

 private:
  void push(const Interval& iv) {
    if (n_ < inline_capacity && spilled_.empty()) {
      inline_[n_++] = iv;
      return;
    }
    if (spilled_.empty()) spilled_.assign(inline_.begin(), inline_.begin() + static_cast<std::ptrdiff_t>(n_));
    spilled_.push_back(iv);
    ++n_;
  }
  Interval* data() { return spilled_.empty() ? inline_.data() : spilled_.data(); }
  const Interval* data() const { return spilled_.empty() ? inline_.data() : spilled_.data(); }

  std::array<Interval, inline_capacity> inline_{};
  std::vector<Interval> spilled_;
  std::size_t n_ = 0;
};

// Working time counted on the clock in [received, t): pauses excluded.
Seconds elapsed(const Calendar& cal, Instant received, Instant t, std::span<const Interval> pauses) {
  if (t <= received) return Seconds(0);
  Seconds total = cal.between(received, t);
  for (const auto& p : pauses) {
    if (p.start >= t) break;
    total -= cal.between(p.start, std::min(t, p.end));
  }
  return total;
}

// Earliest instant at which the clock has counted `budget`.
Instant reach(const Calendar& cal, Instant received, Seconds budget, std::span<const Interval> pauses) {
  try {
    Instant cursor = received;
    Seconds rem = budget;
    for (const auto& p : pauses) {
      if (p.end <= cursor) continue;
      Instant candidate = cal.add(cursor, rem);
      if (candidate <= p.start) return candidate;
      rem -= cal.between(cursor, p.start);
      cursor = p.end;
    }
    return cal.add(cursor, rem);
  } catch (const Error& e) {
    // The calendar names its own parameters; the caller gave a call time.
    if (e.code() == ErrorCode::out_of_range) throw Error(e.code(), "received", e.message());
    throw;
  }
}

void check_times(Instant received, Instant now, std::optional<Instant> arrival) {
  if (now < received) throw Error(ErrorCode::invalid_argument, "now", "is before the call was received");
  if (arrival && *arrival < received)
    throw Error(ErrorCode::invalid_argument, "arrival", "is before the call was received");
}

// Where an open pause ends: the arrival when there is one by `now` (arriving
// ends it), else `now` (the deadline if the clock resumed then).
Instant open_pause_end(Instant now, std::optional<Instant> arrival) {
  return arrival && *arrival <= now ? *arrival : now;
}

// The verdict itself, once the deadline is known: the only comparison of an
// instant with a deadline that decides an SLA outcome.
SlaState decide(Instant deadline, Instant now, std::optional<Instant> arrival, bool paused) {
  if (arrival && *arrival <= now) return *arrival <= deadline ? SlaState::met : SlaState::breached;
  if (now > deadline) return SlaState::breached;
  return paused ? SlaState::paused : SlaState::running;
}

// The clock stands still at `now`: a pause has started and not ended.
bool paused_at(std::span<const Pause> pauses, Instant now) {
  for (const Pause& p : pauses)
    if (p.start <= now && (!p.end || *p.end > now)) return true;
  return false;
}

bool any_open(std::span<const Pause> pauses) {
  return std::any_of(pauses.begin(), pauses.end(), [](const Pause& p) { return !p.end; });
}

}  // namespace

const char* to_string(SlaState s) noexcept { return enum_name(s); }

Seconds parse_duration(std::string_view text, std::string_view field) {
  return detail::parse_working_time(text, std::string(field));
}

DispatchPolicy::DispatchPolicy(Calendar calendar)
    : DispatchPolicy(std::move(calendar), default_targets(), default_at_risk()) {}

DispatchPolicy::DispatchPolicy(Calendar calendar, std::map<std::string, Seconds, std::less<>> targets, Seconds at_risk)
    : calendar_(std::move(calendar)), targets_(std::move(targets)), at_risk_(at_risk), remote_(default_remote()) {
  if (targets_.empty()) throw Error(ErrorCode::invalid_argument, "targets", "at least one service zone is needed");
  for (const auto& [zone, target] : targets_) {
    if (zone.empty()) throw Error(ErrorCode::invalid_argument, "targets", "a zone name is empty");
    if (target <= Seconds(0))
      throw Error(ErrorCode::invalid_argument, "targets." + zone,
                  std::to_string(target.count()) + " s is not a positive target");
  }
  if (at_risk_ < Seconds(0))
    throw Error(ErrorCode::invalid_argument, "at_risk", std::to_string(at_risk_.count()) + " s is negative");
}

DispatchPolicy DispatchPolicy::from_json(std::string_view json) {
  using namespace detail;
  Json doc = parse_json(json, "policy");
  if (!doc.is_object()) json_type_error("policy", doc, "an object");
  std::string cal_path;
  const Json& cal_doc = calendar_section(doc, cal_path);
  if (cal_path.empty())
    throw Error(ErrorCode::parse_error, "calendar", "a dispatch policy document needs a \"calendar\" member");
  Calendar cal = calendar_from_json(cal_doc, cal_path);
  if (!doc.contains("dispatch")) return DispatchPolicy(std::move(cal));
  const Json& d = doc["dispatch"];
  if (!d.is_object()) json_type_error("dispatch", d, "an object");
  json_only(d, "dispatch", {"note", "targets", "at_risk", "remote"});
  // Members left out keep data/policies/dispatch.json's; "targets" lists
  // every zone, so a document's targets replace the default zones.
  const Json section = merged_section(default_section(), d, {"targets"});
  // A null given for a member removes the default (RFC 7396), so the member
  // is then refused as null.
  auto targets = targets_value(section.value("targets", Json()), "dispatch.targets");
  const Seconds at_risk = json_working_time(section.value("at_risk", Json()), "dispatch.at_risk");
  const RemoteTargets remote = remote_value(section.value("remote", Json()), "dispatch.remote");
  try {
    return DispatchPolicy(std::move(cal), std::move(targets), at_risk).with_remote(remote);
  } catch (const Error& e) {
    throw e.nested("dispatch");  // the constructor names fields inside the section
  }
}

std::string DispatchPolicy::to_json() const {
  detail::Json doc;
  doc["calendar"] = detail::calendar_to_json_value(calendar_);
  detail::Json targets = detail::Json::object();
  for (const auto& [zone, target] : targets_) targets[zone] = detail::working_time_code(target);
  doc["dispatch"] = {{"targets", targets}, {"at_risk", detail::working_time_code(at_risk_)}};
  doc["dispatch"]["remote"] = {{"first_response", detail::working_time_code(remote_.first_response)},
                               {"resolution", detail::working_time_code(remote_.resolution)}};
  return doc.dump(2);
}

DispatchPolicy DispatchPolicy::with_remote(RemoteTargets remote) const {
  check_remote(remote);
  DispatchPolicy p = *this;
  p.remote_ = remote;
  return p;
}

Seconds DispatchPolicy::target(std::string_view zone) const {
  auto it = targets_.find(zone);
  if (it == targets_.end()) {
    std::string known;
    for (const auto& [name, t] : targets_) known += (known.empty() ? "" : ", ") + name;
    throw Error(ErrorCode::not_found, "zone", "unknown service zone '" + std::string(zone) + "' (known: " + known + ")");
  }
  return it->second;
}

Instant DispatchPolicy::deadline(Instant received, std::string_view zone, std::span<const Pause> pauses) const {
  const Seconds budget = target(zone);
  for (std::size_t i = 0; i < pauses.size(); ++i)
    if (!pauses[i].end)
      throw Error(ErrorCode::state, "pauses[" + std::to_string(i) + "].end",
                  "the pause is still open, so the deadline is not known yet (judge() gives the deadline if it "
                  "ended now)");
  return reach(calendar_, received, budget, ClockPauses(pauses, received, received).intervals());
}

std::size_t DispatchPolicy::deadline_many(std::span<const Instant> received, std::span<const std::string_view> zones,
                                          std::span<const std::int32_t> zone_index, std::span<Instant> out_deadline,
                                          std::span<std::uint8_t> out_valid, bool skip_errors) const {
  const std::size_t n = received.size();
  const auto sizes = [](std::size_t a) { return std::to_string(a); };
  if (!zone_index.empty() && zone_index.size() != n)
    throw Error(ErrorCode::invalid_argument, "zone_index",
                sizes(zone_index.size()) + " elements for " + sizes(n) + " calls");
  if (out_deadline.size() != n)
    throw Error(ErrorCode::invalid_argument, "out_deadline", sizes(out_deadline.size()) + " elements for " + sizes(n) + " calls");
  if (!out_valid.empty() && out_valid.size() != n)
    throw Error(ErrorCode::invalid_argument, "out_valid", sizes(out_valid.size()) + " elements for " + sizes(n) + " calls");
  if (n == 0) return 0;
  if (zones.empty()) throw Error(ErrorCode::invalid_argument, "zones", "empty: calls need at least one service zone");
  if (zone_index.empty() && zones.size() > 1)
    throw Error(ErrorCode::invalid_argument, "zone_index", "must be given with more than one zone (" + sizes(zones.size()) + ")");
  if (skip_errors && out_valid.empty())
    throw Error(ErrorCode::invalid_argument, "out_valid", "must be given with skip_errors (it marks the elements refused)");

  // The zone table looked up once: each zone's target, or the policy's
  // refusal (an unknown zone fails only an element that uses it).
  std::vector<Seconds> budget(zones.size(), Seconds(0));
  std::vector<std::optional<Error>> refused(zones.size());
  for (std::size_t k = 0; k < zones.size(); ++k) {
    try {
      budget[k] = target(zones[k]);
    } catch (const Error& e) {
      refused[k] = e;
    }
  }
  const auto element = [&](std::size_t i) {
    return zone_index.empty() ? std::string() : " (zone_index[" + sizes(i) + "])";
  };
  std::size_t answered = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t k = 0;
    if (!zone_index.empty()) {
      const std::int32_t z = zone_index[i];
      // A bad index is the caller's encoding, never data to skip.
      if (z < 0 || static_cast<std::size_t>(z) >= zones.size()) {
        const std::string msg = std::to_string(z) + " is not an index into zones (n_zones = " + sizes(zones.size()) + ")";
        throw ElementError(ElementError::Input::zone_index, i, 0, Error(ErrorCode::invalid_argument, "zone_index", msg),
                           "zone_index[" + sizes(i) + "]", msg);
      }
      k = static_cast<std::size_t>(z);
    }
    if (!out_valid.empty()) out_valid[i] = 0;
    out_deadline[i] = Instant{};
    if (const auto& r = refused[k]) {
      if (!skip_errors)
        throw ElementError(ElementError::Input::zone, i, k, *r, "zones[" + sizes(k) + "]",
                           r->message() + ", given for element " + sizes(i) + element(i));
      continue;
    }
    try {
      // deadline() without pauses, its target looked up once per zone.
      out_deadline[i] = reach(calendar_, received[i], budget[k], {});
    } catch (const Error& e) {
      if (e.code() == ErrorCode::internal) throw;  // a bug of ours is never the element's
      // The call time is the element's only other input: name it.
      if (!skip_errors) throw ElementError(ElementError::Input::received, i, k, e, "received[" + sizes(i) + "]", e.message());
      continue;
    }
    if (!out_valid.empty()) out_valid[i] = 1;
    ++answered;
  }
  return answered;
}

SlaVerdict DispatchPolicy::judge(const SlaFacts& call, Instant now) const {
  if (call.remote) return judge_remote(call, now);
  check_times(call.received, now, call.arrival);
  const bool paused = paused_at(call.pauses, now);
  if (call.deadline && !any_open(call.pauses))
    return {decide(*call.deadline, now, call.arrival, paused), *call.deadline};
  const ClockPauses clock(call.pauses, call.received, open_pause_end(now, call.arrival));
  const Instant deadline = reach(calendar_, call.received, target(call.zone), clock.intervals());
  return {decide(deadline, now, call.arrival, paused), deadline};
}

// A call handled by phone or remotely (seeds 003 2.2, 001): the first
// contact and the resolution against dispatch.remote, on the same clock as
// a visit (working time from the call, pauses excluded). A resolution
// without a recorded contact was its own first contact.
SlaVerdict DispatchPolicy::judge_remote(const SlaFacts& call, Instant now) const {
  const RemoteFacts& r = *call.remote;
  check_times(call.received, now, std::nullopt);
  const std::optional<Instant> first = r.first_response ? r.first_response : r.resolved;
  if (first && *first < call.received)
    throw Error(ErrorCode::invalid_argument, "remote.first_response", "is before the call was received");
  if (r.resolved && first && *r.resolved < *first)
    throw Error(ErrorCode::invalid_argument, "remote.resolved", "is before the first response");
  const bool solved = r.resolved && *r.resolved <= now;
  const bool responded = first && *first <= now;
  const ClockPauses clock(call.pauses, call.received, solved ? *r.resolved : now);
  const Instant respond_by = reach(calendar_, call.received, remote_.first_response, clock.intervals());
  const Instant resolve_by = reach(calendar_, call.received, remote_.resolution, clock.intervals());
  // The same comparisons as decide(): late once the instant is past the deadline.
  const bool late = (responded ? *first > respond_by : now > respond_by) ||
                    (solved ? *r.resolved > resolve_by : now > resolve_by);
  const SlaState state = late ? SlaState::remote_breached : solved ? SlaState::remote_met : SlaState::remote_running;
  return {state, resolve_by, respond_by};
}

SlaStatus DispatchPolicy::status(Instant received, std::string_view zone, Instant now, std::span<const Pause> pauses,
                                 std::optional<Instant> arrival) const {
  SlaStatus s;
  s.target = target(zone);
  s.rule = "dispatch.target." + std::string(zone) + " = " + detail::working_time_code(s.target) +
           " of working time from call to arrival";
  const SlaVerdict v = judge(SlaFacts{received, zone, pauses, arrival}, now);
  s.state = v.state;
  s.deadline = v.deadline;
  // A verdict counted over provisional dates (statutory mode past the
  // horizon) says so; an empty string when none is touched. It rests on the
  // dates up to the deadline, and up to the arrival once there is one (a
  // running call's "now" is before its deadline; a breached one's verdict
  // needs only the deadline).
  const bool arrived = arrival && *arrival <= now;
  const Instant verdict_end = arrived ? std::max(s.deadline, *arrival) : s.deadline;
  s.rule += calendar_.provisional_note(received, verdict_end);

  const ClockPauses clock(pauses, received, open_pause_end(now, arrival));
  s.elapsed = elapsed(calendar_, received, arrived ? *arrival : now, clock.intervals());
  s.late_by = std::max(Seconds(0), s.elapsed - s.target);
  if (s.state == SlaState::met || s.state == SlaState::breached) {
    if (arrived) s.remaining = std::max(Seconds(0), s.target - s.elapsed);
    return s;
  }
  s.remaining = s.target - s.elapsed;
  s.at_risk = s.remaining < at_risk_;
  if (any_open(pauses) && s.state == SlaState::paused) return s;  // nothing changes until someone ends the pause

  std::optional<Instant> next;
  const auto consider = [&](Instant t) {
    if (t > now && (!next || t < *next)) next = t;
  };
  const Interval* current = nullptr;
  for (const auto& p : clock.intervals())
    if (p.start <= now && now < p.end) current = &p;
  if (current) {
    consider(current->end);  // a pause with a known end: the clock runs again then
  } else {
    for (const auto& p : clock.intervals()) consider(p.start);
    // The warning band starts when less than at_risk is left (never when
    // at_risk is 0); the breach comes one second after the deadline.
    if (!s.at_risk && at_risk_ > Seconds(0))
      consider(reach(calendar_, received, s.target - at_risk_ + Seconds(1), clock.intervals()));
    else
      consider(s.deadline + Seconds(1));
  }
  s.next_change = next;
  return s;
}

std::vector<std::string> DispatchPolicy::dispatch_order(std::span<const QueuedCall> calls, Instant now) const {
  // Calls are grouped by the business day whose work they are (a call after
  // Friday's close is Monday's); "today" is the business day running at now,
  // or the local date when now is outside working hours.
  const Date today = calendar_.is_working(now) ? calendar_.working_date(now) : calendar_.local_date(now);
  struct Key {
    bool fresh;  // false for calls carried over from an earlier business day
    Instant deadline;
    Instant received;
    const std::string* id;
  };
  std::vector<Key> keys;
  for (std::size_t i = 0; i < calls.size(); ++i) {
    const QueuedCall& c = calls[i];
    if (c.received > now || (c.dispatched && *c.dispatched <= now)) continue;
    if (c.id.empty()) throw Error(ErrorCode::invalid_argument, "calls[" + std::to_string(i) + "].id", "is empty");
    Instant due;
    try {
      due = judge(SlaFacts{c.received, c.zone, c.pauses, std::nullopt, c.deadline}, now).deadline;
    } catch (const Error& e) {
      throw e.nested("calls[" + std::to_string(i) + "]");
    }
    // Carried over (十八): the work of an earlier business day, still waiting.
    keys.push_back({!(calendar_.working_date(c.received) < today), due, c.received, &c.id});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.fresh, a.deadline, a.received, *a.id) < std::tie(b.fresh, b.deadline, b.received, *b.id);
  });
  std::vector<std::string> out;
  out.reserve(keys.size());
  for (const auto& k : keys) out.push_back(*k.id);
  return out;
}

}  // namespace aftersales
