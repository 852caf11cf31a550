# "error[" matches any error: the case must name the code and where.
# expect-stderr: content/site.yaml:1:1: error[fake.error]
# expect-stderr: error[
true
