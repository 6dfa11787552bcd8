#include <aftersales/dispatch.hpp>

#include "detail/json.hpp"

#include <algorithm>
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

struct Interval {
  Instant start;
  std::int64_t end;  // seconds
};

// Pauses clipped to start at the call, sorted, overlaps merged; an open pause
// ends at `open_end` (status() takes it to end now).
std::vector<Interval> normalise(std::span<const Pause> pauses, Instant received, std::int64_t open_end) {
  std::vector<Interval> out;
  for (std::size_t i = 0; i < pauses.size(); ++i) {
    const Pause& p = pauses[i];
    if (p.end && *p.end < p.start)
      throw Error(ErrorCode::invalid_argument, "pauses[" + std::to_string(i) + "].end", "ends before it starts");
    Instant s = std::max(p.start, received);
    std::int64_t e = p.end ? p.end->time_since_epoch().count() : open_end;
    if (e <= s.time_since_epoch().count()) continue;
    out.push_back({s, e});
  }
  std::sort(out.begin(), out.end(), [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> merged;
  for (const auto& iv : out) {
    if (!merged.empty() && iv.start.time_since_epoch().count() <= merged.back().end)
      merged.back().end = std::max(merged.back().end, iv.end);
    else
      merged.push_back(iv);
  }
  return merged;
}

Instant at(std::int64_t s) { return Instant(Seconds(s)); }

// Working time counted on the clock in [received, t): pauses excluded.
Seconds elapsed(const Calendar& cal, Instant received, Instant t, const std::vector<Interval>& pauses) {
  if (t <= received) return Seconds(0);
  Seconds total = cal.between(received, t);
  for (const auto& p : pauses) {
    if (p.start >= t) break;
    total -= cal.between(p.start, std::min(t, at(p.end)));
  }
  return total;
}

// Earliest instant at which the clock has counted `budget`.
Instant reach(const Calendar& cal, Instant received, Seconds budget,
                             const std::vector<Interval>& pauses) {
  try {
    Instant cursor = received;
    Seconds rem = budget;
    for (const auto& p : pauses) {
      if (at(p.end) <= cursor) continue;
      Instant candidate = cal.add(cursor, rem);
      if (candidate <= p.start) return candidate;
      rem -= cal.between(cursor, p.start);
      cursor = at(p.end);
    }
    return cal.add(cursor, rem);
  } catch (const Error& e) {
    // The calendar names its own parameters; the caller gave a call time.
    if (e.code() == ErrorCode::out_of_range) throw Error(e.code(), "received", e.message());
    throw;
  }
}

}  // namespace

const char* to_string(SlaState s) noexcept {
  switch (s) {
    case SlaState::running: return "running";
    case SlaState::paused: return "paused";
    case SlaState::met: return "met";
    case SlaState::breached: return "breached";
  }
  return "?";
}

Seconds parse_duration(std::string_view text, std::string_view field) {
  return detail::parse_working_time(text, std::string(field));
}

DispatchPolicy::DispatchPolicy(Calendar calendar)
    : DispatchPolicy(std::move(calendar), default_targets(), default_at_risk()) {}

DispatchPolicy::DispatchPolicy(Calendar calendar, std::map<std::string, Seconds, std::less<>> targets, Seconds at_risk)
    : calendar_(std::move(calendar)), targets_(std::move(targets)), at_risk_(at_risk) {
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
  json_only(d, "dispatch", {"note", "targets", "at_risk"});
  // Members left out keep data/policies/dispatch.json's; "targets" lists
  // every zone, so a document's targets replace the default zones.
  const Json section = merged_section(default_section(), d, {"targets"});
  // A null given for a member removes the default (RFC 7396), so the member
  // is then refused as null.
  auto targets = targets_value(section.value("targets", Json()), "dispatch.targets");
  const Seconds at_risk = json_working_time(section.value("at_risk", Json()), "dispatch.at_risk");
  try {
    return DispatchPolicy(std::move(cal), std::move(targets), at_risk);
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
  return doc.dump(2);
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
                  "the pause is still open, so the deadline is not known yet (use status() for the deadline if resumed now)");
  // Every pause is closed here, so the open-pause end is never used.
  return reach(calendar_, received, budget, normalise(pauses, received, received.time_since_epoch().count()));
}

SlaStatus DispatchPolicy::status(Instant received, std::string_view zone, Instant now, std::span<const Pause> pauses,
                                 std::optional<Instant> arrival) const {
  SlaStatus s;
  s.target = target(zone);
  s.rule = "dispatch.target." + std::string(zone) + " = " + detail::working_time_code(s.target) +
           " of working time from call to arrival";
  if (now < received) throw Error(ErrorCode::invalid_argument, "now", "is before the call was received");
  if (arrival && *arrival < received)
    throw Error(ErrorCode::invalid_argument, "arrival", "is before the call was received");

  // An open pause is taken to end now: the deadline shown is the one the call
  // would have if the clock resumed at this moment.
  const auto ps = normalise(pauses, received, std::max(now, received).time_since_epoch().count());
  bool open_pause = false;
  for (const auto& p : pauses) open_pause = open_pause || (!p.end && p.start <= now);
  s.deadline = reach(calendar_, received, s.target, ps);
  // A verdict counted over provisional dates (statutory mode past the
  // horizon) says so; an empty string when none is touched. It rests on the
  // dates up to the deadline, and up to the arrival once there is one (a
  // running call's "now" is before its deadline; a breached one's verdict
  // needs only the deadline).
  const Instant verdict_end = arrival && *arrival <= now ? std::max(s.deadline, *arrival) : s.deadline;
  s.rule += calendar_.provisional_note(received, verdict_end);

  if (arrival && *arrival <= now) {
    s.elapsed = elapsed(calendar_, received, *arrival, ps);
    s.state = *arrival <= s.deadline ? SlaState::met : SlaState::breached;
    s.remaining = std::max(Seconds(0), s.target - s.elapsed);
    s.late_by = std::max(Seconds(0), s.elapsed - s.target);
    return s;
  }
  s.elapsed = elapsed(calendar_, received, now, ps);
  if (now > s.deadline) {
    s.state = SlaState::breached;
    s.late_by = std::max(Seconds(0), s.elapsed - s.target);
    return s;
  }
  const Interval* current = nullptr;
  for (const auto& p : ps)
    if (p.start <= now && now.time_since_epoch().count() < p.end) current = &p;
  s.state = (current || open_pause) ? SlaState::paused : SlaState::running;
  s.remaining = s.target - s.elapsed;
  s.at_risk = s.remaining < at_risk_;

  if (open_pause) return s;  // nothing changes until someone closes the pause
  std::optional<Instant> next;
  auto consider = [&](Instant t) {
    if (t > now && (!next || t < *next)) next = t;
  };
  if (current) {
    consider(at(current->end));
  } else {
    for (const auto& p : ps) consider(p.start);
    // The warning band starts when less than at_risk is left (never when
    // at_risk is 0); the breach comes one second after the deadline.
    if (!s.at_risk && at_risk_ > Seconds(0))
      consider(reach(calendar_, received, s.target - at_risk_ + Seconds(1), ps));
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
      due = deadline(c.received, c.zone);
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
