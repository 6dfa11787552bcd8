// The numbers a sync can carry (issue 28 review §2; DESIGN.md: "numbers
// carry the centre or are given centrally"): vouchers, carry-in receipts and
// invoices are counted per centre and month and spelled by the policy's
// service.numbering templates; complaint numbers stay seeds/002 客戶投訴 (八)
// YYMM + serial, given centrally (總經理室, (九)4). Also the service defaults
// read from data/policies/service.json (review §9) and money spelled once
// (review §10).
#include <aftersales/enum_names.hpp>
#include <aftersales/error.hpp>
#include <aftersales/policy.hpp>
#include <aftersales/store.hpp>

#include <catch2/catch.hpp>

#include "detail/json.hpp"
#include "store_support.hpp"

#include <limits>
#include <string>

using namespace aftersales;
using namespace test_support;

namespace {

Policy with_numbering(const std::string& numbering) {
  return Policy::from_json(R"({"service": {"numbering": )" + numbering + "}}", cn());
}

// A paid call (a TV bought in 2015) of `centre`, visited and completed with
// a part, so that its bill charges something: billed and invoiced at `at`.
std::string invoiced(Store& s, const std::string& centre, const std::string& serial, Instant received) {
  CallIntake in = intake(received, "urban", serial);
  in.purchased = day(2015, 1, 5);
  in.centre = centre;
  const ServiceCall c = s.register_call(in);
  s.dispatch(c.id, "T01", received + std::chrono::minutes(10));
  s.arrive(c.id, received + std::chrono::hours(1));
  s.record_part(c.id, "main board", 1, 200000);
  s.complete_on_site(c.id, received + std::chrono::hours(2), true);
  s.bill_call(c.id, received + std::chrono::hours(3));
  return *s.issue_invoice(c.id, received + std::chrono::hours(4)).invoice_number;
}

// A call of `centre` carried in: its receipt number.
std::string carried_in(Store& s, const std::string& centre, const std::string& serial, Instant received) {
  CallIntake in = intake(received, "urban", serial);
  in.centre = centre;
  const ServiceCall c = s.register_call(in);
  s.dispatch(c.id, "T01", received + std::chrono::minutes(10));
  s.arrive(c.id, received + std::chrono::hours(1));
  return s.carry_in(c.id, received + std::chrono::hours(2), day(2025, 10, 20));
}

}  // namespace

TEST_CASE("numbering: two centres in one month do not share a counter; the numbers carry the centre",
          "[numbering][store]") {
  TempStore t(bj(2025, 11, 20, 12));
  auto voucher = [&](const char* centre, const char* serial, Instant received) {
    CallIntake in = intake(received, "urban", serial);
    in.centre = centre;
    return t.store.register_call(in).voucher;
  };
  // Two offline tills each giving their first voucher of October.
  CHECK(voucher("main", "A1", bj(2025, 10, 9, 9)) == "V-main-2510-000001");
  CHECK(voucher("county", "B1", bj(2025, 10, 9, 9)) == "V-county-2510-000001");
  CHECK(voucher("main", "A2", bj(2025, 10, 9, 10)) == "V-main-2510-000002");
  CHECK(voucher("county", "B2", bj(2025, 11, 3, 10)) == "V-county-2511-000001");  // a new month starts again
  CHECK(count(t.path, "SELECT count(*) FROM counters WHERE name = 'voucher'") == 3);
  CHECK(count(t.path, "SELECT last FROM counters WHERE name = 'voucher' AND centre = 'main' AND period = '2510'") == 2);

  CHECK(carried_in(t.store, "main", "A3", bj(2025, 10, 10, 9)) == "R-main-2510-00001");
  CHECK(carried_in(t.store, "county", "B3", bj(2025, 10, 10, 9)) == "R-county-2510-00001");
  CHECK(invoiced(t.store, "main", "A4", bj(2025, 11, 10, 9)) == "I-main-2511-00001");
  CHECK(invoiced(t.store, "county", "B4", bj(2025, 11, 10, 9)) == "I-county-2511-00001");
  CHECK(invoiced(t.store, "county", "B5", bj(2025, 11, 11, 9)) == "I-county-2511-00002");

  // Complaint numbers are given centrally (seeds/002 客戶投訴 (八)): one counter, no centre.
  ComplaintIntake complaint;
  complaint.received = bj(2025, 10, 9, 10);
  complaint.kind = ComplaintKind::quality;
  complaint.severity = Severity::general;
  CHECK(t.store.open_complaint(complaint).number() == "2510-01");
  CHECK(t.store.open_complaint(complaint).number() == "2510-02");
  CHECK(count(t.path, "SELECT last FROM counters WHERE name = 'complaint' AND centre = '' AND period = '2510'") == 2);
}

