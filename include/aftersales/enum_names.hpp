#pragma once
// The names of the library's enumerations, one table each, said once here:
// to_string and the parse_* functions read them, the C codes (AS_CALL_*,
// AS_COMPLAINT_*, ...) are pinned to their values by static_assert in
// capi/src/enum_codes.cpp, and the Python constants are built from them
// (aftersales._core.enumerations()).
#include <aftersales/calendar.hpp>
#include <aftersales/complaint.hpp>
#include <aftersales/dispatch.hpp>
#include <aftersales/error.hpp>
#include <aftersales/penalty.hpp>
#include <aftersales/store.hpp>
#include <aftersales/survey.hpp>
#include <aftersales/warranty.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace aftersales {

template <class E>
struct EnumName {
  E value;
  std::string_view name;  // a string literal: static and NUL-terminated
};

// One specialisation per enumeration: `key` names the table outside C++
// (Python), `what` names a value in messages, `names` lists every value in
// ascending order of value.
template <class E>
struct EnumTable;

template <>
struct EnumTable<CallState> {
  static constexpr std::string_view key = "call_state", what = "call state";
  static constexpr EnumName<CallState> names[] = {
      {CallState::registered, "registered"}, {CallState::dispatched, "dispatched"},
      {CallState::on_site, "on_site"},       {CallState::completed, "completed"},
      {CallState::carried_in, "carried_in"}, {CallState::returned, "returned"},
      {CallState::resolved_remotely, "resolved_remotely"}};
};
template <>
struct EnumTable<OpenMode> {
  static constexpr std::string_view key = "open_mode", what = "open mode";
  static constexpr EnumName<OpenMode> names[] = {
      {OpenMode::create, "create"}, {OpenMode::must_exist, "must_exist"}, {OpenMode::query_only, "query_only"}};
};
template <>
struct EnumTable<SlaState> {
  static constexpr std::string_view key = "sla_state", what = "SLA state";
  static constexpr EnumName<SlaState> names[] = {
      {SlaState::running, "running"}, {SlaState::paused, "paused"}, {SlaState::met, "met"}, {SlaState::breached, "breached"},
      {SlaState::remote_running, "remote_running"}, {SlaState::remote_met, "remote_met"},
      {SlaState::remote_breached, "remote_breached"}};
};
template <>
struct EnumTable<ServiceCategory> {
  static constexpr std::string_view key = "service_category", what = "service category";
  static constexpr EnumName<ServiceCategory> names[] = {{ServiceCategory::paid, "paid"},
                                                        {ServiceCategory::contract, "contract"},
                                                        {ServiceCategory::free, "free"},
                                                        {ServiceCategory::internal, "internal"}};
};
template <>
struct EnumTable<StartBasis> {
  static constexpr std::string_view key = "start_basis", what = "start basis";
  static constexpr EnumName<StartBasis> names[] = {
      {StartBasis::invoice, "invoice"}, {StartBasis::delivery, "delivery"}, {StartBasis::installation, "installation"},
      {StartBasis::invoice_or_delivery, "invoice_or_delivery"}};
};
template <>
struct EnumTable<Remedy> {
  static constexpr std::string_view key = "remedy", what = "remedy";
  static constexpr EnumName<Remedy> names[] = {
      {Remedy::refund, "return"}, {Remedy::exchange, "exchange"}, {Remedy::repair, "repair"},
      {Remedy::replacement, "replacement"}, {Remedy::assembly_replacement, "assembly_replacement"}};
};
template <>
struct EnumTable<ComplaintKind> {
  static constexpr std::string_view key = "complaint_kind", what = "complaint kind";
  static constexpr EnumName<ComplaintKind> names[] = {{ComplaintKind::quality, "quality"},
                                                      {ComplaintKind::non_quality, "non_quality"},
                                                      {ComplaintKind::service, "service"},
                                                      {ComplaintKind::suggestion, "suggestion"}};
};
template <>
struct EnumTable<Severity> {
  static constexpr std::string_view key = "severity", what = "severity";
  static constexpr EnumName<Severity> names[] = {{Severity::serious, "serious"}, {Severity::general, "general"}};
};
template <>
struct EnumTable<Market> {
  static constexpr std::string_view key = "market", what = "market";
  static constexpr EnumName<Market> names[] = {{Market::domestic, "domestic"}, {Market::foreign, "foreign"}};
};
template <>
struct EnumTable<DayCount> {
  static constexpr std::string_view key = "day_count", what = "day count";
  static constexpr EnumName<DayCount> names[] = {{DayCount::working, "working"}, {DayCount::calendar, "calendar"}};
};
template <>
struct EnumTable<DeadlineKind> {
  static constexpr std::string_view key = "deadline_kind", what = "deadline kind";
  static constexpr EnumName<DeadlineKind> names[] = {{DeadlineKind::stage, "stage"}, {DeadlineKind::overall, "overall"}};
};
template <>
struct EnumTable<Function> {
  static constexpr std::string_view key = "function", what = "function";
  static constexpr EnumName<Function> names[] = {
      {Function::manufacturing, "manufacturing"}, {Function::sales, "sales"}, {Function::service, "service"}};
};
template <>
struct EnumTable<BearerLevel> {
  static constexpr std::string_view key = "bearer_level", what = "bearer level";
  static constexpr EnumName<BearerLevel> names[] = {{BearerLevel::person, "person"},
                                                    {BearerLevel::group, "group"},
                                                    {BearerLevel::section, "section"},
                                                    {BearerLevel::department, "department"}};
};
template <>
struct EnumTable<ReturnKind> {
  // "kind": the field's own name in the penalty ledger's messages.
  static constexpr std::string_view key = "return_kind", what = "kind";
  static constexpr EnumName<ReturnKind> names[] = {{ReturnKind::allowance, "allowance"},
                                                   {ReturnKind::compensation, "compensation"},
                                                   {ReturnKind::goods_return, "return"},
                                                   {ReturnKind::rework, "rework"}};
};
template <>
struct EnumTable<AdminPenalty> {
  static constexpr std::string_view key = "admin_penalty", what = "administrative penalty";
  static constexpr EnumName<AdminPenalty> names[] = {
      {AdminPenalty::warning, "warning"}, {AdminPenalty::minor_demerit, "minor"}, {AdminPenalty::major_demerit, "major"}};
};
template <>
struct EnumTable<ReturnCheck> {
  static constexpr std::string_view key = "return_check", what = "return check";
  static constexpr EnumName<ReturnCheck> names[] = {{ReturnCheck::accept, "accept"}, {ReturnCheck::flag, "flag"}};
};
template <>
struct EnumTable<Weekday> {
  static constexpr std::string_view key = "weekday", what = "weekday";
  static constexpr EnumName<Weekday> names[] = {{Weekday::mon, "mon"}, {Weekday::tue, "tue"}, {Weekday::wed, "wed"},
                                                {Weekday::thu, "thu"}, {Weekday::fri, "fri"}, {Weekday::sat, "sat"},
                                                {Weekday::sun, "sun"}};
};
template <>
struct EnumTable<PastHorizon> {
  // "mode": as the calendar document's and the CLI's messages call it.
  static constexpr std::string_view key = "past_horizon", what = "mode";
  static constexpr EnumName<PastHorizon> names[] = {
      {PastHorizon::refuse, "refuse"}, {PastHorizon::weekly, "weekly"}, {PastHorizon::statutory, "statutory"}};
};
template <>
struct EnumTable<SurveyLevel> {
  static constexpr std::string_view key = "survey_level", what = "survey level";
  static constexpr EnumName<SurveyLevel> names[] = {{SurveyLevel::dissatisfied, "dissatisfied"},
                                                    {SurveyLevel::fair, "fair"},
                                                    {SurveyLevel::satisfied, "satisfied"},
                                                    {SurveyLevel::very_satisfied, "very_satisfied"}};
};
// Issue 28: how a payment was made, and how a bill is settled ((十)).
template <>
struct EnumTable<PaymentMethod> {
  static constexpr std::string_view key = "payment_method", what = "payment method";
  static constexpr EnumName<PaymentMethod> names[] = {
      {PaymentMethod::cash, "cash"}, {PaymentMethod::card, "card"}, {PaymentMethod::transfer, "transfer"}};
};
template <>
struct EnumTable<BillSettlement> {
  static constexpr std::string_view key = "bill_settlement", what = "bill settlement";
  static constexpr EnumName<BillSettlement> names[] = {
      {BillSettlement::none, "none"}, {BillSettlement::on_the_spot, "on_the_spot"}, {BillSettlement::invoice, "invoice"}};
};
// Issue 28: how a call was solved without a visit (seeds 001 电话技术服务, 003 2.2 遠程協助).
template <>
struct EnumTable<RemoteMethod> {
  static constexpr std::string_view key = "remote_method", what = "remote method";
  static constexpr EnumName<RemoteMethod> names[] = {{RemoteMethod::phone, "phone"}, {RemoteMethod::remote, "remote"}};
};
// Issue 29: contacts with a complaining customer (家電 (二十六), (二十八)).
template <>
struct EnumTable<ContactKind> {
  static constexpr std::string_view key = "contact_kind", what = "contact kind";
  static constexpr EnumName<ContactKind> names[] = {{ContactKind::notification, "notification"},
                                                    {ContactKind::visit, "visit"}};
};
template <>
struct EnumTable<ContactMethod> {
  static constexpr std::string_view key = "contact_method", what = "contact method";
  static constexpr EnumName<ContactMethod> names[] = {
      {ContactMethod::letter, "letter"}, {ContactMethod::phone, "phone"}, {ContactMethod::visit, "visit"}};
};

