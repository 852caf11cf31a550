# A term that differs from another only by invisible characters (zero-width space, word joiner,
# soft hyphen): it looks identical, so it is the same term; and a term with a zero-width space in
# the text still links.
# expect-stderr: content/glossary.yaml:8:3: error[glossary.duplicate-term]
printf -- '- term: "関係\\u200B人口"\n  reading: かんけいじんこう\n  definition: 見た目が同じ。\n' >>content/glossary.yaml
