# 10,000 nested block quotes: refused before parsing, at the line.
# expect-stderr: content/plans/alpha/01-purpose.md:12:1: error[limit.nesting-depth]: block quotes nested 10000 deep
# timeout: 10
{ head -c 10000 /dev/zero | tr '\0' '>'; echo ' deep'; } >>content/plans/alpha/01-purpose.md
