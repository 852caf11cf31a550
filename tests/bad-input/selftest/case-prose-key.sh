# link: all in prose on a header line reads as a key, so it fails the case.
# expect-stderr: content/site.yaml:1:1: error[fake.error]
true
