# Two goals numbered 1.
# expect-stderr: content/plans/alpha/index.md:10:13: error[plan.duplicate-goal]: goal number 1 is used twice
sed -i 's/^goals:$/goals:\n  - number: 1\n    title: もう一つ/' content/plans/alpha/index.md
