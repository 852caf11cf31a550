# Page front matter fields of the wrong kind: a title that is a list, goal and order that are not
# whole numbers, glossary that is not true/false: one error at each value.
# expect-stderr: content/plans/alpha/02-types.md:2:8: error[field.not-text]: 'title' must be a single value
# expect-stderr: content/plans/alpha/02-types.md:3:7: error[field.not-number]: 'goal' must be a whole number
# expect-stderr: content/plans/alpha/02-types.md:4:8: error[field.not-number]: 'order' must be a whole number
# expect-stderr: content/plans/alpha/02-types.md:5:11: error[field.not-boolean]: 'glossary' must be true or false
cat >content/plans/alpha/02-types.md <<'MD'
---
title: [目的, 背景]
goal: 第1
order: 2.5
glossary: いいえ
---
本文。
MD
