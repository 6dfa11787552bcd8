// Homes in the store and their guarantee-expiry notices (issue 27). Seed 001
// section 六 (五): 公告住房保修期届满的业主, 及时检查发现问题 — owners whose
// guarantee is ending are told in time. A part's guarantee is the later of
// the owner's (from handover: 商品住宅实行住宅质量保证书和住宅使用说明书制度的规定
// 1998 art. 5; 商品房销售管理办法 art. 33) and the contractor's (from completion
// acceptance: 建设工程质量管理条例 art. 40).
#include <aftersales/calendars/cn.hpp>
#include <aftersales/error.hpp>
#include <aftersales/store.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "store_support.hpp"

#include <set>
#include <string>

using namespace aftersales;
using namespace test_support;

namespace {

// The default policy with the housing preset as its warranty (or `warranty`).
Policy housing_policy(std::optional<WarrantyPolicy> warranty = std::nullopt) {
  const Policy& d = policy();
  return Policy(d.calendar(), d.dispatch(), warranty ? *warranty : WarrantyPolicy::housing(cn()), d.complaints(),
                d.penalties(), d.service());
}

struct HomeStore {
  std::string path = fresh_store_path();
  Store store;
  explicit HomeStore(Policy p = housing_policy(), Instant now = bj(2025, 11, 20, 12))
      : store(Store::open(path, std::move(p), at_clock(now))) {}
  ~HomeStore() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
};

HomeIntake home(std::string serial = "3-2-1201") {
  HomeIntake h;
  h.owner = "Li Na";
  h.phone = "13900000002";
  h.address = "3-2-1201 Jinqiao Garden";
  h.serial = std::move(serial);
  h.completed = day(2023, 6, 30);
  h.handover = day(2024, 3, 1);
  h.design_life_years = 50;
  h.repairer = "Jinqiao Property Repairs";
  return h;
}

// The end coverage gives a part (the rule the notices follow).
Date end_of(const WarrantyPolicy& w, const HomeIntake& h, const std::string& part) {
  UnitFacts u;
  u.product = h.product;
  u.purchased = h.completed;
  u.delivered = h.handover;
  u.design_life_years = h.design_life_years;
  return *w.coverage(u, h.completed, part).until;
}

std::set<std::string> parts_of(const std::vector<HousingNotice>& notices) {
  std::set<std::string> out;
  for (const HousingNotice& n : notices) out.insert(n.part);
  return out;
}

}  // namespace

TEST_CASE("store homes: a home is a unit with both dates, its design life and repairer (issue 27; 1998 arts. 4, 5)",
          "[store][homes]") {
  HomeStore s;
  const Id id = s.store.add_home(home());
  CHECK(id.size() == 36);
  CHECK(count(s.path, "PRAGMA user_version") == Store::schema_version());
  CHECK(count(s.path, "SELECT count(*) FROM units WHERE product = 'housing' AND serial = '3-2-1201' "
                      "AND purchased = '2023-06-30' AND delivered = '2024-03-01' AND length(id) = 16") == 1);
  CHECK(count(s.path, "SELECT count(*) FROM homes WHERE design_life_years = 50 "
                      "AND repairer = 'Jinqiao Property Repairs' AND length(unit_id) = 16") == 1);
  CHECK(count(s.path, "SELECT count(*) FROM customers WHERE name = 'Li Na'") == 1);
  // No repairer named: NULL (the developer), not an empty text.
  HomeIntake h = home("3-2-1202");
  h.repairer.reset();
  s.store.add_home(h);
  CHECK(count(s.path, "SELECT count(*) FROM homes WHERE repairer IS NULL") == 1);
  CHECK(count(s.path, "SELECT count(*) FROM customers") == 1);  // the same owner, found by name and phone
}

