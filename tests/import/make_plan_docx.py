#!/usr/bin/env python3
"""Writes a small municipal plan as .docx for the `planpub import word` tests.

Usage: make_plan_docx.py OUT.docx

What real city Word files carry, kept small: a title (Title style), the plan period in a paragraph,
five chapters as Heading 1 (style id 1, as Japanese Word writes it) with 第N章 numbering text (one of them a numbered list paragraph, as Word
files often have), full-width indentation, footnotes, ※ notes, a table with merged cells and a line
break inside a cell, KPI tables (a two-row header with merged cells, 和暦 years, cells it cannot read; one
that stays a table), a ○ matrix, images with and without alt text, and a
text box. The document is written by pandoc from Markdown (footnotes, images with alt text), then
patched with python3-docx (merged cells, a line break in a cell, a text box): pandoc and python-docx
each write only part of what Word writes.

DOC below is also what check_import.py compares the imported pages and glossary with.
"""
import base64
import os
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.oxml import parse_xml

# A 1×1 PNG, the images' content.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

TITLE = "第3期みどり市まち・ひと・しごと創生総合戦略（案）"
PERIOD = ("令和7年度", "令和11年度")
# What the imported plan must hold: per chapter its title (numbering removed), the paragraphs as
# page lines, the table rows as GFM lines, in order.
DOC = {
    "chapters": [
        {"title": "計画の策定にあたって", "file": "01-chapter-1.md", "lines": [
            "本市では、人口減少に対応するため、デジタル・トランスフォーメーションを推進します。",
            "国の地方創生2.0基本構想を踏まえ、本戦略を策定します。",
        ]},
        {"title": "人口の現状", "file": "02-chapter-2.md", "lines": [
            "年齢区分別の人口は次のとおりです。",
            "表：年齢3区分別人口の推移",
            "| 区分 | 時点 | 人口（人） |",
            "| 年少人口<br>（0～14歳） | 令和2年 | 9,800 |",
            "| 年少人口<br>（0～14歳） | 令和7年 | 9,100 |",
            "| 生産年齢人口 | 令和2年 | 52,000 |",
            "| 生産年齢人口 | 令和7年 | 49,500 |",
            "| 出典：住民基本台帳 | 出典：住民基本台帳 | 出典：住民基本台帳 |",
        ]},
        {"title": "基本目標と施策", "file": "03-chapter-3.md", "lines": [
            "## 基本目標1　しごとをつくる",
            "### 地域産業の振興",
            "地域の事業者の創業と事業承継を支援します。",
            # The KPI tables are kpi.csv rows now (KPI_CSV below); the page shows them with a kpi block.
            "基本目標1の重要業績評価指標",
            "```kpi", "id: g1-1", "id: g1-2", "id: g1-3", "id: g1-4", "```",
            "## 基本目標2　ひとの流れをつくる",
            "### 移住・定住の促進",
            "関係人口の創出・拡大に取り組みます。",
            "基本目標2の重要業績評価指標",
            "```kpi", "id: g2-1", "id: g2-2", "```",
        ]},
        {"title": "DX推進との関係", "file": "04-chapter-4.md", "lines": [
            "表：基本目標とDX推進方針の関係",
            "| 基本目標 | 利便性向上 | 業務効率化 |",
            "| 基本目標1 | ○ |  |",
            "| 基本目標2 |  | ○ |",
            "![みどり市の位置図](files/fig-04-1.png)",
            "みどり市の位置図",
            "![](files/fig-04-2.png)",
            "推進体制の概要は次のとおりです。",
            "市民・事業者・行政が連携して取り組みます。",
        ]},
        {"title": "計画の推進体制", "file": "05-chapter-5.md", "lines": [
            "PDCAサイクルにより毎年度検証します。",
            # Its target year is before its baseline year: kpi.csv would not build, so it stays a table.
            "表：進行管理の指標",
            "| 指標 | 基準値 | 基準年度 | 目標値 | 目標年度 |",
            "| 市民満足度 | 60% | 令和6年度 | 70% | 令和5年度 |",
        ]},
    ],
    "goals": [
        {"number": 1, "title": "しごとをつくる", "pillars": ["地域産業の振興"]},
        {"number": 2, "title": "ひとの流れをつくる", "pillars": ["移住・定住の促進"]},
    ],
    "glossary": [
        ("デジタル・トランスフォーメーション", "デジタル技術を活用して行政サービスや業務を変革すること。"),
        ("地方創生2.0基本構想", "地方に「稼ぐ力」と「交流・居場所」を生み出すことを目指す国の基本方針のこと。"),
        ("関係人口", "移住した「定住人口」でも観光に来た「交流人口」でもない、地域と多様に関わる人々のこと。"),
        ("PDCAサイクル", "Plan（計画）、Do（実行）、Check（評価）、Action（改善）を繰り返す手法のこと。"),
    ],
    "images": [("みどり市の位置図", True), ("", False)],
}
# What the KPI tables give, as a person would copy them into kpi.csv: the merged header (基準値 and
# 目標値 over 値 | 年度) read, 和暦 years kept as written, a decreasing KPI (事故件数), figures with
# a unit and a comma kept as written, the year in brackets after a figure (45件（令和5年度）) moved
# to its year column, goals from the 基本目標 heading above each table, and the unit the figures
# write where there is no 単位 column. g1-4's baseline (28.1件 where the unit is %) and target year
# (本計画最終年度) cannot be read: left empty and reported, never guessed.
KPI_CSV = """id,goal,measure,name,unit,baseline,baseline_year,target,target_year,target_kind,direction,description,source
g1-1,1,,新規創業件数,件,12,令和5年度,20,令和11年度,,,,
g1-2,1,,市内の交通事故件数,件,310,令和5年度,250,令和11年度,,,,
g1-3,1,,観光入込客数,人,"1,234人",令和5年度,"1,500人",令和11年度,,,,
g1-4,1,,創業支援施設の利用率,%,,令和5年度,40.0,,,,,
g2-1,2,,移住相談件数,件,45件,令和5年度,60件,令和11年度,,,,
g2-2,2,,転入者数,人,"2,100人",令和5年,"2,300人",令和11年,,,,
"""
KPI_VALUES_CSV = """kpi,year,value,note
g1-1,令和6年度,14,
g1-2,令和6年度,298,
g1-3,令和6年度,"1,300人",
g1-4,令和6年度,31.5,
"""

