#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan) in build-fuzz/ and runs each for
# SECONDS, seeded from the repo's content/ (seeds are made here, never committed). Prints one
# line per target with its executions and crashes; exits 1 when any target crashed, hung,
# leaked or ran out of memory (the input is kept in build-fuzz/artifacts/<target>/).
# Usage: fuzz/run.sh SECONDS [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:?usage: fuzz/run.sh SECONDS [target...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(page kpi glossary linker markdown build)
B=build-fuzz
CC=clang-14 CXX=clang++-14 cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANPUB_FUZZ=ON >/dev/null
mkdir -p "$B/logs"
cmake --build "$B" --target fuzz_all -j"$(nproc)" >"$B/logs/compile.log" 2>&1 || { tail -n 50 "$B/logs/compile.log"; exit 1; }
bash fuzz/make_seeds.sh "$B/seeds"

failed=0
for t in "${targets[@]}"; do
  art="$B/artifacts/$t" tmp="$B/tmp/$t" log="$B/logs/$t.log"
  rm -rf "$art" "$tmp"
  mkdir -p "$art" "$tmp" "$B/corpus/$t" "$B/logs" "fuzz/regressions/$t"
  status=0
  TMPDIR="$PWD/$tmp" "$B/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$B/seeds/planpub.dict" -artifact_prefix="$art/" -print_final_stats=1 \
    "$B/corpus/$t" "$B/seeds/$t" fuzz/regressions/$t >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=$(find "$art" -type f | wc -l)
  printf 'fuzz_%-9s %6ss  executions: %s, crashes: %s\n' "$t" "$secs" "${execs:-?}" "$crashes"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    echo "  fuzz_$t failed (exit $status); log: $log"
    grep -a -m5 -E 'ERROR|SUMMARY|property failed|bad diagnostic|Test unit written' "$log" | sed 's/^/  /' || true
  fi
done
exit $failed
