#!/usr/bin/env bash
# Every test: installs missing dependencies (tools/setup-deps.sh: Debian
# packages and the project's virtual environment .venv), configures and
# builds (Release, with the ASan+UBSan copy of the unit tests), installs the
# Python package into .venv with `pip install .`, then runs CTest: Catch2 unit
# tests (plain and sanitized), C API tests, pytest (with .venv's Python), the
# consumer project and the examples. CTest's summary is the last thing printed.
# Arguments go to the CMake configure step after the defaults, e.g.
#   tools/test.sh -DAFTERSALES_SANITIZED_TESTS=OFF
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
venv="${VENV:-$root/.venv}"
jobs="$(nproc 2>/dev/null || echo 2)"
export VENV="$venv" PIP_DISABLE_PIP_VERSION_CHECK=1

bash "$root/tools/setup-deps.sh"
python="$venv/bin/python"
generator=()
[[ -f "$build/CMakeCache.txt" ]] || generator=(-G Ninja)  # same as CMakePresets.json "default"
# Every option explicit: tools/demo.sh configures the same directory with
# fewer parts, and the library's objects are reused between the two.
echo "test: configuring $build"
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
      -DAFTERSALES_BUILD_TOOLS=ON -DAFTERSALES_BUILD_TESTS=ON -DAFTERSALES_BUILD_EXAMPLES=ON \
      -DAFTERSALES_BUILD_BENCHMARKS=ON -DAFTERSALES_BUILD_CAPI=ON -DAFTERSALES_BUILD_PYTHON=OFF \
      -DAFTERSALES_SANITIZED_TESTS=ON -DAFTERSALES_INSTALL=ON \
      "-DPython3_EXECUTABLE=$python" "$@" >/dev/null
echo "test: building"
cmake --build "$build" --parallel "$jobs"
# No build isolation: scikit-build-core and pybind11 come from the setup step,
# so nothing is fetched while building.
echo "test: installing the Python package into $venv (pip install .)"
"$python" -m pip install --quiet --no-build-isolation --no-deps "$root"
exec ctest --test-dir "$build" --output-on-failure --parallel "$jobs"
