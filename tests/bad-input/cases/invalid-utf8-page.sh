# A byte that is not UTF-8 in a page: the file, line, column and byte offset.
# expect-stderr: content/plans/alpha/01-purpose.md:12:3: error[encoding.invalid-utf8]: invalid UTF-8 (byte
printf 'ab\377cd\n' >>content/plans/alpha/01-purpose.md
