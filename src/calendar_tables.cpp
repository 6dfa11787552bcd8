// The calendar's year tables: for each year in use, the working intervals
// and the running sums of working time that make add/between a search.
#include <aftersales/calendar.hpp>

#include "detail/calendar_impl.hpp"

#include <algorithm>
#include <limits>

namespace aftersales {

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
    week[static_cast<std::size_t>(w)] = to_spans(b.week_[static_cast<std::size_t>(w)], std::string("week.") + to_string(static_cast<Weekday>(w)));
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
      throw Error(ErrorCode::invalid_argument, std::string("week.") + to_string(static_cast<Weekday>(w)),
                  std::string("the last shift runs into the first shift of ") + to_string(static_cast<Weekday>((w + 1) % 7)));
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

}  // namespace detail
}  // namespace aftersales
