// A brute-force reference for working-time arithmetic (RULES.md §1.1).
//
// Random calendars (fixed seeds) with random weekly shifts (lunch breaks,
// overnight shifts, 24:00 closes), holidays, make-up days and per-date shifts,
// in UTC, Asia/Shanghai, Europe/Berlin, America/New_York, Australia/Sydney
// and a POSIX rule. The reference walks the local dates itself: it applies the
// date rules by precedence, converts every shift to UTC with offsets read from
// glibc (its own reading of the tz database, not the library's), applies the
// gap/fold rules, and takes the union of the intervals. It never calls the
// library's add, between, is_working or business-day functions. A second,
// even simpler reference counts working minutes one by one over short ranges.
#include <aftersales/calendar.hpp>
#include <aftersales/error.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace aftersales;

namespace {

using i64 = std::int64_t;
constexpr i64 DAY = 86400;

// ------------------------------------------------------------------ civil dates (std::chrono)

i64 day_number(int y, unsigned m, unsigned d) {
  return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}}
      .time_since_epoch()
      .count();
}
Date to_date(i64 dn) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{dn}}};
  return Date(static_cast<unsigned short>(static_cast<int>(ymd.year())),
              static_cast<unsigned short>(static_cast<unsigned>(ymd.month())),
              static_cast<unsigned short>(static_cast<unsigned>(ymd.day())));
}
int weekday_index(i64 dn) {  // Monday = 0
  return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{std::chrono::days{dn}}}.iso_encoding()) - 1;
}
i64 floor_div(i64 a, i64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// ------------------------------------------------------------------ offsets from glibc

using test_support::GlibcZone;  // offsets and local -> UTC as glibc reads the zone

// ------------------------------------------------------------------ calendar specs

struct Sh {
  i64 open, len;  // seconds after local midnight of the opening date; 1..86400
  bool close_as_zero = false;  // write a midnight close as "00:00" rather than "24:00"
};

struct Spec {
  std::string zone;
  std::array<std::vector<Sh>, 7> week;
  std::vector<i64> holidays;
  std::vector<std::pair<i64, int>> workdays;
  std::vector<std::pair<i64, std::vector<Sh>>> days;
  std::optional<i64> horizon;
  bool strict = false;
  bool minute_aligned = true;
  i64 d0 = 0, d1 = 0;  // the window: local dates whose instants are queried

  // The shifts opening on a date, by precedence: explicit > holiday > make-up > week.
  std::vector<Sh> shifts_of(i64 dn) const {
    if (!(horizon && dn > *horizon)) {
      for (const auto& [d, s] : days)
        if (d == dn) return s;
      for (i64 h : holidays)
        if (h == dn) return {};
      for (const auto& [d, as] : workdays)
        if (d == dn) return week[static_cast<std::size_t>(as)];
    }
    return week[static_cast<std::size_t>(weekday_index(dn))];
  }

  Calendar build() const {
    auto shifts = [](const std::vector<Sh>& v) {
      std::vector<Shift> out;
      for (const Sh& s : v) {
        i64 close = s.open + s.len;
        if (close == DAY && s.close_as_zero) close = 0;
        if (close > DAY) close -= DAY;
        out.push_back(Shift{Seconds(s.open), Seconds(close)});
      }
      return out;
    };
    CalendarBuilder b;
    b.zone(zone);
    for (int w = 0; w < 7; ++w) b.week(static_cast<Weekday>(w), shifts(week[static_cast<std::size_t>(w)]));
    for (i64 h : holidays) b.holiday(to_date(h));
    for (const auto& [d, as] : workdays) b.workday(to_date(d), static_cast<Weekday>(as));
    for (const auto& [d, s] : days) b.day(to_date(d), shifts(s));
    if (horizon) b.horizon(to_date(*horizon));
    b.strict(strict);
    return b.build();
  }

  std::string describe() const {
    std::ostringstream o;
    auto list = [&](const std::vector<Sh>& v) {
      o << "[";
      for (const Sh& s : v) o << " " << format_time_of_day(Seconds(s.open)) << "+" << s.len << "s";
      o << " ]";
    };
    o << "zone " << zone << (strict ? " strict" : "") << " window " << format_date(to_date(d0)) << ".."
      << format_date(to_date(d1));
    if (horizon) o << " horizon " << format_date(to_date(*horizon));
    for (int w = 0; w < 7; ++w) {
      o << "\n  " << to_string(static_cast<Weekday>(w)) << " ";
      list(week[static_cast<std::size_t>(w)]);
    }
    o << "\n  holidays:";
    for (i64 h : holidays) o << " " << format_date(to_date(h));
    o << "\n  workdays:";
    for (const auto& [d, as] : workdays) o << " " << format_date(to_date(d)) << "=" << to_string(static_cast<Weekday>(as));
    for (const auto& [d, s] : days) {
      o << "\n  day " << format_date(to_date(d)) << " ";
      list(s);
    }
    return o.str();
  }
};

// ------------------------------------------------------------------ the reference

struct Reference {
  struct Raw {
    i64 s, e, day;
  };
  std::vector<Raw> raw;           // every shift as a UTC interval, by start
  std::vector<i64> s, e, cum;     // the union of the intervals; cum[i] = work before interval i
  std::map<i64, bool> business;   // per local date in the window
  std::set<i64> overlapping_days; // dates whose shifts overlap another's after conversion
  i64 lo = 0, hi = 0;             // instants in [lo, hi) are fully described

  Reference(const Spec& spec, const GlibcZone& z) {
    for (i64 dn = spec.d0 - 2; dn <= spec.d1 + 2; ++dn) {
      // One offset for the whole date unless an offset change is near.
      const i64 o1 = z.offset(dn * DAY - 2 * DAY), o2 = z.offset(dn * DAY + 4 * DAY);
      auto conv = [&](i64 local) { return o1 == o2 ? local - o1 : z.to_utc(local); };
      bool works = false;
      for (const Sh& sh : spec.shifts_of(dn)) {
        const i64 a = conv(dn * DAY + sh.open), b = conv(dn * DAY + sh.open + sh.len);
        if (b > a) {
          raw.push_back({a, b, dn});
          works = true;
        }
      }
      if (dn >= spec.d0 && dn <= spec.d1) business[dn] = works;
    }
    std::sort(raw.begin(), raw.end(), [](const Raw& x, const Raw& y) { return x.s < y.s; });
    for (std::size_t i = 1; i < raw.size(); ++i)
      if (raw[i].s < raw[i - 1].e) overlapping_days.insert(raw[i].day), overlapping_days.insert(raw[i - 1].day);
    for (const Raw& r : raw) {
      if (!s.empty() && r.s <= e.back()) {
        e.back() = std::max(e.back(), r.e);
      } else {
        s.push_back(r.s);
        e.push_back(r.e);
      }
    }
    cum.assign(1, 0);
    for (std::size_t i = 0; i < s.size(); ++i) cum.push_back(cum.back() + e[i] - s[i]);
    lo = z.to_utc(spec.d0 * DAY);
    hi = z.to_utc((spec.d1 + 1) * DAY);
  }

  // Working seconds before t (within the described range).
  i64 worked(i64 t) const {
    const auto it = std::upper_bound(s.begin(), s.end(), t);
    if (it == s.begin()) return 0;
    const auto i = static_cast<std::size_t>(it - s.begin() - 1);
    return cum[i] + std::min(e[i], t) - s[i];
  }
  i64 between(i64 a, i64 b) const { return worked(b) - worked(a); }
  bool working(i64 t) const {
    const auto it = std::upper_bound(s.begin(), s.end(), t);
    return it != s.begin() && t < e[static_cast<std::size_t>(it - s.begin() - 1)];
  }
  // Earliest t' >= a with d working seconds in [a, t'); nullopt if unknown.
  std::optional<i64> add(i64 a, i64 d) const {
    if (d == 0) return a;
    const i64 target = worked(a) + d;
    const auto it = std::lower_bound(cum.begin() + 1, cum.end(), target);  // first interval end reaching it
    if (it == cum.end()) return std::nullopt;
    const auto i = static_cast<std::size_t>(it - cum.begin() - 1);
    return s[i] + (target - cum[i]);
  }
  // Latest t' <= b with d working seconds in [t', b).
  std::optional<i64> sub(i64 b, i64 d) const {
    if (d == 0) return b;
    const i64 target = worked(b) - d;
    if (target < 0) return std::nullopt;
    const auto it = std::upper_bound(cum.begin(), cum.end() - 1, target);
    const auto i = static_cast<std::size_t>(it - cum.begin() - 1);
    return s[i] + (target - cum[i]);
  }
  std::optional<i64> next_working(i64 t) const {
    if (working(t)) return t;
    const auto it = std::upper_bound(s.begin(), s.end(), t);
    if (it == s.end() || *it >= hi) return std::nullopt;
    return *it;
  }
  // The date of the shift holding instant m, if exactly one does.
  std::optional<i64> date_holding(i64 m) const {
    std::optional<i64> found;
    for (const Raw& r : raw) {
      if (r.s > m) break;
      if (m < r.e) {
        if (found) return std::nullopt;
        found = r.day;
      }
    }
    return found;
  }
};

// ------------------------------------------------------------------ random specs

const std::array<i64, 14> hot_times{0,     3600,  5400,  7200,  8400,  9000,  9600,
                                    10800, 12600, 43200, 46800, 79200, 82800, 86400};

std::vector<Sh> random_day(std::mt19937_64& rng, i64 night, bool seconds) {
  std::discrete_distribution<int> count({2, 3, 4, 2});
  const int k = count(rng);
  std::uniform_int_distribution<i64> any(night, night + DAY);
  std::uniform_int_distribution<int> pct(0, 99);
  std::vector<i64> pts;
  for (int i = 0; i < 2 * k; ++i) {
    i64 p;
    if (pct(rng) < 30) {
      p = hot_times[static_cast<std::size_t>(pct(rng)) % hot_times.size()];
      if (p < night) p += DAY;
      if (p > night + DAY) p = night + DAY;
    } else {
      p = any(rng);
      if (!seconds) p = p / 60 * 60;
      if (p < night) p = night;
    }
    pts.push_back(p);
  }
  std::sort(pts.begin(), pts.end());
  std::vector<Sh> out;
  for (int i = 0; i + 1 < static_cast<int>(pts.size()); i += 2) {
    const i64 open = pts[static_cast<std::size_t>(i)], close = pts[static_cast<std::size_t>(i) + 1];
    if (close <= open || open >= DAY) continue;
    if (close - open >= DAY && !(open == 0 && close == DAY)) continue;
    out.push_back({open, close - open, close == DAY && pct(rng) < 50});
  }
  return out;
}

Spec random_spec(std::mt19937_64& rng, const std::string& zone, int y0, int y1, const std::vector<i64>& hot_dates) {
  Spec spec;
  spec.zone = zone;
  std::uniform_int_distribution<int> pct(0, 99);
  spec.minute_aligned = pct(rng) >= 15;
  // Every shift opens at or after `night` and closes by `night` of the next
  // date, so any two dates' patterns may follow each other.
  const i64 night = pct(rng) < 40 ? 0 : std::uniform_int_distribution<i64>(0, 6 * 60)(rng) * 60;
  for (auto& w : spec.week) w = random_day(rng, night, !spec.minute_aligned);
  spec.d0 = day_number(y0, 1, 1);
  spec.d1 = day_number(y1, 12, 31);
  i64 last_rule = spec.d1;
  if (pct(rng) < 30) {
    spec.horizon = std::uniform_int_distribution<i64>(spec.d0, spec.d1)(rng);
    last_rule = *spec.horizon;
  } else if (pct(rng) < 25) {
    spec.horizon = spec.d1;
    spec.strict = true;
  }
  std::uniform_int_distribution<i64> date(spec.d0, last_rule);
  std::set<i64> used_h, used_w, used_d;
  const int nh = std::uniform_int_distribution<int>(0, 40)(rng);
  for (int i = 0; i < nh; ++i) used_h.insert(date(rng));
  const int nw = std::uniform_int_distribution<int>(0, 15)(rng);
  for (int i = 0; i < nw; ++i) {
    const i64 d = date(rng);
    if (!used_h.count(d)) used_w.insert(d);
  }
  const int nd = std::uniform_int_distribution<int>(0, 15)(rng);
  for (int i = 0; i < nd; ++i) used_d.insert(date(rng));
  for (i64 d : hot_dates)
    if (d >= spec.d0 && d <= last_rule && pct(rng) < 40) used_d.insert(d);
  spec.holidays.assign(used_h.begin(), used_h.end());
  std::shuffle(spec.holidays.begin(), spec.holidays.end(), rng);
  for (i64 d : used_w) spec.workdays.emplace_back(d, std::uniform_int_distribution<int>(0, 6)(rng));
  for (i64 d : used_d) spec.days.emplace_back(d, random_day(rng, night, !spec.minute_aligned));
  return spec;
}

// Dates in [d0, d1] on which the zone's offset changes (for explicit shifts there).
std::vector<i64> change_dates(const GlibcZone& z, i64 d0, i64 d1) {
  std::vector<i64> out;
  for (i64 dn = d0; dn <= d1; ++dn)
    if (z.offset(dn * DAY - 14 * 3600) != z.offset(dn * DAY + DAY + 14 * 3600)) out.push_back(dn);
  return out;
}

// ------------------------------------------------------------------ the comparison

struct Tally {
  int mismatches = 0;
  bool report() { return ++mismatches <= 4; }
};

// Returns how many of the pairs had working time between them (so that a
// test can tell it did not compare empty calendars only).
int compare(const Spec& spec, const Calendar& cal, const Reference& ref, const GlibcZone& z, std::mt19937_64& rng,
            int pairs) {
  INFO(spec.describe());
  INFO("dates whose shifts overlap after conversion: " << ref.overlapping_days.size());
  Tally t;
  std::uniform_int_distribution<i64> inst(ref.lo, ref.hi - 1);
  std::uniform_int_distribution<int> pct(0, 99);
  auto pick = [&]() -> i64 {
    if (!ref.s.empty() && pct(rng) < 30) {  // a shift boundary, or next to one
      const auto i = std::uniform_int_distribution<std::size_t>(0, ref.s.size() - 1)(rng);
      i64 x = pct(rng) < 50 ? ref.s[i] : ref.e[i];
      x += std::uniform_int_distribution<int>(-1, 1)(rng);
      if (x >= ref.lo && x < ref.hi) return x;
    }
    return inst(rng);
  };
  auto at = [](i64 x) { return Instant(Seconds(x)); };

  int nonzero = 0;
  for (int k = 0; k < pairs; ++k) {
    const i64 a = pick(), b = pick();
    const i64 expect = ref.between(a, b);
    nonzero += expect != 0 ? 1 : 0;
    const i64 got = cal.between(at(a), at(b)).count();
    if (got != expect && t.report()) {
      INFO("between(" << a << ", " << b << ")");
      CHECK(got == expect);
    }
    if (cal.between(at(b), at(a)).count() != -expect && t.report()) {
      INFO("between(" << b << ", " << a << ") is not -between(a, b)");
      CHECK(cal.between(at(b), at(a)).count() == -expect);
    }
    const i64 lo = std::min(a, b), hi = std::max(a, b), d = ref.between(lo, hi);
    // forward: the earliest instant with d of working time from lo
    const auto fwd = ref.add(lo, d);
    if (fwd) {
      const i64 g = cal.add(at(lo), Seconds(d)).time_since_epoch().count();
      if (g != *fwd && t.report()) {
        INFO("add(" << lo << ", " << d << ")");
        CHECK(g == *fwd);
      }
    }
    // backward: the latest instant with d of working time before hi
    const auto bwd = ref.sub(hi, d);
    if (bwd) {
      const i64 g = cal.add(at(hi), Seconds(-d)).time_since_epoch().count();
      if (g != *bwd && t.report()) {
        INFO("add(" << hi << ", " << -d << ")");
        CHECK(g == *bwd);
      }
    }
    // is_working, next_working, working_date, local_date at a
    const bool w = cal.is_working(at(a));
    if (w != ref.working(a) && t.report()) {
      INFO("is_working(" << a << ")");
      CHECK(w == ref.working(a));
    }
    if (!spec.strict) {
      if (const auto nw = ref.next_working(a)) {
        const i64 g = cal.next_working(at(a)).time_since_epoch().count();
        if (g != *nw && t.report()) {
          INFO("next_working(" << a << ")");
          CHECK(g == *nw);
        }
        if (const auto dd = ref.date_holding(*nw)) {
          const Date gd = cal.working_date(at(a));
          if (gd != to_date(*dd) && t.report()) {
            INFO("working_date(" << a << ") = " << format_date(gd) << ", reference " << format_date(to_date(*dd)));
            CHECK(gd == to_date(*dd));
          }
        }
      }
    }
    const Date ld = cal.local_date(at(a));
    const Date expect_ld = to_date(floor_div(a + z.offset(a), DAY));
    if (ld != expect_ld && t.report()) {
      INFO("local_date(" << a << ") = " << format_date(ld) << ", reference " << format_date(expect_ld));
      CHECK(ld == expect_ld);
    }
  }

  // Day level over the whole window.
  std::vector<i64> bcum{0};
  for (i64 dn = spec.d0; dn <= spec.d1; ++dn) {
    const bool expect = ref.business.at(dn);
    if (cal.is_business_day(to_date(dn)) != expect && t.report()) {
      INFO("is_business_day(" << format_date(to_date(dn)) << ")");
      CHECK(cal.is_business_day(to_date(dn)) == expect);
    }
    bcum.push_back(bcum.back() + (expect ? 1 : 0));
  }
  std::uniform_int_distribution<i64> date(spec.d0, spec.d1);
  std::uniform_int_distribution<int> count(-25, 25);
  for (int k = 0; k < pairs / 2; ++k) {
    const i64 d1 = date(rng), d2 = date(rng);
    const i64 expect = bcum[static_cast<std::size_t>(d2 - spec.d0)] - bcum[static_cast<std::size_t>(d1 - spec.d0)];
    const int got = cal.business_days_between(to_date(d1), to_date(d2));
    if (got != expect && t.report()) {
      INFO("business_days_between(" << format_date(to_date(d1)) << ", " << format_date(to_date(d2)) << ")");
      CHECK(got == expect);
    }
    // advance: walk the reference's business days
    const int n = count(rng);
    std::optional<i64> r;
    bool past_horizon = false;
    {
      i64 dn = d1;
      int left = n;
      auto inside = [&](i64 x) { return x >= spec.d0 && x <= spec.d1; };
      if (n >= 0) {
        if (n > 0) ++dn;
        while (inside(dn) && (!ref.business.at(dn) || left > 1)) {
          if (ref.business.at(dn)) --left;
          ++dn;
        }
        if (inside(dn)) r = dn;
        else if (spec.strict && dn > spec.d1) past_horizon = true;
      } else {
        while (left < 0 && inside(dn - 1)) {
          --dn;
          if (ref.business.at(dn)) ++left;
        }
        if (left == 0) r = dn;
      }
    }
    if (r) {
      const Date g = cal.advance(to_date(d1), n);
      if (g != to_date(*r) && t.report()) {
        INFO("advance(" << format_date(to_date(d1)) << ", " << n << ") = " << format_date(g) << ", reference "
                        << format_date(to_date(*r)));
        CHECK(g == to_date(*r));
      }
    } else if (past_horizon) {
      CHECK_THROWS_AS(cal.advance(to_date(d1), n), Error);
    }
  }
  CHECK(t.mismatches == 0);
  return nonzero;
}

// Minute by minute: a working minute is one that some shift (of its own
// date or the day before) holds. Shifts and offsets are whole minutes.
void compare_minutes(const Spec& spec, const Calendar& cal, const GlibcZone& z, i64 from_day, int ndays) {
  INFO(spec.describe());
  std::vector<std::pair<i64, i64>> raw;
  for (i64 dn = from_day - 2; dn <= from_day + ndays + 1; ++dn)
    for (const Sh& sh : spec.shifts_of(dn)) raw.emplace_back(z.to_utc(dn * DAY + sh.open), z.to_utc(dn * DAY + sh.open + sh.len));
  const i64 a = z.to_utc(from_day * DAY) / 60 * 60, b = z.to_utc((from_day + ndays) * DAY) / 60 * 60;
  i64 minutes = 0;
  int bad = 0;
  for (i64 t = a; t < b; t += 60) {
    bool w = false;
    for (const auto& [s, e] : raw) w = w || (s <= t && t < e);
    minutes += w ? 1 : 0;
    if (cal.is_working(Instant(Seconds(t))) != w && ++bad <= 3) {
      INFO("is_working(" << t << ")");
      CHECK(cal.is_working(Instant(Seconds(t))) == w);
    }
  }
  CHECK(cal.between(Instant(Seconds(a)), Instant(Seconds(b))).count() == 60 * minutes);
  CHECK(bad == 0);
}

const std::vector<std::string> zones{"UTC", "Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Sydney",
                                     "CET-1CEST,M3.5.0,M10.5.0/3"};

}  // namespace

