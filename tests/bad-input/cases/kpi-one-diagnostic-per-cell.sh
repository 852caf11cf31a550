# A kpi-values.csv value and a kpi.csv target with the wrong unit: one diagnostic per cell, not
# a unit mismatch and a "not a number" at the same line:col.
# expect-stderr: content/plans/alpha/kpi-values.csv:2:11: error[kpi.unit-mismatch]: value "12km" says km but the unit is 人
# reject-stderr: error[kpi.not-a-number]
# expect-stderr: content/plans/alpha/kpi.csv:3:20: error[kpi.unit-mismatch]
# expect-stderr: planpub: 2 error(s)
sed -i '2s/.*/k-1,令和5年度,12km,/' content/plans/alpha/kpi-values.csv
sed -i '3s/.*/k-2,1,創業件数,件,10,R4,60km,R9/' content/plans/alpha/kpi.csv
