# `evaluation:` written as one line of text instead of the scale.
# expect-stderr: content/plans/alpha/index.md:12:13: error[evaluation.not-map]: 'evaluation' must hold 'rate', 'grades' (or 'scales') and 'next_steps'
sed -i 's/^published: 2024-03-29$/evaluation: A・B・C\npublished: 2024-03-29/' content/plans/alpha/index.md
