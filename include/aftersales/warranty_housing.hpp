#pragma once
// Housing guarantees (data/policies/housing.json): two guarantees per part of
// a home, and the later end applies.
//   - The owner's guarantee (住宅质量保证书): counted from handover to the
//     owner (商品房销售管理办法 art. 33: 保修期从交付之日起计算), each part at
//     least its minimum of 商品住宅实行住宅质量保证书和住宅使用说明书制度的规定
//     (1998) art. 5.
//   - The contractor's guarantee to the developer (质量保修书): counted from
//     completion acceptance (建设工程质量管理条例 art. 40); art. 33 says the
//     owner's is never shorter than what remains of it.
// A unit's handover is UnitFacts::delivered (交付 is delivery) and its
// completion acceptance UnitFacts::purchased.
#include <aftersales/types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aftersales {

// A guarantee's length. Two the law gives without a number of days:
// "1 heating or cooling season" (a season's dates are set locally, so the
// policy gives them) and "the design service life" (the design documents
// give it per project, so the unit gives it at intake).
struct GuaranteeLength {
  enum class Kind : std::uint8_t { period, seasons, design_life };
  Kind kind = Kind::period;
  Period period{};     // period: the length
  int count = 0;       // seasons: how many
  std::string season;  // seasons: which ("heating", "cooling"), a key of HousingTerms::seasons
};

// The dates of a yearly season (a heating season 11-15 .. 03-15 runs into
// the next year). 02-29 is allowed: in a common year a season starting on it
// starts 03-01 (never earlier than the policy says) and one ending on it
// ends 02-28 (the month's last day, as Civil Code art. 202 reads a day a
// month lacks).
struct SeasonDates {
  std::string name;
  int from_month = 0, from_day = 0;
  int to_month = 0, to_day = 0;
};

// One part of a home with its two guarantees.
struct HousingPart {
  std::string name;
  GuaranteeLength owner;       // from handover (1998 art. 5 minimum)
  GuaranteeLength contractor;  // from completion acceptance (条例 art. 40)
};

struct HousingTerms {
  std::vector<HousingPart> parts;
  std::vector<SeasonDates> seasons;  // none in the preset: the law gives no dates
  // Guarantee-expiry notices (seed 001 (五): 公告住房保修期届满的业主): a notice
  // is due this many days before a part's guarantee ends. The seed gives no
  // number: a policy value.
  int notice_days = 0;  // required: the policy document gives it (data/policies/housing.json); 0 is refused
};

// The longest design service life a unit or a home may give, in years
// (UnitFacts::design_life_years, HomeIntake::design_life_years).
inline constexpr int max_design_life_years = 100;

// The text of a length: "3 years", "1 heating season", "the design service life".
std::string to_string(const GuaranteeLength& length);

}  // namespace aftersales
