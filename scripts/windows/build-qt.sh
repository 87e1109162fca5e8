#!/usr/bin/env bash
# Builds Qt 6.4.2 (qtbase only) for Windows x64 with MinGW-w64 from Debian's own qt6-base source package and
# installs it into a cache outside the checkout, keyed by version and options. Prints the prefix on its last line.
# Takes about 45 minutes on 2 cores the first time; afterwards it returns at once.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

qt_version=6.4.2
options=(
  -DQT_HOST_PATH=/usr
  -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
  -DCMAKE_BUILD_TYPE=Release
  -DBUILD_SHARED_LIBS=ON
  -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF
  # Debian's +dfsg source drops src/3rdparty/wintab.
  -DFEATURE_tabletevent=OFF
  # With OpenGL off 6.4.2 still turns dynamicgl on, and qwindowswindow.cpp then fails on QOpenGLStaticContext.
  -DFEATURE_opengl=OFF -DFEATURE_dynamicgl=OFF
  -DFEATURE_dbus=OFF -DFEATURE_printsupport=OFF -DFEATURE_xml=ON
  -DFEATURE_sql=ON -DFEATURE_sql_odbc=ON -DFEATURE_sql_sqlite=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF
  -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF -DFEATURE_sql_ibase=OFF
  -DFEATURE_style_windowsvista=ON -DFEATURE_style_fusion=ON
  -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF
  -DFEATURE_system_freetype=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF
  -DFEATURE_openssl=OFF -DFEATURE_schannel=ON
)
key=$(printf '%s\n' "$qt_version" "${options[@]}" "$(sha256sum "$repo/cmake/mingw-w64-x86_64.cmake" | cut -c1-64)" \
      | sha256sum | cut -c1-12)
cache="${PCHAT_WIN_CACHE:-$HOME/.cache/pchat-failback}"
prefix="$cache/qt-$qt_version-mingw64-$key"
if [ -f "$prefix/.complete" ]; then
  echo "$prefix"
  exit 0
fi

src_root="$cache/src"
mkdir -p "$src_root"
src="$src_root/qt6-base-$qt_version"
if [ ! -f "$src/CMakeLists.txt" ]; then
  # A private apt configuration that adds a deb-src line for the machine's own suite; the machine's sources stay
  # untouched.
  apt_dir="$cache/apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial"
  suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
  uri=$(grep -rhoE '^URIs: *[^ ]+' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1 | awk '{print $2}')
  uri=${uri:-http://deb.debian.org/debian}
  printf 'deb-src %s %s main\n' "$uri" "$suite" >"$apt_dir/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
            -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache::Archives=$apt_dir/archives"
            -o "APT::Get::List-Cleanup=0")
  apt-get "${apt_opts[@]}" update -qq
  rm -rf "$src_root/work" && mkdir -p "$src_root/work"
  (cd "$src_root/work" && apt-get "${apt_opts[@]}" source -qq "qt6-base=$qt_version+dfsg-10" >/dev/null 2>&1 ||
   apt-get "${apt_opts[@]}" source -qq qt6-base >/dev/null)
  dir=$(find "$src_root/work" -maxdepth 1 -type d -name 'qt6-base-*' | head -n 1)
  rm -rf "$src"
  mv "$dir" "$src"
  rm -rf "$src_root/work"
fi

build="$cache/build-qt-$key"
rm -rf "$build" "$prefix"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake -S "$src" -B "$build" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/mingw-w64-x86_64.cmake" \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache \
  "${options[@]}" >"$cache/configure-qt-$key.log" 2>&1 || {
    tail -n 40 "$cache/configure-qt-$key.log" >&2; exit 1; }
cmake --build "$build" -j "$(nproc)" >"$cache/build-qt-$key.log" 2>&1 || {
  tail -n 40 "$cache/build-qt-$key.log" >&2; exit 1; }
cmake --install "$build" >/dev/null
rm -rf "$build"
touch "$prefix/.complete"
echo "$prefix"
