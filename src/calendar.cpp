#include <aftersales/calendar.hpp>
#include <aftersales/enum_names.hpp>

#include "detail/calendar_impl.hpp"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace aftersales {

using detail::CalendarImpl;
using detail::Span;

using detail::day_s;
using detail::weekday_of_day;

namespace {

// Also taken by parse_weekday, beside the table's short names.
const char* const weekday_long[7] = {"monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string describe(const Shift& s) {
  return format_time_of_day(s.open) + "-" + format_time_of_day(s.close);
}

// Validates one shift and reduces it to open + length.
Span to_span(const Shift& s, const std::string& field) {
  auto open = s.open.count(), close = s.close.count();
  if (open < 0 || open >= day_s)
    throw Error(ErrorCode::invalid_argument, field, "open " + std::to_string(open) + " s is not a time of day (0..86399)");
  if (close < 0 || close > day_s)
    throw Error(ErrorCode::invalid_argument, field,
                "close " + std::to_string(close) + " s is not a time of day (0..86400); a shift longer than 24 h is not allowed");
  if (open == close)
    throw Error(ErrorCode::invalid_argument, field, "open == close (" + describe(s) + ")");
  auto length = close > open ? close - open : close + day_s - open;
  return {static_cast<std::int32_t>(open), static_cast<std::int32_t>(length)};
}

}  // namespace

namespace detail {
std::vector<Span> to_spans(const std::vector<Shift>& shifts, const std::string& field) {
  std::vector<Span> out;
  out.reserve(shifts.size());
  for (std::size_t i = 0; i < shifts.size(); ++i)
    out.push_back(to_span(shifts[i], field + "[" + std::to_string(i) + "]"));
  std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) { return a.open < b.open; });
  for (std::size_t i = 1; i < out.size(); ++i)
    if (out[i - 1].open + out[i - 1].length > out[i].open)
      throw Error(ErrorCode::invalid_argument, field,
                  "shifts overlap: " + format_time_of_day(Seconds(out[i - 1].open)) + "-" +
                      format_time_of_day(Seconds((out[i - 1].open + out[i - 1].length) % day_s)) +
                      " runs into the shift opening at " + format_time_of_day(Seconds(out[i].open)));
  return out;
}
}  // namespace detail

namespace detail {

void check_date_range(Date d, const std::string& field) {
  if (d.is_special() || d.year() < min_year || d.year() > max_year)
    throw Error(ErrorCode::out_of_range, field,
                "date " + (d.is_special() ? std::string("(invalid)") : format_date(d)) + " is outside 1970-01-01..2199-12-31");
}

}  // namespace detail

using detail::check_date_range;

// ---------------------------------------------------------------- weekdays, times

Weekday parse_weekday(std::string_view text, std::string_view field) {
  static_assert(std::size(weekday_long) == enum_count<Weekday>());
  auto t = lower(text);
  for (const auto& [day, name] : enum_names<Weekday>())
    if (t == name || t == weekday_long[static_cast<int>(day)]) return day;
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown weekday '" + std::string(text) + "' (expected " + enum_names_text<Weekday>() + ")");
}

const char* to_string(Weekday day) noexcept { return enum_name(day); }

Weekday weekday_of(Date d) noexcept {
  return static_cast<Weekday>(weekday_of_day(detail::day_number(d)));
}

Seconds parse_time_of_day(std::string_view text, bool allow_24, std::string_view field) {
  auto fail = [&](const char* why) -> Seconds {
    throw Error(ErrorCode::parse_error, std::string(field),
                "'" + std::string(text) + "' is not a time of day: " + why);
  };
  auto two = [&](std::size_t at) -> int {
    if (at + 2 > text.size() || text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9')
      return -1;
    return (text[at] - '0') * 10 + (text[at + 1] - '0');
  };
  if (text.size() != 5 && text.size() != 8) return fail("expected HH:MM or HH:MM:SS");
  int h = two(0), m = two(3), s = text.size() == 8 ? two(6) : 0;
  if (h < 0 || m < 0 || s < 0 || text[2] != ':' || (text.size() == 8 && text[5] != ':'))
    return fail("expected HH:MM or HH:MM:SS");
  if (m > 59 || s > 59) return fail("minutes and seconds run 00..59");
  if (h == 24 && m == 0 && s == 0) {
    if (!allow_24) return fail("24:00 is allowed only as a close");
    return Seconds(day_s);
  }
  if (h > 23) return fail("hours run 00..23 (24:00 only as a close)");
  return Seconds(h * 3600 + m * 60 + s);
}

std::string format_time_of_day(Seconds s) {
  auto v = s.count();
  char buf[64];
  if (v % 60 == 0)
    std::snprintf(buf, sizeof buf, "%02lld:%02lld", static_cast<long long>(v / 3600), static_cast<long long>(v / 60 % 60));
  else
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(v / 3600),
                  static_cast<long long>(v / 60 % 60), static_cast<long long>(v % 60));
  return buf;
}

