#!/usr/bin/env bash
# Sets up, builds and launches ECS Console on the embedded simulator (Demo profile).
# With no display (no $DISPLAY / $WAYLAND_DISPLAY) it runs the console under Xvfb, saves a
# screenshot of the loaded window and says where. Works from a fresh clone on Debian 12 as root.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)" --target ecs-console ecs-sim-exe

console=build/app/ecs-console/ecs-console
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec "$console" --demo "$@"
fi

shot="${ECS_SCREENSHOT:-$PWD/build/ecs-console-demo.png}"
echo "No display found: running ECS Console under Xvfb and saving a screenshot."
xvfb-run --auto-servernum --server-args="-screen 0 1440x900x24" \
  "$console" --demo --screenshot "$shot" "$@"
echo "Open $shot to see the console."
