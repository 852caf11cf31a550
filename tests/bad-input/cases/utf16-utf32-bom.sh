# UTF-16 and UTF-32 files with a byte-order mark (a CSV, a page, a YAML file): one error at 1:1
# naming the encoding the mark makes certain, not garbled lines past the end of the file.
# expect-stderr: content/plans/alpha/kpi.csv:1:1: error[encoding.utf16-or-utf32]: the file is UTF-16 LE (byte-order mark)
# expect-stderr: content/plans/alpha/01-purpose.md:1:1: error[encoding.utf16-or-utf32]: the file is UTF-16 BE (byte-order mark)
# expect-stderr: content/glossary.yaml:1:1: error[encoding.utf16-or-utf32]: the file is UTF-32 LE (byte-order mark)
# expect-stderr: CSV UTF-8
# reject-stderr: :8:
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE content/plans/alpha/kpi.csv; } >x && mv x content/plans/alpha/kpi.csv
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE content/plans/alpha/01-purpose.md; } >x && mv x content/plans/alpha/01-purpose.md
{ printf '\377\376\0\0'; iconv -f UTF-8 -t UTF-32LE content/glossary.yaml; } >x && mv x content/glossary.yaml
