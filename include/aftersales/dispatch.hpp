#pragma once
#include <aftersales/calendar.hpp>
#include <aftersales/error.hpp>

#include <cstddef>
#include <cstdint>
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

// The last three are a call handled by phone or remotely (seeds 003 2.2
// 遠程協助, 001 电话技术服务), judged against dispatch.remote: never an
// arrival met or breached.
enum class SlaState { running, paused, met, breached, remote_running, remote_met, remote_breached };
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

// A call handled by phone or remotely, as known at the instant judged: the
// first contact with the customer and, once solved, when it was solved.
struct RemoteFacts {
  std::optional<Instant> first_response{};
  std::optional<Instant> resolved{};
};

// The remote targets (dispatch.remote): working time from the call to the
// first contact and to the resolution. The seeds give no numbers: the
// defaults (data/policies/dispatch.json) are the company's choice.
struct RemoteTargets {
  Seconds first_response{0};
  Seconds resolution{0};
  friend bool operator==(const RemoteTargets&, const RemoteTargets&) = default;
};

// What a call's SLA verdict rests on. A pause with an end moves the
// deadline by its working time (a pause with a known end still ahead, too);
// an open pause is taken to end at the instant judged, or at the arrival
// when earlier. A caller judging a call as it stood at an earlier instant
// gives the facts known then (a store does: a pause ended after that
// instant is given open).
struct SlaFacts {
  Instant received;
  std::string_view zone;
  std::span<const Pause> pauses{};
  std::optional<Instant> arrival{};
  // The deadline counted over every pause of the call, when the caller keeps
  // it (a store does) and none of them is open: the judge takes it instead
  // of counting again, and then needs no zone target (`pauses` still say
  // whether the clock stands still at the instant). Ignored when a pause of
  // `pauses` is open.
  std::optional<Instant> deadline{};
  // A call handled by phone or remotely (seeds 003 2.2, 001), as known at
  // the instant judged: judged against dispatch.remote (first response and
  // resolution, working time from the call, moved by the pauses as a visit's
  // deadline is), never against the zone's arrival target; `arrival` and
  // `deadline` are then not looked at. Empty: a visit (a call first tried
  // by phone and then visited is judged as a visit).
  std::optional<RemoteFacts> remote{};
};

// The verdict on a call at an instant.
struct SlaVerdict {
  // met / breached once decided; paused or running while the call is open.
  SlaState state = SlaState::running;
  // When the technician must arrive, as the call stood at the instant: while
  // a pause is open, the deadline if the clock resumed then.
  Instant deadline{};
  // A remote verdict (remote_*): `deadline` is the resolution deadline and
  // this the first-response deadline; remote_met needs both kept,
  // remote_breached says one was missed (or passed without the event).
  // Empty for a visit.
  std::optional<Instant> response_deadline{};
  friend bool operator==(const SlaVerdict&, const SlaVerdict&) = default;
};

// A call waiting in the dispatch queue.
struct QueuedCall {
  std::string id;
  Instant received;
  std::string zone;
  std::optional<Instant> dispatched;  // empty: not dispatched yet
  std::vector<Pause> pauses{};        // its SLA clock's pauses, an open one included
  // Its deadline counted over every pause, when the caller keeps it and none
  // is open (as SlaFacts::deadline): taken instead of counting again.
  std::optional<Instant> deadline{};
};

// An element of a batch that the single-call function refused (thrown by
// DispatchPolicy::deadline_many): which element, which of its inputs, and
// the single call's own error, so each face names the element in its own
// parameters' names. field() and message() are the C++ names:
// "received[i]" (the call time: the calendar cannot count it),
// "zones[k]" (an unknown zone, "..., given for element i (zone_index[i])"),
// "zone_index[i]" (not an index into zones).
class ElementError : public Error {
 public:
  enum class Input { received, zone, zone_index };
  ElementError(Input input, std::size_t element, std::size_t zone, Error cause, std::string field,
               const std::string& message)
      : Error(cause.code(), std::move(field), message), input_(input), element_(element), zone_(zone),
        cause_(std::move(cause)) {}
  Input input() const noexcept { return input_; }
  std::size_t element() const noexcept { return element_; }
  // The element's index into zones (for Input::zone_index: the bad value,
  // kept as given in cause().message()).
  std::size_t zone() const noexcept { return zone_; }
  // The single call's error (Input::zone_index: the rule the index broke).
  const Error& cause() const noexcept { return cause_; }

 private:
  Input input_;
  std::size_t element_;
  std::size_t zone_;
  Error cause_;
};

// Service zones and their targets, on a calendar. Immutable.
class DispatchPolicy {
 public:
  // The seeds' defaults (data/policies/dispatch.json): urban 6 h, suburban
  // 7 h, at risk below 1 h.
  explicit DispatchPolicy(Calendar calendar);
  // Throws Error(invalid_argument) for an empty map, an empty zone name, a
  // target <= 0 or a negative at_risk.
  DispatchPolicy(Calendar calendar, std::map<std::string, Seconds, std::less<>> targets,
                 Seconds at_risk);
  // A policy document: {"calendar": {...}, "dispatch": {"targets": {...}, "at_risk": "1h"}}.
  // A missing section or member keeps data/policies/dispatch.json's;
  // "targets" lists every zone of the policy (it replaces the default zones,
  // it does not add to them). Targets and at_risk are working time in the
  // grammar of parse_duration; a JSON number is refused (it has no unit).
  static DispatchPolicy from_json(std::string_view json);
  std::string to_json() const;

