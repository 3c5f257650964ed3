#!/usr/bin/env bash
# Builds the Debian package: build-deb/ecs-console_<version>-1_<arch>.deb, holding ecs-console and
# ecs-sim with the desktop file, AppStream metainfo, icons, man pages and copyright, then checks it
# (desktop-file-validate, appstreamcli, lintian: any error fails). Usage: packaging/build-deb.sh
# Works from a fresh clone on Debian 12 as root (installs what it needs first).
#
# Lintian warnings left on purpose (each is suppressed below with this reason):
#   initial-upload-closes-no-bugs  the package is not uploaded to Debian, so there is no ITP bug
#                                  for the first changelog entry to close.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Hash paths relative to the clone, as .ci/run does, so a fresh clone still hits the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1

build_dir=build-deb
# Debian's hardening (what dpkg-buildflags adds, less -ffile-prefix-map, which would put the clone's
# path into every cache key): lintian checks the binaries for it.
hardening_cxx="-fstack-protector-strong -D_FORTIFY_SOURCE=2 -Wformat -Werror=format-security -fcf-protection"
hardening_ld="-Wl,-z,relro -Wl,-z,now"

# Only what the package holds: no tests, and `install` (which cpack runs) does not build ALL
# (that would build ecs-bench too).
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DECS_BUILD_TESTS=OFF -DECS_SHARED_LIBS=OFF \
  -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
  -DCMAKE_CXX_FLAGS="$hardening_cxx" -DCMAKE_EXE_LINKER_FLAGS="$hardening_ld"
cmake --build "$build_dir" --target ecs-console ecs-sim-exe ecs-desktop-files --parallel "$(nproc)"

rm -f "$build_dir"/ecs-console_*.deb
(cd "$build_dir" && cpack -G DEB --config CPackConfig.cmake)
deb=$(ls "$build_dir"/ecs-console_*.deb)

# Every icon size is there (they are rendered only where rsvg-convert was found at configure time).
contents=$(dpkg-deb -c "$deb")
for size in 16 22 24 32 48 64 128 256; do
  grep -q "/hicolor/${size}x${size}/apps/ecs-console.png$" <<<"$contents" ||
    { echo "build-deb: $deb has no ${size}x${size} icon" >&2; exit 1; }
done
desktop-file-validate resources/desktop/ecs-console.desktop
appstreamcli validate --no-net resources/desktop/io.github.ecsconsole.EcsConsole.metainfo.xml
lintian --fail-on error --suppress-tags initial-upload-closes-no-bugs "$deb"

echo "$deb"
