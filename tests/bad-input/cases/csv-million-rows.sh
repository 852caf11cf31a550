# kpi-values.csv with 1,000,000 rows: reading stops at the row limit (100,000), in bounded memory.
# expect-stderr: content/plans/alpha/kpi-values.csv:100001:15: error[limit.csv-rows]
# timeout: 30
# max-rss-mb: 150
{ echo kpi,year,value,note; yes 'k-1,令和5年度,128,' | head -n 1000000; } >content/plans/alpha/kpi-values.csv
