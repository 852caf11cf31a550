# Misplaced quotes in several rows of kpi.csv and kpi-values.csv: each is reported, its row is
# skipped, and reading goes on, so errors in later rows are reported too. The good rows are kept,
# and the KPIs of bad rows are not reported again as missing by values or kpi blocks.
# expect-stderr: content/plans/alpha/kpi.csv:4:8: error[csv.syntax]: CSV syntax error: a quote inside a field that does not start with one
# expect-stderr: content/plans/alpha/kpi.csv:5:11: error[csv.syntax]: CSV syntax error: text after the closing quote of a field
# expect-stderr: content/plans/alpha/kpi.csv:6:7: error[csv.syntax]: CSV syntax error: the quoted field that starts here runs on to line 7
# expect-stderr: content/plans/alpha/kpi.csv:8:19: error[year.unknown-form]: "令和百年度"
# expect-stderr: content/plans/alpha/kpi-values.csv:6:11: error[csv.syntax]
# expect-stderr: content/plans/alpha/kpi-values.csv:7:5: error[year.unknown-form]: "R6x"
# expect-stderr: planpub: 6 error(s)
# reject-stderr: which kpi.csv does not define
# reject-stderr: no KPI in kpi.csv matches
printf 'k-3,1,名"前,人,1,R4,2,R9\nk-4,2,"名前"x,人,1,R4,2,R9\nk-5,1,"名前,人,1,R4,2,R9\nk-6,1,"名前",人,1,R4,2,R9\nk-7,1,名前,人,1,R4,2,令和百年度\n' >>content/plans/alpha/kpi.csv
printf 'k-3,R5,1,\nk-5,R5,1,\nk-1,R6,"1"2,\nk-2,R6x,1,\n' >>content/plans/alpha/kpi-values.csv
printf '\n```kpi\nid: k-4\n```\n' >>content/plans/alpha/01-purpose.md
