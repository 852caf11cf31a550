# --sheet names a sheet the workbook does not have: the error lists the sheets it has.
# args: import kpi sheet.xlsx --plan beta --content content --sheet 指標一覧
# expect-stderr: sheet.xlsx: error[import.no-sheet]: the workbook has no sheet "指標一覧"
# expect-stderr: its sheets are: KPI一覧
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" merged sheet.xlsx
