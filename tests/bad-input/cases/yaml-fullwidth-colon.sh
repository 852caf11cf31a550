# A full-width colon '：' typed after a key, in a page's front matter, in site.yaml and in
# glossary.yaml. YAML would read each line as text (or give a vague syntax error), so each is an
# error at the colon itself, with a hint to write ':' and a space.
# expect-stderr: content/plans/alpha/01-purpose.md:2:6: error[yaml.fullwidth-colon]: a full-width colon '：' after 'title'
# expect-stderr: content/site.yaml:7:8: error[yaml.fullwidth-colon]: a full-width colon '：' after 'license'
# expect-stderr: content/glossary.yaml:2:10: error[yaml.fullwidth-colon]: a full-width colon '：' after 'reading'
# expect-stderr: write a half-width colon ':' followed by a space: title: …
sed -i 's/^title: 目的$/title：目的/' content/plans/alpha/01-purpose.md
sed -i 's/^license: /license：/' content/site.yaml
sed -i 's/^  reading: かんけいじんこう$/  reading：かんけいじんこう/' content/glossary.yaml
