// Past the horizon: the three PastHorizon modes, and the provisional dates
// of the statutory mode (China's statutory holidays, no make-up days).
#include <aftersales/calendar.hpp>
#include <aftersales/enum_names.hpp>
#include <aftersales/calendars/cn_statutory.hpp>

#include "calendars/cn_provisional.hpp"
#include "detail/calendar_impl.hpp"

#include <algorithm>

namespace aftersales {

namespace {
constexpr std::int64_t day_s = 86400;
}  // namespace

PastHorizon parse_past_horizon(std::string_view text, std::string_view field) {
  return parse_enum<PastHorizon>(text, field);
}

const char* to_string(PastHorizon mode) noexcept { return enum_name(mode); }

CalendarBuilder& CalendarBuilder::past_horizon(PastHorizon mode) {
  past_horizon_ = mode;
  return *this;
}

namespace detail {

void CalendarImpl::init_provisional() {
  const int first = calendars::cn_statutory_first_year(), last = calendars::cn_statutory_last_year();
  if (!horizon)
    throw Error(ErrorCode::invalid_argument, "past_horizon",
                "'statutory' needs a horizon: the statutory days are used after it");
  if (horizon->year() < first - 1)
    throw Error(ErrorCode::invalid_argument, "past_horizon",
                "'statutory' needs a horizon from " + std::to_string(first - 1) + "-12-31 (the statutory days are known for " +
                    std::to_string(first) + ".." + std::to_string(last) + "), not " + format_date(*horizon));
  const std::int64_t last_day = day_number(Date(static_cast<unsigned short>(last), 12, 31));
  if (horizon_day >= last_day) return;  // nothing is provisional: refuses past the horizon
  limit_day = last_day;
  limit_year = last - first_year;
  provisional_last_year = last;
  const auto& all = calendars::cn_provisional_off_days();
  provisional_off.assign(std::upper_bound(all.begin(), all.end(), horizon_day), all.end());
}

std::string CalendarImpl::limit_text() const {
  if (mode == PastHorizon::statutory && limit_day != horizon_day)
    return "the calendar's last provisional date " + format_date(date_from_day_number(limit_day)) +
           " (past_horizon statutory; the published dates end at the horizon " + format_date(*horizon) + ")";
  return "the calendar's horizon " + format_date(*horizon) + " (strict calendar)";
}

}  // namespace detail

std::optional<Date> Calendar::provisional_until() const noexcept {
  if (impl_->mode != PastHorizon::statutory || impl_->provisional_last_year == 0) return std::nullopt;
  return detail::date_from_day_number(impl_->limit_day);
}

bool Calendar::provisional(Date d) const noexcept {
  if (impl_->provisional_last_year == 0 || d.is_special()) return false;
  const auto day = detail::day_number(d);
  return day > impl_->horizon_day && day <= impl_->limit_day;
}

std::optional<int> Calendar::provisional_year_in(Instant a, Instant b) const {
  const detail::CalendarImpl& impl = *impl_;
  if (impl.provisional_last_year == 0) return std::nullopt;  // the usual case: one comparison
  auto local_day = [&](Instant t) {
    const std::int64_t local = impl.raw_zone->to_local(t.time_since_epoch().count());
    return local >= 0 ? local / day_s : -((-local + day_s - 1) / day_s);
  };
  if (b < a) std::swap(a, b);
  if (local_day(b) <= impl.horizon_day) return std::nullopt;
  const std::int64_t first = std::max(local_day(a), impl.horizon_day + 1);
  if (first > impl.limit_day) return std::nullopt;
  return static_cast<int>(detail::date_from_day_number(first).year());
}

std::string Calendar::provisional_note(Instant a, Instant b) const {
  const auto year = provisional_year_in(a, b);
  if (!year) return {};
  return " (" + std::to_string(*year) + ": statutory holidays only, make-up days not yet published)";
}

}  // namespace aftersales
