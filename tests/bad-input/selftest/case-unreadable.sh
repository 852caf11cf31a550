# A file planpub may not read: it is run without the right to read it (as nobody under root).
# unreadable: content/site.yaml
# expect-stderr: content/site.yaml:1:1: error[fake.error]
true
