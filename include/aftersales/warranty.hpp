#pragma once
// Warranty decisions (RULES.md §3): coverage on a date, remedies under 三包,
// the service category of a job, extended warranties and maintenance
// contracts. Every number of the rules is a default of a policy document;
// every decision names the rule that produced it.
#include <aftersales/calendar.hpp>
#include <aftersales/period.hpp>
#include <aftersales/types.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// Money is integer fen (1 yuan = 100 fen).
using Fen = std::int64_t;

// What a warranty period counts from (三包: the invoice date).
enum class StartBasis { invoice, delivery, installation };
const char* to_string(StartBasis b) noexcept;
StartBasis parse_start_basis(std::string_view text, std::string_view field = "basis");

// In the order the customer's options are listed: return, exchange, repair.
enum class Remedy { refund = 0, exchange = 1, repair = 2 };
const char* to_string(Remedy r) noexcept;  // "return", "exchange", "repair"
Remedy parse_remedy(std::string_view text, std::string_view field = "remedy");

// 家電 (六): A paid, B contract, C free, D internal.
enum class ServiceCategory { paid, contract, free, internal };
const char* to_string(ServiceCategory c) noexcept;  // "paid", "contract", "free", "internal"
char letter(ServiceCategory c) noexcept;              // 'A', 'B', 'C', 'D'

// A part of a product with a warranty period of its own (colour TV picture tube: 3 years).
struct ComponentTerm {
  std::string name;
  Period period;
};

// The warranty terms of one product.
struct ProductTerms {
  std::string product;
  Period whole_unit;                        // e.g. 1 year
  std::vector<ComponentTerm> components;    // longer (or shorter) periods per part
  StartBasis basis = StartBasis::invoice;
  // Causes that end free service (transport, misuse, ...); names from the policy.
  std::vector<std::string> exclusions;
  // Fault kind -> the remedies it gives within the warranty (piano: "soundboard_crack" -> return).
  std::map<std::string, std::vector<Remedy>, std::less<>> remedy_table;
  // Depreciation charged on a refused-exchange return, in millionths of the
  // price per day (colour TV 0.1 %/day = 1000).
  std::int64_t depreciation_ppm_per_day = 0;
  // The period in which the 三包 remedies (exchange, return) apply, when it
  // is shorter than the free-repair period (car 2021: 2 of 3 years).
  std::optional<Period> remedy_period;
};

// The 三包 windows and limits; the defaults are the 1995 rules.
struct RemedyRules {
  int return_days = 7;          // performance fault: return, exchange or repair
  int exchange_days = 15;       // exchange or repair
  int max_repairs = 2;          // repaired this often and still faulty: exchange (or return)
  int repair_limit_days = 30;   // a repair taking longer (the repairer's days): exchange
  int parts_limit_days = 90;    // no parts from the producer this long: exchange
  int max_extended_years = 5;   // an extended warranty runs 1..this many years
};

// Which term a coverage answer is about.
enum class CoverageTerm { whole_unit, component, extended };

// A warranty decision's answer on coverage.
struct Coverage {
  bool covered = false;
  std::optional<Date> until;    // last covered day of the applicable term (also when expired)
  CoverageTerm kind = CoverageTerm::whole_unit;
  std::string term;             // "whole_unit", the component's name or the extended warranty's id
  std::string exclusion;        // the cause that excluded it, when one did
  std::string rule;             // e.g. "warranty.colour_tv.components.picture_tube = 3 years from invoice"
};

struct RemedyDecision {
  std::vector<Remedy> options;  // the customer's choice, in return, exchange, repair order
  bool free = false;            // free of charge (parts and labour)
  std::optional<Fen> refund;    // when return is an option and a price was given
  std::string rule;             // the rule that decided
  std::vector<std::string> trail;  // every rule checked, in order, with its outcome
};

// Facts about a unit for coverage and remedy questions.
struct UnitFacts {
  std::string product{};
  Date purchased{};                       // invoice date (housing: completion acceptance)
  std::optional<Date> delivered{};
  std::optional<Date> installed{};
  std::optional<Date> exchanged{};      // an exchange restarts the period from this date
  int repair_days = 0;                  // days under repair or waiting for parts: extend the period
};

