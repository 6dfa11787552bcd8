// Legal periods (Civil Code arts. 201-203) on the mainland China preset:
// 1024 start dates in 2010-2020, so the last days hit weekends, holidays and
// make-up days in their natural proportions.
#include "bench_inputs.hpp"

#include <aftersales/calendars/cn.hpp>
#include <aftersales/period.hpp>

#include <benchmark/benchmark.h>

namespace {

using aftersales::Calendar;
using aftersales::Date;
using aftersales::Period;
using bench::kInputs;

const Calendar& china() {
  static const Calendar cal = aftersales::calendars::china();
  return cal;
}

const std::vector<Date>& dates() {
  static const std::vector<Date> v = bench::start_dates(Date(2010, 1, 1), 11 * 365);
  return v;
}

void BM_PeriodEnd(benchmark::State& state, Period period, bool with_calendar) {
  const Calendar* cal = with_calendar ? &china() : nullptr;
  const auto& ds = dates();
  std::size_t i = 0;
  for (auto _ : state) {
    Date r = aftersales::period_end(ds[i++ & (kInputs - 1)], period, cal);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_PeriodEnd, 7days, Period{.days = 7}, true);
BENCHMARK_CAPTURE(BM_PeriodEnd, 15days, Period{.days = 15}, true);
BENCHMARK_CAPTURE(BM_PeriodEnd, 1month, Period{.months = 1}, true);
BENCHMARK_CAPTURE(BM_PeriodEnd, 1year, Period{.years = 1}, true);
BENCHMARK_CAPTURE(BM_PeriodEnd, 3years, Period{.years = 3}, true);
BENCHMARK_CAPTURE(BM_PeriodEnd, 1year_no_calendar, Period{.years = 1}, false);

void BM_PeriodDeadline(benchmark::State& state) {
  const Calendar& cal = china();
  const auto& ds = dates();
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = aftersales::period_deadline(ds[i++ & (kInputs - 1)], Period{.days = 7}, cal);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PeriodDeadline);

}  // namespace
