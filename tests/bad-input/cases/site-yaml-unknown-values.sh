# Values site.yaml does not know: a licence outside the three, a link mode other than first/all, an
# encoding other than UTF-8/Shift_JIS: one error at each value, all in one run.
# expect-stderr: content/site.yaml:7:10: error[site.unknown-license]: unknown license "MIT"
# expect-stderr: content/site.yaml:8:7: error[site.unknown-link-mode]: link must be 'first' or 'all', not "every"
# expect-stderr: content/site.yaml:9:11: error[site.unknown-encoding]: unknown encoding "euc-jp"
sed -i 's|^license: .*|license: MIT|' content/site.yaml
printf 'link: every\nencoding: euc-jp\n' >>content/site.yaml
