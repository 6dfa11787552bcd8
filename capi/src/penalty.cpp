// The C API of penalties: splits, the penalty policy and the ledger.
#include <aftersales.h>
#include <aftersales/penalty.hpp>

#include "common.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "settle.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using aftersales::Error;
using aftersales::ErrorCode;
using aftersales::Fen;
using aftersales::PenaltyPolicy;
using aftersales::Weight;
using aftersales::YearMonth;
using aftersales::capi::guard;
using aftersales::capi::require;

namespace {

// Calls `split` on the C arrays; writes out_fen only when it succeeded.
template <class Split>
as_status split_c(int64_t amount_fen, size_t n, const char* const* parties, const int64_t* weights, int64_t* out_fen,
                  const char* field, as_error** error, Split split) {
  return guard(error, [&] {
    if (n > 0) {
      require(parties, "parties");
      require(weights, field);
      require(out_fen, "out_fen");
    }
    const std::vector<aftersales::Share> shares = split(amount_fen, aftersales::capi::weights_of(n, parties, weights));
    for (size_t i = 0; i < n; ++i) out_fen[i] = shares[i].amount;
  });
}

YearMonth year_month(int32_t year, int32_t month) {
  if (month < 1 || month > 12 || year < aftersales::min_year || year > aftersales::max_year)
    throw Error(ErrorCode::invalid_argument, "month",
                std::to_string(year) + "-" + std::to_string(month) + " is not a month of 1970..2199");
  return YearMonth{year, month};
}

}  // namespace

extern "C" {

as_status as_split_by_ratios(int64_t amount_fen, size_t n, const char* const* parties, const int64_t* ratios,
                             int64_t* out_fen, as_error** error) {
  return split_c(amount_fen, n, parties, ratios, out_fen, "ratios", error,
                 [](Fen a, const std::vector<Weight>& w) { return aftersales::split_by_ratios(a, w); });
}

as_status as_split_by_points(int64_t amount_fen, size_t n, const char* const* parties, const int64_t* points,
                             int64_t* out_fen, as_error** error) {
  return split_c(amount_fen, n, parties, points, out_fen, "points", error,
                 [](Fen a, const std::vector<Weight>& w) { return aftersales::split_by_points(a, w); });
}

as_status as_attribute(const char* function, const char* person, const char* group, const char* unit,
                       char* name_buf, size_t name_cap, size_t* out_name_needed, int32_t* out_level, as_error** error) {
  return guard(error, [&] {
    require(function, "function");
    require(unit, "unit");
    require(out_level, "out_level");
    if (name_cap > 0) require(name_buf, "name_buf");
    auto optional_text = [](const char* s) { return s ? std::optional<std::string_view>(s) : std::nullopt; };
    const aftersales::Bearer b =
        aftersales::attribute(aftersales::parse_function(function), optional_text(person), optional_text(group), unit);
    *out_level = static_cast<int32_t>(b.level);
    aftersales::capi::copy_text(b.name, name_buf, name_cap, out_name_needed);
  });
}

as_status as_penalty_policy_default(as_penalty_policy** out, as_error** error) {
  return guard(error, [&] {
    require(out, "out");
    *out = new as_penalty_policy(PenaltyPolicy::default_policy());
  });
}

as_status as_penalty_policy_from_json(const char* json, as_penalty_policy** out, as_error** error) {
  return guard(error, [&] {
    require(json, "json");
    require(out, "out");
    *out = new as_penalty_policy(PenaltyPolicy::from_json(json));
  });
}

void as_penalty_policy_destroy(as_penalty_policy* policy) { delete policy; }

as_status as_penalty_policy_cap_ppm(const as_penalty_policy* policy, int64_t* out_cap_ppm, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_cap_ppm, "out_cap_ppm");
    *out_cap_ppm = policy->policy.cap_ppm();
  });
}

