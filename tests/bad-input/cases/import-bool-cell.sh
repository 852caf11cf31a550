# A TRUE/FALSE cell where a figure belongs: reported at its cell, left out.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:KPI!C2: warning[import.cell-unreadable]: the cell holds TRUE
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" bool-cell sheet.xlsx
