# link: all with a one-character term in 1 MB of text: linking stops at 10,000 links per page.
# expect-exit: 0
# timeout: 60
# max-rss-mb: 400
echo 'link: all' >>content/site.yaml
printf -- '- term: の\n  reading: の\n  definition: 助詞。\n' >>content/glossary.yaml
{ printf -- '---\ntitle: x\n---\n'; yes 'まちのひとのしごとの' | head -n 30000; } >content/plans/alpha/02-many.md
