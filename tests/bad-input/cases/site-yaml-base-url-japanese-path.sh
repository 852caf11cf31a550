# base_url with a Japanese folder name: accepted, and written percent-encoded (UTF-8) wherever a
# URL is published, so the sitemap and the open data hold URIs.
# expect-exit: 0
# output-count: sitemap.xml 1 <loc>https://example.jp/%E8%A8%88%E7%94%BB/index.html</loc>
# reject-output: https://example.jp/計画/
sed -i 's|^base_url: .*|base_url: https://example.jp/計画/|' content/site.yaml
