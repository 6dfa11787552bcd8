#!/usr/bin/env bash
# The demo: installs missing dependencies, builds the library and the demo,
# and runs it (a simulated month of repair calls on the China calendar).
# Arguments go to the demo: tools/demo.sh --seed 7 --calls 300
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-demo}"

bash "$root/tools/setup-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAFTERSALES_BUILD_TESTS=OFF \
      -DAFTERSALES_BUILD_BENCHMARKS=OFF -DAFTERSALES_BUILD_CAPI=OFF -DAFTERSALES_SANITIZED_TESTS=OFF \
      -DAFTERSALES_INSTALL=OFF >/dev/null
cmake --build "$build" --target aftersales_demo >/dev/null
exec "$build/examples/demo" "$@"
