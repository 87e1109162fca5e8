#!/usr/bin/env bash
# Proves the Windows release under Wine, as far as a machine without Windows can (run scripts/build-windows.sh
# first). Wine's odbc32 hands QODBC's calls to the host's unixODBC and FreeTDS, so the Windows build talks to the
# Windows build of the lab through a real ODBC path. Every check prints "PASS name" or "FAIL name: why"; the last
# line counts them, and the exit code is 1 when one failed.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash scripts/windows/setup-cross.sh >/dev/null || exit 1
bash scripts/build.sh >/dev/null || { echo "test-windows: the Linux build failed" >&2; exit 1; }

version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)
stage="$repo/dist/pchat-failback-$version-win64"
exe() { find build-win -name "$1" -not -path '*/CMakeFiles/*' | head -n 1; }
if [ ! -f "$stage/pchat-failback.exe" ] || [ -z "$(exe pchat_unit_tests.exe)" ]; then
  echo "test-windows: no Windows build; run scripts/build-windows.sh first" >&2
  exit 1
fi
linux_app="$repo/build/app/pchat-failback"

cache="${PCHAT_WIN_CACHE:-$HOME/.cache/pchat-failback}"
export WINEPREFIX="$cache/wine-prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
out="$repo/build-win/wine-test"
rm -rf "$out"
mkdir -p "$out"
# A copy of the release with the test programs beside it, so that they find the DLLs, plugins and the lab.
run="$out/release"
cp -r "$stage" "$run"
cp "$(exe pchat_unit_tests.exe)" "$(exe pchat_page_screenshots.exe)" "$run/"
# The test programs use Qt Test, which the release does not ship.
qt_prefix=$(bash scripts/windows/build-qt.sh | tail -n 1)
cp "$qt_prefix/bin/Qt6Test.dll" "$run/"

# One virtual display for every Windows program; Wine needs one even for console programs that load Qt Gui.
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
cleanup() {
  "$(dirname "$wine")/wineserver" -k >/dev/null 2>&1 || wineserver -k >/dev/null 2>&1
  kill "$xvfb_pid" 2>/dev/null
}
trap cleanup EXIT
"$wine" wineboot -i >/dev/null 2>&1
# The lab shell and the lab: found on the PATH as the plan's shell program names them.
export WINEPATH="$(winepath -w "$run" 2>/dev/null)"
# Wine maps Z: to /; winepath -w would cut a path at MAX_PATH, which the long-path check must not do.
win() { local path; path=$(realpath -m "$1"); printf 'Z:%s' "${path//\//\\}"; }

passed=0
failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# 1. --version and --help through the console twin, with exit codes.
text=$(cd "$run" && "$wine" pchat-failback-cli.exe --version 2>&1 | tr -d '\r')
rc=$?
[ $rc -eq 0 ] && [ "$text" = "pchat-failback $version" ] && pass version || fail version "rc=$rc, printed '$text'"
text=$(cd "$run" && "$wine" pchat-failback-cli.exe --help 2>&1 | tr -d '\r')
rc=$?
if [ $rc -eq 0 ] && grep -q -- "--verify-audit" <<<"$text" && grep -q -- "--unattended" <<<"$text"; then
  pass help
else
  fail help "rc=$rc"
fi
(cd "$run" && "$wine" pchat-failback-cli.exe --no-such-option >/dev/null 2>&1)
rc=$?
[ $rc -eq 2 ] && pass usage-exit-code || fail usage-exit-code "expected 2, got $rc"

# 2. --export-script of the example plan: byte-identical to the Linux build's files.
"$linux_app" --plan resources/plans/example-plan.json --export-script "$out/export-linux" >/dev/null 2>&1
(cd "$run" && "$wine" pchat-failback-cli.exe --plan "$(win "$repo/resources/plans/example-plan.json")" \
   --export-script "$(win "$out/export-windows")" >/dev/null 2>&1)
rc=$?
if [ $rc -eq 0 ] && [ -n "$(ls -A "$out/export-windows" 2>/dev/null)" ] &&
   diff -r "$out/export-linux" "$out/export-windows" >"$out/export.diff"; then
  pass "export-script ($(ls "$out/export-windows" | wc -l) files identical)"
else
  fail export-script "rc=$rc; see $out/export.diff"
fi

# 3. The unit tests under Wine (plan, validator, quoting, builders, journal, verifier, shell program ...).
(cd "$run" && "$wine" pchat_unit_tests.exe --gtest_brief=1 >"$out/unit-tests.log" 2>&1)
rc=$?
summary=$(grep -E '^\[  (PASSED|FAILED)  \]' "$out/unit-tests.log" | tr -d '\r' | head -n 2 | tr '\n' ' ')
[ $rc -eq 0 ] && pass "unit tests: $summary" || fail "unit tests" "rc=$rc, $summary; see $out/unit-tests.log"

