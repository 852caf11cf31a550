# A KPI for goal 7, which the plan does not have.
# expect-stderr: content/plans/alpha/kpi.csv:4:5: error[kpi.unknown-goal]: KPI "k-3" belongs to goal 7
echo 'k-3,7,名前,人,1,R4,2,R9' >>content/plans/alpha/kpi.csv