TEST_CASE("reference: random calendars over windows of a few years", "[reference]") {
  std::mt19937_64 rng(20251001);
  int nonzero = 0;
  for (int c = 0; c < 48; ++c) {
    const std::string& zone = zones[static_cast<std::size_t>(c) % zones.size()];
    int y0 = std::uniform_int_distribution<int>(1970, 2190)(rng);
    if (zone == "Asia/Shanghai" && c % 2 == 0) y0 = std::uniform_int_distribution<int>(1984, 1990)(rng);  // DST years
    if (c % 5 == 0) y0 = std::uniform_int_distribution<int>(2015, 2030)(rng);
    const int y1 = std::min(2199, y0 + std::uniform_int_distribution<int>(0, 5)(rng));
    GlibcZone z(zone);
    const Spec spec = random_spec(rng, zone, y0, y1, change_dates(z, day_number(y0, 1, 1), day_number(y1, 12, 31)));
    INFO("calendar " << c << " " << zone << " " << y0 << ".." << y1);
    const Calendar cal = spec.build();
    const Reference ref(spec, z);
    std::mt19937_64 queries(static_cast<std::uint64_t>(c));
    nonzero += compare(spec, cal, ref, z, queries, 120);
  }
  CHECK(nonzero > 48 * 120 / 2);
}

