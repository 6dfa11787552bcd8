#pragma once
#include <aftersales/calendar.hpp>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// An interval in which the SLA clock stops (customer not at home, waiting for
// consent). An open pause (no end yet) lasts until it is closed.
struct Pause {
  Instant start;
  std::optional<Instant> end;
};

enum class SlaState { running, paused, met, breached };
const char* to_string(SlaState s) noexcept;

struct SlaStatus {
  SlaState state = SlaState::running;
  // When the technician must arrive. While an open pause lasts this is the
  // deadline if the clock resumed at `now`.
  Instant deadline;
  Seconds target{0};     // the zone's target
  Seconds elapsed{0};    // working time counted (pauses excluded), up to arrival or now
  Seconds remaining{0};  // target - elapsed, at least 0
  Seconds late_by{0};    // elapsed - target, at least 0
  bool at_risk = false;  // running or paused with less than the policy's at_risk amount left
  // The next instant at which state or at_risk changes if nothing else
  // happens; empty once met/breached or during an open pause.
  std::optional<Instant> next_change;
  std::string rule;      // e.g. "dispatch.target.urban = 6h working time"
};

// A call waiting in the dispatch queue.
struct QueuedCall {
  std::string id;
  Instant received;
  std::string zone;
  std::optional<Instant> dispatched;  // empty: not dispatched yet
};

// Service zones and their targets, on a calendar. Immutable.
class DispatchPolicy {
 public:
  // The seeds' defaults: urban 6 h, suburban 7 h, at risk below 1 h.
  explicit DispatchPolicy(Calendar calendar);
  // Throws Error(invalid_argument) for an empty map, an empty zone name, a
  // target <= 0 or a negative at_risk.
  DispatchPolicy(Calendar calendar, std::map<std::string, Seconds, std::less<>> targets,
                 Seconds at_risk);
  // A policy document: {"calendar": {...}, "dispatch": {"targets": {...}, "at_risk": "1h"}}.
  // A missing "dispatch" section gives the defaults; "targets" lists every
  // zone of the policy (it replaces the default zones, it does not add to them).
  static DispatchPolicy from_json(std::string_view json);
  std::string to_json() const;

  const Calendar& calendar() const noexcept { return calendar_; }
  const std::map<std::string, Seconds, std::less<>>& targets() const noexcept { return targets_; }
  Seconds at_risk() const noexcept { return at_risk_; }
  // Throws Error(not_found) naming "zone" for an unknown zone.
  Seconds target(std::string_view zone) const;

  // The arrival deadline: `target(zone)` of working time after the call,
  // moved by the working time of the pauses.
  Instant deadline(Instant received, std::string_view zone,
                   std::span<const Pause> pauses = {}) const;
  SlaStatus status(Instant received, std::string_view zone, Instant now,
                   std::span<const Pause> pauses = {},
                   std::optional<Instant> arrival = std::nullopt) const;

  // The queue at `now`: calls received by `now` and not dispatched by then;
  // calls carried over from an earlier business day first (a call's business
  // day is Calendar::working_date: a call after Friday's close is Monday's
  // work), then by deadline, then by call time, then by id. Throws Error
  // naming calls[i].zone for an unknown zone.
  std::vector<std::string> dispatch_order(std::span<const QueuedCall> calls, Instant now) const;

 private:
  Calendar calendar_;
  std::map<std::string, Seconds, std::less<>> targets_;
  Seconds at_risk_;
};

// "6h", "90m", "1h30m", "45s" or plain seconds; throws Error naming `field`.
Seconds parse_duration(std::string_view text, std::string_view field = "duration");

}  // namespace aftersales
