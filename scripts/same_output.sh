#!/usr/bin/env bash
# Proves a change to planpub's code changed no output: builds the same content with two planpub
# binaries (e.g. main's and a branch's) and compares the trees byte for byte.
# Sites: the bundled content/, the bad-input base site, the unseen open-data test plans, the
# evaluation test plan and a generated 2,000-page corpus (bench/gen_corpus.py). The build date is fixed (SOURCE_DATE_EPOCH).
# Usage: scripts/same_output.sh OLD_PLANPUB NEW_PLANPUB [--pages N]
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1") new=$(realpath "$2")
pages=2000
[ "${3:-}" = "--pages" ] && pages=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_corpus.py . "$work/corpus" --pages "$pages" >/dev/null
export SOURCE_DATE_EPOCH=1764806400  # 2025-12-04
status=0
for site in content tests/bad-input/base tests/opendata/unseen tests/data/evaluation "$work/corpus/planpub"; do
  for which in old new; do
    bin=$old; [ $which = new ] && bin=$new
    "$bin" build --content "$site" --out "$work/$which" --base-url https://plans.example.jp/ >/dev/null 2>"$work/$which.err" ||
      { echo "same_output: $which planpub failed on $site"; cat "$work/$which.err"; exit 1; }
  done
  files=$(find "$work/old" -type f | wc -l)
  if diff -r "$work/old" "$work/new" >"$work/diff.txt" && cmp -s "$work/old.err" "$work/new.err"; then
    echo "same_output: $site: $files files, byte-identical"
  else
    echo "same_output: $site: DIFFERENT"; head -n 20 "$work/diff.txt"; diff "$work/old.err" "$work/new.err" | head -n 5
    status=1
  fi
  rm -rf "$work/old" "$work/new" "$work"/.old.planpub* "$work"/.new.planpub*
done
exit $status
