# A page planpub may not read (chmod 000; run without root's right to read anyway).
# unreadable: content/plans/alpha/01-purpose.md
# expect-stderr: content/plans/alpha/01-purpose.md: error[io.unreadable]: cannot read the file: Permission denied

