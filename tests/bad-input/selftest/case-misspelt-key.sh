# A misspelt key (expect-sterr) must fail the case, not vanish.
# expect-stderr: content/site.yaml:1:1: error[fake.error]
# expect-sterr: content/site.yaml:9:9: error[fake.other]
true
