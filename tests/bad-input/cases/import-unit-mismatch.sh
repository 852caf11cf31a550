# A figure the KPI figure rules reject (28.1件 for a % KPI): reported at the cell with the rule's hint, left out.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:KPI!C2: warning[kpi.unit-mismatch]
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" unit-mismatch sheet.xlsx
