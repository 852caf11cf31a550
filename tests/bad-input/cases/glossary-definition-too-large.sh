# A glossary definition of 9 MB (a whole document pasted into the entry): over the 8 MiB limit for
# a Markdown text, an error at the definition instead of minutes of parsing.
# expect-stderr: content/glossary.yaml:10:15: error[limit.page-too-large]: page body is 9437184 bytes; the limit is 8388608
# timeout: 120
{ printf -- '- term: 長い用語\n  reading: ながいようご\n  definition: '; head -c 9437184 /dev/zero | tr '\0' 'a'; echo; } >>content/glossary.yaml
