# A KPI of goal 9 in a plan with goal 1 only: the build's own KPI rules, reported at the cell, and
# nothing written (the kpi.csv would not build).
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx:KPI!A2: error[kpi.unknown-goal]: KPI "g9-1" belongs to goal 9
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" unknown-goal sheet.xlsx
