# A glossary of 10,000 terms is legal: it builds in bounded time and memory.
# expect-exit: 0
# timeout: 120
# max-rss-mb: 400
for i in $(seq 10000); do printf -- '- term: 地域用語%d\n  reading: ちいきようご\n  definition: 用語%dの説明。\n' "$i" "$i"; done >content/glossary.yaml
