#!/usr/bin/env bash
# Configures tests/conformance in a scratch project where node/npm cannot be found and checks
# that CI=true registers a failing conformance_sdk (never a silently missing one), while a
# developer machine without CI only gets the warning.
#   check-ci-guard.sh CMAKE CTEST CONFORMANCE_SOURCE_DIR WORK_DIR
set -euo pipefail
cmake=$1 ctest=$2 source=$3 work=$4
rm -rf "$work" && mkdir -p "$work/src"
cat >"$work/src/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(guard LANGUAGES NONE)
enable_testing()
add_executable(ecs-sim-exe IMPORTED GLOBAL)
set_target_properties(ecs-sim-exe PROPERTIES IMPORTED_LOCATION /bin/true)
set(ECS_CONFORMANCE_GUARD_CHECK ON)
add_subdirectory("$source" conformance)
CMAKE
if ninja=$(command -v ninja); then generator=(-G Ninja -DCMAKE_MAKE_PROGRAM="$ninja")
else generator=(-G "Unix Makefiles" -DCMAKE_MAKE_PROGRAM="$(command -v make)"); fi
configure() { # $1: build dir, rest: environment
  local dir=$1; shift
  env "$@" PATH=/nonexistent "$cmake" -S "$work/src" -B "$dir" "${generator[@]}" -DCMAKE_FIND_USE_CMAKE_SYSTEM_PATH=OFF \
    -DCMAKE_FIND_USE_INSTALL_PREFIX=OFF >"$dir.log" 2>&1 || { cat "$dir.log"; exit 1; }
}
configure "$work/ci" CI=true
listed=$(cd "$work/ci" && "$ctest" -N | grep -c 'conformance_sdk' || true)
[[ $listed == 1 ]] || { echo "CI=true without node: conformance_sdk is not registered"; exit 1; }
if (cd "$work/ci" && "$ctest" -R conformance_sdk >"$work/ci-run.log" 2>&1); then
  echo "CI=true without node: conformance_sdk passed instead of failing"; exit 1
fi
(cd "$work/ci" && "$ctest" -R conformance_sdk --output-on-failure 2>&1 || true) | grep -q 'node and npm were not found' \
  || { echo "the failing conformance_sdk does not say that node is missing"; exit 1; }
configure "$work/dev" -u CI
listed=$(cd "$work/dev" && "$ctest" -N | grep -c 'conformance_sdk' || true)
[[ $listed == 0 ]] || { echo "without CI the missing test should only warn"; exit 1; }
echo "conformance CI guard: ok"
