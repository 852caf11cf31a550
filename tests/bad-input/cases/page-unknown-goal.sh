# A page that says it is goal 3 of a plan with goals 1 and 2: the error is at the number in the
# page's front matter and lists the goals the plan has.
# expect-stderr: content/plans/alpha/01-purpose.md:3:7: error[page.unknown-goal]: page says goal 3 but the plan has no such goal (the plan's goals are 1, 2)
# expect-stderr: planpub: 1 error(s)
sed -i '3s/^goal: 1$/goal: 3/' content/plans/alpha/01-purpose.md
sed -i 's/^      - 地域産業の振興$/&\n  - number: 2\n    title: ひとをよぶ/' content/plans/alpha/index.md
