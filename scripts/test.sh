#!/usr/bin/env bash
# Runs the tests. Every ctest test carries one label (docs/testing.md): unit, e2e, bad-input,
# opendata, serve, browser; the ASan + UBSan build adds `sanitize` to all of its tests, and the
# fuzz build's tests are labelled `fuzz`.
#
#   scripts/test.sh           everything, as CI runs it: installs what the tests need, the whole
#                             suite under AddressSanitizer + UBSan (build-asan/, label sanitize),
#                             each fuzz target for 30 s (build-fuzz/, label fuzz), then the normal
#                             build's ctest with the browser checks. The last thing printed is
#                             ctest's summary.
#   scripts/test.sh --quick   everyday work: the normal build (build/) and its unit, e2e and
#                             bad-input tests only — a few minutes (the first run on a machine
#                             installs the test packages, as the full run does).
# Any failure stops the script with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac
labels='^(unit|e2e|bad-input|opendata|serve|browser)$'
jobs=$(nproc)
started=$SECONDS
phase_start=$SECONDS
phase() {  # prints how long the phase just finished took
  echo "time ($1): $((SECONDS - phase_start)) s"
  phase_start=$SECONDS
}
# A test without one of the labels would be skipped by --quick and by `ctest -L`: refuse it.
all_labelled() {
  local unlabelled
  unlabelled=$(cd "$1" && ctest -N -LE "$labels" | grep -E '^ *Test +#' || true)
  if [ -n "$unlabelled" ]; then
    echo "tests without a label (add one in tests/CMakeLists.txt):"; echo "$unlabelled"; exit 1
  fi
}

if [ $quick = 1 ]; then
  scripts/setup.sh --test  # the e2e and bad-input tests need pandoc, python3-docx and openpyxl too
  cmake -S . -B build -DPLANPUB_BROWSER_TESTS=OFF >/dev/null
  cmake --build build -j"$jobs" >/dev/null
  all_labelled build
  cd build
  ctest --output-on-failure -j"$jobs" -L '^(unit|e2e|bad-input)$'
  echo "time (quick): $((SECONDS - started)) s"
  exit 0
fi

scripts/setup.sh --test
phase "setup"

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
# Every test of this build carries the label `sanitize` (so `ctest -L sanitize` there runs them all).
total=$(cd build-asan && ctest -N | sed -n 's/^Total Tests: //p')
labelled=$(cd build-asan && ctest -N -L '^sanitize$' | sed -n 's/^Total Tests: //p')
[ "$total" = "$labelled" ] || { echo "build-asan: $labelled of $total tests carry the label sanitize"; exit 1; }
sed -n '/^Label Time Summary/,/^$/p' build-asan/ctest.log
phase "sanitize"

fuzz/run.sh "${PLANPUB_FUZZ_SECONDS:-30}"
phase "fuzz"

cmake -S . -B build -DPLANPUB_BROWSER_TESTS=ON >/dev/null
cmake --build build -j"$jobs" >/dev/null
all_labelled build
phase "build"
echo "time (all before the normal build's tests): $((SECONDS - started)) s"
cd build
# ctest prints each label's time (Label Time Summary) before its closing summary.
ctest --output-on-failure -j"$jobs"
