# evaluation.csv without a year column.
# expect-stderr: content/plans/alpha/evaluation.csv:1:1: error[evaluation.missing-column]: evaluation.csv needs a year column and a kpi or measure column
printf '指標ID,評価\nk-1,A\n' >content/plans/alpha/evaluation.csv
