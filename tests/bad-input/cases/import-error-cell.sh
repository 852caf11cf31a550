# An error value (#DIV/0!) where the baseline belongs: reported at its cell, left out; the rest is written.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:KPI!C2: warning[import.cell-error]: the cell shows the error value #DIV/0!
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" error-cell sheet.xlsx
