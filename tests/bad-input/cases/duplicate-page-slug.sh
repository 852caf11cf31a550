# Two files that become the same page (01-purpose.md and 02-purpose.md).
# expect-stderr: content/plans/alpha/02-purpose.md:1:1: error[page.slug-collision]
printf -- '---\ntitle: 重複\n---\n' >content/plans/alpha/02-purpose.md
