#!/usr/bin/env bash
# The demo: installs what the demo needs where it is missing (no Python),
# builds the library and the aftersales command-line tool, and runs a month of
# a service centre into demo.db (in the current directory), printing the
# month's report. Arguments go to the demo: tools/demo.sh --seed 7 --calls 300
# The build directory is tools/test.sh's (build/, or BUILD_DIR), so the
# library is compiled once when both run; the demo turns off what it does not
# need (tests, benchmarks, examples, the C library), so Catch2, Google
# Benchmark and Python are not needed to configure it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"

bash "$root/tools/setup-deps.sh" --demo
generator=()
[[ -f "$build/CMakeCache.txt" ]] || generator=(-G Ninja)  # same as CMakePresets.json "default"
echo "demo: configuring $build"
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
      -DAFTERSALES_BUILD_TOOLS=ON -DAFTERSALES_BUILD_TESTS=OFF -DAFTERSALES_BUILD_EXAMPLES=OFF \
      -DAFTERSALES_BUILD_BENCHMARKS=OFF -DAFTERSALES_BUILD_CAPI=OFF -DAFTERSALES_BUILD_PYTHON=OFF \
      -DAFTERSALES_SANITIZED_TESTS=OFF
echo "demo: building the library and the aftersales tool (the first time takes a minute or more)"
cmake --build "$build" --target aftersales_cli
echo "demo: running $build/tools/cli/aftersales demo $*"
exec "$build/tools/cli/aftersales" demo "$@"
