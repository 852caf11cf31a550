# A site.yaml without contact: every page's footer, the accessibility page and the open data's
# contact point need one, so it is a warning (an error with --strict), and the footer shows no
# empty 問い合わせ先.
# expect-exit: 0
# expect-stderr: content/site.yaml: warning[site.no-contact]: site.yaml has no contact
# reject-output: contact-heading
true