# 4. The whole failback, unattended, in training mode against the Windows lab; the folder verifies on Linux
#    against the final hash the Windows run printed. The audit root has spaces and umlauts, and the run folder
#    in it lies beyond MAX_PATH (260), as a deep share on a DBA's workstation may.
audit_root="$out/Prüfprotokolle Änderung 4711"
for part in $(seq 1 12); do audit_root="$audit_root/Übergeordneter Ordner $part"; done
mkdir -p "$audit_root"
(cd "$run" && "$wine" pchat-failback-cli.exe --training --unattended --lang de \
   --audit-dir "$(win "$audit_root")" >"$out/unattended.log" 2>&1)
rc=$?
tr -d '\r' <"$out/unattended.log" >"$out/unattended.txt"
run_dir=$(find "$audit_root" -mindepth 1 -maxdepth 1 -type d | head -n 1)
echo "audit folder: $(win "$run_dir" | wc -c) characters as a Windows path"
final_hash=$(grep -oE '\b[0-9a-f]{64}\b' "$out/unattended.txt" | tail -n 1)
if [ $rc -ne 0 ]; then
  fail unattended-failback "exit $rc; see $out/unattended.txt"
elif [ -z "$run_dir" ] || [ -z "$final_hash" ]; then
  fail unattended-failback "no audit folder or no final hash printed"
else
  pass "unattended failback under Wine (exit 0)"
  if "$linux_app" --verify-audit "$run_dir" --expect-hash "$final_hash" >"$out/verify.txt" 2>&1; then
    pass "audit folder verifies on Linux against ${final_hash:0:16}"
  else
    fail audit-verifies "$(cat "$out/verify.txt")"
  fi
  # The lab's end state as the run read it back: every step verified done, and the pool Normal again.
  if end_state=$(python3 - "$run_dir/journal.jsonl" <<'PY'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
last = events[-1]
steps = last.get("details", {}).get("steps", {})
ok = (last.get("kind") == "run-finished" and last["details"].get("result") == "success" and len(steps) >= 7
      and all(state in ("done", "already-done") for state in steps.values()))
normal = any(e.get("step") == 7 and e.get("kind") == "step-state" and e["details"].get("status") == "done"
             for e in events)
print(f"{len(steps)} steps {sorted(set(steps.values()))}, step 7 verified Normal: {normal}")
sys.exit(0 if ok and normal else 1)
PY
  ); then
    pass "lab ends failed back: $end_state"
  else
    fail lab-end-state "$end_state"
  fi
fi

