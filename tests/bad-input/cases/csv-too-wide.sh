# A row of 10,000 fields (a file with the wrong delimiter, or garbage): the column limit.
# expect-stderr: content/plans/alpha/kpi.csv:4:132: error[limit.csv-columns]
{ printf 'k-3'; printf ',x%.0s' $(seq 10000); echo; } >>content/plans/alpha/kpi.csv
