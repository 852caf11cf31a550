# A KPI row with one field more than the header.
# expect-stderr: content/plans/alpha/kpi.csv:4:1: error[csv.field-count]: row has 9 fields but the header has 8
echo 'k-3,1,名前,人,1,R4,2,R9,余分' >>content/plans/alpha/kpi.csv
