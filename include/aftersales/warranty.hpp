#pragma once
// Warranty decisions (RULES.md §3): coverage on a date, remedies under 三包,
// the service category of a job, extended warranties and maintenance
// contracts. Every number of the rules is a default of a policy document;
// every decision names the rule that produced it.
#include <aftersales/calendar.hpp>
#include <aftersales/period.hpp>
#include <aftersales/types.hpp>
#include <aftersales/warranty_housing.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// What a warranty period counts from (三包: the invoice date).
// invoice_or_delivery: the delivery date when given, else the invoice date
// (car 2021 art. 18 para. 2: from the invoice, or from delivery when the two
// dates differ).
enum class StartBasis { invoice, delivery, installation, invoice_or_delivery };
const char* to_string(StartBasis b) noexcept;
StartBasis parse_start_basis(std::string_view text, std::string_view field = "basis");

// In the order the customer's options are listed: return, exchange, repair;
// then replacement, an extended warranty's new unit for one that cannot be
// repaired (seeds/002 第三篇: 对于无法维修的电器…直接更换新机); then
// assembly_replacement, the free replacement of the faulty assembly (car
// 2021 art. 20: the engine, gearbox, traction battery or drive motor), which
// a fault window may list.
enum class Remedy { refund = 0, exchange = 1, repair = 2, replacement = 3, assembly_replacement = 4 };
// "return", "exchange", "repair", "replacement", "assembly_replacement"
const char* to_string(Remedy r) noexcept;
Remedy parse_remedy(std::string_view text, std::string_view field = "remedy");

// A set of remedies; iterates in return, exchange, repair order. A value of
// one byte: a decision's options cost no allocation.
class RemedySet {
 public:
  constexpr RemedySet() noexcept = default;
  constexpr RemedySet(std::initializer_list<Remedy> remedies) noexcept {
    for (const Remedy r : remedies) add(r);
  }
  constexpr void add(Remedy r) noexcept { bits_ |= bit(r); }
  constexpr void remove(Remedy r) noexcept { bits_ &= static_cast<std::uint8_t>(~bit(r)); }
  constexpr bool contains(Remedy r) const noexcept { return (bits_ & bit(r)) != 0; }
  constexpr bool empty() const noexcept { return bits_ == 0; }
  constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(std::popcount(bits_)); }
  constexpr friend bool operator==(RemedySet, RemedySet) noexcept = default;

  class iterator {
   public:
    using value_type = Remedy;
    using difference_type = std::ptrdiff_t;
    constexpr iterator() noexcept = default;
    constexpr Remedy operator*() const noexcept { return static_cast<Remedy>(std::countr_zero(rest_)); }
    constexpr iterator& operator++() noexcept {
      rest_ &= static_cast<std::uint8_t>(rest_ - 1);  // drop the lowest remedy
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      iterator old = *this;
      ++*this;
      return old;
    }
    constexpr friend bool operator==(iterator, iterator) noexcept = default;

   private:
    friend class RemedySet;
    constexpr explicit iterator(std::uint8_t rest) noexcept : rest_(rest) {}
    std::uint8_t rest_ = 0;
  };
  constexpr iterator begin() const noexcept { return iterator(bits_); }
  constexpr iterator end() const noexcept { return iterator(0); }

 private:
  static constexpr std::uint8_t bit(Remedy r) noexcept { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(r)); }
  std::uint8_t bits_ = 0;
};

// 家電 (六): A paid, B contract, C free, D internal.
enum class ServiceCategory { paid, contract, free, internal };
const char* to_string(ServiceCategory c) noexcept;  // "paid", "contract", "free", "internal"
char letter(ServiceCategory c) noexcept;              // 'A', 'B', 'C', 'D'

// A part of a product with a warranty period of its own (colour TV picture tube: 3 years).
struct ComponentTerm {
  std::string name;
  Period period;
};

