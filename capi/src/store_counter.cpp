// C API: carry-in controls and surveys of every call (issue 28; seeds/002
// (十二)(十四)(二十三)(二十四)).
#include <aftersales.h>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "store_names.hpp"

#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::capi::c_names;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::require;

namespace {

std::optional<std::string_view> optional_text(const char* p) {
  return p ? std::optional<std::string_view>(p) : std::nullopt;
}

void out_json_of(char** out_json, const std::string& json) { *out_json = aftersales::capi::malloc_string(json); }

}  // namespace

as_status as_store_appoint_supervisor(as_store* store, const char* centre, const char* person, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(centre, "centre");
    require(person, "person");
    store->store.appoint_supervisor(centre, person);
  });
}

as_status as_store_inspect_repair(as_store* store, const char* call_id, const char* supervisor, int64_t at_unix_s,
                                  as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(supervisor, "supervisor");
    c_names([&] { store->store.inspect_repair(call_id, supervisor, instant(at_unix_s)); });
  });
}

as_status as_store_carry_in_json(as_store* store, const char* call_id, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(out_json, "out_json");
    out_json_of(out_json, aftersales::to_json(store->store.carry_in_record(call_id)));
  });
}

as_status as_store_call_for_receipt(as_store* store, const char* receipt, char* out_id, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(receipt, "receipt");
    require(out_id, "out_id");
    const aftersales::Id id = store->store.call_for_receipt(receipt);
    aftersales::capi::copy_id(id, out_id);
  });
}

as_status as_store_overdue_repairs_json(as_store* store, int32_t as_of_yyyymmdd, const char* centre, char** out_json,
                                        as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const aftersales::Date as_of = aftersales::date_from_yyyymmdd(as_of_yyyymmdd, "as_of_yyyymmdd");
    const auto rows = aftersales::capi::renaming({{"as_of", "as_of_yyyymmdd"}},
                                                 [&] { return store->store.overdue_repairs(as_of, optional_text(centre)); });
    out_json_of(out_json, aftersales::to_json(std::span<const aftersales::OverdueRepair>(rows)));
  });
}

as_status as_store_survey_json(as_store* store, const char* call_id, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(out_json, "out_json");
    out_json_of(out_json, aftersales::to_json(store->store.survey(call_id)));
  });
}

as_status as_store_survey_coverage_json(as_store* store, int32_t day_yyyymmdd, int32_t year, int32_t month,
                                        const int64_t* as_of_unix_s, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const std::optional<aftersales::Instant> as_of =
        as_of_unix_s ? std::optional<aftersales::Instant>(instant(*as_of_unix_s)) : std::nullopt;
    aftersales::SurveyCoverage c;
    if (day_yyyymmdd != 0) {
      const aftersales::Date day = aftersales::date_from_yyyymmdd(day_yyyymmdd, "day_yyyymmdd");
      c = aftersales::capi::renaming({{"day", "day_yyyymmdd"}}, [&] { return store->store.survey_coverage(day, as_of); });
    } else {
      c = store->store.survey_coverage(aftersales::YearMonth{year, month}, as_of);
    }
    out_json_of(out_json, aftersales::to_json(c));
  });
}

as_status as_store_unsurveyed_calls_json(as_store* store, int32_t day_yyyymmdd, const char* centre, char** out_json,
                                         as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const aftersales::Date day = aftersales::date_from_yyyymmdd(day_yyyymmdd, "day_yyyymmdd");
    const auto rows = aftersales::capi::renaming(
        {{"day", "day_yyyymmdd"}}, [&] { return store->store.unsurveyed_calls(day, optional_text(centre)); });
    out_json_of(out_json, aftersales::to_json(std::span<const aftersales::UnsurveyedCall>(rows)));
  });
}

as_status as_store_open_survey_complaint(as_store* store, const char* call_id, int64_t at_unix_s, char* number_buf,
                                         size_t cap, size_t* out_needed, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    if (cap > 0) require(number_buf, "number_buf");
    const aftersales::Complaint c = c_names([&] { return store->store.open_survey_complaint(call_id, instant(at_unix_s)); });
    aftersales::capi::copy_text(c.number(), number_buf, cap, out_needed);
  });
}
