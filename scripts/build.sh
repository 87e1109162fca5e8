#!/usr/bin/env bash
# Sets up the machine (scripts/setup.sh) and builds everything into build/ with ccache.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash scripts/setup.sh

# Hash sources relative to the checkout, so that another clone of the repository (CI) hits the same cache.
export CCACHE_BASEDIR="$repo"
export CCACHE_NOHASHDIR=true

build_type="${PCHAT_BUILD_TYPE:-RelWithDebInfo}"
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
fi
cmake --build build -j "$(nproc)"