TEST_CASE("store homes: notices due notice_days before the later end, issued once "
          "(seed 001 六(五); 条例 art. 40; 商品房销售管理办法 art. 33)",
          "[store][homes]") {
  HomeStore s;
  const HomeIntake h = home();
  s.store.add_home(h);
  const WarrantyPolicy& w = s.store.policy().warranty();
  // Completion 2023-06-30: the contractor's 2 years (art. 40(四)) outlast the
  // owner's 1 year / 6 months / 2 months from handover 2024-03-01.
  const std::set<std::string> two_years = {"pipe_leaks",   "plaster_falling", "floor_hollow_cracked_sanding",
                                           "doors_windows_hardware", "pipe_blockage", "sanitary_ware",
                                           "lamps_switches"};
  const Date ends = end_of(w, h, "pipe_blockage");
  CHECK(format_date(ends) == "2025-06-30");  // 2 years from 2023-06-30; a Monday
  for (const auto& p : two_years) CHECK(end_of(w, h, p) == ends);

  SECTION("before the window: none") {
    CHECK(s.store.issue_housing_expiry_notices(ends - boost::gregorian::days(31)).empty());
  }
  SECTION("in the window: each part once, the contractor's end") {
    const Date on = ends - boost::gregorian::days(30);  // notice_days 30 (data/policies/housing.json)
    const auto notices = s.store.issue_housing_expiry_notices(on);
    CHECK(parts_of(notices) == two_years);
    for (const HousingNotice& n : notices) {
      CHECK(n.ends == ends);
      CHECK(n.guarantee == "contractor");
      CHECK(n.issued_on == on);
      CHECK(n.issued_at == bj(2025, 11, 20, 12));
      CHECK(n.owner == "Li Na");
      CHECK(n.phone == "13900000002");
      CHECK(n.serial == "3-2-1201");
      CHECK(n.repairer == std::optional<std::string>("Jinqiao Property Repairs"));
      CHECK(n.id.size() == 36);
    }
    CHECK(count(s.path, "SELECT count(*) FROM housing_notices WHERE length(id) = 16 AND ends = '2025-06-30' "
                        "AND guarantee = 'contractor' AND issued_at = 1763611200") == 7);
    // Asking again, that day or later in the window: none.
    CHECK(s.store.issue_housing_expiry_notices(on).empty());
    CHECK(s.store.issue_housing_expiry_notices(ends).empty());
    // The JSON face.
    const std::string json = to_json(std::span<const HousingNotice>(notices));
    CHECK_THAT(json, Catch::Matchers::Contains("\"ends\":\"2025-06-30\""));
    CHECK_THAT(json, Catch::Matchers::Contains("\"guarantee\":\"contractor\""));
  }
  SECTION("after the end: the guarantee is over, no notice") {
    CHECK(s.store.issue_housing_expiry_notices(ends + boost::gregorian::days(1)).empty());
  }
  SECTION("the owner's end when it is the later: roof waterproofing 5 years from completion (art. 40(二)) "
          "against 3 from handover (1998 art. 5)") {
    const Date roof = end_of(w, h, "roof_waterproofing");
    CHECK(format_date(roof) == "2028-06-30");
    const auto notices = s.store.issue_housing_expiry_notices(roof - boost::gregorian::days(1));
    CHECK(parts_of(notices) == std::set<std::string>{"roof_waterproofing", "wall_floor_basement_leaks"});
  }
  SECTION("foundation and main structure: the design service life (条例 art. 40(一)), due like any other") {
    const Date found = end_of(w, h, "foundation_structure");
    CHECK(found.year() >= 2073);
    CHECK(s.store.issue_housing_expiry_notices(found - boost::gregorian::days(31)).empty());
    const auto notices = s.store.issue_housing_expiry_notices(found - boost::gregorian::days(10));
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].part == "foundation_structure");
    CHECK(notices[0].ends == found);
  }
}

TEST_CASE("store homes: the owner's guarantee decides when handover is late (1998 art. 5; 商品房销售管理办法 art. 33)",
          "[store][homes]") {
  HomeStore s;
  HomeIntake h = home();
  h.completed = day(2022, 1, 10);
  h.handover = day(2025, 3, 3);  // contractor's 2 years ended 2024: the owner's 1 year applies
  s.store.add_home(h);
  const Date ends = end_of(s.store.policy().warranty(), h, "sanitary_ware");
  CHECK(format_date(ends) == "2026-03-03");
  const auto notices = s.store.issue_housing_expiry_notices(ends - boost::gregorian::days(3));
  CHECK(parts_of(notices) == std::set<std::string>{"sanitary_ware", "pipe_leaks", "plaster_falling",
                                                   "floor_hollow_cracked_sanding", "doors_windows_hardware"});
  for (const HousingNotice& n : notices) CHECK(n.guarantee == "owner");
}

