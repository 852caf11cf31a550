# 1,001 KPIs in one plan: every KPI is on the plan's KPI page with a table and a chart (99,990 made
# a 330 MB page and took 2.3 GB), so a plan may have 1,000 (docs/limits.md). Nothing else about
# the KPIs is reported: the values file does not cascade into "KPI not defined".
# expect-stderr: content/plans/alpha/kpi.csv:1002:1: error[limit.too-many-kpis]: kpi.csv has 1003 KPIs; a plan may have at most 1000
# reject-stderr: kpi.unknown
# timeout: 60
for i in $(seq 1 1001); do echo "x-$i,1,指標$i,人,1,R4,2,R9"; done >>content/plans/alpha/kpi.csv
