#pragma once
// A whole company policy as one value: the calendar, the dispatch zones and
// targets, the warranty terms, the complaint workflow, the penalty scale and
// the service rules the store's KPIs use. One JSON document holds it all;
// every section and every member is optional and falls back to the seeds'
// defaults, the documents of data/policies.
#include <aftersales/calendar.hpp>
#include <aftersales/complaint.hpp>
#include <aftersales/dispatch.hpp>
#include <aftersales/penalty.hpp>
#include <aftersales/warranty.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// What one service category's work is billed at (issue 28; seeds/002 (六)
// categories A-D, 第三篇 上門費用20元 / 修理費用400元 / 零件費2000元). Money in fen.
struct FeeSchedule {
  enum class Labour { per_hour, per_job };
  Fen call_out = 0;        // once per call that was visited (上門費)
  Labour labour = Labour::per_job;
  // per_hour: fen per hour, each labour line pro-rated to its second, half up
  // to the fen; per_job: fen once per call with labour lines (修理費).
  Fen labour_rate = 0;
  // What the customer pays of it: the rest is still valued on the bill (the
  // cost of free, contract and internal work) but charged to no one.
  bool customer_pays_call_out = true, customer_pays_labour = true, customer_pays_parts = true;
  friend bool operator==(const FeeSchedule&, const FeeSchedule&) = default;
};
const char* to_string(FeeSchedule::Labour l) noexcept;  // "hour", "job"

// The billing rules (seeds/002 (十), (十三)): a schedule per service category,
// and the amount up to which a bill is collected on the spot (above it an
// invoice is issued the same day).
struct BillingRules {
  FeeSchedule paid, contract, free, internal;
  Fen collect_on_the_spot_max = 0;
  const FeeSchedule& schedule(ServiceCategory c) const noexcept {
    switch (c) {
      case ServiceCategory::contract: return contract;
      case ServiceCategory::free: return free;
      case ServiceCategory::internal: return internal;
      default: return paid;
    }
  }
  friend bool operator==(const BillingRules&, const BillingRules&) = default;
};

// data/policies/service.json's billing rules (the seeds' defaults).
BillingRules default_billing_rules();

// How the store spells the numbers it gives (issue 28; DESIGN.md: "numbers
// carry the centre or are given centrally", so the stores of two centres
// never issue the same number; one store file numbers a centre): one
// template per kind, literal text around
// {centre} (the call's service centre), {yymm} (the local month of the
// number, "2511") and {serial:N} (the counter of that kind, centre and
// month, at least N digits, N 1..12; it widens past N and never repeats),
// each exactly once. Complaint numbers are not here: seeds/002 (八) gives
// them centrally as YYMM + serial (complaints.serial_width).
struct NumberingRules {
  std::string voucher, receipt, invoice;
  // The kinds of number by name, as the document's members are named.
  static constexpr std::array<std::string_view, 3> kinds{"voucher", "receipt", "invoice"};
  // The template of the kind named `kind` (one of `kinds`); nullptr for another name.
  const std::string* of(std::string_view kind) const noexcept {
    return kind == "voucher" ? &voucher : kind == "receipt" ? &receipt : kind == "invoice" ? &invoice : nullptr;
  }
  std::string* of(std::string_view kind) noexcept {
    return const_cast<std::string*>(static_cast<const NumberingRules&>(*this).of(kind));
  }
  friend bool operator==(const NumberingRules&, const NumberingRules&) = default;
};
// data/policies/service.json's templates: "V-{centre}-{yymm}-{serial:6}",
// "R-{centre}-{yymm}-{serial:5}", "I-{centre}-{yymm}-{serial:5}".
NumberingRules default_numbering_rules();

struct ServiceRules;
// data/policies/service.json's service section, every member (read once).
// ServiceRules' inspection and survey members default to it, so that a
// ServiceRules made in code follows the document (STYLE.md: a default lives
// in the default policy document).
ServiceRules default_service_rules();

// Rules of the service records (RULES.md §2, §6) that are not a calculator's.
struct ServiceRules {
  // A job is fixed the first time when the unit gets no new call within this
  // many days after the completion (first-time-fix rate).
  int revisit_days = 0;
  // The cost kinds a station's budget and costs are kept in.
  std::vector<std::string> cost_kinds;
  // seeds/002 (十二): repaired carry-in goods go back only after the service
  // supervisor's inspection (驗訖); false: a return needs none.
  bool inspection_before_return = default_service_rules().inspection_before_return;
  // seeds/002 (二十四): a survey with any answer at or below this level
  // (1..4; 1 = dissatisfied) is dissatisfied and may open a complaint of
  // kind survey_complaint_kind.
  int survey_complaint_level = default_service_rules().survey_complaint_level;
  ComplaintKind survey_complaint_kind = default_service_rules().survey_complaint_kind;
  // Fee schedules and on-the-spot collection (issue 28; "service.billing").
  // Default: the seeds' (a ServiceRules made from its first members never
  // bills at zero by accident).
  BillingRules billing = default_billing_rules();
  // The numbers' templates ("service.numbering"; default: the document's).
  NumberingRules numbering = default_numbering_rules();
  friend bool operator==(const ServiceRules&, const ServiceRules&) = default;
};

// Immutable; safe to share between threads.
class Policy {
 public:
  // The seeds' defaults on `calendar`: zones urban 6 h and suburban 7 h, the
  // `sanbao` warranty preset, the complaint stages and deadlines, the penalty
  // scale, and data/policies/service.json.
  static Policy default_policy(Calendar calendar);
  // A document {"calendar": ..., "dispatch": ..., "warranty": ..., "complaints":
  // ..., "penalties": ..., "service": ...}. "warranty" is a preset name
  // ("sanbao", "piano", "housing", "car_2021") or a warranty section. A
  // missing section or member is the default document's; working time is
  // "PT6H" / "1h30min", calendar periods "P1Y6M" / "1y6mo" (bare numbers, a
  // bare "m" and the other kind are refused); `calendar`, when given,
  // replaces the document's. Errors name the path in the document and the value.
  static Policy from_json(std::string_view json, std::optional<Calendar> calendar = std::nullopt);
  // Every section written out, the calendar included; from_json reads it
  // back to an equal policy.
  std::string to_json() const;

  // The parts are put on `calendar` (every part decides on the one
  // calendar); their other rules are kept. Throws Error(invalid_argument)
  // naming "service.revisit_days" (0..3650) or "service.cost_kinds" (empty,
  // a blank or repeated name), or the member of "service.billing" or
  // "service.numbering" ("service.numbering.invoice": a template without
  // {centre}, {yymm} or {serial:N}, or with one twice or another placeholder).
  Policy(Calendar calendar, DispatchPolicy dispatch, WarrantyPolicy warranty, ComplaintPolicy complaints,
         PenaltyPolicy penalties, ServiceRules service);

  const Calendar& calendar() const noexcept { return calendar_; }
  const DispatchPolicy& dispatch() const noexcept { return dispatch_; }
  const WarrantyPolicy& warranty() const noexcept { return warranty_; }
  const ComplaintPolicy& complaints() const noexcept { return complaints_; }
  const PenaltyPolicy& penalties() const noexcept { return penalties_; }
  const ServiceRules& service() const noexcept { return service_; }

 private:
  Calendar calendar_;
  DispatchPolicy dispatch_;
  WarrantyPolicy warranty_;
  ComplaintPolicy complaints_;
  PenaltyPolicy penalties_;
  ServiceRules service_;
};

}  // namespace aftersales
