#!/usr/bin/env bash
# Builds the benchmark programs in Release and runs each with 5 repetitions,
# printing the median of every benchmark (the figures the README quotes).
#
#   benchmarks/run.sh                          # build dir: build-benchmarks
#   BUILD_DIR=/tmp/b benchmarks/run.sh         # another build dir
#   REPETITIONS=9 benchmarks/run.sh            # more repetitions
#   benchmarks/run.sh --benchmark_filter=Add   # extra flags go to every program
#
# The build dir holds only the library, the C API (for bench_capi) and the
# benchmarks (no tests), so that it configures and builds quickly.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-benchmarks}"
reps="${REPETITIONS:-5}"
programs=(bench_calendar bench_dispatch bench_period bench_warranty bench_store bench_capi)

generator=()
if [[ ! -f "$build/CMakeCache.txt" ]] && command -v ninja >/dev/null; then
  generator=(-G Ninja)
fi
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
      -DAFTERSALES_BUILD_BENCHMARKS=ON -DAFTERSALES_BUILD_TESTS=OFF -DAFTERSALES_BUILD_EXAMPLES=OFF \
      -DAFTERSALES_BUILD_CAPI=ON -DAFTERSALES_SANITIZED_TESTS=OFF >/dev/null
cmake --build "$build" --target "${programs[@]}" >/dev/null

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)"
echo "# $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores  ${cpu:-unknown CPU}"
echo "# medians of ${reps} repetitions; Release build; $(basename "$build")"
printf '%-52s %14s %14s\n' "benchmark" "time" "cpu"
for p in "${programs[@]}"; do
  "$build/benchmarks/$p" --benchmark_repetitions="$reps" \
      --benchmark_report_aggregates_only=true --benchmark_color=false \
      --benchmark_format=console "$@" 2>/dev/null |
    awk '$1 ~ /_median$/ { name = $1; sub(/_median$/, "", name);
                           printf "%-52s %11s %-2s %11s %-2s\n", name, $2, $3, $4, $5 }
         /ERROR OCCURRED/  { print; bad = 1 }
         END               { exit bad }' || status=1
done
# The Python figures, when the package is installed (pip install .).
if python3 -c "import aftersales, google_benchmark" 2>/dev/null; then
  python3 "$root/benchmarks/bench_python.py" --benchmark_repetitions="$reps" \
      --benchmark_report_aggregates_only=true --benchmark_color=false "$@" 2>/dev/null |
    awk '$1 ~ /_median$/ { name = $1; sub(/_median$/, "", name);
                           printf "%-52s %11s %-2s %11s %-2s\n", name, $2, $3, $4, $5 }' || status=1
else
  echo "# Python figures skipped: install the package (pip install .) and google-benchmark"
fi
exit "${status:-0}"
