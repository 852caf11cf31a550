# kpi.csv rows with cells planpub cannot read: an id with capitals, no name, a goal that is not a
# number, an unknown target kind, an unknown direction: one error at each cell.
# expect-stderr: content/plans/alpha/kpi.csv:2:1: error[kpi.invalid-id]: KPI id "K_1" may only use a-z, 0-9 and '-'
# expect-stderr: content/plans/alpha/kpi.csv:3:7: error[kpi.missing-name]: KPI "k-2" has no name
# expect-stderr: content/plans/alpha/kpi.csv:4:5: error[kpi.bad-goal]: goal "第1" is not a number
# expect-stderr: content/plans/alpha/kpi.csv:5:26: error[kpi.unknown-target-kind]: unknown target kind "total"
# expect-stderr: content/plans/alpha/kpi.csv:6:35: error[kpi.unknown-direction]: unknown direction "up"
cat >content/plans/alpha/kpi.csv <<'CSV'
id,goal,name,unit,baseline,baseline_year,target,target_year,target_kind,direction
K_1,1,新規就業者数,人,120,令和4年度,150,令和10年度,,
k-2,1,,件,10,R4,60,R9,,
k-3,第1,転入者数,人,500,R4,600,R9,,
k-4,1,創業件数,件,10,R4,60,R9,total,
k-5,1,空き家の数,戸,300,R4,200,R9,level,up
CSV
: >content/plans/alpha/kpi-values.csv
