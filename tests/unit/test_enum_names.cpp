// The enumerations' names said once (aftersales/enum_names.hpp): every
// value goes through to_string and back through its parser, the store's
// own readers and its schema's CHECK lists agree with the tables, and a
// value from outside (a cast) is refused by name.
#include <aftersales/enum_names.hpp>

#include <catch2/catch.hpp>

#include "store/impl.hpp"
#include "store_support.hpp"
#include "support.hpp"

#include <set>
#include <string>
#include <type_traits>

using namespace aftersales;
using namespace test_support;

namespace {

// Each public parser, by the enumeration it reads.
template <class E>
using Of = std::type_identity<E>;
ComplaintKind parse_public(Of<ComplaintKind>, std::string_view t) { return parse_complaint_kind(t); }
Severity parse_public(Of<Severity>, std::string_view t) { return parse_severity(t); }
Market parse_public(Of<Market>, std::string_view t) { return parse_market(t); }
DayCount parse_public(Of<DayCount>, std::string_view t) { return parse_day_count(t); }
StartBasis parse_public(Of<StartBasis>, std::string_view t) { return parse_start_basis(t); }
Remedy parse_public(Of<Remedy>, std::string_view t) { return parse_remedy(t); }
Function parse_public(Of<Function>, std::string_view t) { return parse_function(t); }
ReturnKind parse_public(Of<ReturnKind>, std::string_view t) { return parse_return_kind(t); }
AdminPenalty parse_public(Of<AdminPenalty>, std::string_view t) { return parse_admin_penalty(t); }
Weekday parse_public(Of<Weekday>, std::string_view t) { return parse_weekday(t); }
PastHorizon parse_public(Of<PastHorizon>, std::string_view t) { return parse_past_horizon(t); }
// The store reads these back from its file.
CallState parse_public(Of<CallState>, std::string_view t) { return store::parse_call_state(t); }
ServiceCategory parse_public(Of<ServiceCategory>, std::string_view t) { return store::parse_category(t); }
RemoteMethod parse_public(Of<RemoteMethod>, std::string_view t) { return remote_method_from(t).value(); }

template <class E>
concept PublicParser = requires(std::string_view t) { parse_public(Of<E>{}, t); };

// "'a', 'b', 'c'": a schema's CHECK (column IN (...)) list.
template <class E>
std::string sql_list() {
  std::string out;
  for (const auto& n : enum_names<E>()) out.append(out.empty() ? "'" : ", '").append(n.name).append("'");
  return out;
}

template <class E>
bool schema_checks(const std::string& path, const char* table, const char* column) {
  std::string fragment = std::string(column) + " IN (" + sql_list<E>() + ")";
  std::string quoted;  // as an SQL literal
  for (char c : fragment) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  const std::string sql = "SELECT count(*) FROM sqlite_schema WHERE name = '" + std::string(table) +
                          "' AND instr(sql, '" + quoted + "') > 0";
  return count(path, sql.c_str()) == 1;
}

}  // namespace

TEST_CASE("enum names: every value round-trips through to_string and its parser", "[enum]") {
  std::set<std::string_view> keys;
  std::size_t tables = 0;
  for_each_named_enum([&]<class E>(EnumTable<E>) {
    ++tables;
    INFO(EnumTable<E>::key);
    CHECK(keys.insert(EnumTable<E>::key).second);
    CHECK(!enum_names<E>().empty());
    std::set<std::string_view> names;
    for (const auto& [value, name] : enum_names<E>()) {
      INFO(name);
      CHECK(names.insert(name).second);
      CHECK(std::string(to_string(value)) == name);  // the public to_string says the table's name
      CHECK(enum_name(value) == to_string(value));
      CHECK(parse_enum<E>(name, "f") == value);
      CHECK(enum_from_int<E>(static_cast<long long>(value)) == value);
      if constexpr (PublicParser<E>) CHECK(parse_public(Of<E>{}, name) == value);
    }
  });
  CHECK(tables == std::tuple_size_v<NamedEnums>);
}

TEST_CASE("enum names: values from outside the enumeration are refused by name", "[enum]") {
  CHECK_ERROR(ErrorCode::invalid_argument, "kind", "unknown complaint kind 'praise' (expected quality, non_quality, "
                                                   "service or suggestion)",
              parse_complaint_kind("praise"));
  CHECK_ERROR(ErrorCode::invalid_argument, "past_horizon", "unknown mode 'later' (expected refuse, weekly or statutory)",
              parse_past_horizon("later"));
  CHECK_ERROR(ErrorCode::invalid_argument, "kind", "unknown kind 'gift' (expected allowance, compensation, return or rework)",
              parse_return_kind("gift"));
  CHECK_ERROR(ErrorCode::invalid_argument, "weekday", "(expected mon, tue, wed, thu, fri, sat or sun)",
              parse_weekday("someday"));
  CHECK(parse_weekday("Monday") == Weekday::mon);  // the long spelling too
  CHECK_ERROR(ErrorCode::invalid_argument, "attitude", "5 is not a survey level (1 dissatisfied, 2 fair, 3 satisfied, "
                                                       "4 very_satisfied)",
              survey_level(5, "attitude"));
  CHECK(survey_level(4, "attitude") == SurveyLevel::very_satisfied);

  CHECK_FALSE(enum_from_int<Market>(2).has_value());
  CHECK_FALSE(enum_from_int<Market>(-1).has_value());
  CHECK_FALSE(enum_from_int<SurveyLevel>(0).has_value());
  CHECK(std::string(to_string(static_cast<Market>(7))) == "?");
  CHECK(std::string(to_string(static_cast<CallState>(7))) == "?");
  CHECK(enum_codes_text<PastHorizon>() == "0 refuse, 1 weekly, 2 statutory");
  // A cast value is refused where the policy meets it.
  CHECK_ERROR(ErrorCode::invalid_argument, "market", "2 is not a valid market",
              ComplaintPolicy::default_policy(cn()).overall_deadline(static_cast<Market>(2), bj(2025, 11, 3, 9)));
}

TEST_CASE("enum names: the store's schema lists the tables' names", "[enum][store]") {
  TempStore s;
  CHECK(schema_checks<ServiceCategory>(s.path, "calls", "category"));
  CHECK(schema_checks<CallState>(s.path, "calls", "state"));
  CHECK(schema_checks<ComplaintKind>(s.path, "complaints", "kind"));
  CHECK(schema_checks<Severity>(s.path, "complaints", "severity"));
  CHECK(schema_checks<Market>(s.path, "complaints", "market"));
  CHECK(schema_checks<ReturnKind>(s.path, "returns", "kind"));
  CHECK(schema_checks<ReturnCheck>(s.path, "returns", "decision"));
  CHECK(schema_checks<RemoteMethod>(s.path, "remote_contacts", "method"));
}
