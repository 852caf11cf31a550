# A %TAG directive whose 20,000-byte prefix every value's short tag stands for: 2,000 values would
# keep 40 MB of tags; refused by measuring the tags before building the values.
# expect-stderr: content/glossary.yaml:33:3: error[limit.yaml-tags]
# timeout: 10
# max-rss-mb: 120
{ printf '%%TAG !e! tag:'; head -c 20000 /dev/zero | tr '\0' a; printf ':\n---\n'
  for i in $(seq 2000); do echo "- !e!t {term: 用語$i, reading: ようご, definition: 説明}"; done; } >content/glossary.yaml
