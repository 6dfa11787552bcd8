// C API: approval by authority level and improvement actions (issue 29;
// seeds/002 (九)6, (九)11, (七)3(5), (九)7).
#include <aftersales.h>
#include <aftersales/enum_names.hpp>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"

#include <cstring>
#include <string>
#include <vector>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::capi::copy_id;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::members_of;
using aftersales::capi::renaming;
using aftersales::capi::require;
using aftersales::capi::sized_element;
using aftersales::capi::sized_input;

namespace {

// The C intake as the C++ one (fields named as the C++ core names them;
// the caller renames them to their C spelling).
aftersales::ImprovementIntake improvement_of(const as_improvement_intake* p, const char* name) {
  static const as_improvement_intake defaults = AS_IMPROVEMENT_INTAKE_INIT;
  const as_improvement_intake in = sized_input(p, name, defaults);
  if (in.reserved0 != 0) throw Error(ErrorCode::invalid_argument, "reserved0", "must be 0");
  if (in.action == nullptr) throw Error(ErrorCode::invalid_argument, "action", "must not be NULL");
  if (in.owner == nullptr) throw Error(ErrorCode::invalid_argument, "owner", "must not be NULL");
  aftersales::ImprovementIntake out;
  out.action = in.action;
  out.owner = in.owner;
  out.due = aftersales::date_from_yyyymmdd(in.due_yyyymmdd, "due_yyyymmdd");
  out.opened = instant(in.opened_unix_s);
  return out;
}

const aftersales::capi::Names improvement_names = {{"due", "due_yyyymmdd"}, {"opened", "opened_unix_s"}};

}  // namespace

as_status as_store_approve_complaint(as_store* store, const char* number, const as_approval_intake* approval,
                                     char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(approval, "approval");
    require(out_json, "out_json");
    std::string json;
    members_of("approval", {"store", "number", "out_json", "complaint", "policy.complaints.approval"}, [&] {
      static const as_approval_intake defaults = AS_APPROVAL_INTAKE_INIT;
      const as_approval_intake in = sized_input(approval, "approval", defaults);
      if (in.level == nullptr) throw Error(ErrorCode::invalid_argument, "level", "must not be NULL");
      if (in.approver == nullptr) throw Error(ErrorCode::invalid_argument, "approver", "must not be NULL");
      if (in.line_count > 0 && in.lines == nullptr)
        throw Error(ErrorCode::invalid_argument, "lines", "must not be NULL when line_count > 0");
      aftersales::ApprovalIntake a;
      a.level = in.level;
      a.approver = in.approver;
      a.at = instant(in.at_unix_s);
      static const as_decision_line line_defaults = AS_DECISION_LINE_INIT;
      for (std::size_t i = 0; i < in.line_count; ++i) {
        const as_decision_line l = sized_element(in.lines, i, "lines", line_defaults);
        const std::string f = "lines[" + std::to_string(i) + "]";
        if (l.reserved0 != 0) throw Error(ErrorCode::invalid_argument, f + ".reserved0", "must be 0");
        a.lines.push_back({aftersales::capi::enum_in<aftersales::CommitmentKind>(l.kind, f + ".kind",
                                                                                  "AS_COMMITMENT_*"),
                           l.quantity, l.unit_price_fen});
      }
      const aftersales::ComplaintApproval done = [&] {
        try {
          return store->store.approve_complaint(number, a);
        } catch (const Error& e) {
          const std::string& f = e.field();
          if (f == "at") throw Error(e.code(), "at_unix_s", e.message());
          if (f.size() > 11 && f.compare(f.size() - 11, 11, ".unit_price") == 0)
            throw Error(e.code(), f + "_fen", e.message());
          throw;
        }
      }();
      json = aftersales::to_json(done);
    });
    *out_json = aftersales::capi::malloc_string(json);
  });
}

