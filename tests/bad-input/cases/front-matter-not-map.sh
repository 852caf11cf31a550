# Front matter that is a list, not 'key: value' lines, in a page and in a plan's index.md.
# expect-stderr: content/plans/alpha/02-list.md:2:1: error[front-matter.not-map]: front matter must be 'key: value' lines
# expect-stderr: content/plans/beta/index.md:2:1: error[front-matter.not-map]: front matter must be 'key: value' lines
printf -- '---\n- 目的\n- 背景\n---\n本文。\n' >content/plans/alpha/02-list.md
mkdir content/plans/beta
printf -- '---\n- ベータ計画\n---\n概要。\n' >content/plans/beta/index.md
