# A workbook with a KPI table on two sheets: the first is imported, the second named (not
# silently passed over).
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:基本目標2!A1: warning[import.other-sheet]: sheet 基本目標2 has a KPI table too
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" two-sheets sheet.xlsx
