#pragma once
#include <aftersales/error.hpp>
#include <aftersales/types.hpp>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

namespace detail {
class Zone;
class CalendarImpl;
}  // namespace detail

// The zone a calendar has when none is given (the seeds are mainland China's).
inline constexpr std::string_view default_zone = "Asia/Shanghai";

enum class Weekday { mon = 0, tue, wed, thu, fri, sat, sun };

// "mon".."sun" (also full English names); throws Error(invalid_argument) naming `field`.
Weekday parse_weekday(std::string_view text, std::string_view field = "weekday");
const char* to_string(Weekday day) noexcept;
// The weekday whose shifts a make-up day (调休) works when none is named.
inline constexpr Weekday default_makeup_weekday = Weekday::mon;
Weekday weekday_of(Date d) noexcept;

// A shift [open, close) in local civil time, seconds after local midnight of
// the date it opens on. close <= open means it runs past midnight (it still
// belongs to the opening date); close may be 24:00 (86400).
struct Shift {
  Seconds open{0};
  Seconds close{0};

  // "HH:MM" or "HH:MM:SS"; "24:00" allowed as a close only.
  static Shift parse(std::string_view open, std::string_view close,
                     std::string_view field = "shift");
  // Length of the shift in civil seconds (before any DST effect).
  Seconds length() const noexcept;
  friend bool operator==(const Shift&, const Shift&) = default;
};

// "HH:MM[:SS]" -> seconds after midnight; `allow_24` accepts "24:00".
Seconds parse_time_of_day(std::string_view text, bool allow_24, std::string_view field);
std::string format_time_of_day(Seconds s);

// A time zone: an IANA name from the system's tz database (historical rules),
// or a POSIX TZ rule such as "CST-8" or "CET-1CEST,M3.5.0,M10.5.0/3".
// Immutable; cheap to copy.
class TimeZone {
 public:
  // Throws Error(not_found) naming `field` for an unknown zone.
  static TimeZone load(std::string_view name, std::string_view field = "zone");
  const std::string& name() const noexcept;
  // Local civil time -> UTC. A time in a spring gap moves forward by the gap;
  // an ambiguous autumn time takes the earlier instant.
  Instant to_utc(LocalTime local) const noexcept;
  LocalTime to_local(Instant t) const noexcept;
  // Seconds east of UTC at `t`.
  Seconds offset_at(Instant t) const noexcept;

 private:
  explicit TimeZone(std::shared_ptr<const detail::Zone> zone) : zone_(std::move(zone)) {}
  std::shared_ptr<const detail::Zone> zone_;
  friend class detail::CalendarImpl;
  friend class CalendarBuilder;
};

class Calendar;

// What a calendar does with dates past its horizon (the last date its date
// rules are known for):
// - refuse: a computation that needs such a date throws Error(out_of_range)
//   (a strict calendar; the China preset's default);
// - weekly: such dates follow the weekly pattern alone;
// - statutory: mainland China's statutory holidays of the law in force
//   (全国年节及纪念日放假办法, data/cn_statutory.json) and a substitute day
//   off (补假) for each of them on a Saturday or Sunday, on top of the
//   weekly pattern, through cn_provisional_last_year (2100); no make-up
//   working days, which only the State Council's yearly notice gives.
//   Dates past 2100 are refused as in `refuse`. These dates are
//   provisional: see Calendar::provisional.
enum class PastHorizon { refuse = 0, weekly = 1, statutory = 2 };
// "refuse", "weekly", "statutory"; throws Error(invalid_argument) naming `field`.
PastHorizon parse_past_horizon(std::string_view text, std::string_view field = "past_horizon");
const char* to_string(PastHorizon mode) noexcept;

// Collects the rules of a calendar; build() validates them and makes an
// immutable Calendar. Errors name the offending field and value.
class CalendarBuilder {
 public:
  CalendarBuilder();  // default_zone, no shifts, no horizon, not strict

  CalendarBuilder& zone(std::string_view name);
  // Replaces the shifts of a weekday.
  CalendarBuilder& week(Weekday day, std::vector<Shift> shifts);
  CalendarBuilder& add_shift(Weekday day, Shift shift);
  CalendarBuilder& holiday(Date d);
  // A make-up working day (调休) that works with the shifts of `as`.
  CalendarBuilder& workday(Date d, Weekday as = default_makeup_weekday);
  // Explicit shifts for one date; they win over holidays and make-up days.
  CalendarBuilder& day(Date d, std::vector<Shift> shifts);
  CalendarBuilder& horizon(std::optional<Date> last_known_date);
  // strict(true) is past_horizon(refuse), strict(false) past_horizon(weekly).
  CalendarBuilder& strict(bool on);
  // statutory needs a horizon (the provisional days start the day after it).
  CalendarBuilder& past_horizon(PastHorizon mode);

