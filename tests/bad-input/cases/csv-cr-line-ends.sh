# CSV files whose lines end with CR alone (Excel for Mac, "CSV (Macintosh)"), or mixed with CRLF:
# each error is placed on its own line (CR, LF and CRLF each end one), not on line 1; a line break
# inside a quoted cell counts too, and shows as ↵ when the message quotes the cell.
# expect-stderr: content/plans/alpha/kpi.csv:3:18: error[year.unknown-form]: "R99x"
# expect-stderr: content/plans/alpha/kpi-values.csv:3:11: error[kpi.not-a-number]: value "1↵2" is not a number
# expect-stderr: content/plans/alpha/kpi-values.csv:5:5: error[year.unknown-form]: "R5x"
# expect-stderr: content/plans/alpha/kpi-values.csv:8:8: error[kpi.not-a-number]: value "x"
printf 'id,goal,name,unit,baseline,baseline_year,target,target_year\rk-1,1,n,人,1,R4,2,R9\rk-2,1,n,人,1,R4,2,R99x\r' >content/plans/alpha/kpi.csv
printf 'kpi,year,value,note\rk-1,R5,1,\r"k-2",R5,"1\r2",\rk-1,R5x,3,\r\r' >content/plans/alpha/kpi-values.csv
printf 'k-2,R6,1,\r\nk-2,R7,x,\r\n' >>content/plans/alpha/kpi-values.csv
