# A page and a plan index.md that start with text instead of the '---' front matter.
# expect-stderr: content/plans/alpha/02-no-front.md:1:1: error[front-matter.missing]: page has no front matter
# expect-stderr: content/plans/beta/index.md:1:1: error[front-matter.missing]: index.md has no front matter
printf '# 見出し\n\n本文。\n' >content/plans/alpha/02-no-front.md
mkdir content/plans/beta
printf '# ベータ計画\n\n概要。\n' >content/plans/beta/index.md
