# A 基準年度 cell that is no year: reported at the cell, left out.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-exit: 0
# expect-stderr: sheet.xlsx:KPI!D2: warning[year.unknown-form]: "そのうち" is not a year planpub can read
# may-write: content/plans/beta
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" bad-year sheet.xlsx
