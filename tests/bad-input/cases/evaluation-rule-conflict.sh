# A grade that is both a catch-all and a threshold, and a change threshold that is not a number.
# expect-stderr: content/plans/alpha/index.md:17:19: error[evaluation.bad-rate]: min_change must be a percentage
# expect-stderr: content/plans/alpha/index.md:21:18: error[evaluation.rule-conflict]: grade "B" mixes a catch-all with other rules
python3 - <<'PY'
p = 'content/plans/alpha/index.md'
s = open(p, encoding='utf-8').read()
s = s.replace('published: 2024-03-29\n', '''evaluation:
  rate: path
  grades:
    - grade: A
      label: 改善
      min_change: 少し
    - grade: B
      label: それ以外
      min_rate: 60
      otherwise: true
published: 2024-03-29
''')
open(p, 'w', encoding='utf-8').write(s)
PY
