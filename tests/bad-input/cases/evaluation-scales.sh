# Several scales: one for a subject planpub does not know, two with the same name, and an
# evaluation.csv that grades a KPI on a scale that is only for measures.
# expect-stderr: content/plans/alpha/index.md:20:12: error[evaluation.unknown-subject]: a scale cannot be for "予算"
# expect-stderr: content/plans/alpha/index.md:22:13: error[evaluation.duplicate-scale]: the scale "達成度" is named twice
# expect-stderr: content/plans/alpha/evaluation.csv:2:13: error[evaluation.scale-not-for-subject]: the scale "有効性" does not grade KPIs
# expect-stderr: planpub: 3 error(s)
python3 - <<'PY'
p = 'content/plans/alpha/index.md'
s = open(p, encoding='utf-8').read()
s = s.replace('published: 2024-03-29\n', '''evaluation:
  scales:
    - name: 達成度
      grades: [{grade: A, label: 順調}]
    - name: 有効性
      for: measure
      grades: [{grade: 高, label: 高い}]
    - name: 費用
      for: 予算
      grades: [{grade: 低, label: 低い}]
    - name: 達成度
      grades: [{grade: B, label: 要改善}]
published: 2024-03-29
''')
open(p, 'w', encoding='utf-8').write(s)
PY
printf '年度,指標ID,達成度,有効性\n令和6年度,k-1,A,高\n' >content/plans/alpha/evaluation.csv
