# A key below the header (after the blank line) would be ignored: the case fails.
# expect-stderr: content/site.yaml:1:1: error[fake.error]

# reject-stderr: broken
true
