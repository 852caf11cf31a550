# A 40 MB glossary.yaml: over the 32 MiB limit for data files, refused before reading.
# expect-stderr: content/glossary.yaml: error[limit.file-too-large]
# timeout: 20
# max-rss-mb: 40
yes -- '- term: x' | head -c 40000000 >content/glossary.yaml