// A window early in a unit's life in which a named kind of fault gives
// stronger remedies, ending on its date or at its mileage, whichever comes
// first (car 2021: steering or brake failure, body cracking, fuel leakage
// within 60 days or 3,000 km: exchange or return).
struct FaultWindow {
  std::string fault;                  // the fault kind ("serious_safety")
  Period period;                      // from the warranty's start
  std::optional<std::int64_t> km{};   // mileage limit, if any
  RemedySet remedies;                 // what the customer may choose within it
};

// A fault kind that gives `remedies` within the remedy period once it was
// repaired `repairs` times or its part replaced `replacements` times and it
// is still faulty (car 2021 art. 24 para. 1 (1)-(3): a serious safety fault
// repaired twice; an engine, gearbox, battery or motor replaced twice; the
// same main part replaced twice). A count of 0 is not checked.
struct RepeatLimit {
  std::string fault;     // the fault kind ("serious_safety")
  int repairs = 0;       // FaultFacts::prior_repairs reaching this
  int replacements = 0;  // FaultFacts::prior_replacements reaching this
  RemedySet remedies;
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
  // Mileage limits (cars): the whole-unit term and the remedy period end on
  // their date or at this many km, whichever comes first (car 2021: 60,000
  // and 50,000 km). Checked when the unit's mileage is given.
  std::optional<std::int64_t> whole_unit_km;
  std::optional<std::int64_t> remedy_km;
  // Early windows for named fault kinds; a kind past its window is decided
  // as a performance fault.
  std::vector<FaultWindow> fault_windows;
  // Per fault kind, the repeat limits (car 2021 art. 24 para. 1 (1)-(3)).
  std::vector<RepeatLimit> repeat_limits;
  // Car 2021 art. 27: on an exchange or return decided under art. 24 para. 1
  // the consumer pays price x km / 1000 x n. n is set by the maker on the
  // 三包凭证, at most usage_coefficient_max_ppm (0.5 % = 5000); 0: the
  // product has no usage compensation. usage_coefficient_ppm is the maker's
  // n for every unit, when the policy knows it (FaultFacts may give a unit's).
  std::int64_t usage_coefficient_max_ppm = 0;
  std::optional<std::int64_t> usage_coefficient_ppm;
  // Housing (data/policies/housing.json): per part an owner's and a
  // contractor's guarantee (warranty_housing.hpp). When set, coverage asks
  // about a part (the component) and whole_unit is unused.
  std::optional<HousingTerms> housing;
};

// The 三包 windows and limits. A 0 turns that rule off: the rule is not
// offered (housing and the piano terms have none of them); a policy
// document writes it "none".
struct RemedyRules {
  // The 1995 rules (return 7 days, exchange 15, 2 repairs, 30 / 90 days, 5
  // extended years; max_repairs_remedies return or exchange, limit_remedies
  // exchange), read from the default document data/policies/sanbao.json
  // ("warranty.rules"), the one place they are written.
  RemedyRules();
  int return_days;          // performance fault: return, exchange or repair
  int exchange_days;        // exchange or repair
  int max_repairs;          // repaired this often and still faulty: max_repairs_remedies
  int repair_limit_days;    // a repair taking longer (the repairer's days): limit_remedies
  int parts_limit_days;     // no parts from the producer this long: limit_remedies
  int max_extended_years;   // an extended warranty runs 1..this many years
  RemedySet max_repairs_remedies;  // 1995: free exchange, or return
  RemedySet limit_remedies;        // 1995: free exchange (car 2021: or return)
  // A customer who refuses the exchange offered may return the unit, less
  // depreciation (1995 三包 art. 13); the piano terms and car 2021 (art. 25)
  // give no such return: false.
  bool refused_exchange_return;
  // Car 2021 art. 28: the seller answers an exchange or return request
  // within this many working days of receiving it, and completes it within
  // this many of the request (the policy's calendar counts them); 0: none.
  int answer_working_days;
  int complete_working_days;
};

