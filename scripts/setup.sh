#!/usr/bin/env bash
# Installs everything a fresh Debian 12 machine needs to build, run and test pchat-failback.
# Idempotent: when every package is present it only checks and returns in about a second.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-odbc libqt6svg6 qt6-qpa-plugins libgl-dev
  unixodbc unixodbc-dev tdsodbc freetds-bin
  libspdlog-dev libfmt-dev libgtest-dev libgmock-dev
  xvfb xauth x11-utils imagemagick poppler-utils fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# tdsodbc registers [FreeTDS] in odbcinst.ini on Debian; make sure it is there, because QODBC finds the
# driver by that name.
if ! odbcinst -q -d 2>/dev/null | grep -q '^\[FreeTDS\]'; then
  lib=$(find /usr/lib -name libtdsodbc.so 2>/dev/null | head -n 1)
  if [ -n "$lib" ]; then
    tmp=$(mktemp)
    printf '[FreeTDS]\nDescription=FreeTDS ODBC driver\nDriver=%s\n' "$lib" >"$tmp"
    ${sudo_cmd:-} odbcinst -i -d -f "$tmp" >/dev/null
    rm -f "$tmp"
  fi
fi
echo "setup: all packages present"
