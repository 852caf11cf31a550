#!/usr/bin/python3
"""The table of bench/search_vs_pagefind.sh: reads SCRATCH/{site}-{engine}.json (written by
search_vs_pagefind.mjs) and the index files on disk; prints markdown: one row per engine × site,
then the queries one engine finds and the other misses (first 10 each way).

Index bytes: planpub — search/*.js (docs, shards, texts) and assets/search.js; Pagefind — its
pagefind/ folder without the optional UI files (pagefind-ui.*, -modular-ui.*, -component-ui.*,
-highlight.js): pagefind.js, its worker, wasm, entry, meta, index chunks, fragments. gzip is -9
per file (Pagefind's chunks are gzip already, so theirs barely shrink).

Usage: search_vs_pagefind_table.py SCRATCH
"""
import gzip
import json
import os
import re
import statistics
import sys

scratch = sys.argv[1]
UI = ("pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.")


def index_files(engine, site):
    if engine == "planpub":
        search = os.path.join(site, "search")
        files = [os.path.join(search, f) for f in os.listdir(search) if f.endswith(".js")]
        return files + [os.path.join(site, "assets", "search.js")]
    out = []
    for root, _, names in os.walk(os.path.join(site, "pagefind")):
        out += [os.path.join(root, n) for n in names if not n.startswith(UI)]
    return out


def kb(n):
    return f"{n / 1000:,.0f} kB" if n < 10e6 else f"{n / 1e6:,.1f} MB"


runs = {}
print("| engine | site | queries | recall@5 | first | recall@5, page only | index files | index raw | "
      "index gzip | per query raw, median / max | per query gzip, median / max | from file:// |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for site in ("bundled", "generated"):
    for engine in ("planpub", "pagefind"):
        d = json.load(open(os.path.join(scratch, f"{site}-{engine}.json"), encoding="utf-8"))
        runs[site, engine] = d
        files = index_files(engine, os.path.join(scratch, site, engine))
        raw = sum(os.path.getsize(f) for f in files)
        gz = sum(len(gzip.compress(open(f, "rb").read(), 9)) for f in files)
        per_raw = [q["raw"] for q in d["perQuery"]]
        per_gz = [q["gzip"] for q in d["perQuery"]]
        n = d["queries"]
        fu = d["fileUrl"]
        print(f"| {engine} | {site} | {n} | {d['top5'] / n:.3f} | {d['top1']} | {d['page5'] / n:.3f} | {len(files)} | "
              f"{kb(raw)} | {kb(gz)} | {kb(statistics.median(per_raw))} / {kb(max(per_raw))} | "
              f"{kb(statistics.median(per_gz))} / {kb(max(per_gz))} | "
              f"{'yes' if fu['works'] else 'no'}: {re.sub(r'file://[^ ]*/', '', fu['why'])[:110].replace('|', '/')} |")
print()
for site in ("bundled", "generated"):
    pp, pf = (runs[site, e]["perQuery"] for e in ("planpub", "pagefind"))
    for a, b, name in ((pp, pf, "planpub finds, Pagefind misses"), (pf, pp, "Pagefind finds, planpub misses")):
        pairs = [(x, y) for x, y in zip(a, b) if x["rank"] and not y["rank"]]
        print(f"{site}: {name}: {len(pairs)}" + (" (first 10)" if len(pairs) > 10 else ""))
        for x, y in pairs[:10]:
            print(f"- 「{x['q']}」 want {x['want']}: rank {x['rank']} vs "
                  f"{'page rank ' + str(y['pageRank']) if y['pageRank'] else 'not in top 5'}"
                  f" (top: {', '.join(y['got'][:3]) or 'nothing'})")
    print()
