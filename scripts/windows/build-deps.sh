#!/usr/bin/env bash
# Makes spdlog, fmt and GoogleTest available to the MinGW build in a cache prefix outside the checkout:
# spdlog and fmt header-only from copies of Debian's headers (the host's /usr/include never reaches the cross
# compiler), GoogleTest built from Debian's /usr/src/googletest. Prints the prefix on its last line.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="${PCHAT_WIN_CACHE:-$HOME/.cache/pchat-failback}"
versions=$(dpkg-query -W -f='${Version} ' libspdlog-dev libfmt-dev googletest g++-mingw-w64-x86-64-posix)
key=$(printf '%s\n' "$versions" "$(sha256sum "$0" "$repo/cmake/mingw-w64-x86_64.cmake" | cut -c1-64)" |
      sha256sum | cut -c1-12)
prefix="$cache/deps-mingw64-$key"
if [ -f "$prefix/.complete" ]; then
  echo "$prefix"
  exit 0
fi
rm -rf "$prefix"
mkdir -p "$prefix/include" "$prefix/lib/cmake/spdlog"
cp -r /usr/include/spdlog /usr/include/fmt "$prefix/include/"
# Debian's spdlog is built against the external fmt (tweakme.h); header-only on both sides keeps one copy of fmt.
cat >"$prefix/lib/cmake/spdlog/spdlogConfig.cmake" <<'CMAKE'
# spdlog and fmt header-only for the MinGW build (copies of Debian's headers).
if(NOT TARGET spdlog::spdlog)
    get_filename_component(_spdlog_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
    add_library(spdlog::spdlog INTERFACE IMPORTED)
    set_target_properties(spdlog::spdlog PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${_spdlog_prefix}/include"
        INTERFACE_COMPILE_DEFINITIONS "SPDLOG_HEADER_ONLY;SPDLOG_FMT_EXTERNAL;FMT_HEADER_ONLY")
endif()
set(spdlog_FOUND TRUE)
CMAKE

build="$cache/build-gtest-$key"
rm -rf "$build"
cmake -S /usr/src/googletest -B "$build" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF -Dgtest_disable_pthreads=OFF >/dev/null
cmake --build "$build" >/dev/null
cmake --install "$build" >/dev/null
rm -rf "$build"
touch "$prefix/.complete"
echo "$prefix"
