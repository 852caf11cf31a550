# 8 MB of one-character list items: every line is a node, so the page is refused before
# cmark-gfm builds millions of nodes (1.5 GB). Prose of the same size would be accepted.
# expect-stderr: content/plans/alpha/02-items.md: error[limit.page-markup]
# timeout: 20
# max-rss-mb: 80
{ printf -- '---\ntitle: x\n---\n'; yes -- '- a' | head -n 2000000; } >content/plans/alpha/02-items.md