MARKDOWN = f"""---
title: {TITLE}
---

計画期間：{PERIOD[0]}～{PERIOD[1]}

# 第1章　計画の策定にあたって

　本市では、人口減少に対応するため、デジタル・トランスフォーメーション[^1]を推進します。

　国の地方創生2.0基本構想[^2]を踏まえ、本戦略を策定します。

[^1]: デジタル技術を活用して行政サービスや業務を変革すること。

[^2]: 地方に「稼ぐ力」と「交流・居場所」を生み出すことを目指す国の基本方針のこと。

# 第2章　人口の現状

年齢区分別の人口は次のとおりです。

表1　年齢3区分別人口の推移

| 区分 | 時点 | 人口（人） |
|---|---|---|
| 年少人口 | 令和2年 | 9,800 |
| X | 令和7年 | 9,100 |
| 生産年齢人口 | 令和2年 | 52,000 |
| X | 令和7年 | 49,500 |
| 出典：住民基本台帳 | X | X |

# 第3章　基本目標と施策

## 基本目標1　しごとをつくる

### (1)　地域産業の振興

地域の事業者の創業と事業承継を支援します。

表2　基本目標1の重要業績評価指標

| 指標 | 単位 | 基準値 | X | 目標値 | X | 現状値（令和6年度） |
|---|---|---|---|---|---|---|
| X | X | 値 | 年度 | 値 | 年度 | X |
| 新規創業件数 | 件 | 12 | 令和5年度 | 20 | 令和11年度 | 14 |
| 市内の交通事故件数 | 件 | 310 | 令和5年度 | 250 | 令和11年度 | 298 |
| 観光入込客数 | 人 | 1,234人 | 令和5年度 | 1,500人 | 令和11年度 | 1,300人 |
| 創業支援施設の利用率 | % | 28.1件 | 令和5年度 | 40.0 | 本計画最終年度 | 31.5 |

## 基本目標2　ひとの流れをつくる

### ①　移住・定住の促進

関係人口※1の創出・拡大に取り組みます。

※1　関係人口：移住した「定住人口」でも観光に来た「交流人口」でもない、地域と多様に関わる人々のこと。

表3　基本目標2の重要業績評価指標

| 指標 | 基準値 | 目標値 |
|---|---|---|
| 移住相談件数 | 45件（令和5年度） | 60件（令和11年度） |
| 転入者数 | 2,100人（令和5年） | 2,300人（令和11年） |

# 第4章　DX推進との関係

表3　基本目標とDX推進方針の関係

| 基本目標 | 利便性向上 | 業務効率化 |
|---|---|---|
| 基本目標1 | ○ | |
| 基本目標2 | | ○ |

![みどり市の位置図](map.png)

![](photo.png)

推進体制の概要は次のとおりです。

1. 第5章　計画の推進体制

PDCAサイクルにより毎年度検証します。

※　PDCAサイクル：Plan（計画）、Do（実行）、Check（評価）、Action（改善）を繰り返す手法のこと。

表4　進行管理の指標

| 指標 | 基準値 | 基準年度 | 目標値 | 目標年度 |
|---|---|---|---|---|
| 市民満足度 | 60% | 令和6年度 | 70% | 令和5年度 |
"""

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:v="urn:schemas-microsoft-com:vml"')