Shift Shift::parse(std::string_view open, std::string_view close, std::string_view field) {
  std::string f(field);
  return Shift{parse_time_of_day(open, false, f + ".open"), parse_time_of_day(close, true, f + ".close")};
}

Seconds Shift::length() const noexcept {
  auto o = open.count(), c = close.count();
  return Seconds(c > o ? c - o : c + day_s - o);
}

// ---------------------------------------------------------------- TimeZone

TimeZone TimeZone::load(std::string_view name, std::string_view field) {
  auto z = detail::Zone::load(name);
  if (!z)
    throw Error(ErrorCode::not_found, std::string(field),
                "unknown time zone '" + std::string(name) +
                    "' (neither an IANA name in the system tz database nor a POSIX TZ rule such as CST-8)");
  return TimeZone(std::move(z));
}

const std::string& TimeZone::name() const noexcept { return zone_->name(); }

Instant TimeZone::to_utc(LocalTime local) const noexcept {
  return Instant(Seconds(zone_->to_utc(local.time_since_epoch().count())));
}

LocalTime TimeZone::to_local(Instant t) const noexcept {
  return LocalTime(Seconds(zone_->to_local(t.time_since_epoch().count())));
}

Seconds TimeZone::offset_at(Instant t) const noexcept {
  return Seconds(zone_->offset_at(t.time_since_epoch().count()));
}

// ---------------------------------------------------------------- builder

CalendarBuilder::CalendarBuilder() = default;

CalendarBuilder& CalendarBuilder::zone(std::string_view name) {
  zone_ = std::string(name);
  return *this;
}
CalendarBuilder& CalendarBuilder::week(Weekday day, std::vector<Shift> shifts) {
  week_.at(static_cast<std::size_t>(day)) = std::move(shifts);
  return *this;
}
CalendarBuilder& CalendarBuilder::add_shift(Weekday day, Shift shift) {
  week_.at(static_cast<std::size_t>(day)).push_back(shift);
  return *this;
}
CalendarBuilder& CalendarBuilder::holiday(Date d) {
  holidays_.push_back(d);
  return *this;
}
CalendarBuilder& CalendarBuilder::workday(Date d, Weekday as) {
  workdays_.emplace_back(d, as);
  return *this;
}
CalendarBuilder& CalendarBuilder::day(Date d, std::vector<Shift> shifts) {
  days_.emplace_back(d, std::move(shifts));
  return *this;
}
CalendarBuilder& CalendarBuilder::horizon(std::optional<Date> last_known_date) {
  horizon_ = last_known_date;
  return *this;
}
CalendarBuilder& CalendarBuilder::strict(bool on) {
  past_horizon_ = on ? PastHorizon::refuse : PastHorizon::weekly;
  return *this;
}

Calendar CalendarBuilder::build() const {
  return Calendar(std::make_shared<const CalendarImpl>(*this));
}

// ---------------------------------------------------------------- impl: arithmetic

namespace detail {

namespace {
std::string utc_text(std::int64_t t) {
  // chrono's days cannot hold the far ends of int64 seconds.
  constexpr std::int64_t printable = std::int64_t{1} << 40;
  if (t < -printable || t > printable) return std::to_string(t) + " s after 1970-01-01T00:00:00Z";
  auto days = std::chrono::floor<std::chrono::days>(Instant(Seconds(t)));
  std::chrono::year_month_day ymd{days};
  auto secs = t - days.time_since_epoch().count() * day_s;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                static_cast<long long>(secs % 60));
  return buf;
}
}  // namespace

