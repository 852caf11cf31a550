# 10,000 nested brackets in text are just text: the page builds, quickly.
# expect-exit: 0
# timeout: 10
{ head -c 10000 /dev/zero | tr '\0' '['; printf x; head -c 10000 /dev/zero | tr '\0' ']'; echo; } >>content/plans/alpha/01-purpose.md
