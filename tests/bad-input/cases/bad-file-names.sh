# Page file names that are no slug: spaces, upper case, bytes that are not UTF-8.
# expect-stderr: content/plans/alpha/02-My Page.md:1:1: error[page.invalid-slug]: slug "My Page"
# expect-stderr: content/plans/alpha/03-�.md:1:1: error[page.invalid-slug]: slug "�"
printf -- '---\ntitle: x\n---\n' >"content/plans/alpha/02-My Page.md"
printf -- '---\ntitle: y\n---\n' >"content/plans/alpha/03-$(printf '\377').md"
