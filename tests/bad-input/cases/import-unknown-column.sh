# A header planpub does not map (担当課): the column is reported, not silently dropped.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:KPI!B1: warning[import.unused-column]: column "担当課" is not imported
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" unknown-column sheet.xlsx
