// as_calendar_*: C arguments in, aftersales::Calendar call, C results out.
#include <aftersales.h>
#include <aftersales/calendar.hpp>
#include <aftersales/calendars/cn.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"

#include <memory>
#include <string>
#include <vector>

using aftersales::Calendar;
using aftersales::Instant;
using aftersales::LocalTime;
using aftersales::Seconds;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::require;
using aftersales::capi::unix_s;

namespace {
aftersales::Date date(int32_t yyyymmdd, const char* field) {
  return aftersales::date_from_yyyymmdd(yyyymmdd, field);
}

// Calendar::to_utc and to_local are noexcept and saturate at the ends of the
// int64 range; the C layer refuses what the C++ API documents as unsupported
// (local civil times outside 1970-01-01..2199-12-31) up front, with the same
// code and message shape the other functions use.
constexpr int64_t day_s = 86400;
const int64_t local_end =
    ((aftersales::Date(aftersales::max_year, 12, 31) - aftersales::Date(aftersales::min_year, 1, 1)).days() + 1) *
    day_s;

[[noreturn]] void out_of_range(const char* field, int64_t value, const char* what) {
  throw aftersales::Error(aftersales::ErrorCode::out_of_range, field,
                          std::string(what) + " " + std::to_string(value) +
                              " is outside the supported local dates 1970-01-01..2199-12-31");
}

void check_local(int64_t local_s, const char* field) {
  if (local_s < 0 || local_s >= local_end) out_of_range(field, local_s, "local time");
}

int64_t checked_to_local(const Calendar& c, int64_t at_unix_s, const char* field) {
  // UTC offsets are far below two days, so this keeps to_local from overflowing.
  if (at_unix_s < -2 * day_s || at_unix_s > local_end + 2 * day_s) out_of_range(field, at_unix_s, "instant");
  const auto local = static_cast<int64_t>(c.to_local(instant(at_unix_s)).time_since_epoch().count());
  if (local < 0 || local >= local_end) out_of_range(field, at_unix_s, "instant");
  return local;
}

// The China preset's arguments: no hours are the preset's, no zone its zone.
std::vector<aftersales::Shift> china_hours(const as_shift* hours, size_t n_hours) {
  if (n_hours == 0) return aftersales::calendars::cn_default_hours();
  std::vector<aftersales::Shift> shifts;
  shifts.reserve(n_hours);
  for (size_t i = 0; i < n_hours; ++i) shifts.push_back({Seconds(hours[i].open_s), Seconds(hours[i].close_s)});
  return shifts;
}

std::string_view zone_or_default(const char* zone) {
  return zone != nullptr ? std::string_view(zone) : aftersales::default_zone;
}
}  // namespace

extern "C" {

as_status as_calendar_from_json(const char* json, as_calendar** out, as_error** error) {
  return guard(error, [&] {
    require(json, "json");
    require(out, "out");
    auto handle = std::make_unique<as_calendar>(Calendar::from_json(json));
    *out = handle.release();
  });
}

as_status as_calendar_china(const as_shift* hours, size_t n_hours, const char* zone, int32_t strict,
                            as_calendar** out, as_error** error) {
  return guard(error, [&] {
    if (n_hours > 0) require(hours, "hours");
    require(out, "out");
    auto handle = std::make_unique<as_calendar>(
        aftersales::calendars::china(china_hours(hours, n_hours), zone_or_default(zone), strict != 0));
    *out = handle.release();
  });
}

as_status as_calendar_china_with_holidays(const as_shift* hours, size_t n_hours, const char* zone, int32_t strict,
                                          const char* holidays_path, as_calendar** out, as_error** error) {
  return guard(error, [&] {
    if (n_hours > 0) require(hours, "hours");
    require(holidays_path, "holidays_path");
    require(out, "out");
    const auto file = aftersales::calendars::CnHolidayFile::load(holidays_path);
    auto handle = std::make_unique<as_calendar>(
        aftersales::calendars::china(file, china_hours(hours, n_hours), zone_or_default(zone), strict != 0));
    *out = handle.release();
  });
}

as_status as_calendar_china_ex(const as_shift* hours, size_t n_hours, const char* zone, int32_t past_horizon,
                               const char* holidays_path, as_calendar** out, as_error** error) {
  return guard(error, [&] {
    if (n_hours > 0) require(hours, "hours");
    require(out, "out");
    const auto mode =
        aftersales::capi::enum_in<aftersales::PastHorizon>(past_horizon, "past_horizon", "AS_PAST_HORIZON_*");
    auto handle =
        holidays_path == nullptr
            ? std::make_unique<as_calendar>(
                  aftersales::calendars::china(china_hours(hours, n_hours), zone_or_default(zone), mode))
            : std::make_unique<as_calendar>(aftersales::calendars::china(
                  aftersales::calendars::CnHolidayFile::load(holidays_path), china_hours(hours, n_hours),
                  zone_or_default(zone), mode));
    *out = handle.release();
  });
}

as_status as_calendar_past_horizon(const as_calendar* calendar, int32_t* out_mode,
                                   int32_t* out_provisional_until_yyyymmdd, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    if (out_mode != nullptr) *out_mode = static_cast<int32_t>(calendar->calendar.past_horizon());
    if (out_provisional_until_yyyymmdd != nullptr) {
      const auto until = calendar->calendar.provisional_until();
      *out_provisional_until_yyyymmdd = until ? aftersales::date_to_yyyymmdd(*until) : 0;
    }
  });
}