# The log went to %LOCALAPPDATA% of the Wine user, not beside the program.
local_app_data=$(cd "$run" && "$wine" cmd /c echo %LOCALAPPDATA% 2>/dev/null | tr -d '\r')
logs_unix=$(winepath -u "$local_app_data\\pchat-failback\\pchat-failback\\logs" 2>/dev/null)
if [ -n "$logs_unix" ] && ls "$logs_unix"/*.log >/dev/null 2>&1; then
  pass "log written under %LOCALAPPDATA% ($local_app_data\\pchat-failback\\pchat-failback\\logs)"
else
  fail log-location "no log under $local_app_data\\pchat-failback\\pchat-failback\\logs"
fi

# 5. The training lab dies with the wizard: end the wizard hard and the job object ends the lab.
(cd "$run" && "$wine" pchat-failback.exe --training --lang de >/dev/null 2>&1) &
for _ in $(seq 1 60); do
  pgrep -f 'pchat-lab.exe' >/dev/null && break
  sleep 1
done
if ! pgrep -f 'pchat-lab.exe' >/dev/null; then
  fail lab-dies-with-wizard "the training lab did not start"
else
  pkill -KILL -f 'pchat-failback.exe'
  for _ in $(seq 1 20); do
    pgrep -f 'pchat-lab.exe' >/dev/null || break
    sleep 1
  done
  if pgrep -f 'pchat-lab.exe' >/dev/null; then
    fail lab-dies-with-wizard "pchat-lab.exe still runs 20 s after the wizard was killed"
    pkill -KILL -f 'pchat-lab.exe'
  else
    pass "training lab ends when the wizard is killed (job object)"
  fi
fi

# 6. The installer: silent per-user install (no administrator), the program runs from there, the Start-menu
#    entries and the uninstall key exist; the uninstaller removes the program and keeps nothing behind.
setup_exe="$repo/dist/pchat-failback-$version-win64-setup.exe"
if [ ! -f "$setup_exe" ]; then
  fail installer "no $setup_exe"
else
  "$wine" "$(win "$setup_exe")" /S >/dev/null 2>&1
  install_dir=$(winepath -u "$local_app_data\\Programs\\pchat-failback" 2>/dev/null)
  app_data=$(cd "$run" && "$wine" cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')
  menu=$(winepath -u "$app_data\\Microsoft\\Windows\\Start Menu\\Programs\\Persistent Chat Failback" 2>/dev/null)
  for _ in $(seq 1 30); do [ -f "$install_dir/uninstall.exe" ] && break; sleep 1; done
  installed_version=$(cd /tmp && "$wine" "$(win "$install_dir/pchat-failback-cli.exe")" --version 2>&1 | tr -d '\r')
  links=$(ls "$menu" 2>/dev/null | grep -c '\.lnk$')
  key=$("$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\pchat-failback' \
        /v DisplayVersion 2>/dev/null | tr -d '\r' | grep -c "$version")
  installed=0
  if [ "$installed_version" = "pchat-failback $version" ] && [ "$links" -eq 3 ] && [ "$key" -eq 1 ]; then
    pass "installer: per-user install, runs from $local_app_data\\Programs, 3 Start-menu entries, uninstall key"
    installed=1
  else
    fail installer "version '$installed_version', $links Start-menu links, uninstall key $key"
  fi
  # _?= runs the uninstaller in place, so that the script can wait for it.
  "$wine" "$(win "$install_dir/uninstall.exe")" /S "_?=$(win "$install_dir")" >/dev/null 2>&1
  rm -f "$install_dir/uninstall.exe" # in-place uninstallers leave themselves behind by design
  left=$(find "$install_dir" -type f 2>/dev/null | wc -l)
  # Only an installation that happened can prove its removal.
  if [ $installed -eq 1 ] && [ "$left" -eq 0 ] && [ ! -d "$menu" ] &&
     ! "$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\pchat-failback' >/dev/null 2>&1; then
    pass "uninstaller removes the program, its Start-menu folder and its key"
  else
    fail uninstaller "$left files left in $install_dir; menu folder $( [ -d "$menu" ] && echo kept || echo removed)"
  fi
fi

# 7. The GUI under Wine, in German: every page, Backup while it runs, and the Summary, at 100 % and 150 %.
screens="$repo/dist/wine-screens"
rm -rf "$screens"
mkdir -p "$screens"
# Wine hands no QT_* variable to a Windows program, so Qt options go on the command line. At 100 % Qt's default
# (GDI) font engine under Wine paints no text in line edits, spin boxes and editable combo boxes (labels, lists
# and buttons are fine; 125 % and 150 % are fine; Windows itself is not affected): the 100 % screenshots use the
# FreeType engine so that the filled-in fields can be looked at. See README-Windows.txt.
(cd "$run" && PCHAT_TEST_LAB_SPEED=2 \
   "$wine" pchat_page_screenshots.exe -platform windows:fontengine=freetype "$(win "$screens/100")" de \
   >"$out/screens.log" 2>&1)
for wanted in welcomePage backupPage-running summaryPage; do
  if ls "$screens/100/"*"-$wanted.png" >/dev/null 2>&1; then
    pass "screenshot $wanted (German, 100 %)"
  else
    fail "screenshot $wanted" "not written; see $out/screens.log"
  fi
done
# Windows laptops at 125 % and 150 %: Wine takes the scale from LogPixels as Windows does.
small=$(ls "$screens/100/"*-welcomePage.png 2>/dev/null | head -n 1)
for scale in 125 150; do
  "$wine" reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d $((96 * scale / 100)) /f \
    >/dev/null 2>&1
  (cd "$run" && "$wine" pchat_page_screenshots.exe "$(win "$screens/$scale")" de >"$out/screens$scale.log" 2>&1)
  large=$(ls "$screens/$scale/"*-welcomePage.png 2>/dev/null | head -n 1)
  if [ -n "$small" ] && [ -n "$large" ]; then
    w100=$(identify -format '%w' "$small")
    wide=$(identify -format '%w' "$large")
    # The device-pixel grab grows with the scale; 10 % slack for rounding of the window frame.
    if [ "$wide" -ge $((w100 * scale * 90 / 10000)) ]; then
      pass "$scale % scaling: the Welcome page is ${wide} px wide against ${w100} px at 100 %"
    else
      fail "high-dpi $scale %" "the page does not scale (${wide} px against ${w100} px)"
    fi
  else
    fail "high-dpi $scale %" "no Welcome screenshot; see $out/screens$scale.log"
  fi
done
"$wine" reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d 96 /f >/dev/null 2>&1
echo "screenshots: $screens"

echo "windows: $passed passed, $failed failed"
[ $failed -eq 0 ]
