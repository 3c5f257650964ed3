#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang with ASan + UBSan) in build-fuzz/ and runs each
# for a fixed time on a copy of its seed corpus, the targets side by side. Fails on any crash,
# sanitizer report, leak, timeout or broken invariant, and keeps the input that caused it.
# Usage: packaging/run-fuzz.sh [seconds per target]   (default 20, or $ECS_FUZZ_SECONDS)
# Works from a fresh clone on Debian 12 as root (installs what it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-${ECS_FUZZ_SECONDS:-20}}"
targets=(fuzz_responses fuzz_simrequest)
build_dir=build-fuzz

packaging/install-deps.sh

CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DECS_WERROR=ON -DECS_FUZZ=ON -DECS_SHARED_LIBS=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# The seed corpus stays as it is in the tree; what the fuzzers find goes to a scratch copy.
work="$PWD/$build_dir/run"
rm -rf "$work"
mkdir -p "$work"
pids=()
for target in "${targets[@]}"; do
  cp -r "tests/fuzz/corpus/$target" "$work/$target-corpus"
  mkdir -p "$work/$target-artifacts"
  "$build_dir/tests/fuzz/$target" "$work/$target-corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/$target-artifacts/" >"$work/$target.log" 2>&1 &
  pids+=($!)
done

failed=0
for i in "${!targets[@]}"; do
  target="${targets[$i]}"
  status=0
  wait "${pids[$i]}" || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target.log")
  corpus=$(find "$work/$target-corpus" -type f | wc -l)
  if ((status != 0)); then
    failed=1
    echo "FAIL $target (exit $status): the log follows; inputs kept in $work/$target-artifacts/"
    tail -n 80 "$work/$target.log"
  else
    echo "ok   $target: ${runs:-?} runs in ${seconds}s (${rate:-?} exec/s), corpus $corpus files"
  fi
done
exit "$failed"
