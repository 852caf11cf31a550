#!/usr/bin/env python3
"""The Excel evaluation sheet (<code>_<plan>_evaluation_<year>.xlsx) read back by real readers.

Builds tests/data/evaluation, then for the 令和8年度 sheet:
  - openpyxl: the figures equal the open data's (rates, grades and comments of the evaluation CSV,
    actuals and baselines of the KPI CSV), numbers typed as numbers with their formats, text kept as
    written, one merged row per goal, frozen header, the print setup (A4 landscape, one page wide,
    header rows repeated, print area), the Japanese font;
  - LibreOffice headless converting it to CSV (every sheet) and PDF: the same figures as shown, the
    PDF pages A4 landscape, its text holding every KPI's name, Japanese glyphs from a CJK font.
The first PDF page is left as sheet-page1.png in WORK_DIR for a person to look at.

Usage: evaluation_sheet_test.py PLANPUB SOURCE_DIR WORK_DIR
Exit 77 (skipped) only when LibreOffice is missing outside CI; in CI (CI set) it must run.
"""
import csv
import glob
import os
import re
import shutil
import subprocess
import sys

import openpyxl

planpub, src, work = sys.argv[1:4]
failures = 0
checks = 0


def check(ok, what):
    global failures, checks
    checks += 1
    if not ok:
        failures += 1
        print(f"FAIL: {what}")
    return ok


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = dict(os.environ, SOURCE_DATE_EPOCH="1764028800")
site = os.path.join(work, "site")
r = subprocess.run([planpub, "build", "--content", os.path.join(src, "tests/data/evaluation"), "--out", site],
                   env=env, capture_output=True, text=True, timeout=120)
if r.returncode != 0:
    print(r.stdout, r.stderr)
    sys.exit(1)
data = os.path.join(site, "opendata/222097/beta")
xlsx = os.path.join(data, "222097_beta_evaluation_2026.xlsx")
for year in (2024, 2025, 2026):
    check(os.path.isfile(os.path.join(data, f"222097_beta_evaluation_{year}.xlsx")), f"the {year} sheet exists")
if not os.path.isfile(xlsx):
    print(f"{checks} checks, {failures} failed")
    sys.exit(1)
evaluation = [row for row in read_csv(os.path.join(data, "222097_beta_evaluation.csv")) if row["年度"] == "2026"]
kpi_values = read_csv(os.path.join(data, "222097_beta_kpi.csv"))
by_name = {row["対象名"]: row for row in evaluation if row["対象区分"] == "指標"}
check(len(by_name) == 10, f"the CSV has the ten KPIs of 2026 ({len(by_name)})")


def kpi_value(kpi_id, kind, year=None):
    for row in kpi_values:
        if row["KPI_ID"] == kpi_id and row["値区分"] == kind and (year is None or row["年度"] == str(year)):
            return row["値"]
    return None


# --- openpyxl -------------------------------------------------------------------------------------
wb = openpyxl.load_workbook(xlsx)
check(wb.sheetnames == ["指標（KPI）", "施策"], f"sheets 指標（KPI） and 施策 ({wb.sheetnames})")
ws = wb["指標（KPI）"]
check("令和8年度（2026年度）効果検証" in str(ws["A1"].value), f"title row: {ws['A1'].value}")
# Two header rows: 基準値, 目標値 and 実績値 over their columns (値, 年度, each year), the rest over both.
cols = {}
for col in range(1, ws.max_column + 1):
    for row in (4, 5):
        if ws.cell(row, col).value:
            cols.setdefault(str(ws.cell(row, col).value).replace("\n", ""), col)  # 基本\n目標 is 基本目標
years = [ws.cell(5, c).value for c in range(1, ws.max_column + 1) if re.fullmatch(r"令和[0-9]+年度", str(ws.cell(5, c).value))]
check(years == ["令和5年度", "令和6年度", "令和7年度", "令和8年度"][1:] or years == ["令和6年度", "令和7年度", "令和8年度"],
      f"one actual column per year of the plan so far: {years}")
for name in ["基本目標", "No.", "指標（KPI）", "単位", "達成率（%）", "基準値からの変化率（%）", "達成率の根拠・備考", "評価", "評価の区分", "内部評価", "外部評価", "今後の方向性"]:
    check(name in cols, f"header {name}")
