#!/usr/bin/env bash
# Bounded libFuzzer run of the idscan parsers under ASan and UBSan (registered with CTest as fuzz_idscan).
#   run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS_EACH]
# Exits 77 (CTest: skipped) when clang or its libFuzzer runtime is not installed.
set -euo pipefail
src="$1"
build="$2"
seconds="${3:-20}"
fuzzdir="$src/tests/idscan/fuzz"

if ! command -v clang++ >/dev/null; then
  echo "fuzz_idscan: clang++ not installed (installer/debian-packages.sh installs clang); skipping"
  exit 77
fi
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long){return 0;}' \
     | clang++ -x c++ -fsanitize=fuzzer,address,undefined - -o "${TMPDIR:-/tmp}/fuzzcheck.$$" 2>/dev/null; then
  echo "fuzz_idscan: clang cannot link libFuzzer (libclang-rt-14-dev missing?); skipping"
  exit 77
fi
rm -f "${TMPDIR:-/tmp}/fuzzcheck.$$"

cmake -S "$fuzzdir" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
      -DBIANMIN_SOURCE_DIR="$src" >/dev/null
cmake --build "$build" -j2

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in frame textblock mrz; do
  # New inputs go to a scratch corpus; the seeds in the repository are only read.
  work="$build/corpus-$target"
  mkdir -p "$work"
  echo "fuzz_idscan: fuzz_$target for ${seconds}s"
  if ! "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
       -print_final_stats=1 -artifact_prefix="$build/crash-$target-" "$work" "$fuzzdir/corpus/$target" \
       2>"$build/fuzz_$target.log"; then
    echo "fuzz_idscan: fuzz_$target FAILED; last lines of $build/fuzz_$target.log:"
    tail -40 "$build/fuzz_$target.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$build/fuzz_$target.log" | tail -2 || true
  fi
done
exit $status
