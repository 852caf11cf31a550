# Front matter that never closes.
# expect-stderr: content/plans/alpha/01-purpose.md:1:1: error[front-matter.unclosed]
printf -- '---\ntitle: x\n本文\n' >content/plans/alpha/01-purpose.md