TEST_CASE("reference: whole range 1970..2199 and spans of decades", "[reference]") {
  std::mt19937_64 rng(77);
  for (const std::string& zone : {std::string("UTC"), std::string("Asia/Shanghai"), std::string("Europe/Berlin"),
                                  std::string("America/New_York")}) {
    GlibcZone z(zone);
    Spec spec = random_spec(rng, zone, 1970, 2199, {});
    spec.horizon.reset();
    spec.strict = false;
    INFO("zone " << zone);
    const Calendar cal = spec.build();
    const Reference ref(spec, z);
    CHECK(compare(spec, cal, ref, z, rng, 150) > 100);
  }
}

TEST_CASE("reference: minute by minute around offset changes", "[reference]") {
  std::mt19937_64 rng(4242);
  for (int c = 0; c < 24; ++c) {
    const std::string& zone = zones[static_cast<std::size_t>(c) % zones.size()];
    const int y = std::uniform_int_distribution<int>(1990, 2060)(rng);
    GlibcZone z(zone);
    const auto changes = change_dates(z, day_number(y, 1, 1), day_number(y, 12, 31));
    Spec spec = random_spec(rng, zone, y, y, changes);
    if (!spec.minute_aligned) continue;
    const i64 around = changes.empty() ? day_number(y, 3, 1) + c : changes[static_cast<std::size_t>(c) % changes.size()];
    INFO("calendar " << c << " " << zone << " around " << format_date(to_date(around)));
    const Calendar cal = spec.build();
    compare_minutes(spec, cal, z, around - 1, 3);
  }
}

