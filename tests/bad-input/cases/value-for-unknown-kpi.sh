# A value for a KPI that kpi.csv does not define.
# expect-stderr: content/plans/alpha/kpi-values.csv:4:1: error[kpi.unknown-kpi]
echo 'k-9,R5,1,' >>content/plans/alpha/kpi-values.csv