def text_box(text):
    """A run holding a text box as Word writes it: DrawingML, with a VML copy under mc:Fallback."""
    body = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return parse_xml(
        f'<w:r {W}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        f'<wp:extent cx="1828800" cy="457200"/><wp:docPr id="900" name="テキスト ボックス 1"/><a:graphic>'
        f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx>{body}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{body}</v:textbox></v:shape></w:pict>"
        f"</mc:Fallback></mc:AlternateContent></w:r>")


def clear(cell):
    """Empties a cell (python-docx's merge keeps the text of every merged cell)."""
    for p in cell.paragraphs:
        for r in list(p._p):
            if r.tag.endswith("}r"):
                p._p.remove(r)


def merge_down(table, col, top, bottom):
    for r in range(top + 1, bottom + 1):  # the merged-away cells' placeholder text goes first
        clear(table.cell(r, col))
    table.cell(top, col).merge(table.cell(bottom, col))


def patch(path):
    d = docx.Document(path)
    population = d.tables[0]
    merge_down(population, 0, 1, 2)
    merge_down(population, 0, 3, 4)
    for c in (1, 2):
        clear(population.cell(5, c))
    population.cell(5, 0).merge(population.cell(5, 2))
    # The KPI table's two-row header: 指標, 単位 and 現状値 merged down, 基準値 and 目標値 across 値 | 年度.
    kpi = d.tables[1]
    for c in (0, 1, 6):
        merge_down(kpi, c, 0, 1)
    for c in (2, 4):
        clear(kpi.cell(0, c + 1))
        kpi.cell(0, c).merge(kpi.cell(0, c + 1))
    # 年少人口 / （0～14歳）: one cell, two lines.
    run = population.cell(1, 0).paragraphs[0].runs[0]
    run.add_break()
    run.add_text("（0～14歳）")
    for p in d.paragraphs:
        if p.text == "推進体制の概要は次のとおりです。":
            p._p.append(text_box("市民・事業者・行政が連携して取り組みます。"))
    d.save(path)


def japanese_style_ids(path):
    """Heading styles as Japanese Word stores them: style ids 1, 2, 3 named "heading 1" … (shown as
    見出し 1 in Word's Japanese UI), not pandoc's and English Word's Heading1."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    styles, document = parts["word/styles.xml"].decode(), parts["word/document.xml"].decode()
    for n in (1, 2, 3):
        styles = styles.replace('w:styleId="Heading%d"' % n, 'w:styleId="%d"' % n)
        styles = styles.replace('<w:name w:val="Heading %d"/>' % n, '<w:name w:val="heading %d"/>' % n)
        styles = styles.replace('<w:basedOn w:val="Heading%d"/>' % n, '<w:basedOn w:val="%d"/>' % n)
        document = document.replace('<w:pStyle w:val="Heading%d"/>' % n, '<w:pStyle w:val="%d"/>' % n)
    assert 'w:val="Heading1"' not in document, "python-docx wrote the style reference differently"
    parts["word/styles.xml"], parts["word/document.xml"] = styles.encode(), document.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def main():
    out = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("map.png", "photo.png"):
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(PNG)
        with open(os.path.join(tmp, "plan.md"), "w", encoding="utf-8") as f:
            f.write(MARKDOWN)
        subprocess.run(["pandoc", "-f", "markdown", "plan.md", "-o", out], cwd=tmp, check=True)
    patch(out)
    japanese_style_ids(out)


if __name__ == "__main__":
    main()
