// as_policy_* and as_store_* (opening the store, calls, contracts and costs):
// C arguments in, aftersales::Policy / Store call, C results out. Field names
// in errors are the C argument names.
#include <aftersales.h>
#include <aftersales/policy.hpp>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "store_names.hpp"

#include <cstddef>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using aftersales::Date;
using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::Policy;
using aftersales::Store;
using aftersales::capi::c_names;
using aftersales::capi::copy_id;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::require;
using aftersales::capi::sized_element;
using aftersales::capi::sized_input;
using aftersales::capi::unix_s;

static_assert(AS_ID_SIZE == 37);

namespace {

std::optional<Date> optional_date(int32_t yyyymmdd, const std::string& field) {
  if (yyyymmdd == 0) return std::nullopt;
  return aftersales::date_from_yyyymmdd(yyyymmdd, field);
}

std::string text_or(const char* s, const char* fallback) { return s ? std::string(s) : std::string(fallback); }

// The *_INIT values, for the fields an older caller's struct lacks.
const as_call_intake intake_defaults = AS_CALL_INTAKE_INIT;
const as_call_record record_defaults = AS_CALL_RECORD_INIT;

// `in` as read at the caller's size (sized_input / sized_element).
aftersales::CallIntake intake_of(const as_call_intake& intake, const std::string& prefix) {
  const as_call_intake* in = &intake;
  const auto field = [&](const char* name) { return prefix.empty() ? std::string(name) : prefix + "." + name; };
  for (const auto& [p, name] : {std::pair{in->customer, "customer"}, std::pair{in->phone, "phone"},
                                std::pair{in->address, "address"}, std::pair{in->zone, "zone"},
                                std::pair{in->product, "product"}, std::pair{in->serial, "serial"}})
    if (p == nullptr) throw Error(ErrorCode::invalid_argument, field(name), "must not be NULL");
  aftersales::CallIntake out;
  out.customer = in->customer;
  out.phone = in->phone;
  out.address = in->address;
  out.zone = in->zone;
  out.product = in->product;
  out.serial = in->serial;
  out.centre = text_or(in->centre, "main");
  out.fault = text_or(in->fault, "");
  if (in->cause) out.cause = in->cause;
  out.received = instant(in->received_unix_s);
  out.purchased = aftersales::date_from_yyyymmdd(in->purchased_yyyymmdd, field("purchased_yyyymmdd"));
  out.delivered = optional_date(in->delivered_yyyymmdd, field("delivered_yyyymmdd"));
  out.installed = optional_date(in->installed_yyyymmdd, field("installed_yyyymmdd"));
  out.internal = in->internal != 0;
  return out;
}

}  // namespace

extern "C" {

// ---------------------------------------------------------------- policy

as_status as_policy_default(const as_calendar* calendar, as_policy** out, as_error** error) {
  return guard(error, [&] {
    require(calendar, "calendar");
    require(out, "out");
    *out = new as_policy(Policy::default_policy(calendar->calendar));
  });
}

as_status as_policy_from_json(const char* json, const as_calendar* calendar, as_policy** out, as_error** error) {
  return guard(error, [&] {
    require(json, "json");
    require(out, "out");
    std::optional<aftersales::Calendar> cal;
    if (calendar) cal = calendar->calendar;
    *out = new as_policy(Policy::from_json(json, cal));
  });
}

as_status as_policy_to_json(const as_policy* policy, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_json, "out_json");
    *out_json = aftersales::capi::malloc_string(policy->policy.to_json());
  });
}

void as_policy_destroy(as_policy* policy) { delete policy; }

// ---------------------------------------------------------------- store

as_status as_store_open(const char* path, const as_policy* policy, const as_store_options* options, as_store** out, as_error** error) {
  return guard(error, [&] {
    require(path, "path");
    require(policy, "policy");
    require(out, "out");
    aftersales::StoreOptions o;
    if (options) {
      aftersales::capi::check_size(options->size, offsetof(as_store_options, mode), "options.size",
                                   "as_store_options", "AS_STORE_OPTIONS_INIT");
      if (options->reserved0 != 0) throw Error(ErrorCode::invalid_argument, "options.reserved0", "must be 0");
      if (options->busy_timeout_ms < 0)
        throw Error(ErrorCode::invalid_argument, "options.busy_timeout_ms",
                    std::to_string(options->busy_timeout_ms) + " is negative");
      o.busy_timeout = std::chrono::milliseconds(options->busy_timeout_ms);
      // The mode is a trailing field: a smaller struct (built before it) is create mode.
      if (options->size >= offsetof(as_store_options, reserved1) + sizeof options->reserved1) {
        if (options->reserved1 != 0) throw Error(ErrorCode::invalid_argument, "options.reserved1", "must be 0");
        o.mode = aftersales::capi::enum_in<aftersales::OpenMode>(options->mode, "options.mode", "AS_STORE_OPEN_*");
      }
      o.synchronous_full = options->synchronous_full != 0;
      if (options->clock) {
        auto* clock = options->clock;
        void* context = options->clock_context;
        o.clock = [clock, context] { return instant(clock(context)); };
      }
    }
    *out = new as_store(Store::open(path, policy->policy, std::move(o)));
  });
}

