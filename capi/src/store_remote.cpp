// C API: calls solved by phone or remotely (issue 28; seeds 003 2.2 遠程協助,
// 001 电话技术服务).
#include <aftersales.h>
#include <aftersales/enum_names.hpp>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"

#include <string>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::RemoteMethod;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::renaming;
using aftersales::capi::require;

namespace {

// AS_REMOTE_* are the table's values (pinned in enum_codes.cpp).
RemoteMethod method(int32_t how) {
  const auto m = aftersales::enum_from_int<RemoteMethod>(how);
  if (!m)
    throw Error(ErrorCode::invalid_argument, "how",
                std::to_string(how) + " is not a remote method (" + aftersales::enum_codes_text<RemoteMethod>() +
                    ": AS_REMOTE_PHONE, AS_REMOTE_SESSION)");
  return *m;
}

}  // namespace

as_status as_store_resolve_remotely(as_store* store, const char* call_id, const char* technician, int32_t how,
                                    int64_t first_response_unix_s, int64_t resolved_unix_s, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(technician, "technician");
    const RemoteMethod m = method(how);
    renaming({{"first_response_at", "first_response_unix_s"}, {"resolved_at", "resolved_unix_s"}}, [&] {
      store->store.resolve_remotely(call_id, technician, m, instant(first_response_unix_s), instant(resolved_unix_s));
    });
  });
}

as_status as_store_record_remote_attempt(as_store* store, const char* call_id, const char* technician, int32_t how,
                                         int64_t at_unix_s, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(technician, "technician");
    const RemoteMethod m = method(how);
    renaming({{"at", "at_unix_s"}},
             [&] { store->store.record_remote_attempt(call_id, technician, m, instant(at_unix_s)); });
  });
}

as_status as_store_remote_contact_json(as_store* store, const char* call_id, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(out_json, "out_json");
    const auto contact = store->store.remote_contact(call_id);
    *out_json = aftersales::capi::malloc_string(contact ? aftersales::to_json(*contact) : std::string("null"));
  });
}
