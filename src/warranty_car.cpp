// Car 2021 rules beyond the shared remedy logic (家用汽车产品修理更换退货责任规定,
// 市场监管总局令第43号): the repeat limits' text (art. 24 para. 1 (1)-(3)), the
// usage compensation (art. 27) and the seller's answer and completion
// deadlines for an exchange or return request (art. 28).
#include <aftersales/warranty.hpp>

#include "detail/warranty_impl.hpp"

#include <algorithm>

namespace aftersales {

namespace detail {

std::optional<std::int64_t> usage_coefficient(const ProductTerms& t, const FaultFacts& fault) {
  if (!fault.usage_coefficient_ppm) return t.usage_coefficient_ppm;
  const std::int64_t n = *fault.usage_coefficient_ppm;
  if (n < 0)
    throw Error(ErrorCode::invalid_argument, "usage_coefficient_ppm", std::to_string(n) + " is negative");
  // Art. 27: n at most 0.5 %, the cap the policy holds.
  if (n > t.usage_coefficient_max_ppm)
    throw Error(ErrorCode::invalid_argument, "usage_coefficient_ppm",
                std::to_string(n) + " ppm is above warranty." + t.product + ".usage_coefficient_max_ppm " +
                    std::to_string(t.usage_coefficient_max_ppm));
  return n;
}

Fen usage_compensation(Fen price, std::int64_t km, std::int64_t ppm) {
  // price < 2^51, km <= 10^7, ppm <= 10^6: the product needs 128 bits.
  __extension__ typedef __int128 Wide;
  const Wide d = Wide{1000} * 1000000;
  const Wide c = (Wide{price} * km * ppm + d / 2) / d;
  return static_cast<Fen>(std::min<Wide>(c, price));
}

std::string usage_compensation_text(const RemedyDecision& d) {
  std::string out = "usage compensation (car 2021 art. 27, warranty." + d.product + ".usage_coefficient_max_ppm): ";
  if (!d.usage_coefficient_ppm) return out + "not computed: no usage coefficient n (give the unit's usage_coefficient_ppm)";
  if (!d.usage_compensation) {
    return out + "not computed: " +
           (!d.mileage ? std::string("no mileage given") : std::string("no price given"));
  }
  out += std::to_string(*d.usage_price) + " fen x " + std::to_string(*d.mileage) +
         " km / 1000 x " + std::to_string(*d.usage_coefficient_ppm) + " ppm = " + std::to_string(*d.usage_compensation) +
         " fen";
  return out;
}

std::string repeat_limit_text(const RemedyDecision& d) {
  const RepeatLimit& l = *d.repeat_limit;
  std::string list;
  for (const Remedy r : l.remedies) list.append(list.empty() ? "" : " or ").append(to_string(r));
  const bool by_repairs = l.repairs > 0 && d.prior_repairs >= l.repairs;
  return "warranty." + d.product + ".repeat_limits." + l.fault + " = " +
         (by_repairs ? std::to_string(l.repairs) + " repairs: repaired " + std::to_string(d.prior_repairs) +
                           " times and still faulty"
                     : std::to_string(l.replacements) + " replacements: replaced " +
                           std::to_string(d.prior_replacements) + " times and still not working") +
         ": " + list;
}

}  // namespace detail

ExchangeRequestDeadlines WarrantyPolicy::exchange_request_deadlines(Date requested, std::optional<Date> received) const {
  if (requested.is_special()) throw Error(ErrorCode::invalid_argument, "requested", "not a valid date");
  if (received && received->is_special()) throw Error(ErrorCode::invalid_argument, "received", "not a valid date");
  if (received && *received < requested)
    throw Error(ErrorCode::invalid_argument, "received",
                format_date(*received) + " is before the request " + format_date(requested));
  if (rules_.answer_working_days == 0 && rules_.complete_working_days == 0)
    throw Error(ErrorCode::invalid_argument, "warranty.rules.answer_working_days",
                "is none, and so is complete_working_days: this policy gives no deadline for an exchange or return "
                "request (car 2021 art. 28 gives 10 and 20 working days)");
  if (!calendar_)
    throw Error(ErrorCode::state, "calendar",
                "working days need a calendar: build the policy with one (weekends, holidays and make-up days)");
  ExchangeRequestDeadlines out;
  out.requested = requested;
  out.received = received.value_or(requested);
  out.answer_working_days = rules_.answer_working_days;
  out.complete_working_days = rules_.complete_working_days;
  // Civil Code art. 201: the day of receipt (of the request) is not counted;
  // advance() counts working days after it.
  if (rules_.answer_working_days > 0) out.answer_by = calendar_->advance(out.received, rules_.answer_working_days);
  if (rules_.complete_working_days > 0) out.complete_by = calendar_->advance(requested, rules_.complete_working_days);
  return out;
}

std::string ExchangeRequestDeadlines::rule() const {
  std::string out;
  if (answer_by)
    out += "warranty.rules.answer_working_days = " + std::to_string(answer_working_days) + " from receipt " +
           format_date(received) + ": answer by " + format_date(*answer_by);
  if (complete_by)
    out += (out.empty() ? "" : "; ") + std::string("warranty.rules.complete_working_days = ") +
           std::to_string(complete_working_days) + " from the request " + format_date(requested) + ": complete by " +
           format_date(*complete_by);
  return out;
}

}  // namespace aftersales