void as_store_close(as_store* store) { delete store; }

int32_t as_store_schema_version(void) { return Store::schema_version(); }

as_status as_store_recomputed_get(const as_store* store, as_store_recomputed* out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out, "out");
    aftersales::capi::check_size(out->size, sizeof(as_store_recomputed), "out.size", "as_store_recomputed", "AS_STORE_RECOMPUTED_INIT");
    const aftersales::Recomputed& done = store->store.recomputed();
    as_store_recomputed r{};
    r.size = out->size;
    r.calls = done.calls;
    r.deadlines = done.deadlines;
    r.verdicts = done.verdicts;
    r.first_year = done.years.empty() ? 0 : done.years.front();
    r.last_year = done.years.empty() ? 0 : done.years.back();
    std::memcpy(out, &r, sizeof r);
  });
}

as_status as_store_register_call(as_store* store, const as_call_intake* intake, char* out_id, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(intake, "intake");
    require(out_id, "out_id");
    aftersales::ServiceCall c;
    aftersales::capi::members_of("intake", {"store", "out_id"}, [&] {
      const aftersales::CallIntake in = intake_of(sized_input(intake, "intake", intake_defaults), "");
      c = c_names([&] { return store->store.register_call(in); });
    });
    copy_id(c.id, out_id);
  });
}

as_status as_store_register_calls(as_store* store, const as_call_intake* calls, size_t n, char* out_ids, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    if (n > 0) {
      require(calls, "calls");
      require(out_ids, "out_ids");
    }
    std::vector<aftersales::CallIntake> in;
    in.reserve(n);
    for (size_t i = 0; i < n; ++i)
      in.push_back(intake_of(sized_element(calls, i, "calls", intake_defaults), "calls[" + std::to_string(i) + "]"));
    const auto made = c_names([&] { return store->store.register_calls(in); });
    for (size_t i = 0; i < made.size(); ++i)
      if (made[i].id.size() + 1 != AS_ID_SIZE) throw Error(ErrorCode::internal, "id", "not a UUID");
    // Nothing below throws: the ids are written all or nothing.
    for (size_t i = 0; i < made.size(); ++i) std::memcpy(out_ids + i * AS_ID_SIZE, made[i].id.c_str(), AS_ID_SIZE);
  });
}

as_status as_store_import_calls(as_store* store, const as_call_record* calls, size_t n, char* out_ids,
                                size_t* out_imported, size_t* out_skipped, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    if (n > 0) require(calls, "calls");
    std::vector<aftersales::CallRecord> in;
    in.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      const as_call_record r = sized_element(calls, i, "calls", record_defaults);
      const std::string prefix = "calls[" + std::to_string(i) + "]";
      if (r.reserved0 != 0) throw Error(ErrorCode::invalid_argument, prefix + ".reserved0", "must be 0");
      require(r.intake, (prefix + ".intake").c_str());
      aftersales::CallRecord c;
      c.intake = intake_of(sized_input(r.intake, (prefix + ".intake").c_str(), intake_defaults), prefix);
      if (r.external_id) c.external_id = r.external_id;
      if (r.technician) c.technician = r.technician;
      // 0 is "not yet" (the epoch is never a step of a call).
      if (r.dispatched_unix_s != 0) c.dispatched = instant(r.dispatched_unix_s);
      if (r.arrived_unix_s != 0) c.arrived = instant(r.arrived_unix_s);
      if (r.completed_unix_s != 0) c.completed = instant(r.completed_unix_s);
      c.signed_off = r.signed_off != 0;
      in.push_back(std::move(c));
    }
    const aftersales::ImportResult result = c_names([&] { return store->store.import_calls(in); });
    for (const auto& id : result.imported)
      if (id.size() + 1 != AS_ID_SIZE) throw Error(ErrorCode::internal, "id", "not a UUID");
    // Nothing below throws: the outputs are written all or nothing.
    if (out_ids) {
      std::size_t next = 0, skipped = 0;
      for (size_t i = 0; i < n; ++i) {
        char* slot = out_ids + i * AS_ID_SIZE;
        if (skipped < result.skipped.size() && result.skipped[skipped] == i) {
          ++skipped;
          std::memset(slot, 0, AS_ID_SIZE);
        } else {
          std::memcpy(slot, result.imported[next++].c_str(), AS_ID_SIZE);
        }
      }
    }
    if (out_imported) *out_imported = result.imported.size();
    if (out_skipped) *out_skipped = result.skipped.size();
  });
}

