#!/usr/bin/env bash
# Installs what aftersales builds with, only where it is missing.
#
#   tools/setup-deps.sh          everything tools/test.sh needs
#   tools/setup-deps.sh --demo   only what tools/demo.sh needs (no Python)
#
# Debian packages come from apt (as root, or through sudo). The Python build
# and test packages go into the project's virtual environment .venv at the
# repository root (ignored by git), never into the system Python: Debian's
# Python refuses pip installs (PEP 668). The environment is made with Debian's
# /usr/bin/python3 unless PYTHON names another interpreter; VENV moves it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

mode=all
for arg in "$@"; do
  case "$arg" in
    --demo) mode=demo ;;
    -h|--help) sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup-deps.sh: unknown option '$arg' (accepted: --demo, --help)" >&2; exit 2 ;;
  esac
done

# What the demo builds: the library and the command-line tool.
demo_packages=(
  g++ cmake ninja-build
  libboost-dev libboost-date-time-dev   # civil dates (boost::gregorian)
  libcctz-dev                           # IANA/POSIX time zones from system tzdata
  tzdata
  nlohmann-json3-dev                    # JSON policy documents
  libsqlite3-dev                        # the offline store
)
# What the tests add: their frameworks, pkg-config for the consumer test,
# and Debian's Python with venv, pip and the headers the extension builds with.
test_packages=(
  pkg-config
  catch2                                # unit tests (Catch2 v2)
  libbenchmark-dev                      # Google Benchmark
  python3 python3-venv python3-pip python3-dev
  golang-go                             # the Go (cgo) client test of the C ABI
)
# pandas: Store DataFrames; google-benchmark: benchmarks/bench_python.py;
# lunar-python: tools/generate_cn_lunar.py; lunardate, cnlunar, sxtwl, ephem:
# tests/python/test_cn_lunar_table.py checks data/cn_lunar.csv against them.
# Each name, with '-' read as '_', is the module checked for "missing".
python_packages=(scikit-build-core pybind11 numpy pandas pytest google-benchmark
                 lunar-python lunardate cnlunar sxtwl ephem)

apt_packages=("${demo_packages[@]}")
[[ $mode == demo ]] || apt_packages+=("${test_packages[@]}")

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: installing Debian packages needs root or sudo" >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ $mode == demo ]]; then exit 0; fi

# The project's virtual environment.
venv="${VENV:-$root/.venv}"
python="${PYTHON:-/usr/bin/python3}"
export PIP_DISABLE_PIP_VERSION_CHECK=1
real_exe='import os, sys; print(os.path.realpath(getattr(sys, "_base_executable", sys.executable)))'
if ! want="$("$python" -c "$real_exe")"; then
  echo "setup: PYTHON='$python' does not run" >&2
  exit 1
fi
if [[ -x "$venv/bin/python" ]] && have="$("$venv/bin/python" -c "$real_exe" 2>/dev/null)" && [[ "$have" == "$want" ]]; then
  :
else
  # Missing, broken, or made with another interpreter: made (again) with this one.
  echo "setup: creating the virtual environment $venv with $want"
  "$python" -m venv --clear "$venv"
fi

need_py=()
for p in "${python_packages[@]}"; do
  "$venv/bin/python" -c "import ${p//-/_}" 2>/dev/null || need_py+=("$p")
done
if ((${#need_py[@]})); then
  echo "setup: installing Python packages into $venv: ${need_py[*]}"
  "$venv/bin/python" -m pip install -q "${need_py[@]}"
fi
