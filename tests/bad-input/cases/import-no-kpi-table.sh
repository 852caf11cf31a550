# A workbook without a KPI table (no 指標 / 指標名 / KPI header): nothing to import.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.no-kpi-table]: no visible sheet has a KPI table
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" no-kpi-table sheet.xlsx