TEST_CASE("numbering: a company's own templates; the serial widens past its width and never repeats",
          "[numbering][store]") {
  const Policy p = with_numbering(
      R"({"voucher": "{centre}/SV{yymm}{serial:1}", "receipt": "{yymm}.{serial:3}@{centre}", "invoice": "FP-{centre}-{yymm}-{serial:12}"})");
  CHECK(p.service().numbering.voucher == "{centre}/SV{yymm}{serial:1}");
  PolicyStore s(p, bj(2025, 11, 20, 12));
  std::vector<std::string> vouchers;
  for (int i = 1; i <= 11; ++i) {
    CallIntake in = intake(bj(2025, 10, 9, 9), "urban", "SN-" + std::to_string(i));
    in.centre = "county";
    vouchers.push_back(s.store.register_call(in).voucher);
  }
  CHECK(vouchers[0] == "county/SV25101");
  CHECK(vouchers[8] == "county/SV25109");
  CHECK(vouchers[9] == "county/SV251010");
  CHECK(vouchers[10] == "county/SV251011");
  CHECK(carried_in(s.store, "main", "R1", bj(2025, 10, 10, 9)) == "2510.001@main");
  CHECK(invoiced(s.store, "main", "I1", bj(2025, 11, 10, 9)) == "FP-main-2511-000000000001");
}

TEST_CASE("numbering: the templates are read, written back and compared with the policy", "[numbering][policy]") {
  const NumberingRules d = default_numbering_rules();
  // data/policies/service.json's, as the document spells them.
  const auto& doc = detail::default_document("service").at("service").at("numbering");
  CHECK(d.voucher == doc.at("voucher").get<std::string>());
  CHECK(d.receipt == doc.at("receipt").get<std::string>());
  CHECK(d.invoice == doc.at("invoice").get<std::string>());
  CHECK(d.voucher == "V-{centre}-{yymm}-{serial:6}");
  CHECK(policy().service().numbering == d);
  CHECK(ServiceRules{}.numbering == d);

  const Policy p = with_numbering(R"({"invoice": "FP{yymm}-{centre}-{serial:8}"})");
  CHECK(p.service().numbering.invoice == "FP{yymm}-{centre}-{serial:8}");
  CHECK(p.service().numbering.voucher == d.voucher);  // a member left out keeps the default
  const Policy back = Policy::from_json(p.to_json());
  CHECK(back.service().numbering == p.service().numbering);
  CHECK(back.service() == p.service());
  CHECK_FALSE(p.service() == policy().service());  // Policy's service rules compare the templates
}

