# planpub import kpi never overwrites: alpha already has kpi.csv and kpi-values.csv.
# args: import kpi sheet.xlsx --plan alpha --content content
# expect-stderr: content/plans/alpha/kpi.csv: error[import.file-exists]: the plan already has kpi.csv
# expect-stderr: content/plans/alpha/kpi-values.csv: error[import.file-exists]
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" merged sheet.xlsx
