# An actual (実績値) whose header names no year and no year column: reported, left out of kpi-values.csv.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:KPI!D2: warning[import.value-without-year]: value "5" has no year
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" no-year sheet.xlsx
