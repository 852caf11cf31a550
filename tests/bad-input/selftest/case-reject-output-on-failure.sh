# reject-output is checked after a failed build too (public/ is the previous site, which has "site").
# expect-stderr: content/site.yaml:1:1: error[fake.error]
# reject-output: site
true