  const Calendar& calendar() const noexcept { return calendar_; }
  const std::map<std::string, Seconds, std::less<>>& targets() const noexcept { return targets_; }
  Seconds at_risk() const noexcept { return at_risk_; }
  // Throws Error(not_found) naming "zone" for an unknown zone.
  Seconds target(std::string_view zone) const;
  // The targets of calls handled by phone or remotely (dispatch.remote).
  const RemoteTargets& remote() const noexcept { return remote_; }
  // This policy with other remote targets; throws Error(invalid_argument)
  // naming "remote.first_response" / "remote.resolution" for a target <= 0
  // and "remote.resolution" for one shorter than the first response.
  DispatchPolicy with_remote(RemoteTargets remote) const;

  // The arrival deadline: `target(zone)` of working time after the call,
  // moved by the working time of the pauses (all of them ended: an open
  // pause throws Error(state); judge() gives the deadline if it ended now).
  Instant deadline(Instant received, std::string_view zone,
                   std::span<const Pause> pauses = {}) const;

  // deadline() for many calls without pauses, each in a zone of a table:
  // out_deadline[i] = deadline(received[i], zones[zone_index[i]]). An empty
  // zone_index puts every call in zones[0] (then zones has exactly one
  // entry). A zone no call uses is not looked at. out_deadline (and
  // out_valid when not empty) have received.size() elements. Returns how
  // many elements were answered.
  // A refused element (an unknown zone, a call time the calendar cannot
  // count) throws ElementError, the first in element order, unless
  // skip_errors: then its out_valid is 0 (out_valid must be given) and its
  // deadline the epoch. The caller's encoding never is an element's fault
  // and always throws: a zone_index outside zones (ElementError,
  // Input::zone_index), sizes that do not match (Error invalid_argument).
  // On a throw the outputs may hold some answers.
  std::size_t deadline_many(std::span<const Instant> received, std::span<const std::string_view> zones,
                            std::span<const std::int32_t> zone_index, std::span<Instant> out_deadline,
                            std::span<std::uint8_t> out_valid = {}, bool skip_errors = false) const;

  // The judge: the one place the library decides a call's SLA verdict —
  // met when it arrived by its deadline, breached when it arrived later or
  // the deadline passed without an arrival, else paused or running — from
  // its facts as they stood at `now`. status(), dispatch_order(), a store's
  // queue, its monthly report and its sla_met column all take their verdict
  // from here. An arrival after `now` has not happened yet. Allocates
  // nothing for up to 8 pauses (a report judges a million calls). Throws Error naming "now" or "arrival" when before the
  // call, "zone" for an unknown zone (unless a kept deadline is taken),
  // "pauses[i].end" for a pause that ends before it starts.
  // A call with `remote` facts gets a remote verdict (remote_running,
  // remote_met, remote_breached: SlaVerdict::response_deadline); errors
  // name "remote.first_response" / "remote.resolved" when before the call
  // or the resolution before the first response.
  SlaVerdict judge(const SlaFacts& call, Instant now) const;

  // The judge's verdict with the clock's details: working time counted and
  // left, the at-risk warning, the next change, the rule applied.
  SlaStatus status(Instant received, std::string_view zone, Instant now,
                   std::span<const Pause> pauses = {},
                   std::optional<Instant> arrival = std::nullopt) const;

  // The queue at `now`: calls received by `now` and not dispatched by then;
  // calls carried over from an earlier business day first (a call's business
  // day is Calendar::working_date: a call after Friday's close is Monday's
  // work), then by the judge's deadline at `now` (a paused call's: the
  // deadline if its clock resumed at `now`), then by call time, then by id.
  // Throws Error naming calls[i].zone for an unknown zone.
  std::vector<std::string> dispatch_order(std::span<const QueuedCall> calls, Instant now) const;

 private:
  Calendar calendar_;
  std::map<std::string, Seconds, std::less<>> targets_;
  Seconds at_risk_;
  RemoteTargets remote_;
  SlaVerdict judge_remote(const SlaFacts& call, Instant now) const;
};

// Working time as documents write it: ISO 8601 "PT6H", "PT1H30M", "PT45S" or
// the short forms "6h", "1h30min", "45s" (units h, min, s, largest first,
// each once). Throws Error(parse_error) naming `field`, with the value and
// the accepted forms, for empty text, a bare number ("3600": no unit), a
// bare "m" (minutes or months?), days or other calendar units ("P1D", "6mo":
// not working time), fractions, signs, spaces, or more than 100 years.
Seconds parse_duration(std::string_view text, std::string_view field = "duration");

}  // namespace aftersales
