# kpi block lines planpub cannot use: one that is neither 'goal: N' nor 'id: KPI_ID', and ones that
# name a KPI or a goal kpi.csv does not have: an error at each line.
# expect-stderr: content/plans/alpha/01-purpose.md:14:1: error[kpi.block-syntax]: a kpi block line must be 'goal: N' or 'id: KPI_ID', not "kpi: k-1"
# expect-stderr: content/plans/alpha/01-purpose.md:15:1: error[kpi.block-unknown]: no KPI in kpi.csv matches "id: k-9"
# expect-stderr: content/plans/alpha/01-purpose.md:16:1: error[kpi.block-unknown]: no KPI in kpi.csv matches "goal: 2"
printf '\n```kpi\nkpi: k-1\nid: k-9\ngoal: 2\n```\n' >>content/plans/alpha/01-purpose.md
