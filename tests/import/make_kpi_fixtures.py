#!/usr/bin/python3
"""Writes the .xlsx fixtures of `planpub import kpi` (tests/import, tests/bad-input) at test time,
so that no generated binary is kept in git. Needs Debian's python3-openpyxl (scripts/setup.sh --test).

Usage: make_kpi_fixtures.py NAME OUT.xlsx      NAME: one of FIXTURES below
"""
import io
import sys
import zipfile

import openpyxl
from openpyxl.styles import Font


def merged():
    """What municipal KPI sheets use: a title row, a two-row header with merged cells (基本目標 and
    指標名 over both rows; 基準値 and 目標値 over 値 | 年度; 実績値 over 令和2年度 … 令和4年度), goals
    merged down the rows of their KPIs, number formats (#,##0, 0.0%), a date serial in a 年度 column,
    a plain 2019 in a 年度 column, a hidden row, an error value (#DIV/0!), a text figure (増加) and a
    text actual that is no number. tests/import/expected/ holds the kpi.csv and kpi-values.csv a
    person would write by hand from it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPI一覧"
    ws["A1"] = "第2期総合戦略 重要業績評価指標（KPI）一覧"
    ws.merge_cells("A1:L1")
    ws["A1"].font = Font(bold=True)
    top = {"A": "基本目標", "B": "施策", "C": "指標名", "D": "単位", "E": "基準値", "G": "目標値",
           "I": "実績値", "L": "備考"}
    for col, text in top.items():
        ws[col + "2"] = text
    for rng in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:K2", "L2:L3"):
        ws.merge_cells(rng)
    for col, text in {"E": "値", "F": "年度", "G": "値", "H": "年度", "I": "令和2年度", "J": "令和3年度",
                      "K": "令和4年度"}.items():
        ws[col + "3"] = text
    rows = [
        # goal, measure, name, unit, baseline, baseline_year, target, target_year, R2, R3, R4, note
        ["基本目標1", "(1) 雇用の創出", "新規雇用者数", "人", 1200, "DATE", 1500, "令和7年度", 1250, 1310, "#DIV/0!", None],
        [None, "(2) 創業の支援", "創業支援件数", "件", 12, "R1", "5年間で250件", "令和7年度", 48, 55, 61,
         "商工会議所と連携"],
        [None, "(2) 創業の支援", "市内就業率", "%", 0.455, 2019, 0.5, "R7", 0.46, None, None, None],
        ["基本目標１", "(3) 旧施策", "廃止した指標", "件", 1, "R1", 2, "R7", None, None, None, "非表示の行"],
        ["基本目標2", "(1) 観光の振興", "観光交流客数", "千人", 2205, "令和元年度", "増加", "令和7年度", 1980, 2100, 2150,
         None],
        [None, "(2) 移住・定住", "移住相談件数", "件", "未集計", "令和元年度", 100, "令和7年度", 40, "増加", 72, None],
    ]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row):
            if v is None:
                continue
            cell = ws.cell(row=i, column=j + 1)
            if v == "DATE":  # 2020-03-31, a date in a 年度 column: 令和元年度 (fiscal 2019)
                import datetime
                cell.value = datetime.date(2020, 3, 31)
                cell.number_format = "yyyy/m/d"
            else:
                cell.value = v
    for ref in ("E4", "G4", "I4", "J4", "E8", "I8", "J8", "K8"):
        ws[ref].number_format = "#,##0"
    for ref in ("E6", "G6", "I6"):
        ws[ref].number_format = "0.0%"
    ws.merge_cells("A4:A7")  # goal 1 over its KPIs (and the hidden row)
    ws.merge_cells("A8:A9")
    ws.row_dimensions[7].hidden = True
    ws.column_dimensions["C"].width = 30
    return wb


def matsudo():
    """Shaped like a real published table of 数値目標: 松戸市まち・ひと・しごと創生懇談会 資料4
    「総合戦略における数値目標・重要業績評価指標の現状値」 (H30.10.3), as mirrored at
    https://pdfslide.net/documents/cc-cfeeceoec-1-6eeefieeecoece.html — per target: 平成25（基準値）,
    平成27, 平成28, 平成29（現状値）, 平成31（目標値）. Here as one KPI list with the years as columns and
    the role of a year written after it, 平成29年（現状値）, as that table does; figures from it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数値目標"
    ws.append(["基本目標", "数値目標", "単位", "基準値", "基準年", "平成27年", "平成28年", "平成29年（現状値）",
               "目標値", "目標年"])
    ws.append(["基本目標Ⅰ 子育て・教育・文化を軸とした都市ブランドづくり", "出生数", "人", 3823, "平成26年", 3975, 3782,
               3679, 4107, "平成31年"])
    ws.append([None, "主要観光スポットの観光客数", "千人", 2584, "平成25年", None, None, None, 2750, "平成31年"])
    ws.append([None, "松戸の良さを伝えるために取り組んでいる市民の割合", "%", 15.8, "平成25年度", None, None, None, 28.0,
               "平成31年度"])
    ws.merge_cells("A2:A4")
    for ref in ("D2", "F2", "G2", "H2", "I2", "D3", "I3"):
        ws[ref].number_format = "#,##0"
    ws["I4"].number_format = "0.0"
    return wb


