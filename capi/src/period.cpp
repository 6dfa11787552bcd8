// as_period_*: C arguments in, aftersales::period_end / period_deadline, C results out.
#include <aftersales.h>
#include <aftersales/period.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"

#include <string>

using aftersales::capi::guard;
using aftersales::capi::require;
using aftersales::capi::unix_s;

namespace {
constexpr uint32_t known_flags = AS_PERIOD_COUNT_START_DAY | AS_PERIOD_NO_REST_EXTENSION;

aftersales::PeriodOptions options(uint32_t flags) {
  // An older library must refuse a flag it does not know rather than
  // silently compute something else.
  if ((flags & ~known_flags) != 0)
    throw aftersales::Error(aftersales::ErrorCode::invalid_argument, "flags",
                            "unknown flag bits " + std::to_string(flags & ~known_flags));
  aftersales::PeriodOptions o;
  o.count_start_day = (flags & AS_PERIOD_COUNT_START_DAY) != 0;
  o.extend_past_rest = (flags & AS_PERIOD_NO_REST_EXTENSION) == 0;
  return o;
}
}  // namespace

extern "C" {

as_status as_period_end(int32_t start_yyyymmdd, int32_t days, int32_t months, int32_t years,
                        const as_calendar* calendar, uint32_t flags, int32_t* out_yyyymmdd, as_error** error) {
  return guard(error, [&] {
    require(out_yyyymmdd, "out_yyyymmdd");
    const auto opts = options(flags);
    const auto start = aftersales::date_from_yyyymmdd(start_yyyymmdd, "start_yyyymmdd");
    const auto end = aftersales::period_end(start, aftersales::Period{days, months, years},
                                            calendar != nullptr ? &calendar->calendar : nullptr, opts);
    *out_yyyymmdd = aftersales::date_to_yyyymmdd(end);
  });
}

as_status as_period_deadline(int32_t start_yyyymmdd, int32_t days, int32_t months, int32_t years,
                             const as_calendar* calendar, uint32_t flags, int64_t* out_unix_s, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out_unix_s, "out_unix_s");
    const auto opts = options(flags);
    const auto start = aftersales::date_from_yyyymmdd(start_yyyymmdd, "start_yyyymmdd");
    const auto t = aftersales::period_deadline(start, aftersales::Period{days, months, years}, calendar->calendar, opts);
    *out_unix_s = unix_s(t);
  });
}

}  // extern "C"
