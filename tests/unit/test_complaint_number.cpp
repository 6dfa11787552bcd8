// Complaint numbers with the seed's two-digit serial (seeds/002 (八)
// 客戶投訴處理表編號原則: 年度(××)月份(××)流水編號(××), a cycle per year and
// month): the serial's minimum width is the policy's "serial_width"
// (default 2), widened past it, never reused (issue 27).
#include <aftersales/complaint.hpp>
#include <aftersales/error.hpp>
#include <aftersales/policy.hpp>
#include <aftersales/store.hpp>

#include <catch2/catch.hpp>

#include "store_support.hpp"

#include <set>
#include <string>

using namespace aftersales;
using namespace test_support;

TEST_CASE("complaint number: the seed's YYMM-×× form, widened past 99 (seeds/002 (八))", "[complaint][number]") {
  CHECK(complaint_number(2026, 11, 7, 2) == "2611-07");
  CHECK(complaint_number(2026, 11, 99, 2) == "2611-99");
  CHECK(complaint_number(2026, 11, 100, 2) == "2611-100");  // the digits it needs
  CHECK(complaint_number(2026, 11, 123456789, 2) == "2611-123456789");
  CHECK(complaint_number(2026, 11, 7, 4) == "2611-0007");
  CHECK(complaint_number(2000, 1, 1, 1) == "0001-1");
  // The four-digit form keeps its meaning.
  CHECK(complaint_number(2026, 11, 7) == "2611-0007");
  CHECK_ERROR(ErrorCode::invalid_argument, "serial", "10000", complaint_number(2026, 11, 10000));

  CHECK(parse_complaint_number("2611-07", 2) == ComplaintNumber{2026, 11, 7});
  CHECK(parse_complaint_number("2611-100", 2) == ComplaintNumber{2026, 11, 100});
  CHECK(parse_complaint_number("2611-0007", 2) == ComplaintNumber{2026, 11, 7});  // issued before: still read
  CHECK(parse_complaint_number("2611-123456789", 2).serial == 123456789);
  for (int serial : {1, 9, 10, 99, 100, 999, 1000, 99999})
    CHECK(parse_complaint_number(complaint_number(2025, 10, serial, 2), 2).serial == serial);
}

TEST_CASE("complaint number: bad widths and texts name the field and the value", "[complaint][number]") {
  CHECK_ERROR(ErrorCode::parse_error, "number", "'2611-7'", parse_complaint_number("2611-7", 2));
  CHECK_ERROR(ErrorCode::parse_error, "number", "'2611-07'", parse_complaint_number("2611-07", 4));
  CHECK_ERROR(ErrorCode::parse_error, "number", "'2611-1234567890'", parse_complaint_number("2611-1234567890", 2));
  CHECK_ERROR(ErrorCode::parse_error, "number", "''", parse_complaint_number("", 2));
  CHECK_ERROR(ErrorCode::parse_error, "month", "2613-01", parse_complaint_number("2613-01", 2));
  CHECK_ERROR(ErrorCode::parse_error, "serial", "2611-00", parse_complaint_number("2611-00", 2));
  CHECK_ERROR(ErrorCode::parse_error, "new_number.serial", "2611-00", parse_complaint_number("2611-00", 2, "new_number"));
  CHECK_ERROR(ErrorCode::invalid_argument, "min_width", "0", parse_complaint_number("2611-07", 0));
  CHECK_ERROR(ErrorCode::invalid_argument, "min_width", "10", complaint_number(2026, 11, 7, 10));
  CHECK_ERROR(ErrorCode::invalid_argument, "serial", "0", complaint_number(2026, 11, 0, 2));
  CHECK_ERROR(ErrorCode::invalid_argument, "month", "13", complaint_number(2026, 13, 1, 2));
  CHECK_ERROR(ErrorCode::invalid_argument, "year", "1999", complaint_number(1999, 1, 1, 2));
}

TEST_CASE("complaint number: the policy's serial_width, parsed and written back", "[complaint][number]") {
  const ComplaintPolicy p = ComplaintPolicy::default_policy(cn());
  CHECK(p.rules().serial_width == 2);  // data/policies/complaints.json, as the seed
  CHECK(p.complaint_number(2026, 11, 7) == "2611-07");
  CHECK(p.parse_complaint_number("2611-100").serial == 100);
  const ComplaintPolicy four = ComplaintPolicy::from_json(R"({"complaints": {"serial_width": 4}})", cn());
  CHECK(four.complaint_number(2026, 11, 7) == "2611-0007");
  CHECK_ERROR(ErrorCode::parse_error, "number", "'2611-07'", four.parse_complaint_number("2611-07"));
  // open() checks a number at the policy's width.
  CHECK_ERROR(ErrorCode::parse_error, "number", "'2611-07'",
              four.open("2611-07", bj(2026, 11, 2, 9), ComplaintKind::quality, Severity::general, Market::domestic));
  CHECK(ComplaintPolicy::from_json(four.to_json(), cn()).rules().serial_width == 4);
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.serial_width", "0",
              ComplaintPolicy::from_json(R"({"complaints": {"serial_width": 0}})", cn()));
  CHECK_ERROR(ErrorCode::invalid_argument, "complaints.serial_width", "10",
              ComplaintPolicy::from_json(R"({"complaints": {"serial_width": 10}})", cn()));
  CHECK_ERROR(ErrorCode::parse_error, "complaints.serial_width", "\"2\"",
              ComplaintPolicy::from_json(R"({"complaints": {"serial_width": "2"}})", cn()));
}

TEST_CASE("complaint number: the store numbers YYMM-××, widening past 99, never reusing (seeds/002 (八))",
          "[complaint][number][store]") {
  TempStore t(bj(2025, 11, 20, 12));
  ComplaintIntake in;
  in.kind = ComplaintKind::quality;
  in.severity = Severity::general;
  std::set<std::string> seen;
  std::string last;
  for (int i = 1; i <= 101; ++i) {
    in.received = bj(2025, 10, 9, 10);
    last = t.store.open_complaint(in).number();
    CHECK(seen.insert(last).second);
    if (i == 1) CHECK(last == "2510-01");
    if (i == 99) CHECK(last == "2510-99");
  }
  CHECK(last == "2510-101");
  CHECK(t.store.complaint("2510-100").number() == "2510-100");
  // A new month starts its own cycle (編號周期以年度月份為原則).
  in.received = bj(2025, 11, 3, 10);
  CHECK(t.store.open_complaint(in).number() == "2511-01");
}
