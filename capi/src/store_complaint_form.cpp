// C API: the complaint form in the store (issue 29; seeds/002 客戶投訴管理辦法
// (九)1-6, (七)4(2)): the form's facts, the entries, a deciding advance, the
// register, and a complaint's standing.
#include <aftersales.h>
#include <aftersales/enum_names.hpp>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "store_names.hpp"

#include <optional>
#include <string>
#include <vector>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::renaming;
using aftersales::capi::require;

namespace {

std::optional<std::string> text_in(const char* s) { return s ? std::optional<std::string>(s) : std::nullopt; }

void check_reserved(int32_t reserved, const char* field) {
  if (reserved != 0) throw Error(ErrorCode::invalid_argument, field, std::to_string(reserved) + " is not 0 (reserved)");
}

}  // namespace

extern "C" {

as_status as_store_record_complaint_form(as_store* store, const char* number, const as_complaint_form* form,
                                         const char* by, int64_t at_unix_s, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(form, "form");
    require(by, "by");
    static const as_complaint_form defaults = AS_COMPLAINT_FORM_INIT;
    const as_complaint_form f = aftersales::capi::sized_input(form, "form", defaults);  // at the caller's size
    aftersales::ComplaintForm in;
    // Errors name the member as the caller reaches it: "form.quantity".
    aftersales::capi::members_of("form", {"number", "by", "at_unix_s"}, [&] {
      check_reserved(f.reserved, "reserved");
      in.customer = text_in(f.customer);
      in.order_number = text_in(f.order_number);
      in.part_number = text_in(f.part_number);
      in.customer_request = text_in(f.customer_request);
      if (f.quantity_determined) in.quantity = f.quantity;
      if (f.defective_quantity_determined) in.defective_quantity = f.defective_quantity;
      if (f.shipped_yyyymmdd) in.shipped = aftersales::date_from_yyyymmdd(f.shipped_yyyymmdd, "shipped_yyyymmdd");
      in.request_pending = f.request_pending != 0;
      in.sample_sent = f.sample_sent != 0;
      renaming({{"at", "at_unix_s"}, {"shipped", "shipped_yyyymmdd"}},
               [&] { (void)store->store.record_complaint_form(number, in, by, instant(at_unix_s)); });
    });
  });
}

as_status as_store_complaint_form_json(as_store* store, const char* number, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out_json, "out_json");
    const auto form = store->store.complaint_form(number);
    *out_json = aftersales::capi::malloc_string(form ? aftersales::to_json(*form) : std::string("null"));
  });
}

as_status as_store_record_complaint_entry(as_store* store, const char* number, const as_complaint_entry* entry,
                                          char* id_buf, size_t cap, size_t* out_needed, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(entry, "entry");
    static const as_complaint_entry defaults = AS_COMPLAINT_ENTRY_INIT;
    const as_complaint_entry e = aftersales::capi::sized_input(entry, "entry", defaults);
    std::string id;
    aftersales::capi::members_of("entry", {"number"}, [&] {
      check_reserved(e.reserved, "reserved");
      aftersales::ComplaintEntryInput in;
      in.field = aftersales::capi::enum_in<aftersales::ComplaintField>(e.field, "field", "AS_COMPLAINT_FIELD_*");
      require(e.text, "text");
      require(e.author, "author");
      in.text = e.text;
      in.author = e.author;
      in.at = instant(e.at_unix_s);
      id = renaming({{"at", "at_unix_s"}}, [&] { return store->store.record_complaint_entry(number, in).id; });
    });
    if (id_buf || out_needed) aftersales::capi::copy_text(id, id_buf, cap, out_needed);
  });
}

as_status as_store_complaint_entries_json(as_store* store, const char* number, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out_json, "out_json");
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(store->store.complaint_entries(number)));
  });
}

as_status as_store_advance_complaint_deciding(as_store* store, const char* number, int64_t at_unix_s,
                                              size_t n_call_for, const char* const* call_for, const char* by,
                                              as_complaint** out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out, "out");
    if (n_call_for > 0) require(call_for, "call_for");
    aftersales::AdvanceOptions options;
    for (size_t i = 0; i < n_call_for; ++i) {
      const std::string field = "call_for[" + std::to_string(i) + "]";
      require(call_for[i], field.c_str());
      options.call_for.emplace_back(call_for[i]);
    }
    const std::string who = by ? by : "";
    *out = new as_complaint(aftersales::capi::c_names(
        [&] { return store->store.advance_complaint(number, instant(at_unix_s), options, who); }));
  });
}

as_status as_store_complaint_register_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                           const int64_t* as_of_unix_s, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const aftersales::Instant from = from_unix_s ? instant(*from_unix_s) : aftersales::earliest_record;
    const aftersales::Instant to = to_unix_s ? instant(*to_unix_s) : aftersales::latest_record;
    std::optional<aftersales::Instant> as_of;
    if (as_of_unix_s) as_of = instant(*as_of_unix_s);
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(store->store.complaint_register(from, to, as_of)));
  });
}

as_status as_complaint_standing(const as_complaint_policy* policy, const as_complaint* complaint, int64_t now_unix_s,
                                int32_t* out_standing, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(complaint, "complaint");
    require(out_standing, "out_standing");
    *out_standing = static_cast<int32_t>(policy->policy.standing(complaint->complaint, instant(now_unix_s)));
  });
}

}  // extern "C"
