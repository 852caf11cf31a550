# goals, a goal, pillars and a pillar written in shapes planpub cannot read: one error at each.
# expect-stderr: content/plans/beta/index.md:5:8: error[plan.bad-structure]: 'goals' must be a list
# expect-stderr: content/plans/gamma/index.md:6:5: error[plan.bad-structure]: a goal must have number and title
# expect-stderr: content/plans/gamma/index.md:12:14: error[plan.bad-structure]: 'pillars' must be a list
# expect-stderr: content/plans/gamma/index.md:16:9: error[plan.bad-structure]: pillar must be a title or a map with 'title'
mkdir content/plans/beta content/plans/gamma
cat >content/plans/beta/index.md <<'MD'
---
title: ベータ計画
status: adopted
period: {from: R6, to: R10}
goals: しごとをつくる
---
概要。
MD
cat >content/plans/gamma/index.md <<'MD'
---
title: ガンマ計画
status: adopted
period: {from: R6, to: R10}
goals:
  - しごとをつくる
  - number: 2
    title: ひとをよぶ
    pillars:
  - number: 3
    title: まちをつくる
    pillars: 移住の促進
  - number: 4
    title: くらしをまもる
    pillars:
      - [防災, 防犯]
---
概要。
MD
