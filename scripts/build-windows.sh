#!/usr/bin/env bash
# Builds the Windows x64 release on Debian 12: cross Qt (cached), the project with MinGW-w64, then
# dist/pchat-failback-<version>-win64.zip (windeployqt's layout) and dist/pchat-failback-<version>-win64-setup.exe
# (NSIS, per user, no admin rights). Installs what it needs. The first run builds Qt for about 45 minutes; later
# runs reuse ~/.cache/pchat-failback (PCHAT_WIN_CACHE).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash scripts/setup.sh
bash scripts/windows/setup-cross.sh

qt_prefix=$(bash scripts/windows/build-qt.sh | tail -n 1)
deps_prefix=$(bash scripts/windows/build-deps.sh | tail -n 1)
echo "build-windows: Qt for Windows in $qt_prefix, spdlog/fmt/GoogleTest in $deps_prefix"

export CCACHE_BASEDIR="$repo"
export CCACHE_NOHASHDIR=true
build=build-win
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/mingw-w64-x86_64.cmake" \
    -DPCHAT_CROSS_PREFIXES="$qt_prefix;$deps_prefix" \
    -DCMAKE_PREFIX_PATH="$qt_prefix;$deps_prefix" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_BUILD_TYPE=Release \
    -DPCHAT_BUILD_BENCH=OFF
fi
cmake --build "$build" -j "$(nproc)" --target pchat-failback pchat-failback-cli pchat-lab pchat_unit_tests \
  pchat_page_screenshots

bash scripts/windows/package.sh "$build" "$qt_prefix"