std::string CalendarImpl::describe(std::int64_t t) const {
  // Local civil time first: that is what the caller gave and reads.
  const std::int64_t local = raw_zone->to_local(t);
  std::string text = utc_text(local);
  if (text.back() == 'Z') text.back() = ' ';
  else text += ' ';
  return text + zone.name() + " (" + utc_text(t) + ")";
}

void CalendarImpl::instant_out_of_range(std::int64_t t, const char* field) const {
  throw Error(ErrorCode::out_of_range, field,
              "instant " + describe(t) + " is outside the supported local dates 1970-01-01..2199-12-31");
}

int CalendarImpl::year_index_of_day(std::int64_t day, const char* field) const {
  static const std::int64_t last = day_number(Date(max_year, 12, 31));
  if (day < 0 || day > last) check_date_range(date_from_day_number(day), field);
  // std::chrono's civil conversion is a few multiplications; Boost's
  // from_day_number costs several times more, and every search starts here.
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{day}}};
  return static_cast<int>(ymd.year()) - first_year;
}

void CalendarImpl::past_horizon(std::int64_t t, const char* field, std::optional<std::int64_t> shown) const {
  throw Error(ErrorCode::out_of_range, field,
                "instant " + describe(shown.value_or(t)) + " needs dates past " + limit_text());
}

void CalendarImpl::check_day(std::int64_t day, const char* field) const {
  if (strict && day > limit_day)
    throw Error(ErrorCode::out_of_range, field,
                "date " + format_date(date_from_day_number(day)) + " is past " + limit_text());
}

std::int64_t CalendarImpl::between(std::int64_t a, std::int64_t b) const {
  if (b < a) return -between(b, a);
  if (a == b) {
    year_index(a, "a");
    return 0;
  }
  check_instant(b, "b");
  const int ya = year_index(a, "a");
  const int yb = year_index(b - 1, "b");
  // Shifts belong to the year they open in, so an instant of year y can lie in
  // a shift of year y - 1 (a night shift on Dec 31), never of an earlier year.
  // With P(t) = the work of years y-1 and y before t:
  //   between = P(b) - P(a) + totals of years ya-1 .. yb-2.
  auto recent = [&](int y, std::int64_t t) { return worked_before(y, t) + (y > 0 ? worked_before(y - 1, t) : 0); };
  std::int64_t sum = recent(yb, b) - recent(ya, a);
  for (int y = std::max(ya - 1, 0); y <= yb - 2; ++y) sum += year_total(y);
  return sum;
}

std::int64_t CalendarImpl::add(std::int64_t t, std::int64_t d) const {
  const int y = year_index(t, "t");
  check_instant(t, "t");
  if (d == 0) return t;
  // More working time than 1970..2199 holds can never be found; this also
  // keeps -d below from overflowing.
  constexpr std::int64_t most = std::int64_t{years} * 366 * day_s;
  if (d > most || d < -most)
    throw Error(ErrorCode::out_of_range, "d",
                std::to_string(d) + " s of working time is more than 1970..2199 holds");
  // Strict calendars stop looking once past the horizon; others at 2199.
  const int last_year = search_last_year;
  std::int64_t result = 0;
  if (d > 0) {
    std::int64_t rem = d;
    int yi = std::max(y - 1, 0);
    for (;; ++yi) {
      if (yi > last_year)
        throw Error(ErrorCode::out_of_range, "d",
                    "adding " + std::to_string(d) + " s of working time to " + describe(t) +
                        " runs past the calendar's known dates");
      if (yi > y) {  // a whole year: its total, without touching its intervals
        const std::int64_t total = year_total(yi);
        if (total < rem) {
          rem -= total;
          continue;
        }
      }
      const std::int64_t w0 = yi > y ? 0 : worked_before(yi, t);
      const std::int64_t avail = year_total(yi) - w0;
      if (avail < rem) {
        rem -= avail;
        continue;
      }
      const YearChunk& c = chunk(yi);
      const std::int64_t w = w0 + rem;
      const std::size_t j = c.interval_ending_work(w);
      result = c.start[j] + (w - c.cum[j]);
      break;
    }
  } else {
    std::int64_t rem = -d;
    for (int yi = y;; --yi) {
      if (yi < 0)
        throw Error(ErrorCode::out_of_range, "d",
                    "subtracting " + std::to_string(-d) + " s of working time from " + describe(t) +
                        " runs before 1970-01-01");
      if (yi < y - 1) {  // a whole year, as above
        const std::int64_t total = year_total(yi);
        if (total < rem) {
          rem -= total;
          continue;
        }
      }
      const std::int64_t w0 = worked_before(yi, t);
      if (w0 < rem) {
        rem -= w0;
        continue;
      }
      const YearChunk& c = chunk(yi);
      const std::int64_t w = w0 - rem;
      const std::size_t j = c.interval_starting_work(w);
      result = c.start[j] + (w - c.cum[j]);
      break;
    }
  }
  check_instant(result, "d");
  return result;
}

