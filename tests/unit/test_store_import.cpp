// Store::import_calls with ImportOptions: bad records left out and reported
// (each in a savepoint of its own), or everything checked and nothing
// written (dry_run) — what `aftersales import-calls` reports every bad line with.
#include <aftersales/error.hpp>
#include <aftersales/store.hpp>

#include <catch2/catch.hpp>

#include "store_support.hpp"

#include <vector>

using namespace aftersales;
using namespace test_support;

namespace {

CallRecord visit(Instant received, std::string serial, std::string zone = "urban", std::string centre = "city") {
  CallRecord r;
  r.intake = intake(received, std::move(zone), std::move(serial));
  r.intake.centre = std::move(centre);
  return r;
}

}  // namespace

TEST_CASE("import_calls with skip_bad imports the good records and reports each bad one") {
  TempStore t;
  std::vector<CallRecord> batch{visit(bj(2025, 10, 9, 10), "SN-1"), visit(bj(2025, 10, 9, 11), "SN-2", "rural"),
                                visit(bj(2025, 10, 9, 12), "SN-3"), visit(bj(2025, 10, 9, 13), "SN-4")};
  batch[3].arrived = bj(2025, 10, 9, 14);  // an arrival without a dispatch
  ImportOptions options;
  options.skip_bad = true;
  const ImportResult r = t.store.import_calls(batch, options);
  CHECK(r.imported.size() == 2);
  CHECK(r.skipped.empty());
  REQUIRE(r.rejected.size() == 2);
  CHECK(r.rejected[0].index == 1);
  CHECK(r.rejected[0].field == "calls[1].zone");
  CHECK(r.rejected[0].message.find("rural") != std::string::npos);
  CHECK(r.rejected[1].index == 3);
  CHECK(r.rejected[1].field == "calls[3].arrived");
  CHECK(count(t.path, "SELECT count(*) FROM calls") == 2);
  // The rejected record's unit and customer rows went with it.
  CHECK(count(t.path, "SELECT count(*) FROM units WHERE serial IN ('SN-2', 'SN-4')") == 0);
  // Voucher numbers stay consecutive: a rejected record's number is not spent.
  CHECK(t.store.call(r.imported[0]).voucher == "V-city-2510-000001");
  CHECK(t.store.call(r.imported[1]).voucher == "V-city-2510-000002");
}

TEST_CASE("import_calls with skip_bad: a station added by a rejected record is added again by a later one") {
  TempStore t;
  std::vector<CallRecord> batch{visit(bj(2025, 10, 9, 10), "SN-1", "rural", "east"),
                                visit(bj(2025, 10, 9, 11), "SN-2", "urban", "east")};
  batch[1].technician = "T09";
  batch[1].dispatched = bj(2025, 10, 9, 11, 30);
  ImportOptions options;
  options.skip_bad = true;
  const ImportResult r = t.store.import_calls(batch, options);
  CHECK(r.rejected.size() == 1);
  REQUIRE(r.imported.size() == 1);
  CHECK(t.store.call(r.imported[0]).centre == "east");
  CHECK(count(t.path, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("import_calls with dry_run reports as an import would and writes nothing") {
  TempStore t;
  t.store.import_calls(std::vector<CallRecord>{visit(bj(2025, 10, 8, 10), "SN-0")});
  const std::vector<CallRecord> batch{visit(bj(2025, 10, 8, 10), "SN-0"), visit(bj(2025, 10, 9, 10), "SN-1"),
                                      visit(bj(2025, 10, 9, 11), "SN-2", "rural")};
  ImportOptions options;
  options.skip_bad = true;
  options.dry_run = true;
  const ImportResult r = t.store.import_calls(batch, options);
  CHECK(r.skipped == std::vector<std::size_t>{0});
  CHECK(r.imported.size() == 1);
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].index == 2);
  CHECK(count(t.path, "SELECT count(*) FROM calls") == 1);
  // The real import afterwards gives what the dry run said.
  options.dry_run = false;
  const ImportResult real = t.store.import_calls(batch, options);
  CHECK(real.skipped == r.skipped);
  CHECK(real.rejected == r.rejected);
  CHECK(real.imported.size() == 1);
  CHECK(t.store.call(real.imported[0]).voucher == "V-city-2510-000002");
}

TEST_CASE("import_calls without skip_bad still refuses the whole batch at its first bad record") {
  TempStore t;
  const std::vector<CallRecord> batch{visit(bj(2025, 10, 9, 10), "SN-1"), visit(bj(2025, 10, 9, 11), "SN-2", "rural")};
  CHECK_THROWS_AS(t.store.import_calls(batch), Error);
  CHECK(count(t.path, "SELECT count(*) FROM calls") == 0);
}