// Car 2021 art. 28: the last days for the seller's answer to an exchange or
// return request and for completing it; nullopt where the policy gives none.
struct ExchangeRequestDeadlines {
  Date requested{}, received{};
  std::optional<Date> answer_by{}, complete_by{};
  int answer_working_days = 0, complete_working_days = 0;
  std::string rule() const;  // "warranty.rules.answer_working_days = 10 from receipt 2025-...: by ..."
};

// Which of the policy's periods end on the next working day when their last
// day is a rest day (Civil Code art. 203). Art. 203 governs a period for an
// act (the 7-day return window); whether a coverage term is extended the same
// way is the parties' choice (art. 204: unless a law or the parties provide
// otherwise). Defaults: data/policies/sanbao.json "warranty.rest_day_extension",
// every kind extended; a company whose terms say otherwise turns its kind off.
// A kind turned off ends on its plain last day, whatever the calendar says.
struct RestDayExtension {
  RestDayExtension();                              // the default document's choices
  explicit RestDayExtension(bool extend) noexcept;  // every kind the same
  bool return_window;    // "return": the rules' return_days window
  bool exchange_window;  // "exchange": the rules' exchange_days window
  bool fault_window;     // "fault_window": a product's early fault windows
  bool remedy_period;    // "remedy_period": a product's shorter 三包 remedy period
  bool whole_unit;       // "whole_unit": the maker's whole-unit term
  bool component;        // "component": a component's own term
  bool extended;         // "extended": an extended warranty
  friend bool operator==(const RestDayExtension&, const RestDayExtension&) = default;
};

// Which term a coverage answer is about.
enum class CoverageTerm { whole_unit, component, extended };

// The rule behind a coverage answer, kept as the facts it used; text()
// writes it out ("warranty.colour_tv.whole_unit = 1 year from invoice
// 2025-01-10: until 2026-01-12"). Deciding costs no formatting: callers who
// show the rule pay for it when they ask. Holds copies, not references, so
// it outlives the policy and the inputs.
struct CoverageRule {
  enum class Kind : std::uint8_t {
    term,       // a maker's term: whole unit or a component
    extended,   // an extended warranty
    exclusion,  // an excluded cause
    housing,    // a part of a home: the later of its two guarantees
  };
  Kind kind = Kind::term;
  bool expired = false;       // the term had ended on the date asked
  bool component = false;     // term: a component's term
  bool exchanged = false;     // term: counted from an exchange, not from `basis`
  // term: the product counts from invoice_or_delivery and `basis` says which
  // of the two dates it took (delivery when given).
  bool either_date = false;
  bool past_horizon = false;  // term: ends after the calendar's horizon, so no rest-day extension
  // term, extended: `until` is a rest day the policy does not move
  // (warranty.rest_day_extension.<kind> = false); text() says so.
  bool not_extended = false;
  StartBasis basis = StartBasis::invoice;
  std::string product;        // term
  std::string name;           // term: "whole_unit" or the component; extended: its id; exclusion: the cause
  std::string covers;         // extended: the excluded cause it covers, when that decided
  Period period{};            // the term's length
  Date start{};               // first day counted (extended: the day after the maker's term)
  Date until{};               // last day covered
  Date horizon{};             // past_horizon: the calendar's horizon (statutory mode: its last provisional date)
  // term, extended: " (2027: statutory holidays only, make-up days not yet
  // published)" when `until` is a provisional date of the calendar (its
  // rest days are the statutory ones alone), else empty; text() appends it.
  std::string provisional;
  int repair_days = 0;        // term: days under repair added to it
  std::optional<std::int64_t> km_limit{};  // term: its mileage limit, if the product has one
  std::optional<std::int64_t> mileage{};   // term: the unit's mileage, when given
  bool over_km = false;                    // term: ended by mileage (mileage > km_limit)
  // housing: both guarantees of the part (`name`), and which one's end
  // (`until`) applies: the owner's from handover (1998 art. 5) or the
  // contractor's from completion acceptance (条例 art. 40), the later.
  std::string owner_length, contractor_length;  // "3 years", "1 heating season"
  Date handover{}, completed{}, owner_until{}, contractor_until{};
  bool contractor_applies = false;
  std::string repairer;                         // the delegated repairer, when named

