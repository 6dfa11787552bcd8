// The store's clock is a call into the host: it is read on the calling
// thread before the store takes its lock, never while holding it (issue 26,
// item 3). A clock that takes a lock the caller holds in another thread
// must not hang the store.
#include "store_support.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace aftersales;
using namespace test_support;

namespace {

// Which thread the clock runs on: 0 none of the test's callers, 1 thread A
// (holds M while it calls the store), 2 thread B (its clock waits for M), 3
// the test's own thread.
thread_local int clock_role = 0;

struct Shared {
  std::mutex m;  // the caller's lock M
  std::mutex state_mutex;
  std::condition_variable changed;
  bool b_in_clock = false;
  std::atomic<int> foreign_calls{0};  // clock calls on a thread that made no store call
};

// The result of a thread's store call: empty, or the exception's message.
using Outcome = std::shared_ptr<std::promise<std::string>>;

void run_catching(const std::function<void()>& f, const Outcome& out) {
  try {
    f();
    out->set_value("");
  } catch (const std::exception& e) {
    out->set_value(e.what());
  }
}

}  // namespace

TEST_CASE("store: a clock that waits for a lock the caller holds in another thread does not hang the store",
          "[store][callbacks]") {
  const Instant now = bj(2025, 11, 20, 12);
  const auto shared = std::make_shared<Shared>();
  StoreOptions options;
  options.clock = [shared, now] {
    if (clock_role == 2) {
      {
        std::lock_guard s(shared->state_mutex);
        shared->b_in_clock = true;
      }
      shared->changed.notify_all();
      std::lock_guard m(shared->m);  // held by A until A's own store call is done
    } else if (clock_role == 0) {
      ++shared->foreign_calls;
    }
    return now;
  };
  clock_role = 3;
  const std::string path = fresh_store_path();
  // Shared with the threads: a thread stuck after a failure must not outlive it.
  const auto store = std::make_shared<Store>(Store::open(path, policy(), options));
  const Id first = store->register_call(intake(bj(2025, 11, 20, 8), "urban", "SN-0")).id;

  // What A does while it holds M: writes, and reads whose defaults come from the clock.
  const std::vector<std::pair<const char*, std::function<void(Store&)>>> a_calls{
      {"register_call", [](Store& s) { s.register_call(intake(bj(2025, 11, 20, 10), "urban", "SN-A")); }},
      {"register_calls",
       [](Store& s) {
         const std::vector<CallIntake> in{intake(bj(2025, 11, 20, 10), "urban", "SN-A1"),
                                          intake(bj(2025, 11, 20, 11), "urban", "SN-A2")};
         s.register_calls(in);
       }},
      {"now", [now](Store& s) { REQUIRE(s.now() == now); }},
      {"monthly_report", [](Store& s) { (void)s.monthly_report(YearMonth{2025, 11}); }},
      {"call", [first](Store& s) { (void)s.call(first); }},
  };
  for (const auto& [name, a_call] : a_calls) {
    INFO("thread A calls Store::" << name);
    shared->b_in_clock = false;
    const Outcome a_done = std::make_shared<std::promise<std::string>>();
    const Outcome b_done = std::make_shared<std::promise<std::string>>();
    std::future<std::string> a_result = a_done->get_future(), b_result = b_done->get_future();
    std::thread([shared, store, a_call = a_call, a_done, b_done] {
      clock_role = 1;
      std::unique_lock m(shared->m);
      // B starts once A holds M; its clock then waits for M.
      std::thread([store, b_done] {
        clock_role = 2;
        run_catching([&] { store->register_call(intake(bj(2025, 11, 20, 9), "urban", "SN-B")); }, b_done);
      }).detach();
      {
        std::unique_lock s(shared->state_mutex);
        shared->changed.wait(s, [&] { return shared->b_in_clock; });
      }
      run_catching([&] { a_call(*store); }, a_done);
    }).detach();
    // Before the fix B held the store's lock while its clock waited for M,
    // and A, holding M, waited for the store's lock: a deadlock.
    if (a_result.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
      FAIL("thread A's store call still waits after 10 s: the store called its clock while holding its lock");
    CHECK(a_result.get() == "");
    REQUIRE(b_result.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
    CHECK(b_result.get() == "");
  }
  // The clock ran only on the threads making the store calls.
  CHECK(shared->foreign_calls == 0);
  clock_role = 0;
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

TEST_CASE("store: each call reads the clock once, before its lock; its checks and ids use that reading",
          "[store][callbacks]") {
  // A clock one second later at each reading.
  auto readings = std::make_shared<std::atomic<int>>(0);
  const Instant start = bj(2025, 11, 20, 12);
  StoreOptions options;
  options.clock = [readings, start] { return start + Seconds(readings->fetch_add(1)); };
  TempStore t;
  Store store = Store::open(t.path + "-clock.db", policy(), options);
  const auto ms_of = [](const Id& id) { return std::stoull(id.substr(0, 8) + id.substr(9, 4), nullptr, 16); };

  // A batch: one reading for every intake's check and every id.
  const std::vector<CallIntake> in{intake(start, "urban", "SN-1"), intake(start, "urban", "SN-2")};
  const int before = *readings;
  const std::vector<ServiceCall> made = store.register_calls(in);
  CHECK(*readings == before + 1);
  const std::uint64_t ms = static_cast<std::uint64_t>((start + Seconds(before)).time_since_epoch().count()) * 1000;
  CHECK(ms_of(made[0].id) == ms);
  CHECK(ms_of(made[0].customer_id) == ms);
  CHECK(ms_of(made[1].id) == ms);
  CHECK(made[0].id < made[1].id);  // monotonic within the reading's millisecond

  // Reads read it once too (a default may come from it).
  const int r = *readings;
  CHECK(store.now() == start + Seconds(r));
  (void)store.monthly_report(YearMonth{2025, 11});
  CHECK(*readings == r + 2);

  // A clock that goes back: ids still increase (the last id plus one).
  auto back = std::make_shared<std::atomic<std::int64_t>>(0);
  StoreOptions backwards;
  backwards.clock = [back, start] { return start - Seconds(back->fetch_add(60)); };
  Store b = Store::open(t.path + "-back.db", policy(), backwards);
  const Id b1 = b.register_call(intake(start - std::chrono::hours(2), "urban", "SN-1")).id;
  const Id b2 = b.register_call(intake(start - std::chrono::hours(2), "urban", "SN-2")).id;
  CHECK(b1 < b2);
  for (const char* name : {"-clock.db", "-back.db"})
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((t.path + name + suffix).c_str());
}
