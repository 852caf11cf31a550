#!/usr/bin/env bash
# The house rules check passes on src/ and fails on a deliberately wrong include (open data
# reaching into HTML code), on an over-long file and on an over-long line, naming the file and line.
set -euo pipefail
check=$1 src=$2
"$check" "$src" >/dev/null || { "$check" "$src"; echo "FAIL: src/ breaks the house rules"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src" "$work/src"
sed -i '1a #include "render/site_pages.hpp"' "$work/src/opendata/catalog.cpp"
out=$("$check" "$work/src" || true)
grep -q 'opendata/catalog.cpp:2: opendata/ may not include render/' <<<"$out" ||
  { echo "$out"; echo "FAIL: a wrong include was not reported"; exit 1; }
cp -r "$src" "$work/src2"
printf '// filler\n%.0s' {1..500} >>"$work/src2/vocab/words.cpp"
out=$("$check" "$work/src2" || true)
grep -q 'vocab/words.cpp:1: .* lines; split it' <<<"$out" || { echo "$out"; echo "FAIL: a long file was not reported"; exit 1; }
cp -r "$src" "$work/src3"
printf '// %0130d\n' 0 >>"$work/src3/vocab/words.cpp"
out=$("$check" "$work/src3" || true)
grep -q 'vocab/words.cpp:[0-9]*: 133 characters; at most 120' <<<"$out" || { echo "$out"; echo "FAIL: a long line was not reported"; exit 1; }
echo "include rules: src/ clean; a wrong include, a long file and a long line are reported"
