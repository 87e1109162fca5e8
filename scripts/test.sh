#!/usr/bin/env bash
# Sets up, builds and runs every test (unit, lab, integration and GUI tests; GUI tests run offscreen).
#
#   scripts/test.sh              the plain build in build/, every test
#   scripts/test.sh --sanitize   a build with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/,
#                                running the unit, lab and integration tests there (slower; not what CI runs)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

if [ "${1:-}" != "--sanitize" ]; then
  bash scripts/build.sh
  export QT_QPA_PLATFORM=offscreen
  ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 600
  exit 0
fi

bash scripts/setup.sh
export CCACHE_BASEDIR="$repo"
export CCACHE_NOHASHDIR=true
# Every memory error, leak and undefined behaviour fails the test that caused it; the lab and the wizard the
# tests start are built the same way, so their findings end those tests too.
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f build-asan/build.ninja ]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPCHAT_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="$sanitize" -DCMAKE_EXE_LINKER_FLAGS="$sanitize"
fi
cmake --build build-asan -j "$(nproc)" --target pchat_unit_tests pchat_lab_tests pchat_integration_tests
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$repo/tests/sanitizers/lsan.supp:print_suppressions=0}"
ctest --test-dir build-asan --output-on-failure -j "$(nproc)" --timeout 1200 -L '^(unit|lab|integration)$'
