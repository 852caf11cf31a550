# A page whose title is there but empty.
# expect-stderr: content/plans/alpha/02-empty.md:2:8: error[field.empty]: 'title' is empty
printf -- '---\ntitle: ""\n---\n本文。\n' >content/plans/alpha/02-empty.md
