#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing ECS Console needs.
# Non-interactive and idempotent: packages already present are left alone.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang lld llvm libclang-rt-14-dev
  clang-format
  # Qt 6.4 and friends
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev
  libqt6opengl6-dev libxkbcommon-dev libvulkan-dev qt6-charts-dev qt6-svg-dev qt6-qpa-plugins qt6-image-formats-plugins
  qtkeychain-qt6-dev qcoro-qt6-dev libssl-dev openssl libgl-dev
  # running headless: X server, fonts, screenshots
  xvfb xauth fonts-dejavu-core fonts-noto-cjk
  # keychain tests against a real Secret Service
  dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  # end-to-end tests through the accessibility tree (AT-SPI), under a window manager
  at-spi2-core python3-pyatspi python3-gi gir1.2-atspi-2.0 openbox x11-utils imagemagick xdotool
  # load measurements and SDK conformance tests
  wrk nodejs
  # the Debian package (packaging/build-deb.sh): icons rendered from SVG, and its checks
  dpkg-dev librsvg2-bin lintian desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm ships with NodeSource's nodejs but is a separate package in Debian's.
if ! command -v npm >/dev/null; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
fi
