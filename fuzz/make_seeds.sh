#!/usr/bin/env bash
# Writes seed inputs for every fuzz target into OUT/<target>/, made from the repo's content/
# and the unseen test plans, in each target's input layout (parts separated by a 0xFF byte).
# Usage: fuzz/make_seeds.sh OUT
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
out=$1
rm -rf "$out"
mkdir -p "$out"/{page,kpi,glossary,linker,markdown,build}
sep() { printf '\377'; }
cat_if() { if [ -f "$1" ]; then cat "$1"; fi; }
cells=$'784 件\t件\n４０．０％\t%\n5年間で250件\t件\n全3校\t校\n1,200\t人\n28.1件\t%\n▲3.5\t%\n令和4年度\nR6\nH30\n令和元年\n2023年\nFY2023\n2024年度（令和6年度）\n未策定\n↑\n基準値を維持\n'
n=0
for root in content tests/opendata/unseen; do
  for plan in "$root"/plans/*/; do
    n=$((n + 1))
    pages=("$plan"[0-9]*.md)
    for p in "${pages[@]}"; do
      n=$((n + 1))
      { cat "$plan/index.md"; sep; cat "$p"; } >"$out/page/$n"
      cp "$p" "$out/markdown/$n"
      { cat_if "$root/glossary.yaml"; cat_if "$plan/glossary.yaml"; } | sed -n 's/^- term: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' >"$out/linker/$n"
      { sep; cat "$p"; } >>"$out/linker/$n"
    done
    cp "$plan/index.md" "$out/markdown/$n-index"
    if [ -f "$plan/kpi.csv" ]; then
      { printf '\0'; cat "$plan/kpi.csv"; sep; cat_if "$plan/kpi-values.csv"; sep; printf '%s' "$cells"; } >"$out/kpi/$n"
    fi
    { cat_if "$root/glossary.yaml"; sep; cat_if "$plan/glossary.yaml"; } >"$out/glossary/$n"
    { cat "$root/site.yaml"; sep; cat "$plan/index.md"; sep; cat_if "${pages[0]:-}"; sep; cat_if "$plan/kpi.csv"; sep
      cat_if "$plan/kpi-values.csv"; sep; cat_if "$root/glossary.yaml"; sep; cat_if "$plan/glossary.yaml"; sep
      cat_if "${pages[1]:-}"; } >"$out/build/$n"
  done
  cp "$root/site.yaml" "$out/page/site-$n"
done
# libFuzzer's dictionary format takes only ASCII: escape the UTF-8 tokens (perl is always there on Debian).
perl -pe 's/([\x80-\xff])/sprintf("\\x%02X", ord($1))/ge' fuzz/planpub.dict >"$out/planpub.dict"
