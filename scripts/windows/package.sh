#!/usr/bin/env bash
# Lays out the Windows release in windeployqt's layout and packs it: dist/pchat-failback-<version>-win64.zip
# and the per-user NSIS installer dist/pchat-failback-<version>-win64-setup.exe.
# Usage: package.sh BUILD_DIR QT_PREFIX
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$1"
qt="$2"
cd "$repo"

version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)
name="pchat-failback-$version-win64"
stage="dist/$name"
rm -rf "$stage" "dist/$name.zip" "dist/$name-setup.exe"
mkdir -p "$stage"/{platforms,sqldrivers,styles,tls,translations,plans,scenarios}

# Where the executables land depends on the Qt build's output settings: look them up.
exe() { find "$build" -name "$1" -not -path '*/CMakeFiles/*' | head -n 1; }
for program in pchat-failback.exe pchat-failback-cli.exe pchat-lab.exe; do
  cp "$(exe "$program")" "$stage/"
done
for module in Core Gui Widgets Sql Network Concurrent; do
  cp "$qt/bin/Qt6$module.dll" "$stage/"
done
# qoffscreen: the unattended mode writes its PDF report with no window to show.
cp "$qt/plugins/platforms/qwindows.dll" "$qt/plugins/platforms/qoffscreen.dll" "$stage/platforms/"
cp "$qt/plugins/sqldrivers/qsqlodbc.dll" "$stage/sqldrivers/"
cp "$qt/plugins/styles/qwindowsvistastyle.dll" "$stage/styles/"
# TLS for Qt Network (the lab's control port is plain TCP on loopback; the backends keep QSslSocket honest).
cp "$qt"/plugins/tls/q*backend.dll "$stage/tls/" 2>/dev/null || true
# The MinGW runtime of the posix thread model.
mingw_gcc=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
cp "$mingw_gcc/libstdc++-6.dll" "$mingw_gcc/libgcc_s_seh-1.dll" "$stage/"
cp /usr/x86_64-w64-mingw32/lib/libwinpthread-1.dll "$stage/"

# Qt's own German texts (QWizard's buttons, message boxes) and the project's catalogs.
cp /usr/share/qt6/translations/qtbase_de.qm "$stage/translations/"
find "$build/translations" -maxdepth 1 -name 'pchat-failback_*.qm' -exec cp {} "$stage/translations/" \;
# QLibraryInfo reads its paths relative to the program: translations/ beside it, plugins in its folders.
printf '[Paths]\r\nPrefix = .\r\nPlugins = .\r\nTranslations = translations\r\n' >"$stage/qt.conf"

cp resources/plans/example-plan.json "$stage/plans/"
cp resources/scenarios/default-scenario.json "$stage/scenarios/"
# Windows readers (Notepad of Windows 10 and older) want CRLF.
sed 's/$/\r/' resources/windows/README-Windows.txt >"$stage/README.txt"

(cd dist && zip -qr -X "$name.zip" "$name")
makensis -V2 -DVERSION="$version" -DSTAGE="$repo/$stage" -DOUTFILE="$repo/dist/$name-setup.exe" \
  resources/windows/pchat-failback.nsi
echo "package: dist/$name.zip"
echo "package: dist/$name-setup.exe"
