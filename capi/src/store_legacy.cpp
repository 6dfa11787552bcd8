// C API: the returns and surveys whose C meaning issue 28 kept while the C++
// operations changed (the header's Stability block: "A changed behaviour
// gets a new function"; STYLE: an existing function keeps its meaning).
//   as_store_return_goods (deprecated): the goods go back without the
//     supervisor's inspection, as in 0.2.0; as_store_return_inspected_goods
//     applies service.inspection_before_return (seeds/002 (十二)), as
//     Store::return_goods does.
//   as_store_record_survey: only a call completed by a visit, not before its
//     completion, as in 0.2.0; as_store_record_survey_comment takes any call
//     (seeds/002 (二十三)), as Store::record_survey does.
//   as_store_advance_complaint: also closes the approval stage, as in 0.2.0
//     (no approval record); Store::advance_complaint refuses it when the
//     policy has approval levels, and as_store_approve_complaint closes it
//     with the approver's authority checked (seeds/002 (九)6, (九)11).
// The 0.2.0 meanings are each one Store operation (one clock reading, one
// transaction), reached through Store's friend StoreLegacyC.
#include <aftersales.h>
#include <aftersales/store.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "store_names.hpp"

#include <string_view>

using aftersales::capi::c_names;
using aftersales::capi::guard;
using aftersales::capi::instant;
using aftersales::capi::require;

namespace aftersales {

// The one way to the 0.2.0 meanings (store.hpp's private overloads).
struct StoreLegacyC {
  static void return_goods(Store& s, const Id& call_id, Instant at, bool signed_off) {
    s.return_goods(call_id, at, signed_off, Store::Meaning::c_0_2_0);
  }
  static void record_survey(Store& s, const Id& call_id, const SurveyAnswers& answers, std::string_view respondent,
                            Instant at) {
    s.record_survey(call_id, answers, respondent, at, {}, Store::Meaning::c_0_2_0);
  }
  static Complaint advance_complaint(Store& s, std::string_view number, Instant at) {
    return s.advance_complaint(number, at, AdvanceOptions{}, "", Store::Meaning::c_0_2_0);
  }
};

}  // namespace aftersales

as_status as_store_return_goods(as_store* store, const char* call_id, int64_t at_unix_s, int32_t signed_off,
                                as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    c_names([&] {
      aftersales::StoreLegacyC::return_goods(store->store, call_id, instant(at_unix_s), signed_off != 0);
    });
  });
}

as_status as_store_return_inspected_goods(as_store* store, const char* call_id, int64_t at_unix_s, int32_t signed_off,
                                          as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    c_names([&] { store->store.return_goods(call_id, instant(at_unix_s), signed_off != 0); });
  });
}

as_status as_store_advance_complaint(as_store* store, const char* number, int64_t at_unix_s, as_complaint** out,
                                     as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(number, "number");
    require(out, "out");
    *out = new as_complaint(
        c_names([&] { return aftersales::StoreLegacyC::advance_complaint(store->store, number, instant(at_unix_s)); }));
  });
}

namespace {

// Both survey functions: the 0.2.0 meaning (completed by a visit) or any call.
as_status record_survey(as_store* store, const char* call_id, int32_t attitude, int32_t skill, int32_t arrival,
                        int32_t promise, const char* respondent, const char* comment, int64_t at_unix_s,
                        bool as_in_0_2_0, as_error** error) {
  return guard(error, [&] {
    require(store, "store");
    require(call_id, "call_id");
    require(respondent, "respondent");
    const aftersales::SurveyAnswers answers = aftersales::survey_answers(attitude, skill, arrival, promise);
    c_names([&] {
      if (as_in_0_2_0)
        aftersales::StoreLegacyC::record_survey(store->store, call_id, answers, respondent, instant(at_unix_s));
      else
        store->store.record_survey(call_id, answers, respondent, instant(at_unix_s),
                                   comment ? std::string_view(comment) : std::string_view());
    });
  });
}

}  // namespace

as_status as_store_record_survey(as_store* store, const char* call_id, int32_t attitude, int32_t skill,
                                 int32_t arrival, int32_t promise, const char* respondent, int64_t at_unix_s,
                                 as_error** error) {
  return record_survey(store, call_id, attitude, skill, arrival, promise, respondent, nullptr, at_unix_s, true, error);
}

as_status as_store_record_survey_comment(as_store* store, const char* call_id, int32_t attitude, int32_t skill,
                                         int32_t arrival, int32_t promise, const char* respondent, const char* comment,
                                         int64_t at_unix_s, as_error** error) {
  return record_survey(store, call_id, attitude, skill, arrival, promise, respondent, comment, at_unix_s, false,
                       error);
}