struct FaultFacts {
  Date fault_on{};
  std::string fault = "performance";   // "performance" or a remedy-table kind
  std::optional<std::string> cause{};  // an exclusion cause, when one applies
  int prior_repairs = 0;               // repairs of this fault within the period
  int repair_days = 0;                 // days the current repair has taken (the repairer's)
  int waiting_parts_days = 0;          // days waiting for the producer's parts
  bool same_model_available = true;
  std::optional<Fen> price{};          // invoice price, for the refund amount
  bool refused_exchange = false;       // return although an exchange was offered
};

// An extended warranty (延保) bought with a unit.
struct ExtendedWarranty {
  std::string id;
  int years = 1;                        // 1..max_years of its tariff
  std::vector<std::string> extra_causes;  // causes it covers that the maker excludes
};

// A maintenance contract (合同服務).
struct MaintenanceContract {
  std::string id;
  Date start;
  Date end;                             // last day covered
  std::optional<std::string> successor; // id of the renewal, once renewed
};

// The warranty rules of a company: product terms, exclusions, remedy rules.
// Immutable; safe to share between threads.
class WarrantyPolicy {
 public:
  // Presets (RULES.md §3): the 1995 三包 catalogue rows (colour_tv, bw_tv,
  // vcr, bicycle), seed 001's piano terms, housing (art. 40, from completion
  // acceptance), car 三包 (2021).
  static WarrantyPolicy sanbao(std::optional<Calendar> calendar = std::nullopt);
  static WarrantyPolicy piano(std::optional<Calendar> calendar = std::nullopt);
  static WarrantyPolicy housing(std::optional<Calendar> calendar = std::nullopt);
  static WarrantyPolicy car_2021(std::optional<Calendar> calendar = std::nullopt);
  // A policy document's "warranty" section (see README "Warranty").
  static WarrantyPolicy from_json(std::string_view json, std::optional<Calendar> calendar = std::nullopt);
  std::string to_json() const;

  WarrantyPolicy(std::vector<ProductTerms> products, RemedyRules rules, std::vector<std::string> exclusions,
                 std::optional<Calendar> calendar = std::nullopt);

  const ProductTerms& terms(std::string_view product) const;  // throws not_found naming "product"
  const RemedyRules& remedy_rules() const noexcept { return rules_; }
  const std::vector<std::string>& exclusions() const noexcept { return exclusions_; }
  const std::optional<Calendar>& calendar() const noexcept { return calendar_; }

  Coverage coverage(const UnitFacts& unit, Date on, std::optional<std::string_view> component = std::nullopt,
                    std::optional<std::string_view> cause = std::nullopt,
                    const std::vector<ExtendedWarranty>& extended = {}) const;
  RemedyDecision remedy(const UnitFacts& unit, const FaultFacts& fault) const;
  ServiceCategory category(const UnitFacts& unit, Date on, std::optional<std::string_view> cause = std::nullopt,
                           const std::vector<MaintenanceContract>& contracts = {},
                           const std::vector<ExtendedWarranty>& extended = {}, bool internal = false,
                           std::string* rule = nullptr) const;

 private:
  std::vector<ProductTerms> products_;
  RemedyRules rules_;
  std::vector<std::string> exclusions_;
  std::optional<Calendar> calendar_;
};

// Extended-warranty prices: a rate per length in ten-thousandths of the unit
// price (the TV example: 1 year 465 = 4.65 %). Rounded half up to the fen.
class ExtendedWarrantyTariff {
 public:
  explicit ExtendedWarrantyTariff(std::map<int, std::int64_t> rate_per_years);
  static ExtendedWarrantyTariff tv_example();  // 6,000 yuan TV: 279 / 528 / 777 / 1,023 yuan
  Fen price(Fen product_price, int years) const;  // throws naming "years" or "product_price"
  int max_years() const noexcept;

 private:
  std::map<int, std::int64_t> rates_;
};

// Contracts whose expiry notice (保養到期通知書) is due on `on`: the notice is
// due one month before the end, by the legal period rule, and stays due until
// the contract ends or has a successor. Idempotent: the same inputs give the
// same ids, in input order.
std::vector<std::string> expiry_notices(const std::vector<MaintenanceContract>& contracts, Date on);

// Renews a contract for `term` from the day after its end: returns the
// successor and links it from `current` (current.successor = successor_id).
// Throws Error(state) naming "current" when it already has a successor.
MaintenanceContract renew(MaintenanceContract& current, std::string successor_id, Period term);

}  // namespace aftersales