as_status as_administrative_deduction(const as_penalty_policy* policy, int32_t kind, int32_t count,
                                      const int64_t* bonus_fen, const int64_t* amount_fen, int64_t* out_fen, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_fen, "out_fen");
    const auto penalty = aftersales::capi::enum_in<aftersales::AdminPenalty>(kind, "kind", "AS_ADMIN_*");
    const auto optional_fen = [](const int64_t* p) { return p ? std::optional<Fen>(*p) : std::nullopt; };
    *out_fen = policy->policy.administrative_deduction(penalty, count,
                                                       optional_fen(bonus_fen), optional_fen(amount_fen));
  });
}

as_status as_assess_loss(const as_penalty_policy* policy, int64_t grade_a_price_fen, int32_t returned_yyyymmdd,
                         int32_t sold_yyyymmdd, int64_t resale_fen, int32_t has_actual_loss,
                         int64_t actual_loss_fen, int64_t* out_loss_fen, int32_t* out_resold_in_time,
                         int32_t* out_deadline_yyyymmdd, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_loss_fen, "out_loss_fen");
    require(out_resold_in_time, "out_resold_in_time");
    require(out_deadline_yyyymmdd, "out_deadline_yyyymmdd");
    const auto returned = aftersales::date_from_yyyymmdd(returned_yyyymmdd, "returned_yyyymmdd");
    std::optional<aftersales::Resale> resale;
    if (sold_yyyymmdd == 0 && resale_fen != 0)
      throw Error(ErrorCode::invalid_argument, "resale_fen",
                  std::to_string(resale_fen) + " fen given without a sale date (sold_yyyymmdd is 0)");
    if (sold_yyyymmdd != 0)
      resale = aftersales::Resale{aftersales::date_from_yyyymmdd(sold_yyyymmdd, "sold_yyyymmdd"), resale_fen};
    std::optional<Fen> actual;
    if (has_actual_loss != 0) actual = actual_loss_fen;
    aftersales::LossAssessment a;
    try {
      a = policy->policy.assess_loss(grade_a_price_fen, returned, resale, actual);
    } catch (const Error& e) {
      if (e.field() == "resale.price") throw e.renamed("resale.price", "resale_fen");
      if (e.field() == "resale.sold") throw e.renamed("resale.sold", "sold_yyyymmdd");
      throw;
    }
    *out_loss_fen = a.loss;
    *out_resold_in_time = a.resold_in_time ? 1 : 0;
    *out_deadline_yyyymmdd = aftersales::date_to_yyyymmdd(a.resale_deadline);
  });
}

as_status as_reconcile_return(const as_penalty_policy* policy, int64_t approved, int64_t actual,
                              int64_t tolerance_ppm, int32_t* out_check, int64_t* out_quantity, as_error** error) {
  return guard(error, [&] {
    require(policy, "policy");
    require(out_check, "out_check");
    require(out_quantity, "out_quantity");
    std::optional<int64_t> tolerance;
    if (tolerance_ppm != -1) tolerance = tolerance_ppm;
    const auto r = policy->policy.reconcile_return(approved, actual, tolerance);
    *out_check = r.check == aftersales::ReturnCheck::accept ? AS_RETURN_ACCEPT : AS_RETURN_FLAG;
    *out_quantity = r.quantity;
  });
}

as_status as_penalty_ledger_create(int64_t cap_ppm, as_penalty_ledger** out, as_error** error) {
  return guard(error, [&] {
    require(out, "out");
    *out = new as_penalty_ledger(aftersales::PenaltyLedger(cap_ppm));
  });
}

void as_penalty_ledger_destroy(as_penalty_ledger* ledger) { delete ledger; }

as_status as_penalty_ledger_charge(as_penalty_ledger* ledger, const char* person, int32_t year, int32_t month,
                                   int64_t amount_fen, const char* case_id, as_error** error) {
  return guard(error, [&] {
    require(ledger, "ledger");
    require(person, "person");
    require(case_id, "case_id");
    ledger->ledger.charge(person, year_month(year, month), amount_fen, case_id);
  });
}

