# The self-test's case: planpub must fail with fake.error, within 5 s and 100 MiB.
# expect-stderr: content/site.yaml:1:1: error[fake.error]
# timeout: 5
# max-rss-mb: 100
true
