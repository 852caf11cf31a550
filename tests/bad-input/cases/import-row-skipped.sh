# A row with figures but no indicator (指標名): reported, not imported.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:KPI!B3: warning[import.row-skipped]: row 3 has no indicator
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" skipped-row sheet.xlsx
