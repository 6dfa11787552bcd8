// as_store_* queries (the queue, and records and reports as JSON): C arguments in,
// aftersales::Store call, C results out.
#include <aftersales.h>
#include <aftersales/policy.hpp>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"

#include <cstddef>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::Store;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::require;

extern "C" {

// ---------------------------------------------------------------- calls

as_status as_store_queue(as_store* store, int64_t now_unix_s, char* out_ids, size_t cap, size_t* out_n, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_n, "out_n");
    if (cap > 0) require(out_ids, "out_ids");
    const std::vector<aftersales::Id> ids = store->store.queue(instant(now_unix_s));
    if (out_ids == nullptr && cap == 0) {
      *out_n = ids.size();
      return;
    }
    if (ids.size() > cap)
      throw Error(ErrorCode::invalid_argument, "cap",
                  std::to_string(cap) + " is too small for the " + std::to_string(ids.size()) + " calls waiting");
    for (const auto& id : ids)
      if (id.size() + 1 != AS_ID_SIZE) throw Error(ErrorCode::internal, "id", "not a UUID");
    for (size_t i = 0; i < ids.size(); ++i) std::memcpy(out_ids + i * AS_ID_SIZE, ids[i].c_str(), AS_ID_SIZE);
    *out_n = ids.size();
  });
}

as_status as_store_month_report_json(as_store* store, int32_t year, int32_t month, const int64_t* as_of_unix_s,
                                     char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    std::optional<aftersales::Instant> as_of;  // none: the store's month-end rule
    if (as_of_unix_s) as_of = instant(*as_of_unix_s);
    const aftersales::MonthlyReport r = store->store.monthly_report(aftersales::YearMonth{year, month}, as_of);
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(r));
  });
}

namespace {

// [from, to) of a query; an open end (NULL) reaches as far as any record can.
std::pair<aftersales::Instant, aftersales::Instant> period(const int64_t* from_unix_s, const int64_t* to_unix_s) {
  return {from_unix_s ? instant(*from_unix_s) : aftersales::earliest_record,
          to_unix_s ? instant(*to_unix_s) : aftersales::latest_record};
}

}  // namespace

as_status as_store_calls_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                              char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto [from, to] = period(from_unix_s, to_unix_s);
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(store->store.calls(from, to)));
  });
}

as_status as_store_dispatches_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                   char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto [from, to] = period(from_unix_s, to_unix_s);
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(store->store.dispatches(from, to)));
  });
}

as_status as_store_surveys_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto [from, to] = period(from_unix_s, to_unix_s);
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(store->store.surveys(from, to)));
  });
}

as_status as_store_complaint_reminders_json(as_store* store, int64_t now_unix_s, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto reminders = store->store.complaint_reminders(instant(now_unix_s));
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(std::span<const aftersales::Reminder>(reminders)));
  });
}

as_status as_store_complaints_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                   char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto [from, to] = period(from_unix_s, to_unix_s);
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(store->store.complaints(from, to)));
  });
}

as_status as_store_penalty_events_json(as_store* store, const char* person, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto columns = person ? store->store.penalty_events(std::string_view(person)) : store->store.penalty_events();
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(columns));
  });
}

// ---------------------------------------------------------------- costs, day reports

as_status as_store_cost_report_json(as_store* store, int32_t year, int32_t month, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto rows = store->store.cost_report(aftersales::YearMonth{year, month});
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(std::span<const aftersales::CostRow>(rows)));
  });
}

as_status as_store_day_report_json(as_store* store, int32_t day_yyyymmdd, const char* technician, const char* centre,
                                   char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const aftersales::Date day = aftersales::date_from_yyyymmdd(day_yyyymmdd, "day_yyyymmdd");
    const auto rows = technician ? store->store.technician_day_report(technician, day)
                                 : store->store.supervisor_day_report(
                                       day, centre ? std::optional<std::string_view>(centre) : std::nullopt);
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(std::span<const aftersales::DayReportRow>(rows)));
  });
}

}  // extern "C"
