#!/usr/bin/env bash
# Install test of the Debian package: builds it (packaging/build-deb.sh), installs it with apt,
# runs the installed binaries (/usr/bin only: --version, ecs-sim answering `ecs-console call
# DescribeRegions`, an offscreen --screenshot), purges it and checks that nothing of it is left.
# Usage: packaging/test-deb.sh   (Debian 12, as root; replaces an installed ecs-console package)
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/build-deb.sh
debs=(build-deb/ecs-console_*.deb)
((${#debs[@]} == 1)) || { echo "test-deb: expected one package in build-deb/, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
upstream_version=${version%-*}

work=$(mktemp -d)
sim_pid=""
cleanup() {
  [ -z "$sim_pid" ] || kill "$sim_pid" 2>/dev/null || true
  # A failed run must not leave the package behind on the machine.
  if dpkg-query -W -f='${Status}' ecs-console 2>/dev/null | grep -q 'ok installed'; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq ecs-console >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }
step() { echo "--- $*"; }

export DEBIAN_FRONTEND=noninteractive
step "apt-get install ./$deb"
apt-get install -y -qq -o Dpkg::Use-Pty=0 "./$deb"
dpkg -L ecs-console | sort > "$work/installed"
# The runs below read settings and caches from a home of their own, never root's.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_CONFIG_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

step "ecs-console --version"
[ "$(/usr/bin/ecs-console --version)" = "ecs-console $upstream_version" ] ||
  fail "ecs-console --version says '$(/usr/bin/ecs-console --version)', the package is $version"
[ "$(/usr/bin/ecs-sim --version)" = "ecs-sim $upstream_version" ] || fail "ecs-sim --version"
zcat /usr/share/man/man1/ecs-console.1.gz /usr/share/man/man1/ecs-sim.1.gz | grep -q '^\.TH ECS-SIM 1' ||
  fail "man pages"
desktop-file-validate /usr/share/applications/ecs-console.desktop

step "ecs-sim + ecs-console call DescribeRegions"
# A key pair of this run's own, passed to ecs-sim through its options.
key_id="LTAIdebTest$RANDOM"
key_secret=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
/usr/bin/ecs-sim --listen 127.0.0.1:0 --access-key-id "$key_id" --access-key-secret "$key_secret" \
  >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
url=""
for _ in $(seq 100); do  # its first line names the URL; up to 10 s
  url=$(sed -n '1s/^ecs-sim listening on \(http:[^ ]*\)$/\1/p' "$work/sim.out")
  [ -n "$url" ] && break
  kill -0 "$sim_pid" 2>/dev/null || fail "ecs-sim exited: $(cat "$work/sim.err")"
  sleep 0.1
done
[ -n "$url" ] || fail "ecs-sim printed no URL in 10 s"
ALIBABA_CLOUD_ACCESS_KEY_ID="$key_id" ALIBABA_CLOUD_ACCESS_KEY_SECRET="$key_secret" \
  timeout 60 /usr/bin/ecs-console call DescribeRegions --endpoint "$url" >"$work/regions.json" ||
  fail "ecs-console call DescribeRegions --endpoint $url exited $?"
grep -q '"RegionId": *"cn-hangzhou"' "$work/regions.json" || fail "no cn-hangzhou in $(head -c 300 "$work/regions.json")"
echo "$(grep -o '"RegionId"' "$work/regions.json" | wc -l) regions from $url"
kill "$sim_pid"
wait "$sim_pid" || fail "ecs-sim did not exit 0 on SIGTERM"
sim_pid=""

step "ecs-console --demo --screenshot (offscreen)"
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/ecs-console --demo --screenshot "$work/x.png"
[ "$(head -c 8 "$work/x.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "no PNG written"
echo "screenshot: $(stat -c %s "$work/x.png") bytes"

step "apt-get purge -y ecs-console"
apt-get purge -y -qq -o Dpkg::Use-Pty=0 ecs-console
! dpkg-query -W ecs-console >/dev/null 2>&1 || fail "dpkg still knows ecs-console after the purge"
left=()
while read -r path; do
  [[ "$path" == /usr/* ]] || continue
  if [ -d "$path" ]; then
    # A folder may stay while another package owns it or something else is in it.
    dpkg-query -S "$path" >/dev/null 2>&1 || [ -n "$(ls -A "$path")" ] || left+=("$path")
  elif [ -e "$path" ] || [ -L "$path" ]; then
    left+=("$path")
  fi
done <"$work/installed"
((${#left[@]} == 0)) || fail "left under /usr after the purge: ${left[*]}"
echo "test-deb: $deb installed, ran and purged cleanly ($(grep -c . "$work/installed") paths)"
