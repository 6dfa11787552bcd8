#!/usr/bin/env bash
# Installs what aftersales builds with, only where it is missing:
# Debian packages (needs root or sudo) and the Python build/test packages.
set -euo pipefail

apt_packages=(
  g++ cmake ninja-build pkg-config
  libboost-dev libboost-date-time-dev   # civil dates (boost::gregorian)
  libcctz-dev                           # IANA/POSIX time zones from system tzdata
  tzdata
  nlohmann-json3-dev                    # JSON policy documents
  catch2                                # unit tests (Catch2 v2)
  libbenchmark-dev                      # Google Benchmark
  libsqlite3-dev                        # the offline store
)
python_packages=(scikit-build-core pybind11 numpy pandas pytest google-benchmark)  # pandas: Store DataFrames; google-benchmark: benchmarks/bench_python.py

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
PYTHON=${PYTHON:-python3}
need_py=()
for p in "${python_packages[@]}"; do
  mod=${p//-/_}
  "$PYTHON" -c "import ${mod}" 2>/dev/null || need_py+=("$p")
done
if ((${#need_py[@]})); then
  echo "setup: installing Python packages: ${need_py[*]}"
  "$PYTHON" -m pip install -q "${need_py[@]}"
fi
