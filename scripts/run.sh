#!/usr/bin/env bash
# Sets up, builds and starts the wizard with the example plan, which matches the lab's default scenario.
# Extra arguments go to pchat-failback (for example --lang de).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash scripts/build.sh

wizard=(build/app/pchat-failback --plan resources/plans/example-plan.json "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting the wizard on a virtual display (Xvfb), where it is not visible." >&2
  echo "run: start it from a desktop session to use it." >&2
  exec xvfb-run -a "${wizard[@]}"
fi
exec "${wizard[@]}"
