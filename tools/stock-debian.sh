#!/usr/bin/env bash
# The README's two commands, tools/demo.sh and then tools/test.sh, on a stock
# Debian 12 as a newcomer has it: no pyenv, no packages beyond the base
# system, Debian's python3. CI runs this once (.ci/run).
#
# As root with debootstrap: a fresh Debian 12 chroot is made in a temporary
# folder under /var/tmp (the base system from the Debian mirror), /proc, /sys,
# /dev, /dev/pts and /dev/shm are mounted into it (the sanitizer tests read
# /proc), the repository's files are copied in (tracked and untracked, not
# ignored: no build/ or .venv), and both commands run inside, building in one
# build/ there. The mounts are undone and the folder removed at the end, on
# failure too.
# Otherwise (not root, no debootstrap, or debootstrap fails): both commands
# run on this host in a copy of the repository made the same way, with
# Debian's /usr/bin/python3 first on PATH. The script says which it did.
#
# The last lines printed are the test command's CTest summary, and the exit
# code is the test command's (or the demo's, if that failed).
#
# Environment: STOCK_DEBIAN=chroot|fallback|auto (default auto),
# STOCK_DEBIAN_MIRROR (default http://deb.debian.org/debian),
# STOCK_DEBIAN_SECURITY (default http://deb.debian.org/debian-security),
# STOCK_DEBIAN_TMP (default /var/tmp). AFTERSALES_CI_START (epoch seconds,
# set by .ci/run) adds the whole run's time to the timings.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${STOCK_DEBIAN:-auto}"
suite=bookworm
mirror="${STOCK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security="${STOCK_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}"
start=$SECONDS

say() { printf '\n=== stock-debian [%s]: %s\n' "$(elapsed $((SECONDS - start)))" "$*"; }
elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
timings=()
timed() {  # timed LABEL SECONDS
  timings+=("$(printf '%-34s %s' "$1" "$(elapsed "$2")")")
}

case "$mode" in
  auto|chroot|fallback) ;;
  *) echo "stock-debian: STOCK_DEBIAN='$mode' (accepted: auto, chroot, fallback)" >&2; exit 2 ;;
esac

# ---------------------------------------------------------------- the chroot

work=""
target=""
cleaned=1

# Mount points at or beneath the chroot, deepest first (from /proc/mounts, so
# that whatever debootstrap left mounted is found too).
mounts_below() {
  [[ -n $target ]] || return 0
  awk -v t="$target" '$2 == t || index($2, t "/") == 1 { print $2 }' /proc/mounts | sort -r
}

cleanup() {
  ((cleaned)) && return 0
  cleaned=1
  say "removing $work${target:+ (the chroot: unmounted first)}"
  local m
  for m in $(mounts_below); do
    umount "$m" 2>/dev/null || umount -l "$m" || true
  done
  if [[ -n "$(mounts_below)" ]]; then
    echo "stock-debian: still mounted under $target, so $work is left in place:" >&2
    mounts_below >&2
    return 1
  fi
  # --one-file-system: even so, never descend into another file system.
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The repository as a fresh clone has it, plus local changes: tracked and
# untracked files, not ignored ones (no build/, .venv or demo.db).
copy_repo() {  # copy_repo DEST
  mkdir -p "$1"
  if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$root" && git ls-files -z -co --exclude-standard |
       while IFS= read -r -d '' f; do [[ -e $f || -L $f ]] && printf '%s\0' "$f"; done |
       tar --null -T - -cf -) | tar -C "$1" -xf -
  else
    tar -C "$root" --exclude='./build*' --exclude=./.venv --exclude=./demo.db -cf - . | tar -C "$1" -xf -
  fi
}

can_chroot() {  # prints why not, fails, when a chroot cannot be had
  if [[ $(id -u) -ne 0 ]]; then echo "not root"; return 1; fi
  if ! command -v debootstrap >/dev/null; then
    # Debian's own package: a fresh machine has the chroot as soon as it is installed.
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null 2>&1
    if ! command -v debootstrap >/dev/null; then echo "debootstrap is not installed and could not be"; return 1; fi
  fi
  if ! command -v chroot >/dev/null; then echo "chroot is not installed"; return 1; fi
  return 0
}

make_chroot() {
  local base="${STOCK_DEBIAN_TMP:-/var/tmp}"
  work="$(mktemp -d "$base/aftersales-stock-debian.XXXXXX")" || return 1
  target="$work/root"
  cleaned=0
  say "debootstrap $suite from $mirror into $target (log: $work/debootstrap.log)"
  local t0=$SECONDS
  if ! debootstrap "$suite" "$target" "$mirror" >"$work/debootstrap.log" 2>&1; then
    echo "stock-debian: debootstrap failed; its last lines:"
    tail -n 15 "$work/debootstrap.log"
    return 1
  fi
  timed "debootstrap (base system)" $((SECONDS - t0))
  say "debootstrap done in $(elapsed $((SECONDS - t0)))"

  # The apt sources of a Debian 12 installation.
  cat >"$target/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
  cp -L /etc/resolv.conf "$target/etc/resolv.conf"
  # This host's own certificate authorities, so that the chroot reaches the
  # network the way the host does (a proxy that re-signs TLS, for example).
  if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
    mkdir -p "$target/usr/local/share/ca-certificates"
    cp -rL /usr/local/share/ca-certificates/. "$target/usr/local/share/ca-certificates/"
  fi
  local v
  for v in PIP_CERT REQUESTS_CA_BUNDLE SSL_CERT_FILE; do
    if [[ -n "${!v:-}" && -f "${!v}" ]]; then
      mkdir -p "$target$(dirname "${!v}")"
      cp -L "${!v}" "$target${!v}"
    fi
  done

  say "copying the repository into /root/aftersales"
  copy_repo "$target/root/aftersales" || return 1

  # The chroot as a private mount of its own: what is mounted inside it is
  # not propagated elsewhere.
  mount --bind "$target" "$target" && mount --make-private "$target" || return 1
  mount -t proc proc "$target/proc" || return 1
  mount -t sysfs sysfs "$target/sys" || mount --bind /sys "$target/sys" || return 1
  # Slaves: where / is shared (systemd), a mount beneath the chroot's /dev
  # would otherwise appear on the host's /dev as well, and its unmount too.
  mount --bind /dev "$target/dev" && mount --make-slave "$target/dev" || return 1
  mount --bind /dev/pts "$target/dev/pts" && mount --make-slave "$target/dev/pts" || return 1
  mkdir -p "$target/dev/shm"
  mount -t tmpfs -o mode=1777 shm "$target/dev/shm" || return 1
  return 0
}

