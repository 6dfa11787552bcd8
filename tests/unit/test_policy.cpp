// The whole company policy: defaults, the document, one calendar for all parts.
#include <aftersales/policy.hpp>

#include "support.hpp"

#include <string>

using namespace aftersales;
using namespace test_support;

namespace {

Instant bj(int y, unsigned mo, unsigned d, int h = 0, int mi = 0) { return utc(y, mo, d, h, mi) - std::chrono::hours(8); }

// A calendar unlike the China preset: Mon-Sat 08:00-16:00 in UTC, no holidays.
Calendar six_days() {
  CalendarBuilder b;
  b.zone("UTC");
  for (const char* day : {"mon", "tue", "wed", "thu", "fri", "sat"})
    b.add_shift(parse_weekday(day), Shift::parse("08:00", "16:00"));
  return b.build();
}

}  // namespace

TEST_CASE("policy: the defaults are the seeds' numbers", "[policy]") {
  const Policy p = Policy::default_policy(cn());
  CHECK(p.dispatch().target("urban") == std::chrono::hours(6));
  CHECK(p.dispatch().target("suburban") == std::chrono::hours(7));
  CHECK(p.warranty().terms("colour_tv").whole_unit.years == 1);
  CHECK(p.complaints().rules().overall_days.domestic == 13);
  CHECK(p.complaints().rules().overall_days.foreign == 17);
  CHECK(p.penalties().cap_ppm() == 500000);
  CHECK(p.service().revisit_days == 30);
  CHECK(p.service().cost_kinds == std::vector<std::string>{"labour", "material", "transport", "facilities", "management"});
  // A call on Tuesday 17:00 before the National Day break: 1 h that day,
  // 5 h on Thursday 10-09 after the break (09:00-12:00, 13:00-15:00).
  CHECK(p.dispatch().deadline(bj(2025, 9, 30, 17), "urban") == bj(2025, 10, 9, 15));
}

TEST_CASE("policy: a document's sections replace the defaults one by one", "[policy]") {
  const Policy p = Policy::from_json(R"({
    "dispatch": {"targets": {"urban": "4h", "rural": "24h"}},
    "warranty": "piano",
    "complaints": {"overall": {"days": {"domestic": 10, "foreign": 20}}},
    "service": {"revisit_days": 14, "cost_kinds": ["labour", "parts"]}
  })", cn());
  CHECK(p.dispatch().target("rural") == std::chrono::hours(24));
  CHECK_ERROR(ErrorCode::not_found, "zone", "suburban", p.dispatch().target("suburban"));
  CHECK(p.warranty().terms("piano").whole_unit.years == 3);
  CHECK(p.complaints().rules().overall_days.domestic == 10);
  CHECK(p.complaints().rules().stages.size() == 7);  // kept from the defaults
  CHECK(p.penalties().cap_ppm() == 500000);          // a missing section is the default
  CHECK(p.service().revisit_days == 14);

  // The round trip gives the same rules.
  const Policy back = Policy::from_json(p.to_json());
  CHECK(back.to_json() == p.to_json());
  CHECK(back.service() == p.service());
  CHECK(back.dispatch().targets() == p.dispatch().targets());
  CHECK(back.complaints().rules() == p.complaints().rules());
}

TEST_CASE("policy: the given calendar is the one every part uses", "[policy]") {
  const Calendar cal = six_days();
  const Policy p = Policy::from_json(Policy::default_policy(cn()).to_json(), cal);
  // Saturday is a working day here: 6 h from Saturday 10:00 is Saturday 16:00.
  CHECK(p.dispatch().deadline(utc(2025, 10, 4, 10), "urban") == utc(2025, 10, 4, 16));
  CHECK(p.complaints().stage_deadline(0, Market::domestic, utc(2025, 10, 4, 10)) == utc(2025, 10, 4, 14));
  REQUIRE(p.warranty().calendar().has_value());
  CHECK(p.warranty().calendar()->zone().name() == "UTC");
  // Parts built on another calendar are put on the policy's.
  const Policy q(cal, DispatchPolicy(cn()), WarrantyPolicy::sanbao(), ComplaintPolicy::default_policy(cn()),
                 PenaltyPolicy::default_policy(), p.service());
  CHECK(q.dispatch().deadline(utc(2025, 10, 4, 10), "urban") == utc(2025, 10, 4, 16));
  CHECK(q.complaints().calendar().zone().name() == "UTC");
}

TEST_CASE("policy: document errors name the path and the value", "[policy]") {
  CHECK_ERROR(ErrorCode::parse_error, "calendar", "calendar", Policy::from_json("{}"));
  CHECK_ERROR(ErrorCode::parse_error, "polices", "polices", Policy::from_json(R"({"polices": {}})", cn()));
  CHECK_ERROR(ErrorCode::not_found, "warranty", "sambao", Policy::from_json(R"({"warranty": "sambao"})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "dispatch.targets.urban", "",
              Policy::from_json(R"({"dispatch": {"targets": {"urban": "0h"}}})", cn()));
  CHECK_ERROR(ErrorCode::parse_error, "complaints.overall.days.domestic", "x",
              Policy::from_json(R"({"complaints": {"overall": {"days": {"domestic": "x", "foreign": 17}}}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "penalties.deduction_cap_percent", "101",
              Policy::from_json(R"({"penalties": {"deduction_cap_percent": 101}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.revisit_days", "-1",
              Policy::from_json(R"({"service": {"revisit_days": -1, "cost_kinds": ["labour"]}})", cn()));
  CHECK_ERROR(ErrorCode::parse_error, "service.cost_kinds", "missing",
              Policy::from_json(R"({"service": {"revisit_days": 30}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.cost_kinds[1]", "labour",
              Policy::from_json(R"({"service": {"revisit_days": 30, "cost_kinds": ["labour", "labour"]}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.cost_kinds", "no cost kind",
              Policy(cn(), DispatchPolicy(cn()), WarrantyPolicy::sanbao(), ComplaintPolicy::default_policy(cn()),
                     PenaltyPolicy::default_policy(), ServiceRules{30, {}}));
}