rate_col, grade_col = cols["達成率（%）"], cols["評価"]
seen = {}
for row in range(6, ws.max_row + 1):
    name = ws.cell(row, cols["指標（KPI）"]).value
    if name in by_name:
        seen[name] = row
check(set(seen) == set(by_name), f"every KPI of the CSV has a row ({sorted(set(by_name) - set(seen))} missing)")
for name, row in seen.items():
    e = by_name[name]
    rate = ws.cell(row, rate_col)
    if e["達成率"]:
        check(rate.data_type == "n" and f"{rate.value:.1f}" == e["達成率"] and rate.number_format == "0.0",
              f"{name}: rate {rate.value!r} ({rate.data_type}, {rate.number_format}) is the CSV's {e['達成率']}")
    else:
        check(rate.value == "—" and rate.data_type == "s", f"{name}: no rate, as in the CSV ({rate.value!r})")
    change = ws.cell(row, cols["基準値からの変化率（%）"])
    if e["基準値からの変化率"]:
        check(change.data_type == "n" and f"{change.value:.1f}" == e["基準値からの変化率"],
              f"{name}: change {change.value!r} is the CSV's {e['基準値からの変化率']}")
    else:
        check(change.value == "—", f"{name}: no change from the baseline, as in the CSV ({change.value!r})")
    basis = ws.cell(row, cols["達成率の根拠・備考"]).value or ""
    check(basis.split("\n")[0] == e["達成率_備考"], f"{name}: rate note {basis!r} is the CSV's {e['達成率_備考']!r}")
    check((ws.cell(row, grade_col).value or "") == e["評価"], f"{name}: grade is the CSV's {e['評価']!r}")
    check(str(ws.cell(row, cols["評価の区分"]).value or "").startswith(e["評価_区分"]), f"{name}: 評価の区分 {e['評価_区分']}")
    for key in ["内部評価", "外部評価", "今後の方向性"]:
        check((ws.cell(row, cols[key]).value or "") == e[key], f"{name}: {key} is the CSV's {e[key]!r}")
    # Actuals: numbers where the KPI CSV has a plain number, with as many decimals as written.
    for i, year in enumerate(range(2024, 2027)):
        cell = ws.cell(row, cols["令和6年度"] + i)
        value = kpi_value(e["対象ID"], "実績値", year)
        if value is None:
            check(cell.value == "—", f"{name}: no actual in {year} is — ({cell.value!r})")
        else:
            decimals = len(value.split(".")[1]) if "." in value else 0
            fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
            check(cell.data_type == "n" and cell.value == float(value) and cell.number_format == fmt,
                  f"{name}: actual {year} {cell.value!r} ({cell.data_type}, {cell.number_format}) is {value} as {fmt}")
    baseline = ws.cell(row, cols["基準値"])
    if isinstance(baseline.value, (int, float)):
        check(baseline.value == float(kpi_value(e["対象ID"], "基準値")), f"{name}: baseline {baseline.value} is the KPI CSV's")
row_of = lambda name: seen[name]  # noqa: E731
check(ws.cell(row_of("新商品の数"), cols["基準値"]).value == "調査中", "a baseline that is no number stays text (調査中)")
target = ws.cell(row_of("創業件数"), cols["目標値"])
check(target.data_type == "s" and target.value == "50件（2024～2028年度累計）", f"a cumulative target stays as written: {target.value!r}")
check(ws.cell(row_of("観光客数"), cols["目標値"]).data_type == "n", "a plain target is a number")
check(ws.cell(row_of("就業率"), cols["令和8年度"]).number_format == "#,##0.0", "64.0 keeps its decimal")
check(ws.cell(row_of("就業率"), cols["評価の区分"]).value == "市の評価（数値からは B）", "a written grade beside a computed one")
check(ws.cell(row_of("観光客数"), cols["評価の区分"]).value == "数値から算定", "a computed grade says so")

# One merged row per goal, across the whole table, holding the goal's heading.
last = ws.max_column
merged = {str(m): ws.cell(m.min_row, m.min_col).value for m in ws.merged_cells.ranges if m.min_row > 5}
goal_rows = {v: k for k, v in merged.items()}
for heading in ["基本目標1　しごとをつくる", "基本目標2　子育てを支える"]:
    rng = goal_rows.get(heading)
    check(rng is not None and rng.startswith("A") and rng.endswith(openpyxl.utils.get_column_letter(last) + rng.split(":")[0][1:]),
          f"goal row {heading} merged across A..{openpyxl.utils.get_column_letter(last)} ({rng})")
