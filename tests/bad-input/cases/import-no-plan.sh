# planpub import kpi into a plan that does not exist: the KPIs need the plan's index.md.
# args: import kpi sheet.xlsx --plan gamma --content content
# expect-stderr: content/plans/gamma: error[import.no-plan]: there is no plan "gamma"
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" merged sheet.xlsx
