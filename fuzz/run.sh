#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan) in build-fuzz/ and runs each for SECONDS
# as a ctest test (label `fuzz`, two at a time on two cores), seeded from the repo's content/
# (seeds are made by the fixture test fuzz_seeds, never committed). Prints one line per target
# with its executions and crashes; exits 1 when any target crashed, hung, leaked or ran out of
# memory (the input is kept in build-fuzz/artifacts/<target>/).
# Usage: fuzz/run.sh SECONDS [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:?usage: fuzz/run.sh SECONDS [target...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(page kpi glossary linker markdown build)
B=build-fuzz
CC=clang-14 CXX=clang++-14 cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANPUB_FUZZ=ON \
  -DPLANPUB_FUZZ_SECONDS="$secs" -DPLANPUB_BROWSER_TESTS=OFF >/dev/null
mkdir -p "$B/logs"
cmake --build "$B" --target fuzz_all -j"$(nproc)" >"$B/logs/compile.log" 2>&1 || { tail -n 50 "$B/logs/compile.log"; exit 1; }
rm -f "$B"/logs/*.summary
pattern="^fuzz_($(IFS='|'; echo "${targets[*]}"))\$"
status=0
(cd "$B" && ctest -L '^fuzz$' -R "$pattern" -j"$(nproc)" --output-on-failure >logs/ctest.log 2>&1) || status=$?
for t in "${targets[@]}"; do
  cat "$B/logs/$t.summary" 2>/dev/null || echo "fuzz_$t did not run"
done
if [ $status -ne 0 ]; then grep -E 'failed|Failed|\*\*\*' "$B/logs/ctest.log" | sed 's/^/  /'; fi
exit $status
