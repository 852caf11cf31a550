# A scale given twice over: grades: directly under evaluation: and scales: beside it.
# expect-stderr: content/plans/alpha/index.md:16:5: error[evaluation.grades-and-scales]: the evaluation has both grades: and scales:
python3 - <<'PY'
p = 'content/plans/alpha/index.md'
s = open(p, encoding='utf-8').read()
s = s.replace('published: 2024-03-29\n', '''evaluation:
  grades:
    - {grade: A, label: 順調}
  scales:
    - name: 達成度
      grades: [{grade: A, label: 順調}]
published: 2024-03-29
''')
open(p, 'w', encoding='utf-8').write(s)
PY
