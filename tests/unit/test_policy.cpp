// The whole company policy: defaults, the document, one calendar for all parts.
#include <aftersales/policy.hpp>

#include "support.hpp"
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
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

// The products a policy's warranty names.
std::vector<std::string> products_of(const Policy& p) {
  std::vector<std::string> out;
  const auto doc = nlohmann::json::parse(p.warranty().to_json());
  for (auto it = doc["warranty"]["products"].begin(); it != doc["warranty"]["products"].end(); ++it)
    out.push_back(it.key());
  return out;
}

// A document of data/policies, read at test time next to this source file,
// without its "note" members (prose, which to_json does not write back).
nlohmann::json default_document(const std::string& name) {
  const auto path = std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "data" / "policies" / (name + ".json");
  std::ifstream in(path);
  REQUIRE(in.good());
  nlohmann::json doc = nlohmann::json::parse(in);
  const auto strip = [](auto& self, nlohmann::json& v) -> void {
    if (v.is_object()) v.erase("note");
    if (v.is_structured())  // a scalar iterates over itself
      for (auto& child : v) self(self, child);
  };
  strip(strip, doc);
  return doc;
}

}  // namespace

TEST_CASE("policy: the default policy is the default documents of data/policies, member for member", "[policy]") {
  // Every default the library decides is read from these files: a number
  // that drifted into code (or a document edited without the code seeing
  // it) makes a section differ.
  const auto p = nlohmann::json::parse(Policy::default_policy(cn()).to_json());
  CHECK(p["dispatch"] == default_document("dispatch")["dispatch"]);
  CHECK(p["warranty"] == default_document("sanbao")["warranty"]);
  CHECK(p["complaints"] == default_document("complaints")["complaints"]);
  CHECK(p["penalties"] == default_document("penalties")["penalties"]);
  CHECK(p["service"] == default_document("service")["service"]);
  // The parts' own defaults are the same documents.
  CHECK(nlohmann::json::parse(DispatchPolicy(cn()).to_json())["dispatch"] == p["dispatch"]);
  CHECK(nlohmann::json::parse(ComplaintPolicy::default_policy(cn()).to_json())["complaints"] == p["complaints"]);
  CHECK(nlohmann::json::parse(PenaltyPolicy::default_policy().to_json())["penalties"] == p["penalties"]);
  CHECK(nlohmann::json::parse(WarrantyPolicy::sanbao().to_json())["warranty"] == p["warranty"]);
  // RemedyRules{} (code that builds a warranty policy) is sanbao.json's rules.
  const RemedyRules code{};
  const auto& rules = p["warranty"]["rules"];
  CHECK(code.return_days == rules["return_days"]);
  CHECK(code.exchange_days == rules["exchange_days"]);
  CHECK(code.max_repairs == rules["max_repairs"]);
  CHECK(code.repair_limit_days == rules["repair_limit_days"]);
  CHECK(code.parts_limit_days == rules["parts_limit_days"]);
  CHECK(code.max_extended_years == rules["max_extended_years"]);
  CHECK(code.max_repairs_remedies == WarrantyPolicy::sanbao().remedy_rules().max_repairs_remedies);
  CHECK(code.limit_remedies == WarrantyPolicy::sanbao().remedy_rules().limit_remedies);
}

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
  CHECK(p.complaints().rules().stages.size() == 10);  // kept from the defaults (issue 29's list)
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
  // Stage 1, registration: ½ day (stage 0, sales' intake, has no budget).
  CHECK(p.complaints().stage_deadline(1, Market::domestic, utc(2025, 10, 4, 10)) == utc(2025, 10, 4, 14));
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
  CHECK_ERROR(ErrorCode::parse_error, "service.cost_kinds", "null",
              Policy::from_json(R"({"service": {"revisit_days": 30, "cost_kinds": null}})", cn()));
  CHECK_ERROR(ErrorCode::parse_error, "service.revisit_days", "whole number of days",
              Policy::from_json(R"({"service": {"revisit_days": "30d"}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.cost_kinds[1]", "labour",
              Policy::from_json(R"({"service": {"revisit_days": 30, "cost_kinds": ["labour", "labour"]}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.cost_kinds", "no cost kind",
              Policy(cn(), DispatchPolicy(cn()), WarrantyPolicy::sanbao(), ComplaintPolicy::default_policy(cn()),
                     PenaltyPolicy::default_policy(), ServiceRules{30, {}}));
}

TEST_CASE("policy: every section and every member is optional, keeping the default document's value", "[policy]") {
  const Policy d = Policy::default_policy(cn());
  SECTION("service: {\"revisit_days\": 30} keeps cost_kinds") {
    const Policy p = Policy::from_json(R"({"service": {"revisit_days": 14}})", cn());
    CHECK(p.service().revisit_days == 14);
    CHECK(p.service().cost_kinds == d.service().cost_kinds);
    const Policy q = Policy::from_json(R"({"service": {"cost_kinds": ["labour"]}})", cn());
    CHECK(q.service().revisit_days == 30);
    CHECK(q.service().cost_kinds == std::vector<std::string>{"labour"});
    CHECK(Policy::from_json(R"({"service": {}})", cn()).service() == d.service());
    CHECK(Policy::from_json(R"({"service": {"note": "ours"}})", cn()).service() == d.service());
  }
  SECTION("dispatch: at_risk alone keeps the targets; targets alone keep at_risk") {
    const Policy p = Policy::from_json(R"({"dispatch": {"at_risk": "PT30M"}})", cn());
    CHECK(p.dispatch().targets() == d.dispatch().targets());
    CHECK(p.dispatch().at_risk() == std::chrono::minutes(30));
    const Policy q = Policy::from_json(R"({"dispatch": {"targets": {"rural": "PT24H"}}})", cn());
    CHECK(q.dispatch().targets().size() == 1);  // targets list every zone
    CHECK(q.dispatch().at_risk() == d.dispatch().at_risk());
    CHECK(Policy::from_json(R"({"dispatch": {}})", cn()).dispatch().targets() == d.dispatch().targets());
  }
  SECTION("warranty: rules alone keep the sanbao products, exclusions and other rules") {
    const Policy p = Policy::from_json(R"({"warranty": {"rules": {"return_days": 10}}})", cn());
    CHECK(p.warranty().remedy_rules().return_days == 10);
    CHECK(p.warranty().remedy_rules().exchange_days == d.warranty().remedy_rules().exchange_days);
    CHECK(p.warranty().remedy_rules().max_repairs == d.warranty().remedy_rules().max_repairs);
    CHECK(products_of(p) == products_of(d));
    CHECK(products_of(d).size() == 4);
    CHECK(p.warranty().exclusions() == d.warranty().exclusions());
    CHECK(p.warranty().terms("colour_tv").whole_unit.years == 1);
    const Policy e = Policy::from_json(R"({"warranty": {}})", cn());
    CHECK(e.warranty().to_json() == d.warranty().to_json());
    // Products are listed whole: given, they replace the preset's.
    const Policy own = Policy::from_json(R"({"warranty": {"products": {"washer": {"whole_unit": "P2Y"}}}})", cn());
    CHECK(products_of(own) == std::vector<std::string>{"washer"});
    CHECK(own.warranty().remedy_rules().return_days == d.warranty().remedy_rules().return_days);
    CHECK(own.warranty().exclusions() == d.warranty().exclusions());
  }
  SECTION("complaints and penalties: one member keeps the others") {
    const Policy p = Policy::from_json(R"({"complaints": {"working_day": "PT7H"}, "penalties": {"resale_window": "P2M"}})",
                                       cn());
    CHECK(p.complaints().rules().working_day == std::chrono::hours(7));
    CHECK(p.complaints().rules().overall_days.domestic == 13);
    CHECK(p.complaints().rules().stages.size() == d.complaints().rules().stages.size());
    CHECK(p.penalties().resale_window().months == 2);
    CHECK(p.penalties().cap_ppm() == d.penalties().cap_ppm());
    CHECK(p.penalties().offences() == d.penalties().offences());
  }
  SECTION("the warranty rules' C++ defaults are the default document's") {
    const RemedyRules code{};
    const RemedyRules doc = d.warranty().remedy_rules();
    CHECK(code.return_days == doc.return_days);
    CHECK(code.exchange_days == doc.exchange_days);
    CHECK(code.max_repairs == doc.max_repairs);
    CHECK(code.repair_limit_days == doc.repair_limit_days);
    CHECK(code.parts_limit_days == doc.parts_limit_days);
    CHECK(code.max_extended_years == doc.max_extended_years);
    CHECK(code.max_repairs_remedies == doc.max_repairs_remedies);
    CHECK(code.limit_remedies == doc.limit_remedies);
  }
}

TEST_CASE("policy: one grammar in every section", "[policy]") {
  // Working time in dispatch and complaints; calendar periods in warranty
  // and penalties; each refuses the other kind, bare numbers and a bare m.
  const auto load = [](const std::string& doc) { return Policy::from_json(doc, cn()); };
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "'6' is a bare number",
              load(R"({"dispatch": {"targets": {"urban": 6}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.targets.urban", "'P6M' is a calendar period",
              load(R"({"dispatch": {"targets": {"urban": "P6M"}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.at_risk", "'90m' is ambiguous", load(R"({"dispatch": {"at_risk": "90m"}})"));
  CHECK_ERROR(ErrorCode::parse_error, "complaints.working_day", "'8' is a bare number",
              load(R"({"complaints": {"working_day": 8}})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv.whole_unit", "'6h' is working time, not a calendar period",
              load(R"({"warranty": {"products": {"tv": {"whole_unit": "6h"}}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv.whole_unit", "'6m' is ambiguous",
              load(R"({"warranty": {"products": {"tv": {"whole_unit": "6m"}}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "warranty.products.tv.whole_unit", "'365' is a bare number",
              load(R"({"warranty": {"products": {"tv": {"whole_unit": 365}}}})"));
  CHECK_ERROR(ErrorCode::parse_error, "penalties.resale_window", "'1m' is ambiguous",
              load(R"({"penalties": {"resale_window": "1m"}})"));
  CHECK_ERROR(ErrorCode::parse_error, "penalties.resale_window", "'PT1H' is working time",
              load(R"({"penalties": {"resale_window": "PT1H"}})"));
  CHECK_ERROR(ErrorCode::parse_error, "penalties.resale_window", "1y, 6mo, 2y6mo, 15d",
              load(R"({"penalties": {"resale_window": 30}})"));
  // The whole default policy round-trips in the new grammar.
  const Policy d = Policy::default_policy(cn());
  const std::string text = d.to_json();
  CHECK_THAT(text, Catch::Contains(R"("resale_window": "1mo")") && Catch::Contains(R"("at_risk": "1h")"));
  CHECK(Policy::from_json(text).to_json() == text);
}
