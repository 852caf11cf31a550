# A hidden row: left out (as Excel shows the sheet) and reported, never silently.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:KPI!A3: warning[import.hidden]: row 3 is hidden in Excel; it is not imported
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" hidden-row sheet.xlsx
