#!/usr/bin/env bash
# Sets up, builds and starts the wizard in training mode: "pchat-failback --training" starts its own pchat-lab
# (the default scenario, the state right after the failover) on free local ports, fills the plan from it, marks
# every screen TRAINING, and stops the lab when it exits.
# Extra arguments go to pchat-failback (for example --lang de, --scenario FILE or --fault db-in-use:mgc).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash scripts/build.sh

wizard=(build/app/pchat-failback --training "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting the wizard on a virtual display (Xvfb), where it is not visible." >&2
  echo "run: start it from a desktop session to use it." >&2
  xvfb-run -a -s "-screen 0 1400x900x24" "${wizard[@]}"
else
  "${wizard[@]}"
fi
