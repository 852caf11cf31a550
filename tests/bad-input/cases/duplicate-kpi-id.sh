# A KPI id used twice.
# expect-stderr: content/plans/alpha/kpi.csv:4:1: error[kpi.duplicate-id]: KPI id "k-1" is already used on line 2
echo 'k-1,1,別の指標,人,1,R4,2,R9' >>content/plans/alpha/kpi.csv
