# Years that are not years: in kpi.csv and in the plan's period.
# expect-stderr: content/plans/alpha/kpi.csv:4:14: error[year.unknown-form]: "令和百年度" is not a year
# expect-stderr: content/plans/alpha/index.md:5:9: error[year.unknown-form]: "来年度" is not a year
echo 'k-3,1,名前,人,1,令和百年度,2,R9' >>content/plans/alpha/kpi.csv
sed -i 's/from: 令和6年度/from: 来年度/' content/plans/alpha/index.md