TEST_CASE("numbering: each refusal of a bad template names the member and the template", "[numbering][policy]") {
  using E = ErrorCode;
  // Without the centre two tills' numbers repeat; without the month, every month's.
  CHECK_ERROR(E::invalid_argument, "service.numbering.invoice", "has no {centre}",
              with_numbering(R"({"invoice": "I-{yymm}-{serial:5}"})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.voucher", "has no {yymm}",
              with_numbering(R"({"voucher": "V-{centre}-{serial:6}"})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.receipt", "has no {serial:N}",
              with_numbering(R"({"receipt": "R-{centre}-{yymm}"})"));
  // The centre beside another placeholder: east's 1001st call and east1's first would both be SV2510east1001.
  CHECK_ERROR(E::invalid_argument, "service.numbering.voucher", "right beside another placeholder",
              with_numbering(R"({"voucher": "SV{yymm}{centre}{serial:3}"})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.voucher", "right beside another placeholder",
              with_numbering(R"({"voucher": "{centre}{yymm}-{serial:3}"})"));
  CHECK(with_numbering(R"({"voucher": "SV{yymm}{serial:3}/{centre}"})").service().numbering.voucher ==
        "SV{yymm}{serial:3}/{centre}");  // the fixed-width month beside the serial is unambiguous
  CHECK_ERROR(E::invalid_argument, "service.numbering.receipt", "more than one {centre}",
              with_numbering(R"({"receipt": "R-{centre}-{centre}-{yymm}-{serial:5}"})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.receipt", "more than one {serial:N}",
              with_numbering(R"({"receipt": "R-{centre}-{yymm}-{serial:5}{serial:2}"})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.voucher", "{month}",
              with_numbering(R"({"voucher": "V-{centre}-{month}-{yymm}-{serial:6}"})"));
  for (const char* width : {"{serial}", "{serial:0}", "{serial:13}", "{serial:x}", "{serial:}", "{serial:123}"})
    CHECK_ERROR(E::invalid_argument, "service.numbering.voucher", "1..12",
                with_numbering(std::string(R"({"voucher": "V-{centre}-{yymm}-)") + width + R"("})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.invoice", "'{' without its '}'",
              with_numbering(R"({"invoice": "I-{centre}-{yymm}-{serial:5"})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.invoice", "'{' without its '}'",
              with_numbering(R"({"invoice": "I-{centre-{yymm}-{serial:5}"})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.invoice", "'}' without its '{'",
              with_numbering(R"({"invoice": "I}-{centre}-{yymm}-{serial:5}"})"));
  CHECK_ERROR(E::invalid_argument, "service.numbering.invoice", "control character",
              with_numbering(R"({"invoice": "I\t{centre}-{yymm}-{serial:5}"})"));
  CHECK_ERROR(E::parse_error, "service.numbering.invoice", "5", with_numbering(R"({"invoice": 5})"));
  CHECK_ERROR(E::parse_error, "service.numbering.complaint", "complaint", with_numbering(R"({"complaint": "{yymm}"})"));
  CHECK_ERROR(E::parse_error, "service.numbering.voucher", "missing", with_numbering(R"({"voucher": null})"));
  // A policy made from parts is checked the same way.
  ServiceRules rules = policy().service();
  rules.numbering.receipt = "R-{yymm}-{serial:5}";
  CHECK_ERROR(E::invalid_argument, "service.numbering.receipt", "R-{yymm}-{serial:5}", with_service(rules));
}

TEST_CASE("numbering: a version-1 store keeps its numbers and issues new ones that cannot collide with them",
          "[numbering][store][open]") {
  // With a complaint counter as the old store would have kept it (seven given in October).
  const std::string path = v1_store("INSERT INTO counters VALUES('complaint','2510',7);");
  REQUIRE(count(path, "SELECT count(*) FROM calls WHERE voucher IN ('V2510-000001', 'V2510-000002', 'V2510-000003')") ==
          3);
  {
    Store st = Store::open(path, policy(), at_clock(bj(2025, 11, 20, 12)));
    CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
    // The old numbers stay as they were; the old counters are kept, centre ''.
    CHECK(count(path, "SELECT count(*) FROM calls WHERE voucher IN ('V2510-000001', 'V2510-000002', 'V2510-000003')") ==
          3);
    CHECK(count(path, "SELECT last FROM counters WHERE name = 'voucher' AND centre = '' AND period = '2510'") == 3);
    // The centre's first new-format number of October: its own counter, no clash with V2510-000001.
    CallIntake again = intake(bj(2025, 10, 20, 9), "urban", "NEW-1");
    again.centre = "city";
    const ServiceCall c = st.register_call(again);
    CHECK(c.voucher == "V-city-2510-000001");
    CHECK(st.call(c.id).voucher == "V-city-2510-000001");
    CHECK(count(path, "SELECT count(*) FROM calls") == 4);
    // Complaint numbers, given centrally, go on from the old counter.
    ComplaintIntake complaint;
    complaint.received = bj(2025, 10, 20, 10);
    complaint.kind = ComplaintKind::service;
    complaint.severity = Severity::general;
    CHECK(st.open_complaint(complaint).number() == "2510-08");
    CHECK(count(path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0);
  }
  remove_store_files(path);
}

TEST_CASE("service defaults: a ServiceRules made in code has service.json's inspection and survey rules",
          "[numbering][policy]") {
  // seeds/002 (十二) 驗訖 and (二十四): the document is the one place of these defaults.
  const auto& doc = detail::default_document("service").at("service");
  const ServiceRules d = default_service_rules();
  CHECK(d.inspection_before_return == doc.at("inspection_before_return").get<bool>());
  CHECK(d.survey_complaint_level == doc.at("survey_complaint_level").get<int>());
  CHECK(std::string(to_string(d.survey_complaint_kind)) == doc.at("survey_complaint_kind").get<std::string>());
  CHECK(d.revisit_days == doc.at("revisit_days").get<int>());
  CHECK(d.billing == default_billing_rules());
  CHECK(d == policy().service());
  // Built from its first members (as Python's Policy(...) does), the rest are the document's.
  const ServiceRules parts{30, {"labour"}};
  CHECK(parts.inspection_before_return == d.inspection_before_return);
  CHECK(parts.survey_complaint_level == d.survey_complaint_level);
  CHECK(parts.survey_complaint_kind == d.survey_complaint_kind);
  CHECK(parts.numbering == d.numbering);
  // A bad kind made in code is named with the kinds' codes.
  ServiceRules bad = d;
  bad.survey_complaint_kind = static_cast<ComplaintKind>(9);
  CHECK_ERROR(ErrorCode::invalid_argument, "service.survey_complaint_kind", enum_codes_text<ComplaintKind>(),
              with_service(bad));
  CHECK_ERROR(ErrorCode::invalid_argument, "service.survey_complaint_kind", "quality, non_quality, service or suggestion",
              Policy::from_json(R"({"service": {"survey_complaint_kind": "rude"}})", cn()));
  CHECK_ERROR(ErrorCode::parse_error, "service.inspection_before_return", "null",
              Policy::from_json(R"({"service": {"inspection_before_return": null}})", cn()));
}

TEST_CASE("money: fen spelled as yuan once, exact to the fen, every Fen", "[numbering][money]") {
  CHECK(format_yuan(0) == "0.00");
  CHECK(format_yuan(5) == "0.05");
  CHECK(format_yuan(-50) == "-0.50");
  CHECK(format_yuan(242000) == "2420.00");
  CHECK(format_yuan(142001) == "1420.01");
  CHECK(format_yuan(std::numeric_limits<Fen>::max()) == "92233720368547758.07");
  CHECK(format_yuan(std::numeric_limits<Fen>::min()) == "-92233720368547758.08");
}
