// C API: homes in the store and their guarantee-expiry notices (issue 27;
// seed 001 (五): 公告住房保修期届满的业主, 及时检查发现问题).
#include <aftersales.h>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"

#include <cstring>
#include <span>
#include <string>
#include <vector>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::capi::guard;
using aftersales::capi::require;
using aftersales::capi::sized_input;

as_status as_store_add_home(as_store* store, const as_home_intake* home, char* out_id, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(home, "home");
    require(out_id, "out_id");
    aftersales::Id id;
    // Errors name the member as the caller reaches it: "home.handover_yyyymmdd".
    aftersales::capi::members_of("home", {"store", "out_id"}, [&] {
      static const as_home_intake defaults = AS_HOME_INTAKE_INIT;
      const as_home_intake in = sized_input(home, "home", defaults);  // at the caller's size
      if (in.reserved0 != 0) throw Error(ErrorCode::invalid_argument, "reserved0", "must be 0");
      for (const auto& [p, name] : {std::pair{in.owner, "owner"}, std::pair{in.phone, "phone"},
                                    std::pair{in.address, "address"}, std::pair{in.serial, "serial"}})
        if (p == nullptr) throw Error(ErrorCode::invalid_argument, name, "must not be NULL");
      aftersales::HomeIntake h;
      h.owner = in.owner;
      h.phone = in.phone;
      h.address = in.address;
      if (in.product != nullptr) h.product = in.product;
      h.serial = in.serial;
      h.completed = aftersales::date_from_yyyymmdd(in.completed_yyyymmdd, "completed_yyyymmdd");
      h.handover = aftersales::date_from_yyyymmdd(in.handover_yyyymmdd, "handover_yyyymmdd");
      if (in.design_life_years != 0) h.design_life_years = in.design_life_years;  // 0: not given
      if (in.repairer != nullptr) h.repairer = std::string(in.repairer);
      id = aftersales::capi::renaming({{"completed", "completed_yyyymmdd"}, {"handover", "handover_yyyymmdd"}},
                                      [&] { return store->store.add_home(h); });
    });
    aftersales::capi::copy_id(id, out_id);
  });
}

as_status as_store_issue_housing_expiry_notices_json(as_store* store, int32_t on_yyyymmdd, char** out_json,
                                                     as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const aftersales::Date on = aftersales::date_from_yyyymmdd(on_yyyymmdd, "on_yyyymmdd");
    const std::vector<aftersales::HousingNotice> due = store->store.issue_housing_expiry_notices(on);
    const std::string json = aftersales::to_json(std::span<const aftersales::HousingNotice>(due));
    *out_json = aftersales::capi::malloc_string(json);
  });
}
