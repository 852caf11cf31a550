# A page whose front matter is not YAML, and one that is not UTF-8: each gets its own error, and
# the links to them from index.md are not reported again as pointing to nothing (the files are there).
# expect-stderr: content/plans/alpha/01-purpose.md:3:5: error[yaml.syntax]
# expect-stderr: content/plans/alpha/02-extra.md:5:3: error[encoding.invalid-utf8]
# expect-stderr: content/plans/alpha/index.md:18:1: error[link.broken]: link "03-missing.md"
# expect-stderr: planpub: 3 error(s)
# reject-stderr: link "01-purpose.md"
# reject-stderr: link "02-extra.md#x"
sed -i '2s/.*/title: [目的/' content/plans/alpha/01-purpose.md
printf -- '---\ntitle: 追加\n---\n\nab\377\n' >content/plans/alpha/02-extra.md
printf '\n[追加](02-extra.md#x)\n\n[無い](03-missing.md)\n' >>content/plans/alpha/index.md