  Calendar build() const;

 private:
  friend class detail::CalendarImpl;
  std::string zone_{default_zone};
  std::array<std::vector<Shift>, 7> week_{};
  std::vector<Date> holidays_;
  std::size_t preset_holidays_ = 0;  // the first ones came from a preset
  std::vector<std::pair<Date, Weekday>> workdays_;
  std::vector<std::pair<Date, std::vector<Shift>>> days_;
  std::optional<Date> horizon_;
  PastHorizon past_horizon_ = PastHorizon::weekly;
};

// A working calendar: a time zone, a weekly pattern of shifts and date rules
// (explicit shifts > holiday > make-up day > weekly pattern). Immutable and
// safe to share between threads; copies share the same data.
//
// Working time is counted in real elapsed seconds inside the shifts. add and
// between never walk day by day: a binary search among a few days' intervals
// at each end, plus one addition per whole year spanned.
//
// Dates past the horizon: see PastHorizon (strict calendars throw
// Error(out_of_range), others use the weekly pattern or the statutory
// holidays). Instants must lie in 1970..2199 local time.
class Calendar {
 public:
  // The JSON calendar document (see README "Calendar documents"). Also
  // accepts a whole policy document and reads its "calendar" member.
  static Calendar from_json(std::string_view json);
  std::string to_json() const;

  const TimeZone& zone() const noexcept;
  std::optional<Date> horizon() const noexcept;
  // past_horizon() == PastHorizon::refuse.
  bool strict() const noexcept;
  PastHorizon past_horizon() const noexcept;

  // Provisional dates: past the horizon in statutory mode, up to
  // provisional_until(); their holidays are the statutory ones only, as the
  // make-up days are not yet published. Verdicts that lean on them say so.
  std::optional<Date> provisional_until() const noexcept;
  bool provisional(Date d) const noexcept;
  // The first provisional year among the local dates of [a, b] (in either
  // order), or none. Costs a comparison when the calendar has no
  // provisional dates.
  std::optional<int> provisional_year_in(Instant a, Instant b) const;
  // For a rule trail: " (2027: statutory holidays only, make-up days not
  // yet published)" when [a, b] touches a provisional date, else "".
  std::string provisional_note(Instant a, Instant b) const;

  // Earliest t' >= t with exactly d working time in [t, t'); for d < 0 the
  // latest t' <= t with |d| working time in [t', t). add(t, 0) == t.
  Instant add(Instant t, Seconds d) const;
  // Working time in [a, b); negative when b < a.
  Seconds between(Instant a, Instant b) const;
  bool is_working(Instant t) const;
  // t if it is working time, else the next instant that opens a shift.
  Instant next_working(Instant t) const;

  // Any working time on that date.
  bool is_business_day(Date d) const;
  // n business days later (earlier when n < 0); advance(d, 0) is d if it is
  // a business day, else the next one.
  Date advance(Date d, int n) const;
  // Business days in [a, b); negative when b < a.
  int business_days_between(Date a, Date b) const;

  // The shifts that open on `d` after all date rules, in local time.
  std::vector<Shift> shifts_on(Date d) const;
  // Local <-> UTC in the calendar's zone.
  Instant to_utc(LocalTime t) const noexcept { return zone().to_utc(t); }
  LocalTime to_local(Instant t) const noexcept { return zone().to_local(t); }
  // Throws Error(out_of_range) outside the local dates 1970..2199.
  Date local_date(Instant t) const;
  // The date whose shift holds the next working moment at or after t (shifts
  // belong to the date they open on): a call at Friday 20:00 is Monday's work,
  // a call at Saturday 02:00 inside Friday's night shift is Friday's.
  Date working_date(Instant t) const;

 private:
  explicit Calendar(std::shared_ptr<const detail::CalendarImpl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const detail::CalendarImpl> impl_;
  friend class CalendarBuilder;
  friend class detail::CalendarImpl;
};

}  // namespace aftersales