// Issue 29: the complaint form's fields and a complaint's standing.
template <>
struct EnumTable<ComplaintField> {
  static constexpr std::string_view key = "complaint_field", what = "complaint form field";
  static constexpr EnumName<ComplaintField> names[] = {
      {ComplaintField::cause, "cause"},
      {ComplaintField::responsibility, "responsibility"},
      {ComplaintField::countermeasure, "countermeasure"},
      {ComplaintField::production_unit, "production_unit"},
      {ComplaintField::machine_shift, "machine_shift"},
      {ComplaintField::machine_operator, "operator"},
      {ComplaintField::production_date, "production_date"},
      {ComplaintField::opinion, "opinion"},
      {ComplaintField::check, "check"},
      {ComplaintField::handling_proposal, "handling_proposal"},
      {ComplaintField::result, "result"},
      {ComplaintField::customer_reaction, "customer_reaction"},
      {ComplaintField::supervisor_review, "supervisor_review"},
      {ComplaintField::consolidation, "consolidation"},
      {ComplaintField::call_for, "call_for"}};
};
template <>
struct EnumTable<ComplaintStanding> {
  static constexpr std::string_view key = "complaint_standing", what = "complaint standing";
  static constexpr EnumName<ComplaintStanding> names[] = {{ComplaintStanding::on_time, "on_time"},
                                                          {ComplaintStanding::stage_overdue, "stage_overdue"},
                                                          {ComplaintStanding::overdue, "overdue"},
                                                          {ComplaintStanding::closed_on_time, "closed_on_time"},
                                                          {ComplaintStanding::closed_late, "closed_late"}};
};
// Issue 29: approval by authority and improvements (aftersales/approval.hpp).
template <>
struct EnumTable<CommitmentKind> {
  static constexpr std::string_view key = "commitment_kind", what = "commitment kind";
  static constexpr EnumName<CommitmentKind> names[] = {{CommitmentKind::compensation, "compensation"},
                                                       {CommitmentKind::allowance, "allowance"},
                                                       {CommitmentKind::returned_goods, "returned_goods"}};
};
template <>
struct EnumTable<ImprovementState> {
  static constexpr std::string_view key = "improvement_state", what = "improvement state";
  static constexpr EnumName<ImprovementState> names[] = {{ImprovementState::open, "open"},
                                                         {ImprovementState::confirmed, "confirmed"},
                                                         {ImprovementState::ineffective, "ineffective"}};
};
template <>
struct EnumTable<TrackingExemption> {
  static constexpr std::string_view key = "tracking_exemption", what = "tracking exemption";
  static constexpr EnumName<TrackingExemption> names[] = {{TrackingExemption::human_negligence, "human_negligence"}};
};

