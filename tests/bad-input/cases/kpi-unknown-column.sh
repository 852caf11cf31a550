# A kpi.csv column planpub does not read (a misspelt header or the city's own column) is a warning;
# the build goes on and its text is not published.
# expect-exit: 0
# expect-stderr: content/plans/alpha/kpi.csv:1:61: warning[kpi.unknown-column]: column "担当課" is not used
# reject-output: 商工観光課
sed -i '1s/$/,担当課/; 2s/$/,商工観光課/; 3s/$/,商工観光課/' content/plans/alpha/kpi.csv
