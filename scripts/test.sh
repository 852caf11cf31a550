#!/usr/bin/env bash
# Installs what the tests need, builds planpub and runs every test: the whole suite under
# AddressSanitizer + UBSan (build-asan/), each fuzz target for a short while (build-fuzz/), then
# the normal build's ctest. Any failure stops the script; the last thing printed is ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
jobs=$(nproc)

# Sanitizers: planpub and its tests with ASan + UBSan; a sanitizer report fails the test that hit
# it (exit code 86 is not one planpub uses, so tests expecting exit 1 cannot mistake it). The
# browser checks judge HTML, not planpub's memory: they run once, in the normal build.
cmake -S . -B build-asan -DPLANPUB_SANITIZE=ON -DPLANPUB_BROWSER_TESTS=OFF >/dev/null
cmake --build build-asan -j"$jobs" >build-asan/build.log 2>&1 || { tail -n 50 build-asan/build.log; exit 1; }
if ! (cd build-asan && ASAN_OPTIONS=exitcode=86 UBSAN_OPTIONS=exitcode=86:print_stacktrace=1 \
      ctest --output-on-failure -j"$jobs" >ctest.log 2>&1); then
  cat build-asan/ctest.log
  exit 1
fi
echo "sanitizers (build-asan): $(grep 'tests passed' build-asan/ctest.log)"

fuzz/run.sh "${PLANPUB_FUZZ_SECONDS:-30}"

cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
cd build
ctest --output-on-failure -j"$(nproc)"
