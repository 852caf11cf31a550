# An evaluation.csv with one mistake per row: each is an error at its cell, all in one run.
# expect-stderr: content/plans/alpha/evaluation.csv:3:7: error[evaluation.unknown-kpi]: KPI "k-9" is not in kpi.csv
# expect-stderr: content/plans/alpha/evaluation.csv:4:12: error[evaluation.unknown-grade]: grade "S" is not on the plan's scale
# expect-stderr: content/plans/alpha/evaluation.csv:5:1: error[evaluation.year-outside-period]: 2021年度（令和3年度） is outside the plan's period
# expect-stderr: content/plans/alpha/evaluation.csv:6:1: error[evaluation.duplicate-row]: KPI k-1 is evaluated for 2024年度（令和6年度） twice (also on line 2)
# expect-stderr: content/plans/alpha/evaluation.csv:7:8: error[evaluation.unknown-measure]: measure "g1-p9-m1" is not in the plan's goals
# expect-stderr: content/plans/alpha/evaluation.csv:8:11: error[evaluation.one-subject]: the row names both a KPI and a measure
# expect-stderr: content/plans/alpha/evaluation.csv:9:16: error[evaluation.unknown-next-step]: next step "続ける" is not one the plan lists
# expect-stderr: content/plans/alpha/evaluation.csv:10:1: error[evaluation.no-year]: the row has no year
# expect-stderr: content/plans/alpha/evaluation.csv:11:1: error[evaluation.not-a-year]: an evaluation is of one fiscal year
# expect-stderr: planpub: 9 error(s)
python3 - <<'PY'
p = 'content/plans/alpha/index.md'
s = open(p, encoding='utf-8').read()
s = s.replace('published: 2024-03-29\n', '''evaluation:
  grades:
    - grade: A
      label: 達成
      min_rate: 100
    - grade: B
      label: 未達成
  next_steps: [継続, 廃止]
published: 2024-03-29
''')
open(p, 'w', encoding='utf-8').write(s)
PY
cat >content/plans/alpha/evaluation.csv <<'CSV'
年度,指標ID,施策ID,評価,内部評価,外部評価,今後の方向性
令和6年度,k-1,,A,,,継続
令和6年度,k-9,,A,,,継続
令和6年度,k-2,,S,,,継続
令和3年度,k-2,,A,,,継続
令和6年度,k-1,,B,,,継続
令和6年度,,g1-p9-m1,A,,,継続
令和6年度,k-2,g1-p1-m1,A,,,継続
令和7年度,k-2,,A,,,続ける
,k-2,,A,,,継続
2025～2026年度,k-2,,A,,,継続
CSV
