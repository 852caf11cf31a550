# Bytes that are neither UTF-8 nor Shift_JIS in two rows of kpi.csv and one of kpi-values.csv:
# each row is reported with its byte and skipped, the rows around it are still read and checked,
# and the KPIs of the skipped rows are not reported again as missing.
# expect-stderr: content/plans/alpha/kpi.csv:4:8: error[encoding.invalid]: neither UTF-8 nor Shift_JIS (byte 183)
# expect-stderr: content/plans/alpha/kpi.csv:5:19: error[year.unknown-form]: "R9x"
# expect-stderr: content/plans/alpha/kpi.csv:6:7: error[encoding.invalid]: neither UTF-8 nor Shift_JIS (byte 236)
# expect-stderr: content/plans/alpha/kpi-values.csv:6:10: error[encoding.invalid]
# expect-stderr: content/plans/alpha/kpi-values.csv:7:5: error[year.unknown-form]: "R6x"
# expect-stderr: planpub: 5 error(s)
# reject-stderr: which kpi.csv does not define
# reject-stderr: no KPI in kpi.csv matches
printf 'k-3,1,名\377前,人,1,R4,2,R9\nk-4,1,名前,人,1,R4,2,R9x\nk-5,1,\376\375,人,1,R4,2,R9\n' >>content/plans/alpha/kpi.csv
printf 'k-3,R5,1,\nk-5,R5,1,\nk-1,R6,1,\377\nk-2,R6x,1,\n' >>content/plans/alpha/kpi-values.csv
printf '\n```kpi\nid: k-5\n```\n' >>content/plans/alpha/01-purpose.md