as_status as_calendar_provisional_year(const as_calendar* calendar, int64_t from_unix_s, int64_t to_unix_s,
                                       int32_t* out_year, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_year, "out_year");
    const auto year = calendar->calendar.provisional_year_in(instant(from_unix_s), instant(to_unix_s));
    *out_year = year ? static_cast<int32_t>(*year) : 0;
  });
}

void as_calendar_destroy(as_calendar* calendar) {
  if (calendar != nullptr && calendar->owned) delete calendar;
}

as_status as_calendar_to_json(const as_calendar* calendar, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_json, "out_json");
    *out_json = aftersales::capi::malloc_string(calendar->calendar.to_json());
  });
}

as_status as_calendar_zone(const as_calendar* calendar, const char** out_zone, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_zone, "out_zone");
    *out_zone = calendar->calendar.zone().name().c_str();
  });
}

as_status as_calendar_horizon(const as_calendar* calendar, int32_t* out_yyyymmdd, int32_t* out_strict, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_yyyymmdd, "out_yyyymmdd");
    const auto h = calendar->calendar.horizon();
    *out_yyyymmdd = h ? aftersales::date_to_yyyymmdd(*h) : 0;
    if (out_strict != nullptr) *out_strict = calendar->calendar.strict() ? 1 : 0;
  });
}

as_status as_calendar_add(const as_calendar* calendar, int64_t at_unix_s, int64_t duration_s,
                          int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_unix_s, "out_unix_s");
    *out_unix_s = unix_s(calendar->calendar.add(instant(at_unix_s), Seconds(duration_s)));
  });
}

as_status as_calendar_between(const as_calendar* calendar, int64_t from_unix_s, int64_t to_unix_s,
                              int64_t* out_s, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_s, "out_s");
    *out_s = static_cast<int64_t>(calendar->calendar.between(instant(from_unix_s), instant(to_unix_s)).count());
  });
}

as_status as_calendar_is_working(const as_calendar* calendar, int64_t at_unix_s, int32_t* out_working, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_working, "out_working");
    *out_working = calendar->calendar.is_working(instant(at_unix_s)) ? 1 : 0;
  });
}

as_status as_calendar_next_working(const as_calendar* calendar, int64_t at_unix_s, int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_unix_s, "out_unix_s");
    *out_unix_s = unix_s(calendar->calendar.next_working(instant(at_unix_s)));
  });
}

as_status as_calendar_is_business_day(const as_calendar* calendar, int32_t date_yyyymmdd,
                                      int32_t* out_business, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_business, "out_business");
    *out_business = calendar->calendar.is_business_day(date(date_yyyymmdd, "date_yyyymmdd")) ? 1 : 0;
  });
}

as_status as_calendar_advance(const as_calendar* calendar, int32_t date_yyyymmdd, int32_t n,
                              int32_t* out_yyyymmdd, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_yyyymmdd, "out_yyyymmdd");
    *out_yyyymmdd = aftersales::date_to_yyyymmdd(calendar->calendar.advance(date(date_yyyymmdd, "date_yyyymmdd"), n));
  });
}

as_status as_calendar_business_days_between(const as_calendar* calendar, int32_t from_yyyymmdd,
                                            int32_t to_yyyymmdd, int32_t* out_days, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_days, "out_days");
    *out_days = calendar->calendar.business_days_between(date(from_yyyymmdd, "from_yyyymmdd"),
                                                         date(to_yyyymmdd, "to_yyyymmdd"));
  });
}

as_status as_calendar_local_date(const as_calendar* calendar, int64_t at_unix_s, int32_t* out_yyyymmdd, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_yyyymmdd, "out_yyyymmdd");
    checked_to_local(calendar->calendar, at_unix_s, "at_unix_s");
    *out_yyyymmdd = aftersales::date_to_yyyymmdd(calendar->calendar.local_date(instant(at_unix_s)));
  });
}

as_status as_calendar_to_utc(const as_calendar* calendar, int64_t local_s, int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_unix_s, "out_unix_s");
    check_local(local_s, "local_s");
    *out_unix_s = unix_s(calendar->calendar.to_utc(LocalTime(Seconds(local_s))));
  });
}

as_status as_calendar_to_local(const as_calendar* calendar, int64_t at_unix_s, int64_t* out_local_s, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_local_s, "out_local_s");
    *out_local_s = checked_to_local(calendar->calendar, at_unix_s, "at_unix_s");
  });
}

}  // extern "C"
