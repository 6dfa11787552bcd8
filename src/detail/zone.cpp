#include "detail/zone.hpp"

#include <cctz/civil_time.h>
#include <cctz/time_zone.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>

namespace aftersales::detail {
namespace {

// Transitions are tabulated over this range: wide enough that every supported
// local date (1970..2199) converts with the right offset.
constexpr std::int64_t table_begin = -2208988800;  // 1900-01-01T00:00:00Z
constexpr std::int64_t table_end = 7289654400;     // 2201-01-01T00:00:00Z

std::int64_t days_from_civil(int y, unsigned m, unsigned d) noexcept {
  return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}}
      .time_since_epoch()
      .count();
}

// --- POSIX TZ rules (IEEE 1003.1 8.3, with the RFC 8536 hour extension) ---

struct PosixDate {
  enum Kind { julian_no_leap, zero_based, month_week_day } kind{};
  int a = 0, b = 0, c = 0;  // J: a=day; n: a=day; M: a=month b=week c=weekday
  std::int32_t time = 7200;
};

class PosixParser {
 public:
  explicit PosixParser(std::string_view s) : s_(s) {}
  bool done() const { return i_ == s_.size(); }
  bool eat(char ch) {
    if (i_ < s_.size() && s_[i_] == ch) return ++i_, true;
    return false;
  }
  bool abbr() {
    if (eat('<')) {
      auto close = s_.find('>', i_);
      if (close == std::string_view::npos || close - i_ < 3) return false;
      i_ = close + 1;
      return true;
    }
    std::size_t start = i_;
    while (i_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[i_]))) ++i_;
    return i_ - start >= 3;
  }
  std::optional<int> number(int max) {
    std::size_t start = i_;
    int v = 0;
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_])) && i_ - start < 4)
      v = v * 10 + (s_[i_++] - '0');
    if (i_ == start || v > max) return std::nullopt;
    return v;
  }
  // [+-]hh[:mm[:ss]] -> seconds
  std::optional<std::int32_t> hms(int max_hours) {
    int sign = 1;
    if (eat('-')) sign = -1;
    else eat('+');
    auto h = number(max_hours);
    if (!h) return std::nullopt;
    std::int32_t v = *h * 3600;
    if (eat(':')) {
      auto m = number(59);
      if (!m) return std::nullopt;
      v += *m * 60;
      if (eat(':')) {
        auto sec = number(59);
        if (!sec) return std::nullopt;
        v += *sec;
      }
    }
    return sign * v;
  }
  bool peek_offset() const {
    return i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '+' || s_[i_] == '-');
  }
  std::optional<PosixDate> date() {
    PosixDate d;
    if (eat('J')) {
      auto n = number(365);
      if (!n || *n < 1) return std::nullopt;
      d.kind = PosixDate::julian_no_leap, d.a = *n;
    } else if (eat('M')) {
      auto m = number(12);
      if (!m || *m < 1 || !eat('.')) return std::nullopt;
      auto w = number(5);
      if (!w || *w < 1 || !eat('.')) return std::nullopt;
      auto wd = number(6);
      if (!wd) return std::nullopt;
      d.kind = PosixDate::month_week_day, d.a = *m, d.b = *w, d.c = *wd;
    } else {
      auto n = number(365);
      if (!n) return std::nullopt;
      d.kind = PosixDate::zero_based, d.a = *n;
    }
    if (eat('/')) {
      auto t = hms(167);
      if (!t) return std::nullopt;
      d.time = *t;
    }
    return d;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Local seconds (in the offset in force before the change) of a rule date in year y.
std::int64_t rule_local(const PosixDate& d, int y) {
  std::int64_t day = 0;
  switch (d.kind) {
    case PosixDate::julian_no_leap: {
      int n = d.a;  // 1..365, Feb 29 never counted
      day = days_from_civil(y, 1, 1) + n - 1 + ((is_leap(y) && n >= 60) ? 1 : 0);
      break;
    }
    case PosixDate::zero_based:
      day = days_from_civil(y, 1, 1) + d.a;
      break;
    case PosixDate::month_week_day: {
      std::int64_t first = days_from_civil(y, static_cast<unsigned>(d.a), 1);
      int first_wd = static_cast<int>(((first % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4)
      int delta = (d.c - first_wd + 7) % 7;
      std::int64_t cand = first + delta + 7 * (d.b - 1);
      unsigned next_m = d.a == 12 ? 1u : static_cast<unsigned>(d.a + 1);
      std::int64_t month_end = days_from_civil(d.a == 12 ? y + 1 : y, next_m, 1);
      while (cand >= month_end) cand -= 7;  // week 5 = the last such weekday
      day = cand;
      break;
    }
  }
  return day * 86400 + d.time;
}

}  // namespace

void Zone::add_transition(std::int64_t at, std::int32_t offset_after) {
  std::int32_t before = offset_.empty() ? initial_offset_ : offset_.back();
  if (offset_after == before) return;
  at_.push_back(at);
  offset_.push_back(offset_after);
}

void Zone::finish() {
  local_pre_.resize(at_.size());
  for (std::size_t k = 0; k < at_.size(); ++k)
    local_pre_[k] = at_[k] + (k == 0 ? initial_offset_ : offset_[k - 1]);
}

std::shared_ptr<const Zone> Zone::parse_posix(std::string_view rule) {
  PosixParser p(rule);
  if (!p.abbr()) return nullptr;
  auto std_off = p.hms(24);
  if (!std_off) return nullptr;
  auto zone = std::make_shared<Zone>();
  zone->name_ = std::string(rule);
  zone->initial_offset_ = -*std_off;  // POSIX offsets are west-positive
  if (p.done()) {
    zone->finish();
    return zone;
  }
  if (!p.abbr()) return nullptr;
  std::int32_t dst_offset = zone->initial_offset_ + 3600;
  if (p.peek_offset()) {
    auto o = p.hms(24);
    if (!o) return nullptr;
    dst_offset = -*o;
  }
  PosixDate start, end;
  if (p.done()) {  // no rule: the POSIX default, US rules
    start = {PosixDate::month_week_day, 3, 2, 0, 7200};
    end = {PosixDate::month_week_day, 11, 1, 0, 7200};
  } else {
    if (!p.eat(',')) return nullptr;
    auto s = p.date();
    if (!s || !p.eat(',')) return nullptr;
    auto e = p.date();
    if (!e || !p.done()) return nullptr;
    start = *s, end = *e;
  }
  const std::int32_t std_offset = zone->initial_offset_;
  struct Change {
    std::int64_t at;
    std::int32_t offset;
  };
  std::vector<Change> changes;
  for (int y = 1899; y <= 2201; ++y) {
    changes.push_back({rule_local(start, y) - std_offset, dst_offset});
    changes.push_back({rule_local(end, y) - dst_offset, std_offset});
  }
  std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.at < b.at; });
  // Before the first change of the table the zone is on whichever offset the
  // rules put in force at the end of 1898.
  zone->initial_offset_ = changes.front().offset == dst_offset ? std_offset : dst_offset;
  for (const auto& c : changes)
    if (c.at >= table_begin && c.at < table_end) zone->add_transition(c.at, c.offset);
  zone->finish();
  return zone;
}

