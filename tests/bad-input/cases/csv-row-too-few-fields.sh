# A value row with a field missing.
# expect-stderr: content/plans/alpha/kpi-values.csv:4:1: error[csv.field-count]: row has 3 fields but the header has 4
echo 'k-1,令和6年度,130' >>content/plans/alpha/kpi-values.csv
