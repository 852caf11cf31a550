# A plan folder with pages but no index.md (the plan's title, status and period).
# expect-stderr: content/plans/beta: error[plan.missing-index]: plan folder has no index.md
mkdir content/plans/beta
printf -- '---\ntitle: 目的\n---\n本文。\n' >content/plans/beta/01-purpose.md
