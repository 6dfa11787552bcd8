// C API: bills, invoices and payments (issue 28; seeds/002 (十), (十三), 第三篇).
#include <aftersales.h>
#include <aftersales/enum_names.hpp>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "store_names.hpp"

#include <cstring>
#include <string>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::capi::c_names;
using aftersales::capi::guard;
using aftersales::capi::malloc_string;
using aftersales::capi::require;
using aftersales::capi::sized_input;

namespace {

aftersales::Instant instant(int64_t s) { return aftersales::Instant(aftersales::Seconds(s)); }

std::pair<aftersales::Instant, aftersales::Instant> period(const int64_t* from_unix_s, const int64_t* to_unix_s) {
  return {from_unix_s ? instant(*from_unix_s) : aftersales::earliest_record,
          to_unix_s ? instant(*to_unix_s) : aftersales::latest_record};
}

}  // namespace

extern "C" {

as_status as_store_bill_call(as_store* store, const char* call_id, int64_t at_unix_s, char** out_json,
                             as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(out_json, "out_json");
    const aftersales::Bill b = c_names([&] { return store->store.bill_call(call_id, instant(at_unix_s)); });
    *out_json = malloc_string(aftersales::to_json(b));
  });
}

as_status as_store_issue_invoice(as_store* store, const char* call_id, int64_t at_unix_s, char** out_json,
                                 as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(out_json, "out_json");
    const aftersales::Bill b = c_names([&] { return store->store.issue_invoice(call_id, instant(at_unix_s)); });
    *out_json = malloc_string(aftersales::to_json(b));
  });
}

as_status as_store_record_payment(as_store* store, const as_payment* payment, char* out_id, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(payment, "payment");
    require(out_id, "out_id");
    aftersales::Id id;
    // Errors name the member as the caller reaches it: "payment.amount_fen".
    aftersales::capi::members_of("payment", {"store", "out_id"}, [&] {
      static const as_payment defaults = AS_PAYMENT_INIT;
      const as_payment in = sized_input(payment, "payment", defaults);
      if (in.reserved0 != 0) throw Error(ErrorCode::invalid_argument, "reserved0", "must be 0");
      if (in.call_id == nullptr) throw Error(ErrorCode::invalid_argument, "call_id", "must not be NULL");
      // The codes are pinned to the table (enum_codes.cpp).
      const auto method = aftersales::enum_from_int<aftersales::PaymentMethod>(in.method);
      if (!method)
        throw Error(ErrorCode::invalid_argument, "method",
                    std::to_string(in.method) + " is not a payment method (" +
                        aftersales::enum_codes_text<aftersales::PaymentMethod>() + ")");
      id = aftersales::capi::renaming({{"amount", "amount_fen"}, {"at", "at_unix_s"}}, [&] {
        return store->store.record_payment(in.call_id, *method, in.amount_fen, instant(in.at_unix_s));
      });
    });
    aftersales::capi::copy_id(id, out_id);
  });
}

as_status as_store_bill_json(as_store* store, const char* call_id, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(out_json, "out_json");
    *out_json = malloc_string(aftersales::to_json(store->store.bill(call_id)));
  });
}

as_status as_store_bills_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s, char** out_json,
                              as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto [from, to] = period(from_unix_s, to_unix_s);
    *out_json = malloc_string(aftersales::to_json(store->store.bills(from, to)));
  });
}

as_status as_store_receivables_json(as_store* store, int64_t as_of_unix_s, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    *out_json = malloc_string(aftersales::to_json(store->store.receivables(instant(as_of_unix_s))));
  });
}

as_status as_store_overdue_invoices_json(as_store* store, int32_t on_yyyymmdd, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const aftersales::Date on = aftersales::date_from_yyyymmdd(on_yyyymmdd, "on_yyyymmdd");
    *out_json = malloc_string(aftersales::to_json(store->store.overdue_invoices(on)));
  });
}

as_status as_store_payments_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                 char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto [from, to] = period(from_unix_s, to_unix_s);
    *out_json = malloc_string(aftersales::to_json(store->store.payments(from, to)));
  });
}

}  // extern "C"
