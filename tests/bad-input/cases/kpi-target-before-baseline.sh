# Target years that are not after their baseline years: exchanged columns, the same year, and a
# calendar year ending (December 2023) before the baseline's fiscal year does (March 2024). A
# fiscal target after a calendar baseline of the same number (2023年 → 2023年度) is fine.
# expect-stderr: content/plans/alpha/kpi.csv:4:25: error[kpi.target-before-baseline]: target year 2022年度（令和4年度） is not after the baseline year 2027年度（令和9年度）
# expect-stderr: content/plans/alpha/kpi.csv:5:23: error[kpi.target-before-baseline]
# expect-stderr: content/plans/alpha/kpi.csv:6:26: error[kpi.target-before-baseline]: target year 2023年 is not after the baseline year 2023年度（令和5年度）
# expect-stderr: planpub: 3 error(s)
# reject-stderr: kpi.csv:7:
cat >>content/plans/alpha/kpi.csv <<'CSV'
k-3,1,観光客数,人,100,R9,200,R4
k-4,1,移住者数,人,10,R5,20,令和5年度
k-5,1,出生数,人,10,FY2023,20,2023年
k-6,1,転入数,人,10,2023年,20,FY2023
CSV
