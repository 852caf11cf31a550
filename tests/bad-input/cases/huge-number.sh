# A figure with more digits than a double holds exactly (and than std::stod accepts).
# expect-stderr: content/plans/alpha/kpi.csv:4:12: error[kpi.number-too-long]
echo "k-3,1,名前,人,$(printf '9%.0s' $(seq 400)),R4,2,R9" >>content/plans/alpha/kpi.csv
