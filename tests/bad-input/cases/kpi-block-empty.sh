# An empty kpi block (or one holding only blank lines) would show nothing without a word: an error
# at its opening fence.
# expect-stderr: content/plans/alpha/01-purpose.md:13:1: error[kpi.block-empty]
# expect-stderr: content/plans/alpha/01-purpose.md:16:1: error[kpi.block-empty]
printf '\n```kpi\n```\n\n```kpi\n\n   \n```\n' >>content/plans/alpha/01-purpose.md
