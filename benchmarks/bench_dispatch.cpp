// Dispatch SLA clocks on the mainland China preset (urban 6 h, suburban 7 h).
#include "bench_inputs.hpp"

#include <aftersales/calendars/cn.hpp>
#include <aftersales/dispatch.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cstdio>
#include <optional>
#include <string>

namespace {

using namespace std::chrono;
using aftersales::DispatchPolicy;
using aftersales::Instant;
using aftersales::Pause;
using aftersales::QueuedCall;
using bench::kInputs;

const DispatchPolicy& policy() {
  static const DispatchPolicy p(aftersales::calendars::china());
  return p;
}

// One call per start instant, alternating urban/suburban, each with two
// closed pauses (customer not at home): one an hour after the call, one the
// next day; half of the calls have an arrival.
struct Call {
  Instant received;
  const char* zone;
  std::array<Pause, 2> pauses;
  std::optional<Instant> arrival;
};

const std::vector<Call>& calls() {
  static const std::vector<Call> v = [] {
    const std::vector<Instant> starts = bench::start_instants(policy().calendar());
    std::vector<Call> out;
    for (std::size_t k = 0; k < kInputs; ++k) {
      const Instant r = starts[k];
      Call c{r, k % 2 == 0 ? "urban" : "suburban",
             {Pause{r + hours{1}, r + hours{2}}, Pause{r + hours{26}, r + hours{26} + minutes{30}}},
             std::nullopt};
      if (k % 4 < 2) c.arrival = r + hours{30};
      out.push_back(c);
    }
    return out;
  }();
  return v;
}

void BM_DispatchDeadline(benchmark::State& state) {
  const DispatchPolicy& p = policy();
  const auto& cs = calls();
  const bool with_pauses = state.range(0) != 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const Call& c = cs[i++ & (kInputs - 1)];
    Instant r = with_pauses ? p.deadline(c.received, c.zone, c.pauses) : p.deadline(c.received, c.zone);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DispatchDeadline)->ArgName("pauses")->Arg(0)->Arg(2);

// status() three days after the call: met/breached for the arrived half,
// breached for the rest.
void BM_DispatchStatus(benchmark::State& state) {
  const DispatchPolicy& p = policy();
  const auto& cs = calls();
  std::size_t i = 0;
  for (auto _ : state) {
    const Call& c = cs[i++ & (kInputs - 1)];
    auto s = p.status(c.received, c.zone, c.received + days{3}, c.pauses, c.arrival);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DispatchStatus);

// The queue of 1000 calls received over the three days before `now`
// (Wednesday 2015-06-10 10:00 Shanghai), a third of them already dispatched.
void BM_DispatchOrder(benchmark::State& state) {
  const DispatchPolicy& p = policy();
  const auto n = static_cast<std::size_t>(state.range(0));
  const Instant now = p.calendar().to_utc(bench::local_midnight(aftersales::Date(2015, 6, 10)) + hours{10});
  bench::SplitMix64 rng(1000);
  std::vector<QueuedCall> queue;
  queue.reserve(n);
  for (std::size_t k = 0; k < n; ++k) {
    char id[32];
    std::snprintf(id, sizeof id, "C-%05zu", k);
    QueuedCall c{id, now - seconds{rng.below(3 * 86400)}, k % 3 == 0 ? "suburban" : "urban", std::nullopt};
    if (k % 3 == 1) c.dispatched = c.received + seconds{rng.below(2 * 86400)};
    queue.push_back(std::move(c));
  }
  for (auto _ : state) {
    auto order = p.dispatch_order(queue, now);
    benchmark::DoNotOptimize(order);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_DispatchOrder)->ArgName("calls")->Arg(1000)->Unit(benchmark::kMicrosecond);

}  // namespace
