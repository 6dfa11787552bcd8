#!/usr/bin/env bash
# The demo: installs missing dependencies, builds the library and the
# aftersales command-line tool, and runs a month of a service centre into
# demo.db (in the current directory), printing the month's report.
# Arguments go to the demo: tools/demo.sh --seed 7 --calls 300 --db /tmp/x.db
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-demo}"

bash "$root/tools/setup-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAFTERSALES_BUILD_TESTS=OFF -DAFTERSALES_BUILD_EXAMPLES=OFF \
      -DAFTERSALES_BUILD_BENCHMARKS=OFF -DAFTERSALES_BUILD_CAPI=OFF -DAFTERSALES_SANITIZED_TESTS=OFF \
      -DAFTERSALES_INSTALL=OFF >/dev/null
cmake --build "$build" --target aftersales_cli >/dev/null
exec "$build/tools/cli/aftersales" demo "$@"
