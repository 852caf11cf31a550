# A byte order mark in the middle of a page (two files pasted together): removed, with a warning.
# expect-exit: 0
# expect-stderr: content/plans/alpha/01-purpose.md:12:3: warning[encoding.bom-inside]
printf '続き\357\273\277です。\n' >>content/plans/alpha/01-purpose.md