TEST_CASE("store homes: seasons without dates in the policy are passed over, with dates noticed", "[store][homes]") {
  HomeStore s;
  s.store.add_home(home());
  // The preset gives no season dates (the law gives none): heating_system and
  // cooling_system have no end to tell, and do not block the other parts.
  for (Date on = day(2024, 3, 1); on <= day(2030, 1, 1); on += boost::gregorian::days(10))
    for (const HousingNotice& n : s.store.issue_housing_expiry_notices(on))
      CHECK((n.part != "heating_system" && n.part != "cooling_system"));
  CHECK(count(s.path, "SELECT count(*) FROM housing_notices") == 9);  // 12 parts less 2 seasons and the foundation
}

TEST_CASE("store homes: notices are all or nothing", "[store][homes]") {
  const std::string housing_only = R"({"warranty": {"exclusions": ["misuse"],
    "rules": {"return_days": 0, "exchange_days": 0, "max_repairs": 0, "repair_limit_days": 0, "parts_limit_days": 0},
    "products": {"housing": {"basis": "delivery", "notice_days": 30,
                             "parts": {"sanitary_ware": {"owner": "1y", "contractor": "2y"}}}%s}}})";
  auto doc = [&](const char* extra) {
    std::string d = housing_only;
    d.replace(d.find("%s"), 2, extra);
    return d;
  };
  const std::string villa = R"(, "villa": {"basis": "delivery", "notice_days": 30,
                             "parts": {"sanitary_ware": {"owner": "1y", "contractor": "2y"}}})";
  const std::string path = fresh_store_path();
  {
    Store st = Store::open(path, housing_policy(WarrantyPolicy::from_json(doc(villa.c_str()), cn())),
                           at_clock(bj(2025, 11, 20, 12)));
    st.add_home(home());
    HomeIntake v = home("V-7");
    v.product = "villa";
    st.add_home(v);
  }
  // Opened with a policy without the villa's terms: the housing home's notice
  // is due, the villa's cannot be decided; neither is written.
  Store st = Store::open(path, housing_policy(WarrantyPolicy::from_json(doc(""), cn())), at_clock(bj(2025, 11, 20, 12)));
  CHECK_ERROR(ErrorCode::not_found, "policy.warranty.products", "'villa'",
              st.issue_housing_expiry_notices(day(2025, 6, 20)));
  CHECK(count(path, "SELECT count(*) FROM housing_notices") == 0);
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

TEST_CASE("store homes: bad input names the field and value, writes nothing", "[store][homes]") {
  HomeStore s;
  const auto refused = [&](HomeIntake h, ErrorCode code, const char* field, const char* value) {
    CHECK_ERROR(code, field, value, s.store.add_home(h));
    CHECK(count(s.path, "SELECT count(*) FROM units") == 0);
    CHECK(count(s.path, "SELECT count(*) FROM customers") == 0);
    CHECK(count(s.path, "SELECT count(*) FROM homes") == 0);
  };
  HomeIntake h = home();
  h.handover = day(2023, 6, 29);
  // The 住宅质量保证书 is given at handover, after completion acceptance.
  refused(h, ErrorCode::invalid_argument, "handover", "2023-06-29 is before completion acceptance 2023-06-30");
  h = home();
  h.completed = day(2025, 12, 1);
  h.handover = day(2025, 12, 2);
  refused(h, ErrorCode::invalid_argument, "completed", "2025-12-01 is in the future");
  h = home();
  h.product = "colour_tv";
  refused(h, ErrorCode::not_found, "product", "colour_tv");
  h = home();
  h.design_life_years.reset();
  refused(h, ErrorCode::invalid_argument, "design_life_years", "条例 art. 40");
  h.design_life_years = 101;
  refused(h, ErrorCode::invalid_argument, "design_life_years", "101");
  h = home();
  h.repairer = "Acme\tRepairs";
  refused(h, ErrorCode::invalid_argument, "repairer", "control character");
  h.repairer = " Acme";
  refused(h, ErrorCode::invalid_argument, "repairer", "' Acme'");
  h.repairer = "";
  refused(h, ErrorCode::invalid_argument, "repairer", "is empty");
  h.repairer = std::string(201, 'x');
  refused(h, ErrorCode::invalid_argument, "repairer", "200 bytes");
  h = home();
  h.owner = "";
  refused(h, ErrorCode::invalid_argument, "owner", "is empty");
  h = home();
  h.completed = Date();
  refused(h, ErrorCode::invalid_argument, "completed", "not a date");
  // A product without housing terms.
  {
    const WarrantyPolicy w = WarrantyPolicy::from_json(R"({"warranty": {"products": {"housing": {"basis": "delivery",
      "notice_days": 30, "parts": {"roof": {"owner": "3y", "contractor": "5y"}}}, "tv": {"whole_unit": "1y"}}}})");
    HomeStore t(housing_policy(w));
    HomeIntake tv = home();
    tv.product = "tv";
    CHECK_ERROR(ErrorCode::invalid_argument, "product", "'tv' has no housing terms", t.store.add_home(tv));
    CHECK(count(t.path, "SELECT count(*) FROM units") == 0);
  }
  // The same home twice.
  s.store.add_home(home());
  CHECK_ERROR(ErrorCode::invalid_argument, "serial", "'3-2-1201' is already a home of housing", s.store.add_home(home()));
  CHECK(count(s.path, "SELECT count(*) FROM homes") == 1);
  CHECK_ERROR(ErrorCode::invalid_argument, "on", "not a date", s.store.issue_housing_expiry_notices(Date()));
}