as_status as_store_complaint_approval_json(as_store* store, const char* number, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out_json, "out_json");
    const auto a = store->store.complaint_approval(number);
    *out_json = aftersales::capi::malloc_string(a ? aftersales::to_json(*a) : std::string("null"));
  });
}

as_status as_store_open_improvement(as_store* store, const char* number, const as_improvement_intake* improvement,
                                    char* out_id, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(improvement, "improvement");
    require(out_id, "out_id");
    aftersales::Improvement m;
    members_of("improvement", {"store", "number", "out_id"}, [&] {
      renaming(improvement_names, [&] {
        m = store->store.open_improvement(number, improvement_of(improvement, "improvement"));
      });
    });
    copy_id(m.id, out_id);
  });
}

as_status as_store_confirm_improvement(as_store* store, const char* id, const char* by, int64_t at_unix_s,
                                       as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(id, "id");
    require(by, "by");
    renaming({{"at", "at_unix_s"}}, [&] { (void)store->store.confirm_improvement(id, by, instant(at_unix_s)); });
  });
}

as_status as_store_reopen_improvement(as_store* store, const char* id, const char* by, int64_t at_unix_s,
                                      const as_improvement_intake* reopened, char* out_id, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(id, "id");
    require(by, "by");
    require(reopened, "reopened");
    require(out_id, "out_id");
    aftersales::Improvement m;
    renaming({{"at", "at_unix_s"}, {"reopened.due", "reopened.due_yyyymmdd"}}, [&] {
      aftersales::ImprovementIntake in;
      members_of("reopened", {}, [&] { renaming(improvement_names, [&] { in = improvement_of(reopened, "reopened"); }); });
      m = store->store.reopen_improvement(id, by, instant(at_unix_s), in);
    });
    copy_id(m.id, out_id);
  });
}

as_status as_store_exempt_from_tracking(as_store* store, const char* number, int32_t reason, const char* decided_by,
                                        int64_t at_unix_s, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(decided_by, "decided_by");
    const auto r = aftersales::capi::enum_in<aftersales::TrackingExemption>(reason, "reason", "AS_TRACKING_EXEMPT_*");
    renaming({{"at", "at_unix_s"}},
             [&] { (void)store->store.exempt_from_tracking(number, r, decided_by, instant(at_unix_s)); });
  });
}

as_status as_store_improvements_json(as_store* store, const char* number, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto all = number ? store->store.improvements(std::string_view(number)) : store->store.improvements();
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(std::span<const aftersales::Improvement>(all)));
  });
}

as_status as_store_open_improvements_json(as_store* store, int64_t as_of_unix_s, int32_t overdue_only,
                                          char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const auto list = renaming({{"now", "as_of_unix_s"}}, [&] {
      return overdue_only ? store->store.overdue_improvements(instant(as_of_unix_s))
                          : store->store.open_improvements(instant(as_of_unix_s));
    });
    *out_json = aftersales::capi::malloc_string(aftersales::to_json(std::span<const aftersales::Improvement>(list)));
  });
}

as_status as_store_tracking_exemption_json(as_store* store, const char* number, char** out_json, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out_json, "out_json");
    const auto r = store->store.tracking_exemption(number);
    *out_json = aftersales::capi::malloc_string(r ? aftersales::to_json(*r) : std::string("null"));
  });
}

as_status as_store_improvement_statistics_json(as_store* store, int32_t year, int32_t month, char** out_json,
                                               as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(out_json, "out_json");
    const aftersales::ComplaintStatistics st = store->store.complaint_statistics(aftersales::YearMonth{year, month});
    const std::string json = "{\"due\": \"" + aftersales::format_date(st.due) + "\", \"open\": " +
                             aftersales::to_json(std::span<const aftersales::Improvement>(st.open_improvements)) +
                             ", \"overdue\": " +
                             aftersales::to_json(std::span<const aftersales::Improvement>(st.overdue_improvements)) +
                             "}";
    *out_json = aftersales::capi::malloc_string(json);
  });
}
