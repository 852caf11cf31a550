# 10,000 nested list items: refused after parsing (the tree is walked without recursion).
# expect-stderr: content/plans/alpha/01-purpose.md:12:63: error[limit.nesting-depth]
# timeout: 10
{ for i in $(seq 10000); do printf -- '- '; done; echo x; } >>content/plans/alpha/01-purpose.md
