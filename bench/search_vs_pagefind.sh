#!/bin/sh
# planpub's Japanese search side by side with Pagefind (issue 20 item 6): the same built sites
# (the bundled content/ and the 2,000-page generated corpus of tests/search/queries_generated.tsv),
# the same queries, in Debian's chromium over a 127.0.0.1 server; prints one markdown table
# (recall@5, index bytes, bytes fetched per query, file://) and writes it to SCRATCH/table.md.
#
# Pagefind: npm `pagefind` 1.6.0, pinned in bench/pagefind/package-lock.json and installed here only
# (npm ci --prefix bench/pagefind), never by the tests. On linux-x64 its platform package
# @pagefind/linux-x64 ships one binary, `pagefind_extended` — the extended build, the one with
# Japanese segmentation (charabia/Lindera) — and the npm wrapper runs pagefind_extended before
# pagefind; we run that binary directly and check its name. It segments Japanese with a dictionary
# only for pages whose <html lang> is ja (planpub writes lang="ja"); queries are segmented by the
# browser's Intl.Segmenter. Indexed: the same pages and part as planpub — the <main> of each page in
# planpub's search/docs.js gets data-pagefind-body (search_vs_pagefind_mark.py), so Pagefind leaves
# out the print editions and the other pages planpub does not index, and the plan's name is written
# into <main> (planpub indexes it with each page) — and --exclude-selectors .visually-hidden (planpub
# leaves out the hidden 「（用語の説明）」); otherwise Pagefind's defaults. --keep-index-url so its
# URLs are the output paths the query sets name.
#
# Usage: bench/search_vs_pagefind.sh [SCRATCH]   (from the repo root, after the build; SCRATCH
# defaults to build/search-vs-pagefind). Needs build/planpub, node, npm, /usr/bin/chromium.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mkdir -p "${1:-$root/build/search-vs-pagefind}" && cd "${1:-$root/build/search-vs-pagefind}" && pwd)
cd "$root"
planpub="$root/build/planpub"
[ -x "$planpub" ] || { echo "build planpub first (build/planpub)" >&2; exit 2; }
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund >/dev/null
npm ci --prefix bench/pagefind --no-audit --no-fund >/dev/null
pagefind="$root/bench/pagefind/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
[ -x "$pagefind" ] || { echo "no pagefind_extended at $pagefind (not linux-x64?)" >&2; exit 2; }
echo "pagefind: $("$pagefind" --version) (pagefind_extended)"

# The sites, as tests/browser/CMakeLists.txt builds them for the query sets.
rm -rf "$scratch/bundled" "$scratch/generated"
mkdir -p "$scratch/bundled"
"$planpub" build --content content --out "$scratch/bundled/planpub" >/dev/null 2>&1
/usr/bin/python3 bench/gen_corpus.py --pages 2000 --terms 300 . "$scratch/generated/src" >/dev/null
"$planpub" build --content "$scratch/generated/src/planpub" --out "$scratch/generated/planpub" >/dev/null 2>&1

for s in bundled generated; do
  # Pagefind on a copy, without planpub's own index (search/ stays: its page is a page like any).
  cp -r "$scratch/$s/planpub" "$scratch/$s/pagefind"
  echo "pagefind: $s: $(/usr/bin/python3 bench/search_vs_pagefind_mark.py "$scratch/$s/pagefind") pages marked"
  rm -f "$scratch/$s/pagefind/search/"*.js
  start=$(date +%s.%N)
  "$pagefind" --site "$scratch/$s/pagefind" --exclude-selectors .visually-hidden \
    --keep-index-url --quiet
  echo "pagefind indexed $s in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s"
  # The bare page Pagefind's JS API runs in (search_vs_pagefind.mjs imports pagefind.js from it).
  printf '<!doctype html><html lang="ja"><meta charset="utf-8"><title>pagefind</title><p>pagefind</p></html>\n' \
    >"$scratch/$s/pagefind/pagefind-search.html"
  for e in planpub pagefind; do
    node bench/search_vs_pagefind.mjs "$e" "$scratch/$s/$e" "tests/search/queries_$s.tsv" "$scratch/$s-$e.json"
  done
done
/usr/bin/python3 bench/search_vs_pagefind_table.py "$scratch" | tee "$scratch/table.md"
echo "written: $scratch/table.md"
