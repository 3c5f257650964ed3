#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite. Usage: packaging/run-tests.sh [--sanitize] [ctest args]
#   --sanitize   build in build-asan/ with AddressSanitizer + UndefinedBehaviorSanitizer
# Works from a fresh clone on Debian 12 as root (installs what it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
cmake_extra=()
if [[ "${1:-}" == "--sanitize" ]]; then
  shift
  build_dir=build-asan
  cmake_extra=(-DECS_SANITIZE=ON)
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

packaging/install-deps.sh

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECS_WERROR=ON "${cmake_extra[@]}"
cmake --build "$build_dir" --parallel "$(nproc)"

# Keychain tests need a real Secret Service: run the suite inside its own D-Bus session with an
# unlocked gnome-keyring, as a desktop session would have. The keyring lives in a folder of its
# own (XDG_DATA_HOME), so the suite never meets, unlocks or changes the user's own login keyring,
# whatever its password.
export QT_QPA_PLATFORM=offscreen
export ECS_BUILD_DIR="$PWD/$build_dir"
exec dbus-run-session -- sh -c '
  XDG_DATA_HOME="$(mktemp -d)"; export XDG_DATA_HOME
  echo -n ecs-console-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  cd "$ECS_BUILD_DIR" && ctest --output-on-failure --timeout 300 "$@"
  rc=$?
  rm -rf "$XDG_DATA_HOME"
  exit $rc' ctest "$@"