  std::string text() const;
};

// A warranty decision's answer on coverage.
struct Coverage {
  bool covered = false;
  std::optional<Date> until{};  // last covered day of the applicable term (also when expired)
  CoverageTerm kind = CoverageTerm::whole_unit;
  std::string term{};           // "whole_unit", the component's name or the extended warranty's id
  std::string exclusion{};      // the cause that excluded it, when one did
  CoverageRule why;             // the rule that answered, as facts
  // Housing: "owner" or "contractor", the guarantee whose end applies, and
  // the repairer the 住宅质量保证书 names (UnitFacts::repairer), to route the call to.
  std::string guarantee{};
  std::string repairer{};

  // e.g. "warranty.colour_tv.components.picture_tube = 3 years from invoice 2025-01-10: until 2028-01-10"
  std::string rule() const { return why.text(); }
};

// The rule that decided a remedy.
enum class RemedyBasis : std::uint8_t {
  exclusion,        // an excluded cause: paid repair
  out_of_warranty,  // no term covers the date: paid repair
  max_repairs,      // repaired max_repairs times and still faulty
  repair_limit,     // a repair took longer than repair_limit_days
  parts_limit,      // waited longer than parts_limit_days for parts
  remedy_table,     // the product's remedy table for the fault kind
  fault_window,     // a fault kind within its early window (car: serious safety fault)
  return_window,    // a performance fault within return_days
  exchange_window,  // a performance fault within exchange_days
  free_repair,      // within the warranty: free repair
  extended_replacement,  // covered only by an extended warranty and cannot be repaired: a new unit (seeds/002 第三篇)
  repeat_limit,     // a fault kind repaired or replaced its limit of times (car 2021 art. 24 para. 1 (1)-(3))
};

struct RemedyDecision {
  RemedySet options{};          // the customer's choice (iterates in return, exchange, repair order)
  bool free = false;            // free of charge (parts and labour)
  std::optional<Fen> refund{};  // when return is an option and a price was given
  RemedyBasis basis = RemedyBasis::free_repair;
  bool no_same_model = false;   // exchange turned into return: no same model available
  bool refused_exchange = false;  // return added: the customer refused the exchange offered
  bool unrepairable = false;      // the fault's unit cannot be repaired (FaultFacts::unrepairable)

  // The facts each rule was checked against; rule() and trail() write them
  // out. When coverage alone decided (an exclusion, out of warranty) only
  // `coverage` is filled in.
  Coverage coverage;                    // coverage on the fault date (no remedy checks when it excludes or ends)
  RemedyRules rules{};                  // the policy's windows and limits
  std::string product{};
  std::string fault{};                  // the remedy-table kind that decided; empty for "performance"
  int prior_repairs = 0, repair_days = 0, waiting_parts_days = 0;
  std::optional<Period> remedy_period{};  // the product's shorter remedy period, if any
  std::optional<std::int64_t> remedy_km{}, mileage{};  // its mileage limit and the unit's mileage
  std::optional<FaultWindow> window{};  // the fault kind's early window, if it has one
  Date window_until{};                  // its last day
  bool in_window = false;               // the fault fell within it (date and mileage)
  Date remedy_until{};                  // last day of the period the 三包 remedies apply in
  Date return_until{}, exchange_until{};  // last days of the return and exchange windows (windows_checked)
  bool repairs_checked = false;         // the repair count and limits were checked
  bool windows_checked = false;         // a performance fault in the remedy period met the 7/15-day windows
  bool depreciated = false;             // the refund is less depreciation (exchange refused)
  std::int64_t depreciation_ppm_per_day = 0, depreciation_days = 0;
  Fen depreciation = 0;
  // The provisional note (see CoverageRule::provisional) of the earliest
  // provisional date the deciding rule compared the fault day with
  // (return_until and exchange_until for the 7/15-day windows and a free
  // repair past them, window_until for a fault window, remedy_until for the
  // repair limits and the remedy table), else empty; rule() appends it. An
  // exclusion or out-of-warranty answer is coverage's rule, with coverage's
  // note, and so is a free repair's tail.
  std::string provisional;
  // Car 2021 art. 24 para. 1 (1)-(3) and art. 27.
  int prior_replacements = 0;
  std::optional<RepeatLimit> repeat_limit{};  // the fault kind's repeat limit, if it has one
  bool refused_exchange_kept = false;  // exchange refused, but the rules give no return for it
  // Art. 27: decided under art. 24 para. 1 on a product with a usage
  // coefficient cap: the consumer pays price x km / 1000 x n, rounded half
  // up to the fen, at most the price; the refund is the price less it.
  // Computed when the price, the mileage and n are known.
  bool usage_compensation_due = false;
  std::optional<std::int64_t> usage_coefficient_ppm{};
  std::optional<Fen> usage_compensation{};
  std::optional<Fen> usage_price{};  // the price it was computed from