as_status as_store_set_property(as_store* store, const char* name, const char* value, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(name, "name");
    require(value, "value");
    store->store.set_property(name, value);
  });
}

as_status as_store_property(as_store* store, const char* name, char** out_value, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(name, "name");
    require(out_value, "out_value");
    const std::optional<std::string> value = store->store.property(name);
    *out_value = value ? aftersales::capi::malloc_string(*value) : nullptr;
  });
}

as_status as_store_dispatch(as_store* store, const char* call_id, const char* technician, int64_t at_unix_s, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(technician, "technician");
    c_names([&] { store->store.dispatch(call_id, technician, instant(at_unix_s)); });
  });
}

as_status as_store_pause(as_store* store, const char* call_id, int64_t at_unix_s, const char* reason, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(reason, "reason");
    c_names([&] { store->store.pause(call_id, instant(at_unix_s), reason); });
  });
}

as_status as_store_resume(as_store* store, const char* call_id, int64_t at_unix_s, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    c_names([&] { store->store.resume(call_id, instant(at_unix_s)); });
  });
}

as_status as_store_arrive(as_store* store, const char* call_id, int64_t at_unix_s, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    c_names([&] { store->store.arrive(call_id, instant(at_unix_s)); });
  });
}

as_status as_store_complete_on_site(as_store* store, const char* call_id, int64_t at_unix_s, int32_t signed_off, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    c_names([&] { store->store.complete_on_site(call_id, instant(at_unix_s), signed_off != 0); });
  });
}

as_status as_store_carry_in(as_store* store, const char* call_id, int64_t at_unix_s, int32_t promised_yyyymmdd,
                            char* receipt_buf, size_t cap, size_t* out_needed, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    if (cap > 0) require(receipt_buf, "receipt_buf");
    const Date promised = aftersales::date_from_yyyymmdd(promised_yyyymmdd, "promised_yyyymmdd");
    const std::string receipt = c_names([&] { return store->store.carry_in(call_id, instant(at_unix_s), promised); });
    aftersales::capi::copy_text(receipt, receipt_buf, cap, out_needed);
  });
}

as_status as_store_record_labour(as_store* store, const char* call_id, const char* technician, int32_t on_yyyymmdd,
                                 int64_t worked_s, const char* description, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(technician, "technician");
    const Date on = aftersales::date_from_yyyymmdd(on_yyyymmdd, "on_yyyymmdd");
    c_names([&] {
      store->store.record_labour(call_id, technician, on, aftersales::Seconds(worked_s),
                                 description ? std::string_view(description) : std::string_view());
    });
  });
}

as_status as_store_record_part(as_store* store, const char* call_id, const char* part, int64_t quantity,
                               int64_t unit_price_fen, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(part, "part");
    c_names([&] { store->store.record_part(call_id, part, quantity, unit_price_fen); });
  });
}

as_status as_store_call(as_store* store, const char* call_id, as_call** out, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(out, "out");
    *out = new as_call(store->store.call(call_id));
  });
}

void as_call_destroy(as_call* call) { delete call; }

as_status as_call_describe(const as_call* call, as_call_info* out, as_error** error) {
  return guard(error, [&] {
    require(call, "call");
    require(out, "out");
    aftersales::capi::check_size(out->size, sizeof(as_call_info), "out.size", "as_call_info", "AS_CALL_INFO_INIT");
    const aftersales::ServiceCall& c = call->call;
    as_call_info r{};
    r.size = out->size;
    r.id = c.id.c_str();
    r.voucher = c.voucher.c_str();
    r.customer_id = c.customer_id.c_str();
    r.unit_id = c.unit_id.c_str();
    r.customer = c.customer.c_str();
    r.phone = c.phone.c_str();
    r.address = c.address.c_str();
    r.zone = c.zone.c_str();
    r.centre = c.centre.c_str();
    r.product = c.product.c_str();
    r.serial = c.serial.c_str();
    r.fault = c.fault.c_str();
    r.category = aftersales::to_string(c.category);
    r.category_rule = c.category_rule.c_str();
    r.technician = c.technician ? c.technician->c_str() : nullptr;
    r.received_unix_s = unix_s(c.received);
    r.deadline_unix_s = unix_s(c.deadline);
    r.dispatched_unix_s = c.dispatched ? unix_s(*c.dispatched) : 0;
    r.arrived_unix_s = c.arrived ? unix_s(*c.arrived) : 0;
    r.completed_unix_s = c.completed ? unix_s(*c.completed) : 0;
    r.state = static_cast<int32_t>(c.state);
    r.sla_met = c.sla_met ? (*c.sla_met ? 1 : 0) : -1;
    r.signed_off = c.signed_off ? (*c.signed_off ? 1 : 0) : -1;
    std::memcpy(out, &r, sizeof r);
  });
}