TEST_CASE("reference: shifts in and next to the spring gap", "[reference][dst]") {
  // Europe/Berlin, 2025-03-30: 02:00..03:00 does not exist. Each case is one
  // explicit date plus a plain week, compared with the reference over March
  // and April, and minute by minute around the date.
  const std::vector<std::vector<std::pair<const char*, const char*>>> cases{
      {{"01:00", "02:30"}, {"03:00", "04:00"}},
      {{"01:30", "02:30"}, {"02:30", "03:30"}},
      {{"02:15", "02:45"}, {"02:45", "04:00"}},
      {{"02:30", "05:00"}},
      {{"00:00", "24:00"}},
      {{"02:10", "02:50"}, {"03:00", "04:00"}},  // the first opens after the second, in real time
      {{"02:20", "02:40"}, {"02:50", "03:10"}},
  };
  GlibcZone z("Europe/Berlin");
  std::mt19937_64 rng(9);
  for (const auto& c : cases) {
    Spec spec;
    spec.zone = "Europe/Berlin";
    for (int w = 0; w < 5; ++w) spec.week[static_cast<std::size_t>(w)] = {{9 * 3600, 8 * 3600, false}};
    spec.week[5] = {{20 * 3600, 4 * 3600, false}};  // Saturday 20:00-24:00
    std::vector<Sh> shifts;
    for (const auto& [o, cl] : c) {
      const Shift x = Shift::parse(o, cl);
      shifts.push_back({x.open.count(), x.length().count(), false});
    }
    spec.d0 = day_number(2025, 3, 1);
    spec.d1 = day_number(2025, 4, 30);
    spec.days.emplace_back(day_number(2025, 3, 30), shifts);
    const Calendar cal = spec.build();
    const Reference ref(spec, z);
    INFO("2025-03-30 shifts " << c.front().first << "-" << c.front().second << (c.size() > 1 ? " and more" : ""));
    compare(spec, cal, ref, z, rng, 200);
    compare_minutes(spec, cal, z, day_number(2025, 3, 29), 3);
  }
}
