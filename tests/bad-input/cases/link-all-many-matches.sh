# With `link: all`, a one-character term in 1 MB of text (120,000 occurrences): linking stops at
# 10,000 links per page (docs/limits.md), later occurrences stay plain text.
# expect-exit: 0
# output-count: alpha/many/index.html 10000 <a class="term"
# output-count: alpha/many/index.html 10000 data-term="の"
# timeout: 60
# max-rss-mb: 400
echo 'link: all' >>content/site.yaml
printf -- '- term: の\n  reading: の\n  definition: 助詞。\n' >>content/glossary.yaml
{ printf -- '---\ntitle: x\n---\n'; yes 'まちのひとのしごとの' | head -n 30000; } >content/plans/alpha/02-many.md