  std::string rule() const;               // the rule that decided
  std::vector<std::string> trail() const;  // every rule checked, in order, with its outcome
};

// Facts about a unit for coverage and remedy questions.
struct UnitFacts {
  std::string product{};
  Date purchased{};                       // invoice date (housing: completion acceptance)
  std::optional<Date> delivered{};        // (housing: handover to the owner, 交付)
  std::optional<Date> installed{};
  std::optional<Date> exchanged{};      // an exchange restarts the period from this date
  int repair_days = 0;                  // days under repair or waiting for parts: extend the period
  // Odometer reading on the day asked about (the fault day for remedies);
  // checked against the product's km limits. Not given: dates alone decide.
  std::optional<std::int64_t> mileage_km{};
  // Housing: the design service life the project's design documents give
  // (条例 art. 40(一)), 1..100 years, for the foundation and main structure;
  // and the repairer the 住宅质量保证书 names (1998 art. 4), empty: the developer.
  std::optional<int> design_life_years{};
  std::string repairer{};
};

struct FaultFacts {
  Date fault_on{};
  std::string fault = "performance";   // "performance", a remedy-table kind or a fault-window kind
  std::optional<std::string> component{};  // the faulty part, when it has a term of its own (picture_tube)
  std::optional<std::string> cause{};  // an exclusion cause, when one applies
  int prior_repairs = 0;               // repairs of this fault within the period
  int repair_days = 0;                 // days the current repair has taken (the repairer's)
  int waiting_parts_days = 0;          // days waiting for the producer's parts
  bool same_model_available = true;
  std::optional<Fen> price{};          // invoice price, for the refund amount
  // Car 2021 art. 24 para. 1 (2)/(3): times this fault's assembly or main part
  // was replaced for quality problems within the remedy period. Art. 24
  // para. 2: an assembly's replacements and its main parts' are not counted
  // twice: the caller counts a replacement once, under the fault kind it
  // reports ("major_assembly" for the engine, gearbox, battery or motor
  // itself, "main_part" / "major_part" for one of their main parts).
  int prior_replacements = 0;
  // Car 2021 art. 27: this unit's usage coefficient n from its 三包凭证, in
  // millionths (0.4 % = 4000); not given: the product's usage_coefficient_ppm.
  std::optional<std::int64_t> usage_coefficient_ppm{};
  // The customer returns the unit although an exchange was offered: a return
  // is added wherever an exchange is, refunded less depreciation (1995 art.
  // 13). Within the return window the refund is the full price regardless.
  bool refused_exchange = false;
  // The repairer found that the unit cannot be repaired. Under an extended
  // warranty (a fault it alone covers) the unit is then replaced with a new
  // one (seeds/002 第三篇); the maker's own terms are not changed by it.
  bool unrepairable = false;
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
                 std::optional<Calendar> calendar = std::nullopt, RestDayExtension rest_day_extension = {});

  const ProductTerms& terms(std::string_view product) const;  // throws not_found naming "product"
  const RemedyRules& remedy_rules() const noexcept { return rules_; }
  const std::vector<std::string>& exclusions() const noexcept { return exclusions_; }
  const std::optional<Calendar>& calendar() const noexcept { return calendar_; }
  const RestDayExtension& rest_day_extension() const noexcept { return rest_day_extension_; }

  Coverage coverage(const UnitFacts& unit, Date on, std::optional<std::string_view> component = std::nullopt,
                    std::optional<std::string_view> cause = std::nullopt,
                    const std::vector<ExtendedWarranty>& extended = {}) const;
  // coverage() for many units of one product, in columns: unit i, bought on
  // purchased[i] (the invoice date), asked about on on[i], with no component
  // unless one is named, no cause, no extended warranty and no repair days.
  // Writes covered[i] and until[i] (the term's last day). The term is worked
  // out once per distinct purchase date, so a batch of a month's records
  // costs little more than a comparison each.
  //
  // An element whose purchased or on is not a date (not_a_date_time) gets
  // covered = false and until = not_a_date_time. An element coverage() would
  // refuse (on before the purchase, a term past 2199) throws an Error naming
  // "on[i]" or "purchased[i]"; with `skip_errors` it gets the not-a-date
  // answer instead. The product, the component and the span sizes are
  // checked before any element is written. Returns the number of elements
  // answered.
  std::size_t coverage_many(std::string_view product, std::span<const Date> purchased, std::span<const Date> on,
                            std::span<bool> covered, std::span<Date> until,
                            std::optional<std::string_view> component = std::nullopt, bool skip_errors = false) const;
  // The 三包 remedies apply within the whole-unit term (or the product's
  // remedy_period), counted like coverage: from the start basis or the
  // exchange, plus the unit's repair days. A fault covered by a component's
  // longer term or by an extended warranty gets free repair only; one an
  // extended warranty alone covers, on a unit that cannot be repaired
  // (fault.unrepairable), gets a new unit (Remedy::replacement). Errors
  // about the unit's own repair days name "unit.repair_days".
  RemedyDecision remedy(const UnitFacts& unit, const FaultFacts& fault,
                        const std::vector<ExtendedWarranty>& extended = {}) const;
  // Car 2021 art. 28: the seller's answer to an exchange or return request
  // is due `answer_working_days` working days after it was received
  // (`received`, default the request day), the exchange or return
  // `complete_working_days` after the request; counted on the policy's
  // calendar (weekends and holidays skipped, make-up days counted; the day
  // itself not counted). Throws Error(state) naming "calendar" without a
  // calendar, Error(invalid_argument) naming "warranty.rules.answer_working_days"
  // when the policy gives neither deadline.
  ExchangeRequestDeadlines exchange_request_deadlines(Date requested, std::optional<Date> received = std::nullopt) const;
  ServiceCategory category(const UnitFacts& unit, Date on, std::optional<std::string_view> cause = std::nullopt,
                           const std::vector<MaintenanceContract>& contracts = {},
                           const std::vector<ExtendedWarranty>& extended = {}, bool internal = false,
                           std::string* rule = nullptr) const;

 private:
  std::vector<ProductTerms> products_;
  RemedyRules rules_;
  std::vector<std::string> exclusions_;
  std::optional<Calendar> calendar_;
  RestDayExtension rest_day_extension_;

  RemedyDecision decide_remedy(const UnitFacts& unit, const FaultFacts& fault,
                               const std::vector<ExtendedWarranty>& extended) const;
  void cover(Coverage& out, const ProductTerms& t, const UnitFacts& unit, Date on,
             const std::optional<std::string_view>& component, const std::optional<std::string_view>& cause,
             const std::vector<ExtendedWarranty>& extended) const;
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
