#include <aftersales/calendar.hpp>

#include "detail/calendar_impl.hpp"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace aftersales {

using detail::CalendarImpl;
using detail::Span;

namespace {

constexpr std::int64_t day_s = 86400;

const char* const weekday_names[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char* const weekday_long[7] = {"monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int weekday_of_day(std::int64_t day) noexcept {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return static_cast<int>(((day % 7) + 7 + 3) % 7);
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

namespace {
using detail::to_spans;

void check_date_range(Date d, const std::string& field) {
  if (d.is_special() || d.year() < min_year || d.year() > max_year)
    throw Error(ErrorCode::out_of_range, field,
                "date " + (d.is_special() ? std::string("(invalid)") : format_date(d)) + " is outside 1970-01-01..2199-12-31");
}

}  // namespace

// ---------------------------------------------------------------- weekdays, times

Weekday parse_weekday(std::string_view text, std::string_view field) {
  auto t = lower(text);
  for (int i = 0; i < 7; ++i)
    if (t == weekday_names[i] || t == weekday_long[i]) return static_cast<Weekday>(i);
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown weekday '" + std::string(text) + "' (expected mon, tue, wed, thu, fri, sat or sun)");
}

const char* to_string(Weekday day) noexcept { return weekday_names[static_cast<int>(day)]; }

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

// ---------------------------------------------------------------- impl: construction

namespace detail {

std::int64_t day_number(Date d) noexcept {
  static const Date epoch(1970, 1, 1);
  return (d - epoch).days();
}

Date date_from_day_number(std::int64_t n) noexcept {
  static const Date epoch(1970, 1, 1);
  return epoch + boost::gregorian::date_duration(static_cast<long>(n));
}

namespace {
// Binary searches without data-dependent branches: the probes of a search
// over random instants are unpredictable, and a mispredicted branch costs
// more than the comparison. Return offsets from `first`, like std::*_bound.
template <bool upper>
std::size_t bound(const std::int64_t* first, std::size_t n, std::int64_t key) noexcept {
  if (n == 0) return 0;
  const std::int64_t* p = first;
  while (n > 1) {
    const std::size_t half = n / 2;
    p = (upper ? p[half - 1] <= key : p[half - 1] < key) ? p + half : p;
    n -= half;
  }
  return static_cast<std::size_t>(p - first) + (upper ? *p <= key : *p < key);
}
}  // namespace

std::size_t YearChunk::first_starting_after(std::int64_t t) const noexcept {
  const std::size_t n = start.size();
  if (n == 0 || t < start.front()) return 0;
  if (t >= start.back()) return n;
  // Guess the local day from the instant and search only the intervals of a
  // few days around it; the guess is checked, and a wrong one (a zone that
  // jumped a day) falls back to the whole year.
  const std::int64_t k = (t - first_utc) / 86400;
  const std::size_t lo = day_first[static_cast<std::size_t>(std::clamp<std::int64_t>(k - 2, 0, ndays()))];
  const std::size_t hi = day_first[static_cast<std::size_t>(std::clamp<std::int64_t>(k + 3, 0, ndays()))];
  if (lo < hi && start[lo] <= t && (hi == n || start[hi] > t)) return lo + bound<true>(start.data() + lo, hi - lo, t);
  return bound<true>(start.data(), n, t);
}

std::size_t YearChunk::interval_ending_work(std::int64_t w) const noexcept {
  // The smallest i >= 1 with cum[i] >= w lies in the first month whose
  // cumulative work reaches w.
  const std::size_t m = bound<false>(month_cum.data(), month_cum.size(), w);
  const std::size_t lo = m == 0 ? 1 : month_first[m - 1] + 1;
  const std::size_t hi = m == 0 ? 1 : month_first[m];
  return lo + bound<false>(cum.data() + lo, hi + 1 - lo, w) - 1;
}

std::size_t YearChunk::interval_starting_work(std::int64_t w) const noexcept {
  // The smallest i >= 1 with cum[i] > w, likewise.
  const std::size_t m = bound<true>(month_cum.data(), month_cum.size(), w);
  const std::size_t lo = month_first[m - 1] + 1;
  const std::size_t hi = month_first[m];
  return lo + bound<true>(cum.data() + lo, hi + 1 - lo, w) - 1;
}

std::int64_t YearChunk::worked_before(std::int64_t t) const noexcept {
  if (start.empty() || t <= start.front()) return 0;
  if (t >= end.back()) return total();
  const std::size_t i = first_starting_after(t) - 1;
  return cum[i] + std::min(end[i], t) - start[i];
}

CalendarImpl::CalendarImpl(const CalendarBuilder& b)
    : zone(TimeZone::load(b.zone_, "zone")), raw_zone(zone.zone_), horizon(b.horizon_), mode(b.past_horizon_),
      strict(b.past_horizon_ != PastHorizon::weekly) {
  for (int w = 0; w < 7; ++w)
    week[static_cast<std::size_t>(w)] = to_spans(b.week_[static_cast<std::size_t>(w)], std::string("week.") + weekday_names[w]);
  if (horizon) {
    check_date_range(*horizon, "horizon");
    horizon_day = day_number(*horizon);
    limit_day = horizon_day;
    limit_year = horizon->year() - first_year;
  }
  if (mode == PastHorizon::refuse && !horizon)
    throw Error(ErrorCode::invalid_argument, "strict", "a strict calendar needs a horizon");
  if (mode == PastHorizon::statutory) init_provisional();
  // Searches of a strict calendar stop a year past the limit's (a night
  // shift may run into it); others at 2199.
  if (strict) search_last_year = std::min(years - 1, limit_year + 1);

  // `field` makes the name only when there is an error: building the China
  // preset checks hundreds of dates.
  auto check_rule_date = [&](Date d, const auto& field) {
    if (d.is_special() || d.year() < min_year || d.year() > max_year) check_date_range(d, field());
    // Statutory mode: a company's own dates may reach into the provisional
    // years (they win over the statutory days there).
    if (horizon && day_number(d) > limit_day)
      throw Error(ErrorCode::invalid_argument, field(),
                  format_date(d) + " is after the " +
                      (limit_day == horizon_day ? "horizon " + format_date(*horizon) + "; move the horizon first"
                                                : "last provisional date " + format_date(date_from_day_number(limit_day))));
  };

  // Collect rules per day: explicit shifts > holiday > make-up day.
  std::vector<DayRule> all;
  for (std::size_t i = 0; i < b.holidays_.size(); ++i) {
    // A preset's own holidays come first; the caller's are counted from 0.
    check_rule_date(b.holidays_[i], [&] {
      return i < b.preset_holidays_ ? "preset holiday " + format_date(b.holidays_[i])
                                    : "holidays[" + std::to_string(i - b.preset_holidays_) + "]";
    });
    all.push_back({day_number(b.holidays_[i]), DayKind::holiday, Weekday::mon, {}});
  }
  for (const auto& [d, as] : b.workdays_) {
    check_rule_date(d, [&] { return "workdays." + format_date(d); });
    all.push_back({day_number(d), DayKind::workday, as, {}});
  }
  for (const auto& [d, shifts] : b.days_) {
    const std::string f = "days." + format_date(d);
    check_rule_date(d, [&] { return f; });
    all.push_back({day_number(d), DayKind::explicit_shifts, Weekday::mon, to_spans(shifts, f)});
  }
  std::stable_sort(all.begin(), all.end(), [](const DayRule& x, const DayRule& y) {
    return x.day != y.day ? x.day < y.day : static_cast<int>(x.kind) > static_cast<int>(y.kind);
  });
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!rules.empty() && rules.back().day == all[i].day) {
      const DayRule& kept = rules.back();
      const std::string when = format_date(date_from_day_number(all[i].day));
      if (kept.kind == all[i].kind && kept.kind == DayKind::explicit_shifts)
        throw Error(ErrorCode::invalid_argument, "days." + when, "shifts given twice for the same date");
      if (kept.kind == all[i].kind && kept.kind == DayKind::workday && kept.as != all[i].as)
        throw Error(ErrorCode::invalid_argument, "workdays." + when, "make-up day given twice with different weekdays");
      continue;  // a lower-precedence rule for the same date is replaced
    }
    rules.push_back(std::move(all[i]));
  }
  {  // a date cannot be both off and a make-up working day, whatever else it has
    std::vector<std::int64_t> hol, work;
    for (const auto& d : b.holidays_) hol.push_back(day_number(d));
    for (const auto& [d, as] : b.workdays_) work.push_back(day_number(d));
    std::sort(hol.begin(), hol.end());
    for (const auto& w : work)
      if (std::binary_search(hol.begin(), hol.end(), w))
        throw Error(ErrorCode::invalid_argument, "workdays." + format_date(date_from_day_number(w)),
                    "date is both a holiday and a make-up working day");
  }

  // Year boundaries, then the rule that shifts of consecutive dates never overlap.
  for (int y = 0; y <= years; ++y) {
    std::int64_t day = day_number(Date(static_cast<unsigned short>(first_year + y), 1, 1));
    year_begin_[static_cast<std::size_t>(y)] = raw_zone->to_utc(day * day_s);
  }
  auto last_end = [](const std::vector<Span>& s) { return s.empty() ? std::int64_t{0} : std::int64_t{s.back().open} + s.back().length; };
  // With no shift the next day, nothing can be run into (2 days is past any end).
  auto first_open = [](const std::vector<Span>& s) { return s.empty() ? day_s : std::int64_t{s.front().open}; };
  for (int w = 0; w < 7; ++w) {
    const auto& today = week[static_cast<std::size_t>(w)];
    const auto& next = week[static_cast<std::size_t>((w + 1) % 7)];
    if (last_end(today) > day_s + first_open(next))
      throw Error(ErrorCode::invalid_argument, std::string("week.") + weekday_names[w],
                  std::string("the last shift runs into the first shift of ") + weekday_names[(w + 1) % 7]);
  }
  for (const auto& r : rules)
    for (std::int64_t day : {r.day - 1, r.day}) {
      if (last_end(shifts_of(day)) > day_s + first_open(shifts_of(day + 1))) {
        const char* kind = r.kind == DayKind::workday ? "workdays." : r.kind == DayKind::holiday ? "holidays." : "days.";
        throw Error(ErrorCode::invalid_argument, kind + format_date(date_from_day_number(r.day)),
                    "the last shift of " + format_date(date_from_day_number(day)) + " runs into the first shift of " +
                        format_date(date_from_day_number(day + 1)));
      }
    }
  if (strict) {
    // Known time ends at midnight after the limit, or later when a shift of
    // the limit date runs past midnight (it belongs to that date).
    const std::int64_t hday = limit_day;
    limit_end = raw_zone->to_utc((hday + 1) * day_s);
    if (!shifts_of(hday).empty())
      limit_end = std::max(limit_end, raw_zone->to_utc(hday * day_s + last_end(shifts_of(hday))));
  }
}

CalendarImpl::~CalendarImpl() {
  for (auto& c : chunks_) delete c.load(std::memory_order_acquire);
}

const DayRule* CalendarImpl::rule_of(std::int64_t day) const noexcept {
  auto it = std::lower_bound(rules.begin(), rules.end(), day, [](const DayRule& r, std::int64_t d) { return r.day < d; });
  return it != rules.end() && it->day == day ? &*it : nullptr;
}

const std::vector<Span>& CalendarImpl::shifts_of(std::int64_t day) const noexcept {
  static const std::vector<Span> none;
  if (day <= limit_day) {
    if (const DayRule* r = rule_of(day)) {
      switch (r->kind) {
        case DayKind::holiday: return none;
        case DayKind::workday: return week[static_cast<std::size_t>(r->as)];
        case DayKind::explicit_shifts: return r->shifts;
      }
    }
    if (day > horizon_day && std::binary_search(provisional_off.begin(), provisional_off.end(), day))
      return none;  // a statutory day or its substitute, past the horizon
  }
  return week[static_cast<std::size_t>(weekday_of_day(day))];
}

std::unique_ptr<YearChunk> CalendarImpl::build_chunk(int yi) const {
  auto c = std::make_unique<YearChunk>();
  const int y = first_year + yi;
  c->first_day = day_number(Date(static_cast<unsigned short>(y), 1, 1));
  c->first_utc = year_begin_[static_cast<std::size_t>(yi)];
  const std::int32_t ndays = ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 366 : 365;
  c->day_first.reserve(static_cast<std::size_t>(ndays) + 1);
  c->bday_cum.reserve(static_cast<std::size_t>(ndays) + 1);
  c->cum.push_back(0);
  std::int64_t prev_end = std::numeric_limits<std::int64_t>::min();
  std::uint16_t bdays = 0;
  for (std::int32_t k = 0; k < ndays; ++k) {
    const std::int64_t day = c->first_day + k;
    c->day_first.push_back(static_cast<std::uint32_t>(c->start.size()));
    c->bday_cum.push_back(bdays);
    bool works = false;
    // Converted to UTC, a day's shifts can change order: a shift in the spring
    // gap moves forward by the gap, possibly into a later shift. Sorting by the
    // real opening and clipping to the previous close counts the union once.
    std::array<std::pair<std::int64_t, std::int64_t>, 8> small;
    std::vector<std::pair<std::int64_t, std::int64_t>> many;
    const auto& spans = shifts_of(day);
    std::pair<std::int64_t, std::int64_t>* iv = small.data();
    if (spans.size() > small.size()) {
      many.resize(spans.size());
      iv = many.data();
    }
    for (std::size_t i = 0; i < spans.size(); ++i)
      iv[i] = {raw_zone->to_utc(day * day_s + spans[i].open),
               raw_zone->to_utc(day * day_s + spans[i].open + spans[i].length)};
    std::sort(iv, iv + spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const std::int64_t open = std::max(iv[i].first, prev_end);
      const std::int64_t close = iv[i].second;
      if (close <= open) continue;  // wholly inside the gap, or inside an earlier shift
      c->start.push_back(open);
      c->end.push_back(close);
      c->cum.push_back(c->cum.back() + (close - open));
      prev_end = close;
      works = true;
    }
    if (works) ++bdays;
  }
  c->day_first.push_back(static_cast<std::uint32_t>(c->start.size()));
  c->bday_cum.push_back(bdays);
  for (unsigned m = 0; m < 13; ++m) {
    const std::int64_t k = m == 12 ? ndays
                                   : day_number(Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m + 1), 1)) -
                                         c->first_day;
    c->month_first[m] = c->day_first[static_cast<std::size_t>(k)];
    c->month_cum[m] = c->cum[c->month_first[m]];
  }
  return c;
}

const YearChunk& CalendarImpl::publish_chunk(int yi) const {
  auto& slot = chunks_[static_cast<std::size_t>(yi)];
  auto built = build_chunk(yi);
  const YearChunk* expected = nullptr;
  if (slot.compare_exchange_strong(expected, built.get(), std::memory_order_acq_rel))
    return *built.release();
  return *expected;  // another thread published the same chunk first
}

const CalendarImpl::YearSummary& CalendarImpl::fill_summary(int yi) const {
  YearSummary& sum = summary_[static_cast<std::size_t>(yi)];
  const YearChunk& c = chunk(yi);
  sum.first_start.store(c.start.empty() ? std::numeric_limits<std::int64_t>::max() : c.start.front(),
                        std::memory_order_relaxed);
  sum.last_end.store(c.end.empty() ? std::numeric_limits<std::int64_t>::min() : c.end.back(),
                     std::memory_order_relaxed);
  sum.total.store(c.total(), std::memory_order_release);
  return sum;
}


// ---------------------------------------------------------------- impl: arithmetic

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
