// as_store_* complaints and penalties: C arguments in, aftersales::Store call, C results out.
// Field names in errors are the C argument names.
#include <aftersales.h>
#include <aftersales/policy.hpp>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "settle.hpp"
#include "store_names.hpp"

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
using aftersales::capi::c_names;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::require;

extern "C" {

// ---------------------------------------------------------------- complaints and penalties

as_status as_store_open_complaint(as_store* store, const as_complaint_intake* intake, as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(intake, "intake");
    require(out, "out");
    static const as_complaint_intake defaults = AS_COMPLAINT_INTAKE_INIT;
    const as_complaint_intake read = aftersales::capi::sized_input(intake, "intake", defaults);  // at the caller's size
    intake = &read;
    using aftersales::capi::enum_in;
    std::optional<aftersales::Complaint> made;
    // Errors name the member as the caller reaches it: "intake.kind".
    aftersales::capi::members_of("intake", {"store", "out"}, [&] {
    aftersales::ComplaintIntake in;
    in.kind = enum_in<aftersales::ComplaintKind>(intake->kind, "kind", "AS_COMPLAINT_*");
    in.severity = enum_in<aftersales::Severity>(intake->severity, "severity", "AS_SEVERITY_*");
    in.market = enum_in<aftersales::Market>(intake->market, "market", "AS_MARKET_*");
    in.received = instant(intake->received_unix_s);
    if (intake->has_accepted) in.accepted = instant(intake->accepted_unix_s);
    if (intake->dispute) in.dispute = intake->dispute;
    if (intake->call_id) in.call_id = intake->call_id;
    made = aftersales::capi::renaming(
        {{"received", "received_unix_s"}, {"accepted", "accepted_unix_s"}}, [&] { return store->store.open_complaint(in); });
    });
    *out = new as_complaint(std::move(*made));
  });
}

as_status as_store_close_complaint_invalid(as_store* store, const char* number, int64_t at_unix_s, const char* reason,
                                           as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(reason, "reason");
    require(out, "out");
    *out = new as_complaint(
        c_names([&] { return store->store.close_complaint_invalid(number, instant(at_unix_s), reason); }));
  });
}

as_status as_store_confirm_responsibility(as_store* store, const char* number, size_t n, const char* const* parties,
                                          const int64_t* ratios, as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out, "out");
    if (n > 0) {
      require(parties, "parties");
      require(ratios, "ratios");
    }
    const auto weights = aftersales::capi::weights_of(n, parties, ratios);
    *out = new as_complaint(store->store.confirm_responsibility(number, weights));
  });
}

as_status as_store_reject_complaint(as_store* store, const char* number, int64_t at_unix_s,
                                    const int64_t* accepted_unix_s, as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out, "out");
    std::optional<aftersales::Instant> accepted;
    if (accepted_unix_s) accepted = instant(*accepted_unix_s);
    *out = new as_complaint(aftersales::capi::renaming({{"at", "at_unix_s"}, {"accepted", "accepted_unix_s"}}, [&] {
      return store->store.reject_complaint(number, instant(at_unix_s), accepted);
    }));
  });
}

as_status as_store_complaint(as_store* store, const char* number, as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out, "out");
    *out = new as_complaint(store->store.complaint(number));
  });
}

as_status as_store_record_return(as_store* store, const char* number, int32_t kind, int64_t approved, int64_t actual,
                                 int64_t amount_fen, const int64_t* tolerance_ppm, int32_t* out_check, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out_check, "out_check");
    const auto return_kind = aftersales::capi::enum_in<aftersales::ReturnKind>(kind, "kind", "AS_RETURN_KIND_*");
    std::optional<int64_t> tolerance;
    if (tolerance_ppm) tolerance = *tolerance_ppm;
    const auto r = aftersales::capi::renaming({{"amount", "amount_fen"}}, [&] {
      return store->store.record_return(number, return_kind, approved, actual,
                                        amount_fen, tolerance);
    });
    *out_check = r.check == aftersales::ReturnCheck::accept ? AS_RETURN_ACCEPT : AS_RETURN_FLAG;
  });
}

as_status as_store_charge_penalty(as_store* store, const char* person, int32_t year, int32_t month,
                                  int64_t amount_fen, const char* case_number, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(person, "person");
    require(case_number, "case_number");
    aftersales::capi::renaming({{"amount", "amount_fen"}}, [&] {
      store->store.charge_penalty(person, aftersales::YearMonth{year, month}, amount_fen, case_number);
    });
  });
}

as_status as_store_settle_penalties(as_store* store, const char* person, int32_t year, int32_t month,
                                    int64_t bonus_fen, int64_t* out_deducted_fen, int64_t* out_carried_fen, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    aftersales::capi::settle_into(person, out_deducted_fen, out_carried_fen, [&] {
      return store->store.settle_penalties(person, aftersales::YearMonth{year, month}, bonus_fen);
    });
  });
}

}  // extern "C"
