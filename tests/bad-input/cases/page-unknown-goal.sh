# A page that says it is goal 3 of a plan with one goal.
# expect-stderr: content/plans/alpha/01-purpose.md:1:1: error[page.unknown-goal]
sed -i 's/^goal: 1$/goal: 3/' content/plans/alpha/01-purpose.md
