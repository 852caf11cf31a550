# A grading scale with an unknown rate method, a threshold that is not a number and a grade listed twice.
# expect-stderr: content/plans/alpha/index.md:13:9: error[evaluation.unknown-rate]: unknown rate "median"
# expect-stderr: content/plans/alpha/index.md:17:17: error[evaluation.bad-rate]: min_rate must be a percentage
# expect-stderr: content/plans/alpha/index.md:20:14: error[evaluation.duplicate-grade]: grade "A" is listed twice
python3 - <<'PY'
p = 'content/plans/alpha/index.md'
s = open(p, encoding='utf-8').read()
s = s.replace('published: 2024-03-29\n', '''evaluation:
  rate: median
  grades:
    - grade: A
      label: 達成
      min_rate: たくさん
    - grade: B
      label: 未達成
    - grade: A
      label: 二度目
published: 2024-03-29
''')
open(p, 'w', encoding='utf-8').write(s)
PY
