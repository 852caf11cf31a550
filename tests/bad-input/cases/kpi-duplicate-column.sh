# kpi.csv with the indicator's column twice (name and its Japanese header 指標名): which one to use?
# The error is at the second of the two.
# expect-stderr: content/plans/alpha/kpi.csv:1:14: error[kpi.duplicate-column]: column "指標名" appears twice
cat >content/plans/alpha/kpi.csv <<'CSV'
id,goal,name,指標名,unit
k-1,1,新規就業者数,新規就業者数,人
k-2,1,創業件数,創業件数,件
CSV
