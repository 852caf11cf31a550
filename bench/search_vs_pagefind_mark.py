#!/usr/bin/python3
"""Marks, in a copy of a planpub site, the <main> of each page planpub's search indexes (the pages
in its search/docs.js) with data-pagefind-body, so Pagefind indexes the same pages and the same
part of them (not the print editions, the open-data list or the search page, which planpub leaves
out). Prints the number of pages marked.

Usage: search_vs_pagefind_mark.py SITE_COPY
"""
import json
import os
import re
import sys
from html import escape

site = sys.argv[1]
docs = open(os.path.join(site, "search", "docs.js"), encoding="utf-8").read()
names = json.loads(re.search(r"docs\(\d+,\d+,(\[.*?\]),\[", docs).group(1))
pages = {}
for url, plan in re.findall(r'^\["(?:[^"\\]|\\.)*","([^"]+)",(\d+)\]', docs, re.M):
    pages.setdefault(url.split("#")[0], names[int(plan)])
for rel, plan in sorted(pages.items()):
    path = os.path.join(site, rel)
    html = open(path, encoding="utf-8").read()
    marked, n = re.subn(r"(<main\b[^>]*>)", lambda m: m.group(1).replace("<main", "<main data-pagefind-body", 1)
                        + (f"<p>{escape(plan)}</p>" if plan else ""), html, count=1)
    if n != 1:
        sys.exit(f"{path}: no <main> to mark")
    open(path, "w", encoding="utf-8").write(marked)
print(len(pages))
