#!/usr/bin/env bash
# Every test: installs missing dependencies, configures and builds (Release,
# with the ASan+UBSan copy of the unit tests), installs the Python package
# with `pip install .`, then runs CTest: Catch2 unit tests (plain and
# sanitized), C API tests, pytest, the consumer project and the examples.
# CTest's summary is the last thing printed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
bash "$root/tools/setup-deps.sh"
generator=()
[[ -f "$build/CMakeCache.txt" ]] || generator=(-G Ninja)  # same as CMakePresets.json "default"
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel "$jobs"
# No build isolation: scikit-build-core and pybind11 come from the setup step,
# so nothing is fetched while building.
python3 -m pip install --quiet --no-build-isolation --no-deps "$root"
exec ctest --test-dir "$build" --output-on-failure --parallel "$jobs"
