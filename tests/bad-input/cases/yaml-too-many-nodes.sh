# A glossary.yaml of 300,000 tiny entries: refused by counting YAML values before building them.
# expect-stderr: content/glossary.yaml:250000:3: error[limit.yaml-nodes]
# timeout: 30
# max-rss-mb: 120
yes -- '- a' | head -n 300000 >content/glossary.yaml
