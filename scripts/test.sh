#!/usr/bin/env bash
# Sets up, builds and runs every test (unit, lab, integration and GUI tests; GUI tests run offscreen).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash scripts/build.sh

export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 600