// Every enumeration with a table, for code that walks them all (the Python
// binding, the tests).
using NamedEnums = std::tuple<CallState, OpenMode, SlaState, ServiceCategory, StartBasis, Remedy, ComplaintKind,
                              Severity, Market, DayCount, DeadlineKind, Function, BearerLevel, ReturnKind,
                              AdminPenalty, ReturnCheck, Weekday, PastHorizon, SurveyLevel, PaymentMethod,
                              BillSettlement, RemoteMethod, ComplaintField, ComplaintStanding, CommitmentKind,
                              ImprovementState, TrackingExemption, ContactKind, ContactMethod>;

template <class F>
constexpr void for_each_named_enum(F&& f) {
  [&]<class... E>(std::tuple<E...>*) { (f(EnumTable<E>{}), ...); }(static_cast<NamedEnums*>(nullptr));
}

namespace detail {
template <class E>
constexpr bool ascending_values() {
  const auto& n = EnumTable<E>::names;
  for (std::size_t i = 1; i < std::size(n); ++i)
    if (!(static_cast<std::underlying_type_t<E>>(n[i - 1].value) < static_cast<std::underlying_type_t<E>>(n[i].value)))
      return false;
  return true;
}
}  // namespace detail

template <class E>
constexpr std::span<const EnumName<E>> enum_names() noexcept {
  static_assert(detail::ascending_values<E>(), "an enumeration's table lists each value once, in ascending order");
  return EnumTable<E>::names;
}

