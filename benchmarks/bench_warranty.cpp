// Warranty decisions on the 三包 preset with the mainland China calendar:
// 1024 units bought in 2015-2020, asked about on dates up to 4 years later,
// so the answers mix covered, expired, component and excluded cases.
#include "bench_inputs.hpp"

#include <aftersales/calendars/cn.hpp>
#include <aftersales/warranty.hpp>

#include <benchmark/benchmark.h>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace {

using aftersales::Date;
using aftersales::FaultFacts;
using aftersales::UnitFacts;
using aftersales::WarrantyPolicy;
using bench::kInputs;

const WarrantyPolicy& policy() {
  static const WarrantyPolicy p = WarrantyPolicy::sanbao(aftersales::calendars::china());
  return p;
}

struct Case {
  UnitFacts unit;
  Date on;
};

const std::vector<Case>& cases() {
  static const std::vector<Case> v = [] {
    bench::SplitMix64 rng(2015);
    const auto bought = bench::start_dates(Date(2015, 1, 1), 6 * 365);
    std::vector<Case> out;
    for (const Date d : bought) {
      UnitFacts u{rng.below(2) ? "colour_tv" : "bicycle", d, {}, {}, {}, static_cast<int>(rng.below(20))};
      out.push_back({u, d + boost::gregorian::days(rng.below(4 * 365))});
    }
    return out;
  }();
  return v;
}

void BM_WarrantyCoverage(benchmark::State& state, bool component, bool cause) {
  const WarrantyPolicy& p = policy();
  // Components are the colour TV's: those cases ask about colour TVs only.
  std::vector<Case> cs = cases();
  if (component)
    for (Case& c : cs) c.unit.product = "colour_tv";
  const std::optional<std::string_view> part = component ? std::optional<std::string_view>("picture_tube") : std::nullopt;
  const std::optional<std::string_view> why = cause ? std::optional<std::string_view>("misuse") : std::nullopt;
  std::size_t i = 0;
  for (auto _ : state) {
    const Case& c = cs[i++ & (kInputs - 1)];
    auto r = p.coverage(c.unit, c.on, part, why);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_WarrantyCoverage, whole_unit, false, false);
BENCHMARK_CAPTURE(BM_WarrantyCoverage, component, true, false);
BENCHMARK_CAPTURE(BM_WarrantyCoverage, excluded_cause, false, true);

// coverage_many over a month of records: `range(0)` units bought on 3,000
// different days (2015-2023) and asked about up to 4 years later; the
// figure is per unit.
void BM_WarrantyCoverageMany(benchmark::State& state) {
  const WarrantyPolicy& p = policy();
  const auto n = static_cast<std::size_t>(state.range(0));
  bench::SplitMix64 rng(2024);
  std::vector<Date> purchased(n), on(n), until(n);
  for (std::size_t i = 0; i < n; ++i) {
    purchased[i] = Date(2015, 1, 1) + boost::gregorian::days(rng.below(3000));
    on[i] = purchased[i] + boost::gregorian::days(rng.below(4 * 365));
  }
  std::unique_ptr<bool[]> covered(new bool[n]);
  for (auto _ : state) {
    benchmark::DoNotOptimize(p.coverage_many("colour_tv", purchased, on, std::span<bool>(covered.get(), n), until));
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}
BENCHMARK(BM_WarrantyCoverageMany)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

void BM_WarrantyRemedy(benchmark::State& state) {
  const WarrantyPolicy& p = policy();
  const auto& cs = cases();
  std::size_t i = 0;
  for (auto _ : state) {
    const Case& c = cs[i & (kInputs - 1)];
    FaultFacts f;
    f.fault_on = c.on;
    f.prior_repairs = static_cast<int>(i % 3);
    f.price = 600000;
    ++i;
    auto r = p.remedy(c.unit, f);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WarrantyRemedy);

}  // namespace