bool CalendarImpl::is_working(std::int64_t t) const {
  const int y = year_index(t, "t");
  if (strict && t >= limit_end) check_instant(t + 1, "t", t);
  for (int yi = y; yi >= std::max(y - 1, 0); --yi) {
    const YearChunk& c = chunk(yi);
    const std::size_t i = c.first_starting_after(t);
    if (i > 0 && t < c.end[i - 1]) return true;
  }
  return false;
}

std::int64_t CalendarImpl::next_working(std::int64_t t) const {
  if (is_working(t)) return t;
  const int y = year_index(t, "t");
  const int last_year = search_last_year;
  for (int yi = y; yi <= last_year; ++yi) {
    const YearChunk& c = chunk(yi);
    const std::size_t i = c.first_starting_after(t);
    if (i < c.start.size()) {
      check_instant(c.start[i] + 1, "t", t);
      return c.start[i];
    }
  }
  throw Error(ErrorCode::out_of_range, "t", "no working time after " + describe(t) + " within the calendar's known dates");
}

std::int64_t CalendarImpl::working_day(std::int64_t t) const {
  const int y = year_index(t, "t");
  const int last_year = search_last_year;
  for (int yi = std::max(y - 1, 0); yi <= last_year; ++yi) {
    const YearChunk& c = chunk(yi);
    auto i = static_cast<std::uint32_t>(std::upper_bound(c.end.begin(), c.end.end(), t) - c.end.begin());
    if (i == c.end.size()) continue;
    check_instant(std::max(t, c.start[i]) + 1, "t", t);
    return c.first_day + (std::upper_bound(c.day_first.begin(), c.day_first.end(), i) - c.day_first.begin()) - 1;
  }
  throw Error(ErrorCode::out_of_range, "t", "no working time after " + describe(t) + " within the calendar's known dates");
}

bool CalendarImpl::is_business_day(std::int64_t day) const {
  const int yi = year_index_of_day(day, "date");
  check_day(day, "date");
  const YearChunk& c = chunk(yi);
  auto k = static_cast<std::size_t>(day - c.first_day);
  return c.bday_cum[k + 1] > c.bday_cum[k];
}

std::int64_t CalendarImpl::advance(std::int64_t day, int n) const {
  int yi = year_index_of_day(day, "date");
  check_day(day, "date");
  const int last_year = strict ? limit_year : years - 1;
  auto fail = [&]() -> std::int64_t {
    throw Error(ErrorCode::out_of_range, "n",
                "advancing " + format_date(date_from_day_number(day)) + " by " + std::to_string(n) +
                    " business days leaves the calendar's known dates");
  };
  if (n >= 0) {
    // The m-th business day at or after day index k (m >= 1).
    std::int64_t m = n == 0 ? 1 : n;
    std::int64_t k = day - chunk(yi).first_day + (n == 0 ? 0 : 1);
    if (n == 0) {  // most days asked about are business days themselves: no search
      const auto& cum = chunk(yi).bday_cum;
      if (cum[static_cast<std::size_t>(k) + 1] > cum[static_cast<std::size_t>(k)]) return day;
    }
    for (; yi <= last_year; ++yi, k = 0) {
      const YearChunk& c = chunk(yi);
      if (k >= c.ndays()) continue;
      const std::int64_t avail = c.bday_cum.back() - c.bday_cum[static_cast<std::size_t>(k)];
      if (avail < m) {
        m -= avail;
        continue;
      }
      const auto target = c.bday_cum[static_cast<std::size_t>(k)] + m;
      auto it = std::lower_bound(c.bday_cum.begin() + k + 1, c.bday_cum.end(), target);
      std::int64_t result = c.first_day + (it - c.bday_cum.begin()) - 1;
      check_day(result, "n");
      return result;
    }
    return fail();
  }
  std::int64_t m = -static_cast<std::int64_t>(n);
  std::int64_t k = day - chunk(yi).first_day;  // count business days in [j, k)
  for (; yi >= 0; --yi) {
    const YearChunk& c = chunk(yi);
    if (k < 0) k = c.ndays();
    const std::int64_t avail = c.bday_cum[static_cast<std::size_t>(k)];
    if (avail < m) {
      m -= avail;
      k = -1;
      continue;
    }
    const auto target = c.bday_cum[static_cast<std::size_t>(k)] - m;
    auto it = std::upper_bound(c.bday_cum.begin(), c.bday_cum.begin() + k + 1, target);
    return c.first_day + (it - c.bday_cum.begin()) - 1;
  }
  return fail();
}

