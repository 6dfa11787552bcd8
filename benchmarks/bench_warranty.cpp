// Warranty decisions on the 三包 preset with the mainland China calendar:
// 1024 units bought in 2015-2020, asked about on dates up to 4 years later,
// so the answers mix covered, expired, component and excluded cases.
#include "bench_inputs.hpp"

#include <aftersales/calendars/cn.hpp>
#include <aftersales/warranty.hpp>

#include <benchmark/benchmark.h>

#include <string_view>

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
  const auto& cs = cases();
  const std::optional<std::string_view> part = component ? std::optional<std::string_view>("picture_tube") : std::nullopt;
  const std::optional<std::string_view> why = cause ? std::optional<std::string_view>("misuse") : std::nullopt;
  std::size_t i = 0;
  for (auto _ : state) {
    Case c = cs[i++ & (kInputs - 1)];
    if (component) c.unit.product = "colour_tv";
    auto r = p.coverage(c.unit, c.on, part, why);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_WarrantyCoverage, whole_unit, false, false);
BENCHMARK_CAPTURE(BM_WarrantyCoverage, component, true, false);
BENCHMARK_CAPTURE(BM_WarrantyCoverage, excluded_cause, false, true);

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
