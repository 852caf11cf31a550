# The indicator column (指標名) is hidden: hidden columns are left out, so no KPI can be read; said
# so, nothing written, no crash.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx:KPI!A1: warning[import.hidden]: column A (指標名) is hidden in Excel
# expect-stderr: sheet.xlsx:KPI!A1: error[import.no-kpi-table]: the sheet's indicator column is not imported
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" hidden-name-column sheet.xlsx
