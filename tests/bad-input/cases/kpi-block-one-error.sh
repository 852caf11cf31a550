# One mistaken KPI id gives one error. A kpi block names k-3, whose kpi.csv row cannot be read (it
# has too few fields), and k-9, which kpi.csv does not have: the row's own error and one
# kpi.block-unknown for k-9, and no follow-on kpi.block-unknown for k-3.
# expect-stderr: content/plans/alpha/kpi.csv:4:1: error[csv.field-count]: row has 6 fields but the header has 8
# expect-stderr: content/plans/alpha/01-purpose.md:15:1: error[kpi.block-unknown]: no KPI in kpi.csv matches "id: k-9"
# expect-stderr: planpub: 2 error(s)
# reject-stderr: matches "id: k-3"
printf 'k-3,1,名前,人,1,R4\n' >>content/plans/alpha/kpi.csv
printf '\n```kpi\nid: k-3\nid: k-9\n```\n' >>content/plans/alpha/01-purpose.md
