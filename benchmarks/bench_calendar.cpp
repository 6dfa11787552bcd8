// Working-time arithmetic on the mainland China preset.
//
// Every timed loop cycles through 1024 different start instants (2010-2015,
// half inside working hours, half anywhere), so a figure is the cost over many
// dates, holidays and make-up days, not one cached case. Inputs are checked
// once before timing, so a wrong answer fails the run instead of being fast.
#include "bench_inputs.hpp"

#include <aftersales/calendars/cn.hpp>

#include <benchmark/benchmark.h>

#include <string>

namespace {

using namespace std::chrono;
using aftersales::Calendar;
using aftersales::Date;
using aftersales::Instant;
using bench::kInputs;

const Calendar& china() {
  static const Calendar cal = aftersales::calendars::china();
  return cal;
}

const std::vector<Instant>& starts() {
  static const std::vector<Instant> v = bench::start_instants(china());
  return v;
}

// add(t, d): d is working time. A working week is 5 days of 8 h, a working
// year 250 days; the 10-year budget ends in early 2026 at the latest, inside
// the preset's horizon.
void BM_CalendarAdd(benchmark::State& state, seconds d) {
  const Calendar& cal = china();
  const auto& t = starts();
  for (const Instant s : t) {
    const Instant e = cal.add(s, d);
    const seconds back = d < seconds{0} ? -cal.between(e, s) : cal.between(s, e);
    if (back != d) {
      state.SkipWithError("add and between disagree");
      return;
    }
  }
  std::size_t i = 0;
  for (auto _ : state) {
    Instant r = cal.add(t[i++ & (kInputs - 1)], d);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_CalendarAdd, 1h, seconds{hours{1}});
BENCHMARK_CAPTURE(BM_CalendarAdd, 1week_40h, seconds{hours{40}});
BENCHMARK_CAPTURE(BM_CalendarAdd, 1year_2000h, seconds{hours{2000}});
BENCHMARK_CAPTURE(BM_CalendarAdd, 10years_20000h, seconds{hours{20000}});
BENCHMARK_CAPTURE(BM_CalendarAdd, minus_1week_40h, seconds{hours{-40}});

// between(a, a + span): span is wall-clock time.
void BM_CalendarBetween(benchmark::State& state, seconds span) {
  const Calendar& cal = china();
  const auto& t = starts();
  std::vector<Instant> ends;
  ends.reserve(kInputs);
  for (const Instant s : t) {
    ends.push_back(s + span);
    if (cal.between(s, s + span) > span) {
      state.SkipWithError("more working time than wall-clock time");
      return;
    }
  }
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t k = i++ & (kInputs - 1);
    seconds r = cal.between(t[k], ends[k]);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_CalendarBetween, 1h, seconds{hours{1}});
BENCHMARK_CAPTURE(BM_CalendarBetween, 1week, seconds{days{7}});
BENCHMARK_CAPTURE(BM_CalendarBetween, 1year, seconds{days{365}});
BENCHMARK_CAPTURE(BM_CalendarBetween, 10years, seconds{days{3652}});

// Building the preset: parse the hours, load the zone, index 23 years of table.
void BM_ChinaCalendarBuild(benchmark::State& state) {
  for (auto _ : state) {
    Calendar c = aftersales::calendars::china();
    benchmark::DoNotOptimize(c);
  }
}
BENCHMARK(BM_ChinaCalendarBuild)->Unit(benchmark::kMicrosecond);

void BM_CalendarIsWorking(benchmark::State& state) {
  const Calendar& cal = china();
  const auto& t = starts();
  std::size_t i = 0;
  for (auto _ : state) {
    bool r = cal.is_working(t[i++ & (kInputs - 1)]);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalendarIsWorking);

void BM_CalendarNextWorking(benchmark::State& state) {
  const Calendar& cal = china();
  const auto& t = starts();
  std::size_t i = 0;
  for (auto _ : state) {
    Instant r = cal.next_working(t[i++ & (kInputs - 1)]);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalendarNextWorking);

// advance(d, n) business days from dates in 2010-2015.
void BM_CalendarAdvance(benchmark::State& state) {
  const Calendar& cal = china();
  static const std::vector<Date> dates = bench::start_dates(Date(2010, 1, 1), 6 * 365);
  const int n = static_cast<int>(state.range(0));
  std::size_t i = 0;
  for (auto _ : state) {
    Date r = cal.advance(dates[i++ & (kInputs - 1)], n);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalendarAdvance)->ArgName("n")->Arg(1)->Arg(22)->Arg(250)->Arg(-22);

void BM_CalendarBusinessDaysBetween(benchmark::State& state) {
  const Calendar& cal = china();
  static const std::vector<Date> dates = bench::start_dates(Date(2010, 1, 1), 6 * 365);
  const boost::gregorian::date_duration span(static_cast<long>(state.range(0)));
  std::size_t i = 0;
  for (auto _ : state) {
    const Date a = dates[i++ & (kInputs - 1)];
    int r = cal.business_days_between(a, a + span);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalendarBusinessDaysBetween)->ArgName("days")->Arg(30)->Arg(3652);

void BM_CalendarToLocal(benchmark::State& state) {
  const Calendar& cal = china();
  const auto& t = starts();
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = cal.to_local(t[i++ & (kInputs - 1)]);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalendarToLocal);

}  // namespace
