#!/usr/bin/env bash
# The house rules check passes on src/ and fails on a deliberately wrong include (open data
# reaching into HTML code) and on an over-long file, naming the file and line.
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
echo "include rules: src/ clean; a wrong include and a long file are reported"
