#!/usr/bin/env bash
# Runs one libFuzzer target of a fuzz build folder for SECONDS: the ctest test fuzz_<target>
# (label `fuzz`), which fuzz/run.sh runs two at a time. Prints one line with the executions and
# crashes; exits 1 when the target crashed, hung, leaked or ran out of memory (the input is kept
# in BUILD/artifacts/<target>/, the log in BUILD/logs/<target>.log).
# Usage: fuzz/run_target.sh SECONDS TARGET BUILD
set -euo pipefail
cd "$(dirname "$0")/.."
secs=$1 t=$2 B=$3
art="$B/artifacts/$t" tmp="$B/tmp/$t" log="$B/logs/$t.log"
rm -rf "$art" "$tmp"
mkdir -p "$art" "$tmp" "$B/corpus/$t" "$B/logs" "fuzz/regressions/$t"
status=0
TMPDIR="$tmp" "$B/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -dict="$B/seeds/planpub.dict" -artifact_prefix="$art/" -print_final_stats=1 \
  "$B/corpus/$t" "$B/seeds/$t" "fuzz/regressions/$t" >"$log" 2>&1 || status=$?
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
crashes=$(find "$art" -type f | wc -l)
line=$(printf 'fuzz_%-9s %6ss  executions: %s, crashes: %s' "$t" "$secs" "${execs:-?}" "$crashes")
echo "$line" | tee "$B/logs/$t.summary"
if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ] || [ -z "$execs" ]; then
  echo "  fuzz_$t failed (exit $status); log: $log"
  grep -a -m5 -E 'ERROR|SUMMARY|property failed|bad diagnostic|Test unit written' "$log" | sed 's/^/  /' || true
  exit 1
fi