std::shared_ptr<const Zone> Zone::load(std::string_view name) {
  if (name.empty() || name.size() > 255) return nullptr;
  const bool looks_posix = name.find(',') != std::string_view::npos || name.front() == '<';
  const bool safe_path = name.find("..") == std::string_view::npos && name.front() != '/';
  cctz::time_zone tz;
  if (!looks_posix && safe_path && cctz::load_time_zone(std::string(name), &tz)) {
    auto zone = std::make_shared<Zone>();
    zone->name_ = std::string(name);
    using tp_t = cctz::time_point<cctz::seconds>;
    auto tp = tp_t(cctz::seconds(table_begin));
    zone->initial_offset_ = tz.lookup(tp).offset;
    cctz::time_zone::civil_transition tr;
    while (tz.next_transition(tp, &tr)) {
      tp = tz.lookup(tr.to).trans;
      std::int64_t at = tp.time_since_epoch().count();
      if (at >= table_end) break;
      zone->add_transition(at, tz.lookup(tp).offset);
    }
    zone->finish();
    return zone;
  }
  return parse_posix(name);
}

namespace {
// Offsets move instants by hours; at the ends of the int64 range that must
// saturate rather than overflow (such instants are rejected later anyway).
std::int64_t saturating_add(std::int64_t a, std::int64_t b) noexcept {
  std::int64_t r;
  if (__builtin_add_overflow(a, b, &r)) return b > 0 ? INT64_MAX : INT64_MIN;
  return r;
}
}  // namespace

std::int64_t Zone::to_local(std::int64_t utc) const noexcept {
  return saturating_add(utc, offset_at(utc));
}

std::int32_t Zone::offset_at(std::int64_t utc) const noexcept {
  auto it = std::upper_bound(at_.begin(), at_.end(), utc);
  if (it == at_.begin()) return initial_offset_;
  return offset_[static_cast<std::size_t>(it - at_.begin() - 1)];
}

std::int64_t Zone::to_utc(std::int64_t local) const noexcept {
  // k = last transition whose local time, read on the old offset, is <= local.
  auto it = std::upper_bound(local_pre_.begin(), local_pre_.end(), local);
  if (it == local_pre_.begin()) return saturating_add(local, -std::int64_t{initial_offset_});
  auto k = static_cast<std::size_t>(it - local_pre_.begin() - 1);
  std::int64_t utc = saturating_add(local, -std::int64_t{offset_[k]});
  if (utc < at_[k]) {
    // The local time falls in the gap the transition opened: read it on the
    // old offset, which lands the same distance past the transition.
    std::int32_t before = k == 0 ? initial_offset_ : offset_[k - 1];
    utc = saturating_add(local, -std::int64_t{before});
  }
  return utc;
}

}  // namespace aftersales::detail