as_status as_penalty_ledger_settle(as_penalty_ledger* ledger, const char* person, int32_t year, int32_t month,
                                   int64_t bonus_fen, int64_t* out_deducted_fen, int64_t* out_carried_fen, as_error** error) {
  return guard(error, [&] {
    require(ledger, "ledger");
    aftersales::capi::settle_into(person, out_deducted_fen, out_carried_fen,
                                  [&] { return ledger->ledger.settle(person, year_month(year, month), bonus_fen); });
  });
}

as_status as_penalty_ledger_outstanding(const as_penalty_ledger* ledger, const char* person, int64_t* out_fen, as_error** error) {
  return guard(error, [&] {
    require(ledger, "ledger");
    require(person, "person");
    require(out_fen, "out_fen");
    *out_fen = ledger->ledger.outstanding(person);
  });
}

as_status as_penalty_ledger_penalize(as_penalty_ledger* ledger, const as_admin_charge* charge, as_error** error) {
  return guard(error, [&] {
    require(ledger, "ledger");
    require(charge, "charge");
    // Errors name the member as the caller reaches it: "charge.amount_fen".
    aftersales::capi::members_of("charge", {"ledger"}, [&] {
      static const as_admin_charge defaults = AS_ADMIN_CHARGE_INIT;
      const as_admin_charge in = aftersales::capi::sized_input(charge, "charge", defaults);
      require(in.person, "person");
      require(in.case_id, "case_id");
      aftersales::AdminCharge a;
      a.person = in.person;
      a.case_id = in.case_id;
      a.kind = aftersales::capi::enum_in<aftersales::AdminPenalty>(in.kind, "kind", "AS_ADMIN_*");
      a.count = in.count;
      a.amount = in.amount_fen;
      a.month = year_month(in.year, in.month);
      aftersales::capi::renaming({{"amount", "amount_fen"}}, [&] { ledger->ledger.penalize(std::move(a)); });
    });
  });
}

as_status as_penalty_ledger_settle_admin(as_penalty_ledger* ledger, const char* person, int32_t year, int32_t month,
                                         int64_t bonus_fen, as_penalty_settlement* out, as_error** error) {
  return guard(error, [&] {
    require(ledger, "ledger");
    aftersales::capi::settle_admin_into(
        person, out, [&] { return ledger->ledger.settle(person, year_month(year, month), bonus_fen); });
  });
}

as_status as_penalty_ledger_lines(const as_penalty_ledger* ledger, const char* person, int32_t year, int32_t month,
                                  as_deduction_line* out_lines, size_t cap, size_t* out_n, as_error** error) {
  return guard(error, [&] {
    require(ledger, "ledger");
    require(person, "person");
    require(out_n, "out_n");
    if (cap > 0) require(out_lines, "out_lines");
    const YearMonth wanted = year_month(year, month);
    const aftersales::Settlement* found = nullptr;
    for (const aftersales::Settlement& s : ledger->ledger.settlements())
      if (s.person == person && s.month == wanted) found = &s;
    if (found == nullptr)
      throw Error(ErrorCode::not_found, "month",
                  aftersales::format_year_month(wanted) + " is not settled for '" + std::string(person) + "'");
    if (out_lines == nullptr && cap == 0) {
      *out_n = found->lines.size();
      return;
    }
    if (found->lines.size() > cap)
      throw Error(ErrorCode::invalid_argument, "cap",
                  std::to_string(cap) + " is too small for the " + std::to_string(found->lines.size()) + " lines");
    for (size_t i = 0; i < found->lines.size(); ++i) {
      const aftersales::Deduction& d = found->lines[i];
      out_lines[i] = as_deduction_line{d.case_id.c_str(), d.amount, d.charged.year, d.charged.month};
    }
    *out_n = found->lines.size();
  });
}

}  // extern "C"
