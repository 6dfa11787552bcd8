// The cost of a call through the C ABI (what a Java, Node or Go client calls
// into), against the same work in C++: a dispatch deadline on the mainland
// China preset, urban zone (6 h), call times over 2025. The C figures include
// the exported call, the argument checks and the exception guard.
#include "bench_inputs.hpp"

#include <aftersales.h>
#include <aftersales/calendars/cn.hpp>
#include <aftersales/dispatch.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

using namespace std::chrono;
using aftersales::DispatchPolicy;
using aftersales::Instant;

// The same calendar on both sides: the preset's hours and zone, strict.
const DispatchPolicy& cxx_policy() {
  static const DispatchPolicy p(aftersales::calendars::china());
  return p;
}

const as_dispatch_policy* c_policy() {
  static const as_dispatch_policy* const p = [] {
    as_calendar* cal = nullptr;
    as_dispatch_policy* policy = nullptr;
    if (as_calendar_china(nullptr, 0, nullptr, 1, &cal, nullptr) != AS_OK ||
        as_dispatch_policy_create(cal, &policy, nullptr) != AS_OK) {
      std::fprintf(stderr, "bench_capi: %s\n", as_last_error());
      std::abort();
    }
    as_calendar_destroy(cal);
    return policy;
  }();
  return p;
}

// A batch takes kCalls call times; one call per iteration cycles through
// the first `calls` of the same times (state.range(0)): 1024 as the other
// benchmark programs, or all kCalls, the batch's. A single deadline measures
// markedly cheaper over the smaller set, so both are shown.
constexpr std::size_t kCalls = 10000;

// n call times in 2025 (local dates of Asia/Shanghai): half inside a shift
// of a business day, half anywhere in the day (nights, weekends, holidays).
std::vector<std::int64_t> call_times(std::size_t n = kCalls, std::uint64_t seed = 2025) {
  const aftersales::Calendar& cal = cxx_policy().calendar();
  bench::SplitMix64 rng(seed);
  std::vector<std::int64_t> out;
  out.reserve(n);
  while (out.size() < n) {
    const aftersales::Date d = bench::random_date(rng, aftersales::Date(2025, 1, 1), 365);
    seconds at{rng.below(86400)};
    if (out.size() % 2 == 0) {
      const auto shifts = cal.shifts_on(d);
      if (shifts.empty()) continue;
      const auto& s = shifts[static_cast<std::size_t>(rng.below(static_cast<std::int64_t>(shifts.size())))];
      at = s.open + seconds{rng.below(s.length().count())};
    }
    out.push_back(cal.to_utc(bench::local_midnight(d) + at).time_since_epoch().count());
  }
  return out;
}

void BM_CDispatchDeadline(benchmark::State& state) {
  const as_dispatch_policy* p = c_policy();
  const auto n = static_cast<std::size_t>(state.range(0));
  const std::vector<std::int64_t> calls = call_times(n);
  std::size_t i = 0;
  for (auto _ : state) {
    std::int64_t deadline = 0;
    if (++i == n) i = 0;
    if (as_dispatch_deadline(p, calls[i], "urban", nullptr, 0, &deadline, nullptr) != AS_OK) {
      state.SkipWithError(as_last_error());
      break;
    }
    benchmark::DoNotOptimize(deadline);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CDispatchDeadline)->ArgName("calls")->Arg(1024)->Arg(kCalls);

// n calls per iteration, zones as a table and an index per call (all urban).
void BM_CDispatchDeadlineMany(benchmark::State& state) {
  const as_dispatch_policy* p = c_policy();
  const auto n = static_cast<std::size_t>(state.range(0));
  const std::vector<std::int64_t> calls = call_times(n);
  const char* const zones[] = {"urban"};
  const std::vector<std::int32_t> zone_index(n, 0);
  std::vector<std::int64_t> deadlines(n);
  for (auto _ : state) {
    if (as_dispatch_deadline_many(p, n, calls.data(), zones, 1, zone_index.data(), 0, deadlines.data(), nullptr,
                                  nullptr, nullptr) != AS_OK) {
      state.SkipWithError(as_last_error());
      break;
    }
    benchmark::DoNotOptimize(deadlines.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CDispatchDeadlineMany)->ArgName("n")->Arg(kCalls)->Unit(benchmark::kMicrosecond);

// The same work in C++, for comparison.
void BM_CxxDispatchDeadline(benchmark::State& state) {
  const DispatchPolicy& p = cxx_policy();
  const auto n = static_cast<std::size_t>(state.range(0));
  const std::vector<std::int64_t> calls = call_times(n);
  std::size_t i = 0;
  for (auto _ : state) {
    if (++i == n) i = 0;
    const Instant d = p.deadline(Instant(seconds{calls[i]}), "urban");
    benchmark::DoNotOptimize(d);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CxxDispatchDeadline)->ArgName("calls")->Arg(1024)->Arg(kCalls);

// The C++ loop a batch runs, over the batch's n call times: what
// BM_CDispatchDeadlineMany costs beyond the work itself.
void BM_CxxDispatchDeadlineLoop(benchmark::State& state) {
  const DispatchPolicy& p = cxx_policy();
  const auto n = static_cast<std::size_t>(state.range(0));
  const std::vector<std::int64_t> calls = call_times(n);
  std::vector<std::int64_t> deadlines(n);
  for (auto _ : state) {
    for (std::size_t i = 0; i < n; ++i)
      deadlines[i] = p.deadline(Instant(seconds{calls[i]}), "urban").time_since_epoch().count();
    benchmark::DoNotOptimize(deadlines.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CxxDispatchDeadlineLoop)->ArgName("n")->Arg(kCalls)->Unit(benchmark::kMicrosecond);

// DispatchPolicy::deadline_many, the function both batch faces call, over
// the same n call times in one zone: BM_CDispatchDeadlineMany less the C
// face's copies.
void BM_CxxDispatchDeadlineMany(benchmark::State& state) {
  const DispatchPolicy& p = cxx_policy();
  const auto n = static_cast<std::size_t>(state.range(0));
  const std::vector<std::int64_t> secs = call_times(n);
  std::vector<Instant> calls;
  for (const std::int64_t s : secs) calls.push_back(Instant(seconds{s}));
  const std::string_view zones[] = {"urban"};
  std::vector<Instant> deadlines(n);
  for (auto _ : state) {
    benchmark::DoNotOptimize(p.deadline_many(calls, zones, {}, deadlines));
    benchmark::DoNotOptimize(deadlines.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CxxDispatchDeadlineMany)->ArgName("n")->Arg(kCalls)->Unit(benchmark::kMicrosecond);

}  // namespace
