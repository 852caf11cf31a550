# An unreadable: file that does not exist: the case cannot run, which is a failure (no skip).
# unreadable: content/no-such-file
# expect-stderr: content/site.yaml:1:1: error[fake.error]
true
