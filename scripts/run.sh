#!/usr/bin/env bash
# Sets up, builds and starts the wizard with the example plan, against pchat-lab with its default scenario (the
# state right after the failover), which this script starts first and stops when the wizard exits.
# Extra arguments go to pchat-failback (for example --lang de).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash scripts/build.sh

lab_log="$(mktemp)"
build/lab/pchat-lab >"$lab_log" 2>&1 &
lab_pid=$!
trap 'kill "$lab_pid" 2>/dev/null || true; rm -f "$lab_log"' EXIT
for _ in $(seq 50); do
  grep -q '^control ' "$lab_log" && break
  kill -0 "$lab_pid" 2>/dev/null || { cat "$lab_log" >&2; exit 1; }
  sleep 0.1
done
echo "run: pchat-lab is serving the default scenario:" >&2
cat "$lab_log" >&2
echo "run: the lab's SQL login is sa with the password in resources/scenarios/default-scenario.json;" >&2
echo "run: type it for both instances on the Environment page." >&2

# The example plan runs the Lync shell steps through "pchat-lab shell", found on the PATH.
export PATH="$repo/build/lab:$PATH"
wizard=(build/app/pchat-failback --plan resources/plans/example-plan.json "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting the wizard on a virtual display (Xvfb), where it is not visible." >&2
  echo "run: start it from a desktop session to use it." >&2
  xvfb-run -a "${wizard[@]}"
else
  "${wizard[@]}"
fi
