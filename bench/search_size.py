#!/usr/bin/python3
"""The site search's index size on a built site: bytes raw and gzip (-9) by kind of file, per
1,000 pages, beside the site's HTML; docs/search.md states the budget these are held to.

Usage: search_size.py SITE   (a planpub output folder; e.g. the 2,000-page bench corpus built)
"""
import gzip
import os
import sys

site = sys.argv[1]
search = os.path.join(site, "search")
kinds = {"docs": [0, 0, 0], "shard": [0, 0, 0], "text": [0, 0, 0]}
for name in sorted(os.listdir(search)):
    kind = name.split("-")[0].split(".")[0]
    if kind not in kinds:
        continue
    data = open(os.path.join(search, name), "rb").read()
    k = kinds[kind]
    k[0] += 1
    k[1] += len(data)
    k[2] += len(gzip.compress(data, 9))
html = 0
pages = 0
for root, _, files in os.walk(site):
    if os.path.relpath(root, site).split(os.sep)[0] == "search":
        continue
    for f in files:
        if f.endswith(".html"):
            pages += 1
            html += os.path.getsize(os.path.join(root, f))
per = 1000 / pages
print(f"{pages} HTML pages, {html / 1e6:.1f} MB of HTML")
print(f"{'files':<7}{'count':>7}{'raw MB':>10}{'gzip MB':>10}{'raw/1000 pages':>16}{'gzip/1000':>11}")
rows = list(kinds.items())
rows.append(("total", [sum(k[i] for k in kinds.values()) for i in range(3)]))
for kind, (n, raw, gz) in rows:
    print(f"{kind:<7}{n:>7}{raw / 1e6:>10.2f}{gz / 1e6:>10.2f}{raw * per / 1e6:>14.2f}MB{gz * per / 1e6:>9.2f}MB")