template <class E>
constexpr std::size_t enum_count() noexcept {
  return enum_names<E>().size();
}

// Every value, in ascending order.
template <class E>
constexpr auto enum_values() noexcept {
  std::array<E, std::size(EnumTable<E>::names)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = enum_names<E>()[i].value;
  return out;
}

// The name of `value`; "?" for a value outside the enumeration (a cast).
template <class E>
constexpr const char* enum_name(E value) noexcept {
  for (const auto& n : enum_names<E>())
    if (n.value == value) return n.name.data();
  return "?";
}

// The value whose number is `number`, nullopt for none: checks an integer
// from C or Python before it becomes an E.
template <class E>
constexpr std::optional<E> enum_from_int(long long number) noexcept {
  for (const auto& n : enum_names<E>())
    if (static_cast<long long>(n.value) == number) return n.value;
  return std::nullopt;
}

template <class E>
constexpr std::optional<E> enum_from_name(std::string_view name) noexcept {
  for (const auto& n : enum_names<E>())
    if (n.name == name) return n.value;
  return std::nullopt;
}

// The names for a message: "a, b or c".
template <class E>
std::string enum_names_text() {
  std::string out;
  const auto names = enum_names<E>();
  for (std::size_t i = 0; i < names.size(); ++i)
    out.append(i == 0 ? "" : i + 1 == names.size() ? " or " : ", ").append(names[i].name);
  return out;
}

// The numbers and names for a message about a C code: "0 refuse, 1 weekly, 2 statutory".
template <class E>
std::string enum_codes_text() {
  std::string out;
  for (const auto& n : enum_names<E>())
    out.append(out.empty() ? "" : ", ").append(std::to_string(static_cast<long long>(n.value))).append(" ").append(n.name);
  return out;
}

// The value named `text`; Error(invalid_argument) naming `field` otherwise:
// "unknown complaint kind 'x' (expected quality, non_quality, service or suggestion)".
template <class E>
E parse_enum(std::string_view text, std::string_view field) {
  if (const auto e = enum_from_name<E>(text)) return *e;
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown " + std::string(EnumTable<E>::what) + " '" + std::string(text) + "' (expected " +
                  enum_names_text<E>() + ")");
}

}  // namespace aftersales