// ---------------------------------------------------------------- contracts, costs

as_status as_store_add_contract(as_store* store, const as_contract_intake* contract, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(contract, "contract");
    // Errors name the member as the caller reaches it: "contract.number".
    aftersales::capi::members_of("contract", {"store"}, [&] {
    static const as_contract_intake defaults = AS_CONTRACT_INTAKE_INIT;
    const as_contract_intake read = sized_input(contract, "contract", defaults);  // at the caller's size
    contract = &read;
    if (contract->reserved0 != 0) throw Error(ErrorCode::invalid_argument, "contract.reserved0", "must be 0");
    for (const auto& [p, name] : {std::pair{contract->number, "number"}, std::pair{contract->customer, "customer"},
                                  std::pair{contract->phone, "phone"}, std::pair{contract->address, "address"},
                                  std::pair{contract->product, "product"}, std::pair{contract->serial, "serial"}})
      if (p == nullptr) throw Error(ErrorCode::invalid_argument, name, "must not be NULL");
    if (contract->n_extra_causes > 0) require(contract->extra_causes, "extra_causes");
    aftersales::ContractIntake c;
    c.number = contract->number;
    c.customer = contract->customer;
    c.phone = contract->phone;
    c.address = contract->address;
    c.product = contract->product;
    c.serial = contract->serial;
    c.purchased = aftersales::date_from_yyyymmdd(contract->purchased_yyyymmdd, "purchased_yyyymmdd");
    c.extended = contract->extended != 0;
    // Every field as given (a date of 0: none); the core refuses the fields
    // of the other kind, as it does for C++ and Python callers.
    if (c.extended) c.years = contract->years;
    if (contract->own_charges != 0)
      c.charges = aftersales::ContractCharges{contract->pays_call_out != 0, contract->pays_labour != 0,
                                              contract->pays_parts != 0};
    for (size_t i = 0; i < contract->n_extra_causes; ++i) {
      if (contract->extra_causes[i] == nullptr)
        throw Error(ErrorCode::invalid_argument, "extra_causes[" + std::to_string(i) + "]", "must not be NULL");
      c.extra_causes.emplace_back(contract->extra_causes[i]);
    }
    if (contract->start_yyyymmdd != 0)
      c.start = aftersales::date_from_yyyymmdd(contract->start_yyyymmdd, "start_yyyymmdd");
    if (contract->end_yyyymmdd != 0) c.end = aftersales::date_from_yyyymmdd(contract->end_yyyymmdd, "end_yyyymmdd");
    aftersales::capi::renaming({{"end", "end_yyyymmdd"}, {"start", "start_yyyymmdd"}, {"purchased", "purchased_yyyymmdd"},
                                {"charges", "own_charges"}},
                               [&] { store->store.add_contract(c); });
    });
  });
}

as_status as_store_renew_contract(as_store* store, const char* number, const char* new_number, int32_t years,
                                  int32_t months, int32_t days, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(new_number, "new_number");
    store->store.renew_contract(number, new_number, aftersales::Period{days, months, years});
  });
}

as_status as_store_issue_expiry_notices_json(as_store* store, int32_t on_yyyymmdd, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const aftersales::Date on = aftersales::date_from_yyyymmdd(on_yyyymmdd, "on_yyyymmdd");
    const std::vector<std::string> due = store->store.issue_expiry_notices(on);
    const std::string json = aftersales::to_json(std::span<const std::string>(due));
    *out_json = aftersales::capi::malloc_string(json);
  });
}

as_status as_store_set_region(as_store* store, const char* centre, const char* region, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(centre, "centre");
    require(region, "region");
    store->store.set_region(centre, region);
  });
}

as_status as_store_set_budget(as_store* store, const char* centre, int32_t year, int32_t month, const char* kind,
                              int64_t amount_fen, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(centre, "centre");
    require(kind, "kind");
    aftersales::capi::renaming({{"amount", "amount_fen"}}, [&] {
      store->store.set_budget(centre, aftersales::YearMonth{year, month}, kind, amount_fen);
    });
  });
}

as_status as_store_record_cost(as_store* store, const char* centre, int32_t year, int32_t month, const char* kind,
                               int64_t amount_fen, const char* note, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(centre, "centre");
    require(kind, "kind");
    aftersales::capi::renaming({{"amount", "amount_fen"}}, [&] {
      store->store.record_cost(centre, aftersales::YearMonth{year, month}, kind, amount_fen,
                               note ? std::string_view(note) : std::string_view());
    });
  });
}


}  // extern "C"
