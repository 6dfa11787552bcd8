// C API: the complaining customer told and visited (seeds/002 家電
// (二十六), (二十八)) and administrative penalties on record (行政處罰準則
// (四)-(六), 投訴 (十二)1) — issue 29 items 5 and 6.
#include <aftersales.h>
#include <aftersales/enum_names.hpp>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "settle.hpp"

#include <cstring>
#include <string>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::capi::copy_id;
using aftersales::capi::enum_in;
using aftersales::capi::guard;
using aftersales::capi::malloc_string;
using aftersales::capi::require;
using aftersales::capi::sized_input;

extern "C" {

as_status as_store_record_contact(as_store* store, const as_contact* contact, char* out_id, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(contact, "contact");
    require(out_id, "out_id");
    aftersales::Id id;
    // Errors name the member as the caller reaches it: "contact.at_unix_s".
    aftersales::capi::members_of("contact", {"store", "out_id"}, [&] {
      static const as_contact defaults = AS_CONTACT_INIT;
      const as_contact in = sized_input(contact, "contact", defaults);
      if (in.number == nullptr) throw Error(ErrorCode::invalid_argument, "number", "must not be NULL");
      if (in.by == nullptr) throw Error(ErrorCode::invalid_argument, "by", "must not be NULL");
      aftersales::ContactIntake c;
      c.kind = enum_in<aftersales::ContactKind>(in.kind, "kind", "AS_CONTACT_KIND_*");
      c.how = enum_in<aftersales::ContactMethod>(in.how, "how", "AS_CONTACT_HOW_*");
      c.by = in.by;
      c.at = aftersales::Instant(aftersales::Seconds(in.at_unix_s));
      c.note = in.note ? in.note : "";
      if (in.reserved0 != 0) throw Error(ErrorCode::invalid_argument, "reserved0", "must be 0");
      if (in.has_amount) c.amount = in.amount_fen;
      id = aftersales::capi::renaming({{"at", "at_unix_s"}, {"amount", "amount_fen"}},
                                      [&] { return store->store.record_contact(in.number, c); });
    });
    copy_id(id, out_id);
  });
}

as_status as_store_contacts_json(as_store* store, const char* number, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out_json, "out_json");
    *out_json = malloc_string(aftersales::to_json(store->store.contacts(number)));
  });
}

as_status as_store_record_admin_penalty(as_store* store, const as_admin_penalty* penalty, char* out_id,
                                        as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(penalty, "penalty");
    require(out_id, "out_id");
    aftersales::Id id;
    aftersales::capi::members_of("penalty", {"store", "out_id"}, [&] {
      static const as_admin_penalty defaults = AS_ADMIN_PENALTY_INIT;
      const as_admin_penalty in = sized_input(penalty, "penalty", defaults);
      if (in.reserved0 != 0) throw Error(ErrorCode::invalid_argument, "reserved0", "must be 0");
      if (in.reserved1 != 0) throw Error(ErrorCode::invalid_argument, "reserved1", "must be 0");
      for (const auto& [text, field] : {std::pair{in.person, "person"}, std::pair{in.case_number, "case_number"},
                                        std::pair{in.offence, "offence"}, std::pair{in.notice_number, "notice_number"}})
        if (text == nullptr) throw Error(ErrorCode::invalid_argument, field, "must not be NULL");
      aftersales::AdminPenaltyIntake p;
      p.person = in.person;
      p.case_number = in.case_number;
      p.offence = in.offence;
      p.kind = enum_in<aftersales::AdminPenalty>(in.kind, "kind", "AS_ADMIN_*");
      p.count = in.count;
      if (in.has_amount) p.amount = in.amount_fen;
      p.notice_number = in.notice_number;
      p.notice_date = aftersales::date_from_yyyymmdd(in.notice_yyyymmdd, "notice_yyyymmdd");
      p.month = aftersales::YearMonth{in.year, in.month};
      id = aftersales::capi::renaming({{"amount", "amount_fen"}, {"notice_date", "notice_yyyymmdd"}},
                                      [&] { return store->store.record_admin_penalty(p); });
    });
    copy_id(id, out_id);
  });
}

as_status as_store_admin_penalties_json(as_store* store, const char* person, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    *out_json = malloc_string(aftersales::to_json(
        store->store.admin_penalties(person ? std::optional<std::string_view>(person) : std::nullopt)));
  });
}

as_status as_store_settle_penalties_admin(as_store* store, const char* person, int32_t year, int32_t month,
                                          int64_t bonus_fen, as_penalty_settlement* out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    aftersales::capi::settle_admin_into(person, out, [&] {
      return store->store.settle_penalties(person, aftersales::YearMonth{year, month}, bonus_fen);
    });
  });
}

as_status as_store_contact_statistics_json(as_store* store, int32_t year, int32_t month, char** out_json,
                                           as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    *out_json = malloc_string(
        aftersales::contact_statistics_json(store->store.complaint_statistics(aftersales::YearMonth{year, month})));
  });
}

}  // extern "C"
