# kpi.csv without a 'name' column; another plan's kpi-values.csv without a 'value' column.
# expect-stderr: content/plans/alpha/kpi.csv:1:1: error[kpi.missing-column]: kpi.csv has no 'name' column
# expect-stderr: content/plans/beta/kpi-values.csv:1:1: error[kpi.missing-column]: kpi-values.csv has no 'value' column
sed -i '1s/,name,/,title,/' content/plans/alpha/kpi.csv
mkdir content/plans/beta
printf -- '---\ntitle: ベータ計画\nstatus: adopted\nperiod: {from: R6, to: R10}\ngoals:\n  - number: 1\n    title: ひとをよぶ\npublished: 2024-04-01\n---\n概要。\n' >content/plans/beta/index.md
printf 'id,goal,name,unit\nb-1,1,転入者数,人\n' >content/plans/beta/kpi.csv
printf 'kpi,year,実績\nb-1,R5,500\n' >content/plans/beta/kpi-values.csv
