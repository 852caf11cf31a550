# A kpi.csv that is neither UTF-8 nor Shift_JIS: named with the byte.
# expect-stderr: content/plans/alpha/kpi.csv:4:7: error[encoding.invalid]: neither UTF-8 nor Shift_JIS (byte
printf 'k-3,1,\377\376,人,1,R4,2,R9\n' >>content/plans/alpha/kpi.csv
