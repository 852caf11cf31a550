# A quoted field that never closes.
# expect-stderr: content/plans/alpha/kpi.csv:4:7: error[csv.syntax]: CSV syntax error: a quoted field is never closed
echo 'k-3,1,"名前,人,1,R4,2,R9' >>content/plans/alpha/kpi.csv
