# A location and a code in two expectations may match two different diagnostics.
# expect-stderr: content/site.yaml:1:
# expect-stderr: error[fake.error]
true