std::int64_t CalendarImpl::business_days_between(std::int64_t a, std::int64_t b) const {
  if (b < a) return -business_days_between(b, a);
  const int ya = year_index_of_day(a, "a");
  const int yb = year_index_of_day(b == a ? b : b - 1, "b");
  if (b > a && strict && b - 1 > limit_day)
    throw Error(ErrorCode::out_of_range, "b",
                "counting business days up to " + format_date(date_from_day_number(b)) + " needs dates past " +
                    limit_text());
  std::int64_t sum = 0;
  for (int yi = ya; yi <= yb; ++yi) {
    const YearChunk& c = chunk(yi);
    auto ka = std::clamp<std::int64_t>(a - c.first_day, 0, c.ndays());
    auto kb = std::clamp<std::int64_t>(b - c.first_day, 0, c.ndays());
    sum += c.bday_cum[static_cast<std::size_t>(kb)] - c.bday_cum[static_cast<std::size_t>(ka)];
  }
  return sum;
}

}  // namespace detail

// ---------------------------------------------------------------- Calendar

namespace {
std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }
Instant instant(std::int64_t s) { return Instant(Seconds(s)); }
}  // namespace

const TimeZone& Calendar::zone() const noexcept { return impl_->zone; }
std::optional<Date> Calendar::horizon() const noexcept { return impl_->horizon; }
bool Calendar::strict() const noexcept { return impl_->mode == PastHorizon::refuse; }
PastHorizon Calendar::past_horizon() const noexcept { return impl_->mode; }

Instant Calendar::add(Instant t, Seconds d) const { return instant(impl_->add(secs(t), d.count())); }
Seconds Calendar::between(Instant a, Instant b) const { return Seconds(impl_->between(secs(a), secs(b))); }
bool Calendar::is_working(Instant t) const { return impl_->is_working(secs(t)); }
Instant Calendar::next_working(Instant t) const { return instant(impl_->next_working(secs(t))); }
bool Calendar::is_business_day(Date d) const {
  if (d.is_special()) throw Error(ErrorCode::invalid_argument, "date", "not a valid date");
  return impl_->is_business_day(detail::day_number(d));
}
Date Calendar::advance(Date d, int n) const {
  if (d.is_special()) throw Error(ErrorCode::invalid_argument, "date", "not a valid date");
  return detail::date_from_day_number(impl_->advance(detail::day_number(d), n));
}
int Calendar::business_days_between(Date a, Date b) const {
  if (a.is_special() || b.is_special()) throw Error(ErrorCode::invalid_argument, "date", "not a valid date");
  return static_cast<int>(impl_->business_days_between(detail::day_number(a), detail::day_number(b)));
}

std::vector<Shift> Calendar::shifts_on(Date d) const {
  if (d.is_special()) throw Error(ErrorCode::invalid_argument, "date", "not a valid date");
  auto day = detail::day_number(d);
  impl_->year_index_of_day(day, "date");
  impl_->check_day(day, "date");
  std::vector<Shift> out;
  for (const auto& s : impl_->shifts_of(day))
    out.push_back(Shift{Seconds(s.open), Seconds((s.open + s.length) > day_s ? s.open + s.length - day_s : s.open + s.length)});
  return out;
}

Date Calendar::working_date(Instant t) const {
  return detail::date_from_day_number(impl_->working_day(secs(t)));
}

Date Calendar::local_date(Instant t) const {
  impl_->year_index(secs(t), "t");
  auto local = impl_->raw_zone->to_local(secs(t));
  auto day = local >= 0 ? local / day_s : -((-local + day_s - 1) / day_s);
  return detail::date_from_day_number(day);
}

}  // namespace aftersales
