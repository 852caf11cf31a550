# 7 MB of Japanese prose in one page is legal: it builds, in bounded time and memory.
# expect-exit: 0
# timeout: 60
# max-rss-mb: 400
{ printf -- '---\ntitle: 長文\n---\n'; yes '地域の産業を振興し、関係人口を増やすための取組を進めます。' | head -n 80000; } >content/plans/alpha/02-long.md