# One README command inside the chroot, as root, with a clean environment
# (CI's variable and the host's network settings only), no stdin.
in_chroot() {
  local env=(HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}"
             PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
  local v
  for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY \
           PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_TRUSTED_HOST PIP_DEFAULT_TIMEOUT \
           PIP_CERT REQUESTS_CA_BUNDLE SSL_CERT_FILE; do
    [[ -n "${!v:-}" ]] && env+=("$v=${!v}")
  done
  chroot "$target" /usr/bin/env -i "${env[@]}" /bin/bash -c 'cd /root/aftersales && "$@"' bash "$@" </dev/null
}

# ---------------------------------------------------------------- the run

where=""
run_cmd=()
if [[ $mode != fallback ]]; then
  if why="$(can_chroot)"; then
    if make_chroot; then
      where="chroot"
      run_cmd=(in_chroot)
    else
      why="the chroot could not be made"
      cleanup || exit 1
    fi
  fi
  if [[ -z $where && $mode == chroot ]]; then
    echo "stock-debian: STOCK_DEBIAN=chroot, but $why" >&2
    exit 1
  fi
fi
if [[ -z $where ]]; then
  where="fallback"
  # A fresh copy here too, so that nothing of an earlier run (build/, .venv,
  # demo.db) is used; Debian's python3 comes first on PATH.
  work="$(mktemp -d "${STOCK_DEBIAN_TMP:-/var/tmp}/aftersales-stock-debian.XXXXXX")" || exit 1
  target=""
  cleaned=0
  mkdir "$work/bin"
  ln -s /usr/bin/python3 "$work/bin/python3"
  ln -s /usr/bin/python3 "$work/bin/python"
  if [[ -x /usr/bin/pip3 ]]; then ln -s /usr/bin/pip3 "$work/bin/pip3"; ln -s /usr/bin/pip3 "$work/bin/pip"; fi
  export PATH="$work/bin:$PATH"
  say "FALLBACK: ${why:-asked for}; running both commands on this host, in a copy of the repository ($work/aftersales), with Debian's /usr/bin/python3 first on PATH"
  copy_repo "$work/aftersales" || exit 1
  run_cmd=(env -C "$work/aftersales")
fi

say "README command 1 ($where): tools/demo.sh"
t0=$SECONDS
"${run_cmd[@]}" tools/demo.sh </dev/null
demo_rc=$?
timed "tools/demo.sh ($where)" $((SECONDS - t0))

test_rc=""
log="$(mktemp)"
if ((demo_rc == 0)); then
  say "README command 2 ($where): tools/test.sh"
  t0=$SECONDS
  "${run_cmd[@]}" tools/test.sh </dev/null 2>&1 | tee "$log"
  test_rc=${PIPESTATUS[0]}
  timed "tools/test.sh ($where)" $((SECONDS - t0))
fi

cleanup
clean_rc=$?

if [[ $where == chroot ]]; then
  say "done: the README commands ran in a stock Debian 12 chroot (debootstrap $suite)"
else
  say "done: the README commands ran on this host with Debian's python3 first on PATH (FALLBACK: ${why:-asked for})"
fi
timed "stock-debian.sh in all" $((SECONDS - start))
if [[ -n ${AFTERSALES_CI_START:-} ]]; then
  timed ".ci/run so far" $(($(date +%s) - AFTERSALES_CI_START))
fi
printf '  %s\n' "${timings[@]}"
echo "  demo exit code: $demo_rc; test exit code: ${test_rc:-not run}"

if ((demo_rc != 0)); then
  echo "stock-debian: tools/demo.sh failed (exit code $demo_rc), so tools/test.sh was not run"
  rm -f "$log"
  exit "$demo_rc"
fi
# The test command's closing lines (CTest's summary) come last.
summary_at="$(grep -n -E '^[0-9]+% tests passed' "$log" | tail -n 1 | cut -d: -f1)"
if [[ -n $summary_at ]]; then
  echo "=== stock-debian: CTest's summary (tools/test.sh, $where):"
  tail -n "+$summary_at" "$log"
else
  echo "=== stock-debian: tools/test.sh ended (exit code $test_rc) before CTest's summary; its last lines:"
  tail -n 20 "$log"
fi
rm -f "$log"
((test_rc == 0 && clean_rc != 0)) && exit "$clean_rc"
exit "$test_rc"
