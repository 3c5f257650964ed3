#!/usr/bin/env bash
# Runs the SDK conformance test: installs the pinned Alibaba Cloud SDKs from the npm registry into
# the build tree (never committed), starts a fresh ecs-sim on a free port and drives it.
#   run-conformance.sh ECS_SIM_EXECUTABLE WORK_DIR
set -euo pipefail
sim_exe=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/conformance.js" "$here"/cases_*.js "$work/"
cd "$work"
# Reinstall only when the pinned versions changed.
if ! cmp -s package-lock.json node_modules/.ecs-installed-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
  cp package-lock.json node_modules/.ecs-installed-lock
fi

key_id=LTAIconformance
key_secret=conformance-secret
out=$(mktemp)
"$sim_exe" --listen 127.0.0.1:0 --time-scale 200 --access-key-id "$key_id" --access-key-secret "$key_secret" \
  --extra-key LTAIdisabledKey:disabled-secret:disabled --extra-key LTAIreadOnlyKey:read-only-secret:read-only \
  >"$out" 2>sim.log &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do
  grep -q '^ecs-sim listening on ' "$out" && break
  kill -0 "$sim_pid" 2>/dev/null || { cat sim.log; exit 1; }
  sleep 0.1
done
url=$(sed -n 's/^ecs-sim listening on //p' "$out" | head -1)
[ -n "$url" ] || { echo "ecs-sim did not start"; cat sim.log; exit 1; }

# A second simulator that answers every request with a fault.
fault_out=$(mktemp)
"$sim_exe" --listen 127.0.0.1:0 --fault-rate 1 --access-key-id "$key_id" --access-key-secret "$key_secret" >"$fault_out" 2>fault-sim.log &
fault_pid=$!
trap 'kill "$sim_pid" "$fault_pid" 2>/dev/null || true; rm -f "$out" "$fault_out"' EXIT
for _ in $(seq 100); do
  grep -q '^ecs-sim listening on ' "$fault_out" && break
  sleep 0.1
done
fault_url=$(sed -n 's/^ecs-sim listening on //p' "$fault_out" | head -1)

node conformance.js "$url" "$key_id" "$key_secret" "$fault_url"
kill -TERM "$sim_pid" "$fault_pid"
wait "$sim_pid"   # exits 0 on SIGTERM, part of the contract under test
wait "$fault_pid"
trap - EXIT
rm -f "$out" "$fault_out"