check(ws.freeze_panes == "D6", f"frozen below the header and right of the KPI name ({ws.freeze_panes})")
ps = ws.page_setup
check(ps.orientation == "landscape", f"landscape ({ps.orientation})")
check(str(ps.paperSize) == "9", f"paper size 9, A4 ({ps.paperSize})")
# fitToWidth left out means 1 (ECMA-376 CT_PageSetup default), as libxlsxwriter writes it.
check(ws.sheet_properties.pageSetUpPr.fitToPage and str(ps.fitToWidth or 1) == "1" and str(ps.fitToHeight) == "0",
      f"fit to one page wide ({ps.fitToWidth} × {ps.fitToHeight})")
check(ws.print_title_rows in ("$4:$5", "4:5"), f"header rows 4-5 printed on every page ({ws.print_title_rows})")
check(ws.print_area is not None and f"$A$1:${openpyxl.utils.get_column_letter(last)}${ws.max_row}" in str(ws.print_area),
      f"print area A1..{openpyxl.utils.get_column_letter(last)}{ws.max_row} ({ws.print_area})")
check("&P" in (ws.oddFooter.center.text or ""), f"footer with page numbers ({ws.oddFooter.center.text})")
check(ws.cell(row_of("観光客数"), cols["指標（KPI）"]).font.name == "游ゴシック", "the Japanese font")
check(ws.cell(row_of("観光客数"), cols["内部評価"]).alignment.wrap_text, "comments wrap")
check(ws.column_dimensions[openpyxl.utils.get_column_letter(cols["内部評価"])].width > 20, "column widths are set")
props = wb.properties
check(props.created is not None and props.created.year < 2025, f"created from the content, not the build day ({props.created})")

measures = wb["施策"]
rows = {measures.cell(r, 3).value: r for r in range(5, measures.max_row + 1)}
check("創業支援" in rows and "保育所の整備" in rows, f"measures 創業支援 and 保育所の整備 ({list(rows)})")
if "創業支援" in rows:
    r = rows["創業支援"]
    check([measures.cell(r, c).value for c in (4, 6, 8, 9)] == ["B", "相談件数が増えた。", "拡充", "12,000千円"],
          "創業支援: grade, comment, next step, budget as written")
    check(measures.cell(r, 9).data_type == "s", "事業費 stays text as written")
check(measures.page_setup.orientation == "landscape" and measures.print_title_rows in ("$4:$4", "4:4"),
      "the measures sheet prints the same way")

# A real city's sheet (tests/data/evaluation-etajima, 江田島市 平成27年度): 20,563 千円 is a number,
# the marks ○/△/× are computed from the change from the baseline, A/B are the city's own.
eta = os.path.join(work, "etajima")
r = subprocess.run([planpub, "build", "--content", os.path.join(src, "tests/data/evaluation-etajima"), "--out", eta],
                   env=env, capture_output=True, text=True, timeout=120)
