// DispatchPolicy::deadline_many: the batch deadline that the C face
// (as_dispatch_deadline_many) and the Python face (DispatchPolicy.deadline_many)
// both call. Calendar: the China preset (Mon-Fri 09:00-12:00, 13:00-18:00,
// Asia/Shanghai; 2025-09-28 a make-up working Sunday; 2025-10-01..08 off;
// the strict horizon ends with 2026).
#include <aftersales/calendars/cn.hpp>
#include <aftersales/dispatch.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <chrono>
#include <cstdint>
#include <string_view>
#include <vector>

namespace {

using namespace aftersales;
using namespace test_support;
using namespace std::chrono_literals;

Instant at(int y, unsigned mo, unsigned d, int hh, int mm = 0) { return utc(y, mo, d, hh, mm, 0) - 8h; }

const DispatchPolicy& policy() {
  static const DispatchPolicy p(cn());
  return p;
}

}  // namespace

TEST_CASE("deadline_many: each element as deadline() answers it", "[dispatch][batch]") {
  const DispatchPolicy& p = policy();
  std::vector<Instant> received;
  std::vector<std::int32_t> zi;
  // Every 1 h 30 min 37 s from Saturday 2025-09-20: nights, weekends, the
  // make-up day, the National Day week.
  for (int i = 0; i < 400; ++i) {
    received.push_back(at(2025, 9, 20, 0) + std::chrono::seconds(i * 5437));
    zi.push_back(i % 3 == 0 ? 2 : 0);
  }
  const std::vector<std::string_view> zones{"urban", "rural", "suburban"};  // rural: used by no call
  std::vector<Instant> got(received.size());
  std::vector<std::uint8_t> valid(received.size(), 9);
  CHECK(p.deadline_many(received, zones, zi, got, valid) == received.size());
  for (std::size_t i = 0; i < received.size(); ++i) {
    INFO("element " << i);
    CHECK(got[i] == p.deadline(received[i], zones[static_cast<std::size_t>(zi[i])]));
    CHECK(valid[i] == 1);
  }
  // Worked by hand: Friday 09-26 16:00 urban (6 h): 16-18 Friday, the
  // make-up Sunday 09-28 09-12, 13-14.
  const std::vector<Instant> friday{at(2025, 9, 26, 16)};
  std::vector<Instant> one(1);
  const std::vector<std::string_view> urban{"urban"};
  CHECK(p.deadline_many(friday, urban, {}, one) == 1);
  CHECK(one[0] == at(2025, 9, 28, 14));
  // No calls: nothing needed.
  CHECK(p.deadline_many({}, {}, {}, {}) == 0);
}

TEST_CASE("deadline_many: a refused element is named, or skipped", "[dispatch][batch]") {
  const DispatchPolicy& p = policy();
  const std::vector<std::string_view> zones{"urban", "rural"};
  std::vector<Instant> received(4, at(2025, 10, 9, 10));
  received[1] = at(2026, 12, 31, 17);  // past the strict horizon
  std::vector<std::int32_t> zi{0, 0, 1, 0};
  std::vector<Instant> got(4);
  std::vector<std::uint8_t> valid(4, 9);
  CHECK_ERROR(ErrorCode::out_of_range, "received[1]", "horizon", p.deadline_many(received, zones, zi, got, valid));
  try {
    p.deadline_many(received, zones, zi, got, valid);
  } catch (const ElementError& e) {
    CHECK(e.input() == ElementError::Input::received);
    CHECK(e.element() == 1);
    CHECK(e.cause().field() == "received");
  }
  received[1] = received[0];
  CHECK_ERROR(ErrorCode::not_found, "zones[1]", "unknown service zone 'rural'",
              p.deadline_many(received, zones, zi, got, valid));
  try {
    p.deadline_many(received, zones, zi, got, valid);
  } catch (const ElementError& e) {
    CHECK(e.input() == ElementError::Input::zone);
    CHECK(e.element() == 2);
    CHECK(e.zone() == 1);
    CHECK(std::string(e.what()).find("given for element 2 (zone_index[2])") != std::string::npos);
  }
  // skip_errors: the refused elements get 0 and the epoch; the rest answers.
  received[1] = at(2026, 12, 31, 17);
  CHECK(p.deadline_many(received, zones, zi, got, valid, true) == 2);
  CHECK(valid == std::vector<std::uint8_t>{1, 0, 0, 1});
  CHECK(got[0] == at(2025, 10, 9, 17));
  CHECK(got[1] == Instant{});
  CHECK(got[2] == Instant{});
  // The caller's encoding is never skipped.
  zi[3] = 2;
  CHECK_ERROR(ErrorCode::invalid_argument, "zone_index[3]", "2 is not an index into zones",
              p.deadline_many(received, zones, zi, got, valid, true));
  zi[3] = -1;
  CHECK_ERROR(ErrorCode::invalid_argument, "zone_index[3]", "-1", p.deadline_many(received, zones, zi, got, valid, true));
  CHECK_ERROR(ErrorCode::invalid_argument, "zone_index", "more than one zone", p.deadline_many(received, zones, {}, got));
  CHECK_ERROR(ErrorCode::invalid_argument, "out_valid", "skip_errors",
              p.deadline_many(received, zones, std::vector<std::int32_t>(4, 0), got, {}, true));
  CHECK_ERROR(ErrorCode::invalid_argument, "zones", "at least one", p.deadline_many(received, {}, {}, got));
  std::vector<Instant> short_out(3);
  CHECK_ERROR(ErrorCode::invalid_argument, "out_deadline", "3 elements for 4",
              p.deadline_many(received, zones, std::vector<std::int32_t>(4, 0), short_out));
}
