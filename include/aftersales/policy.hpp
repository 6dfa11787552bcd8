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

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// Rules of the service records (RULES.md §2, §6) that are not a calculator's.
struct ServiceRules {
  // A job is fixed the first time when the unit gets no new call within this
  // many days after the completion (first-time-fix rate).
  int revisit_days = 0;
  // The cost kinds a station's budget and costs are kept in.
  std::vector<std::string> cost_kinds;
  // seeds/002 (十二): repaired carry-in goods go back only after the service
  // supervisor's inspection (驗訖); false: a return needs none.
  bool inspection_before_return = true;
  // seeds/002 (二十四): a survey with any answer at or below this level
  // (1..4; 1 = dissatisfied) is dissatisfied and may open a complaint of
  // kind survey_complaint_kind.
  int survey_complaint_level = 1;
  ComplaintKind survey_complaint_kind = ComplaintKind::service;
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
  // a blank or repeated name).
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