TEST_CASE("store homes: a version-1 store is brought to version 2 on open (create, must_exist), not query_only",
          "[store][homes][open]") {
  for (const OpenMode mode : {OpenMode::create, OpenMode::must_exist}) {
    const std::string path = v1_store();
    REQUIRE(count(path, "PRAGMA user_version") == 1);
    StoreOptions o = at_clock(bj(2025, 11, 20, 12));
    o.mode = OpenMode::query_only;
    CHECK_ERROR(ErrorCode::state, "schema", "older", Store::open(path, housing_policy(), o));
    o.mode = mode;
    {
      Store st = Store::open(path, housing_policy(), o);
      CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
      CHECK(count(path, "SELECT count(*) FROM calls") == 3);  // the old records kept
      CHECK(count(path, "SELECT count(*) FROM homes") == 0);
      st.add_home(home());
      CHECK(st.issue_housing_expiry_notices(day(2025, 6, 1)).size() == 7);
    }
    CHECK(count(path, "SELECT count(*) FROM housing_notices") == 7);
    remove_store_files(path);
  }
}

TEST_CASE("housing seasons: 02-29 is a season day; in a common year a start is 03-01, an end 02-28 (issue 27)",
          "[warranty][housing]") {
  // No calendar: no rest-day move, the plain season days.
  const WarrantyPolicy w = WarrantyPolicy::from_json(R"({"warranty": {"exclusions": ["misuse"],
    "rules": {"return_days": 0, "exchange_days": 0, "max_repairs": 0, "repair_limit_days": 0, "parts_limit_days": 0},
    "products": {"housing": {"basis": "delivery", "notice_days": 30,
      "seasons": {"heating": {"from": "12-01", "to": "02-29"}, "spring": {"from": "02-29", "to": "05-31"}},
      "parts": {"heating_system": {"owner": "1 heating season", "contractor": "1 heating season"},
                "spring_part": {"owner": "1 spring season", "contractor": "1 spring season"}}}}}})");
  UnitFacts u;
  u.product = "housing";
  u.purchased = day(2022, 5, 1);
  const auto owner_end = [&](Date handover, const char* part) {
    u.delivered = handover;
    return format_date(w.coverage(u, handover, part).why.owner_until);
  };
  // Ends on 02-29: the month's last day in a common year (Civil Code art. 202's reading).
  CHECK(owner_end(day(2022, 6, 1), "heating_system") == "2023-02-28");
  CHECK(owner_end(day(2023, 6, 1), "heating_system") == "2024-02-29");
  // Starts on 02-29: 03-01 in a common year, so a home handed over 2023-03-01
  // has that year's season; one handed over the next day waits for 2024's.
  CHECK(owner_end(day(2023, 3, 1), "spring_part") == "2023-05-31");
  CHECK(owner_end(day(2023, 3, 2), "spring_part") == "2024-05-31");
  CHECK(owner_end(day(2024, 2, 29), "spring_part") == "2024-05-31");
  CHECK(owner_end(day(2024, 3, 1), "spring_part") == "2025-05-31");
  // The document keeps "02-29".
  CHECK_THAT(w.to_json(), Catch::Matchers::Contains("\"02-29\""));
}
