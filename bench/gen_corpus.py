#!/usr/bin/python3
"""Writes the same synthetic corpus twice: as a planpub content folder and as a Hugo site.

N plans × M pages of realistic Japanese paragraphs taken from the bundled plans (content/),
GFM tables, a site glossary of T terms that occur in the text, kpi.csv per plan and ```kpi blocks.
Deterministic (seeded), so every run measures the same bytes.

Usage: gen_corpus.py REPO_DIR OUT_DIR [--pages 2000] [--plans 20] [--terms 300]
Writes OUT_DIR/planpub (content) and OUT_DIR/hugo (site); prints the Markdown size.
"""
import argparse
import glob
import os
import random
import re
import shutil

ap = argparse.ArgumentParser()
ap.add_argument("repo")
ap.add_argument("out")
ap.add_argument("--pages", type=int, default=2000)
ap.add_argument("--plans", type=int, default=20)
ap.add_argument("--terms", type=int, default=300)
a = ap.parse_args()
rnd = random.Random(20261125)

# Paragraphs and tables from the seed plans: real sentences, real table shapes.
paragraphs, tables = [], []
for md in sorted(glob.glob(os.path.join(a.repo, "content", "plans", "*", "*.md"))):
    body = open(md, encoding="utf-8").read().split("\n---\n", 1)[-1]
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        if block.startswith("|"):
            tables.append(block)
        elif block and "](" not in block and not block.startswith(("#", "```", "表：", "-", "*", "<")) and len(block) > 40:
            paragraphs.append(block.replace("\n", ""))

# Glossary terms: compounds that read naturally in these plans; readings are hiragana keys.
heads = ["地域", "協働", "観光", "子育て", "デジタル", "移住", "産業", "防災", "福祉", "交流", "環境", "教育", "農業", "健康", "文化",
         "雇用", "住宅", "交通", "脱炭素", "商店街"]
tails = ["推進計画", "支援制度", "連携協定", "活性化事業", "拠点施設", "人材育成", "情報発信", "基本方針", "実証事業", "応援団",
         "相談窓口", "ネットワーク", "プラットフォーム", "ポイント", "ビジョン"]
kana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ"
terms = []
for i in range(a.terms):
    h, t = heads[i % len(heads)], tails[(i // len(heads)) % len(tails)]
    name = h + t if i < len(heads) * len(tails) else f"{h}{t}{i}"
    reading = "".join(kana[(i * 7 + k * 13) % len(kana)] for k in range(5))
    terms.append((name, reading))


def page_text(p):
    """About 8.5 KB of Markdown: headings, paragraphs with glossary terms, a table."""
    out, size = [], 0
    section = 1
    while size < 8000:
        if len(out) % 5 == 0:
            out.append(f"## {section}. {rnd.choice(heads)}の取組")
            section += 1
        para = rnd.choice(paragraphs)
        term = terms[rnd.randrange(len(terms))][0]
        para += f"この取組は{term}と連携して進めます。"
        out.append(para)
        if len(out) % 9 == 4 and tables:
            out.append("表：" + rnd.choice(heads) + "の推移\n\n" + rnd.choice(tables))
        size += len("\n\n".join(out[-2:]).encode())
    return "\n\n".join(out) + "\n"


shutil.rmtree(a.out, ignore_errors=True)
pp = os.path.join(a.out, "planpub")
hg = os.path.join(a.out, "hugo")
os.makedirs(pp)
os.makedirs(os.path.join(hg, "content"))
os.makedirs(os.path.join(hg, "layouts", "_default"))

open(os.path.join(pp, "site.yaml"), "w", encoding="utf-8").write(
    "title: ベンチマーク市の計画\nbase_url: https://bench.example.jp/\n"
    "publisher:\n  name: 島田市\n  prefecture: 静岡県\n  local_government_code: \"222097\"\nlicense: CC-BY-4.0\ncontact:\n  department: 企画課\n  mail: kikaku@bench.example.jp\n")
with open(os.path.join(pp, "glossary.yaml"), "w", encoding="utf-8") as g:
    for name, reading in terms:
        g.write(f"- term: \"{name}\"\n  reading: {reading}\n  definition: \"{name}は、{rnd.choice(paragraphs)[:60]}\"\n")

open(os.path.join(hg, "hugo.toml"), "w").write(
    'baseURL = "https://bench.example.jp/"\nlanguageCode = "ja"\ntitle = "ベンチマーク市の計画"\n'
    'disableKinds = ["taxonomy", "term"]\n')
L = os.path.join(hg, "layouts", "_default")
open(os.path.join(L, "baseof.html"), "w").write(
    '<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}｜{{ .Site.Title }}</title></head>\n'
    '<body><nav><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>\n'
    '<main>{{ block "main" . }}{{ end }}</main></body></html>\n')
open(os.path.join(L, "single.html"), "w").write('{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n')
open(os.path.join(L, "list.html"), "w").write(
    '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
open(os.path.join(hg, "layouts", "index.html"), "w").write(
    '<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>\n'
    '<body><main><h1>{{ .Site.Title }}</h1><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n')

total = 0
per_plan = a.pages // a.plans
for p in range(a.plans):
    pid = f"plan{p + 1:03d}"
    title = f"第{p + 1}期 ベンチマーク市まち・ひと・しごと創生総合戦略"
    goals = "".join(f"  - number: {g}\n    title: {heads[(p + g) % len(heads)]}を進める\n" for g in range(1, 5))
    pd = os.path.join(pp, "plans", pid)
    os.makedirs(pd)
    overview = page_text(p)
    open(os.path.join(pd, "index.md"), "w", encoding="utf-8").write(
        f"---\ntitle: {title}\nstatus: adopted\npublished: 2025-04-01\nperiod:\n  from: 令和7年度\n  to: 令和11年度\ngoals:\n{goals}---\n{overview}")
    hd = os.path.join(hg, "content", pid)
    os.makedirs(hd)
    open(os.path.join(hd, "_index.md"), "w", encoding="utf-8").write(f"---\ntitle: \"{title}\"\n---\n{overview}")
    total += len(overview.encode())
    with open(os.path.join(pd, "kpi.csv"), "w", encoding="utf-8") as k:
        k.write("id,goal,name,unit,baseline,baseline_year,target,target_year\n")
        for g in range(1, 5):
            for n in range(3):
                k.write(f"k{g}-{n},{g},{heads[(g + n) % len(heads)]}の件数,件,{100 + n * 10},令和6年度,{150 + n * 20},令和11年度\n")
    for i in range(per_plan - 1):
        body = page_text(p * 1000 + i)
        goal = i % 4 + 1
        if i % 10 == 0:
            body += f"\n```kpi\ngoal: {goal}\n```\n"
        name = f"{i + 1:03d}-p{i + 1:03d}"
        open(os.path.join(pd, name + ".md"), "w", encoding="utf-8").write(
            f"---\ntitle: 施策{i + 1} {heads[i % len(heads)]}の推進\ngoal: {goal}\n---\n{body}")
        open(os.path.join(hd, name + ".md"), "w", encoding="utf-8").write(
            f"---\ntitle: \"施策{i + 1} {heads[i % len(heads)]}の推進\"\n---\n{body}")
        total += len(body.encode())
print(f"corpus: {a.plans} plans, {a.pages} pages, {a.terms} terms, {total / 1e6:.1f} MB of Markdown")
