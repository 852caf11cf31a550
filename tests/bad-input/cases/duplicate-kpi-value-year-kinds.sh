# A value for 2023年 (calendar) beside one for 令和5年度 (fiscal 2023): both would be the open
# data's row <plan>-k-1-2023-actual, so it is an error with a hint to use one kind of year.
# expect-stderr: content/plans/alpha/kpi-values.csv:4:5: error[kpi.duplicate-value]
# expect-stderr: 年度 (fiscal) or 年 (calendar)
echo 'k-1,2023年,129,' >>content/plans/alpha/kpi-values.csv
