# Two values for one KPI and year.
# expect-stderr: content/plans/alpha/kpi-values.csv:4:5: error[kpi.duplicate-value]
echo 'k-1,R5,129,' >>content/plans/alpha/kpi-values.csv