check(r.returncode == 0, f"build of evaluation-etajima: {r.stderr[-300:]}")
eta_xlsx = glob.glob(os.path.join(eta, "opendata/*/etajima/*_etajima_evaluation_2015.xlsx"))
if check(len(eta_xlsx) == 1, f"the 平成27年度 sheet of 江田島市 ({eta_xlsx})"):
    e_ws = openpyxl.load_workbook(eta_xlsx[0])["指標（KPI）"]
    e_cols = {}
    for col in range(1, e_ws.max_column + 1):
        for row in (4, 5):
            if e_ws.cell(row, col).value:
                e_cols.setdefault(str(e_ws.cell(row, col).value).replace("\n", ""), col)
    e_rows = {e_ws.cell(r, 3).value: r for r in range(6, e_ws.max_row + 1)}
    damage = e_rows.get("有害鳥獣による農作物年間被害額")
    if check(damage is not None and "平成27年度" in e_cols, "the damage KPI and its 平成27年度 column"):
        cell = e_ws.cell(damage, e_cols["平成27年度"])
        check(cell.data_type == "n" and cell.value == 20563 and cell.number_format == "#,##0",
              f"20,563 is the number 20563 shown as #,##0 ({cell.value!r}, {cell.number_format})")
        # Two scales, a column each: 改善・悪化 computed, 達成度 the city's.
        check(e_ws.cell(damage, e_cols["改善・悪化"]).value == "○" and e_ws.cell(damage, e_cols["達成度"]).value == "A"
              and "達成度：市の評価" in e_ws.cell(damage, e_cols["評価の区分"]).value
              and "改善・悪化：数値から算定" in e_ws.cell(damage, e_cols["評価の区分"]).value,
              "the computed mark ○ beside the city's own grade A")
    eta_csv = [row for row in read_csv(glob.glob(os.path.join(eta, "opendata/*/etajima/*_etajima_evaluation.csv"))[0])]
    for row in eta_csv:
        r_ = e_rows.get(row["対象名"])
        if check(r_ is not None, f"江田島市 {row['対象名']} has a row"):
            axis = row["評価軸"]  # the CSV has one row per scale; the sheet a column per scale
            check((e_ws.cell(r_, e_cols[axis]).value or "") == row["評価"],
                  f"江田島市 {row['対象名']}: {axis} {row['評価']}")
            check(not row["評価_区分"] or f"{axis}：{row['評価_区分']}" in str(e_ws.cell(r_, e_cols["評価の区分"]).value),
                  f"江田島市 {row['対象名']}: {axis} {row['評価_区分']}")

# --- LibreOffice ----------------------------------------------------------------------------------
soffice = shutil.which("soffice")
if not soffice:
    if os.environ.get("CI"):
        check(False, "LibreOffice (soffice) is installed in CI")
    else:
        print(f"{checks} checks, {failures} failed")
        print("SKIP: soffice missing (scripts/setup.sh --test installs libreoffice-calc-nogui); LibreOffice checks not run")
        sys.exit(1 if failures else 77)
else:
    profile = "file://" + os.path.join(work, "lo-profile")
    out = os.path.join(work, "lo")

    def convert(to):
        r = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to,
                            "--outdir", out, xlsx], capture_output=True, text=True, timeout=180)
        check(r.returncode == 0, f"soffice --convert-to {to.split(':')[0]}: {r.stderr.strip()[-300:]}")

    # UTF-8 (76), every sheet to its own file (the last token, -1), cells as shown.
    convert('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1')
    convert("pdf")
    sheets = glob.glob(os.path.join(out, "*KPI*.csv"))
    if check(len(sheets) == 1, f"LibreOffice wrote the KPI sheet as CSV ({os.listdir(out)})"):
        lines = list(csv.reader(open(sheets[0], encoding="utf-8")))
        for name, e in by_name.items():
            line = next((l for l in lines if name in l), None)
            if check(line is not None, f"LibreOffice CSV has {name}"):
                shown = line[rate_col - 1]
                check(shown == (e["達成率"] or "—"), f"LibreOffice shows {name}'s rate as {shown!r}, the CSV {e['達成率']!r}")
                check(line[grade_col - 1] == e["評価"], f"LibreOffice shows {name}'s grade {line[grade_col - 1]!r}")
        k1 = next(l for l in lines if "観光客数" in l)
        check(k1[cols["令和8年度"] - 1] == "2,100", f"LibreOffice shows 2100 as 2,100 ({k1[cols['令和8年度'] - 1]!r})")
    pdf = os.path.join(out, "222097_beta_evaluation_2026.pdf")
    if check(os.path.isfile(pdf), "LibreOffice wrote the PDF"):
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", pdf], capture_output=True, text=True).stdout
        sizes = re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)
        check(len(sizes) >= 2, f"one page for each sheet at least ({len(sizes)})")
        for w, h in sizes:
            check(round(float(w)) == 842 and round(float(h)) == 595, f"A4 landscape page (842 × 595 pts): {w} × {h}")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        for name in by_name:
            check(name in text, f"the PDF shows {name}")
        check("令和8年度（2026年度）効果検証" in text, "the PDF shows the title")
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
        check("CJK" in fonts or "Gothic" in fonts, f"Japanese glyphs from a CJK font: {fonts.splitlines()[2:4]}")
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", pdf, os.path.join(work, "sheet-page")],
                       check=False, timeout=60)
        print(f"pages rendered for a look: {sorted(glob.glob(os.path.join(work, 'sheet-page*.png')))}")

print(f"{checks} checks, {failures} failed")
sys.exit(1 if failures else 0)