def targets():
    """Targets by year (目標値 over R6 | R7: R7 is the target, R6 an interim target, reported), a
    target merged down over the rows of two KPIs (each gets it), actuals under bare R4 / R5 headers,
    a three-row header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "施策KPI"
    ws["A1"], ws["B1"], ws["C1"], ws["D1"], ws["F1"] = "重要業績評価指標（KPI）", "単位", "基準値", "目標値", "実績"
    ws["D2"] = "中間"
    ws["E2"] = "最終"
    ws["D3"], ws["E3"], ws["F3"], ws["G3"] = "R6", "R7", "R4", "R5"
    for rng in ("A1:A3", "B1:B3", "C1:C3", "D1:E1", "F1:G2"):
        ws.merge_cells(rng)
    ws.append(["空き家バンク登録件数", "件", 10, 15, 20, 12, 14])
    ws.append(["空き家バンク成約件数", "件", 4, None, None, 5, 6])
    ws.merge_cells("E5:E6")  # one target for both
    ws.merge_cells("D5:D6")
    ws["D5"] = 8
    ws["E5"] = 10
    return wb


def document_style():
    """A KPI table as Word documents write one, pasted into a sheet: no 単位 and no year columns,
    each figure with its year in brackets (45件（令和5年度）), a section row 基本目標1 merged across the
    table, and a note row (出典：…) merged across under it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPI"
    ws.append(["指標名", "基準値", "目標値", "現状値（令和6年度）"])
    ws.append(["基本目標1　しごとをつくる"])
    ws.append(["相談件数", "45件（令和5年度）", "60件（令和11年度）", "50件"])
    ws.append(["転入者数", "2,100人(令和5年)", "2,300人(令和11年)", "2,200人"])
    ws.append(["出典：市調べ"])
    for rng in ("A2:D2", "A5:D5"):
        ws.merge_cells(rng)
    return wb


def plain(rows, title="KPI"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    return wb


FIXTURES = {
    "merged": merged,
    "matsudo": matsudo,
    "targets": targets,
    "document-style": document_style,
    # one warning each, for tests/bad-input
    "error-cell": lambda: plain([["指標名", "単位", "基準値", "基準年度"], ["指標A", "件", "#DIV/0!", "R1"]]),
    "bool-cell": lambda: plain([["指標名", "単位", "基準値", "基準年度"], ["指標A", "件", True, "R1"]]),
    "unknown-column": lambda: plain([["指標名", "担当課", "基準値"], ["指標A", "企画課", 3]]),
    "no-year": lambda: plain([["指標名", "単位", "基準値", "実績値"], ["指標A", "件", 3, 5]]),
    "skipped-row": lambda: plain([["指標名", "単位", "基準値"], ["指標A", "件", 3], [None, "件", 4]]),
    "no-kpi-table": lambda: plain([["項目", "金額"], ["予算", 100]]),
    "unit-mismatch": lambda: plain([["指標名", "単位", "基準値"], ["指標A", "%", "28.1件"]]),
    "bad-year": lambda: plain([["指標名", "単位", "基準値", "基準年度"], ["指標A", "件", 3, "そのうち"]]),
    "unknown-goal": lambda: plain([["基本目標", "指標名", "単位", "基準値"], ["基本目標9", "指標A", "件", 3]]),
}


def hidden_row():
    wb = plain([["指標名", "単位", "基準値"], ["指標A", "件", 3], ["指標B", "件", 4]])
    wb.active.row_dimensions[3].hidden = True
    return wb


FIXTURES["hidden-row"] = hidden_row


def two_sheets():
    wb = plain([["指標名", "単位", "基準値"], ["指標A", "件", 3]], title="基本目標1")
    ws = wb.create_sheet("基本目標2")
    ws.append(["No.", "指標名", "単位"])
    ws.append([1, "指標B", "件"])
    return wb


FIXTURES["two-sheets"] = two_sheets


def hidden_name_column():
    wb = plain([["指標名", "単位", "基準値"], ["指標A", "件", 3]])
    wb.active.column_dimensions["A"].hidden = True
    return wb


FIXTURES["hidden-name-column"] = hidden_name_column


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in FIXTURES:
        sys.exit(__doc__ + "\nNAME: " + ", ".join(FIXTURES))
    wb = FIXTURES[sys.argv[1]]()
    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl stamps the save time into docProps/core.xml; the cells are what the tests read.
    with open(sys.argv[2], "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    main()
