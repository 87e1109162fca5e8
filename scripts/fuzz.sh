#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) into build-fuzz and runs each one for
# SECONDS_PER_TARGET (default 60), starting from its seed corpus in tests/fuzz/corpus/<target>/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# What the fuzzer finds beyond the seeds goes to build-fuzz/corpus/<target>/ (kept between runs, not in git);
# a crash, leak or UB stops the target, leaves crash-*/leak-*/timeout-* in build-fuzz/artifacts/<target>/ and
# makes the script fail. Copy such an input into tests/fuzz/corpus/<target>/ once it is fixed.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

seconds="${1:-60}"
shift || true
all_targets=(fuzz_tds fuzz_tsql fuzz_shell fuzz_control fuzz_plan fuzz_audit)
targets=("$@")
if ((${#targets[@]} == 0)); then targets=("${all_targets[@]}"); fi

bash scripts/setup.sh
# Debian's clang, and libclang-rt-14-dev for libFuzzer and the sanitizer runtimes (clang only recommends it).
fuzz_packages=(clang libclang-rt-14-dev)
missing=()
for p in "${fuzz_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then missing+=("$p"); fi
done
if ((${#missing[@]})); then
  echo "fuzz: installing ${missing[*]}"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export CCACHE_BASEDIR="$repo"
export CCACHE_NOHASHDIR=true
if [ ! -f build-fuzz/build.ninja ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPCHAT_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}"

# Files the targets write (a plan, a journal) go to memory, not to the disk, thousands of times a second.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
# Leaks count as findings; the harness's one QCoreApplication lives until the process ends, as in the programs.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

status=0
summary=()
for t in "${targets[@]}"; do
  seeds="tests/fuzz/corpus/${t#fuzz_}"
  work="build-fuzz/corpus/$t"
  artifacts="build-fuzz/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  log="build-fuzz/$t.log"
  echo "fuzz: $t for ${seconds}s (seeds $seeds, log $log)"
  # The new inputs go to the first folder; the seeds are read but never changed. -timeout: a single input
  # that runs for seconds is a hang (the T-SQL target cancels WAITFOR/WHILE after 0.2 s, as an attention).
  dict=()
  if [ -f "tests/fuzz/${t#fuzz_}.dict" ]; then dict=(-dict="tests/fuzz/${t#fuzz_}.dict"); fi
  set +e
  "build-fuzz/tests/fuzz/$t" "$work" "$seeds" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov=$(grep -Eo '(DONE|#[0-9]+) +.*cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 | grep -Eo 'cov: [0-9]+ ft: [0-9]+' || true)
  corpus=$(find "$work" -type f | wc -l)
  if [ "$rc" -ne 0 ]; then
    status=1
    summary+=("$t: FAILED (exit $rc) after ${execs:-?} execs, $cov; see $log and $artifacts/")
    grep -E '^==[0-9]+==ERROR|runtime error|SUMMARY' "$log" | head -n 5 || true
  else
    summary+=("$t: ${execs:-?} execs, $cov, corpus $corpus inputs")
  fi
done
echo
echo "fuzz summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
exit "$status"
