# Attachment names with a newline or bytes that are not UTF-8 would make the plan page invalid: an
# error names each file (escaped), and nothing is published.
# expect-stderr: content/plans/alpha/files: error[content.bad-file-name]: file name "a\nb.pdf"
# expect-stderr: content/plans/alpha/files: error[content.bad-file-name]: file name "\xFF.pdf"
touch "content/plans/alpha/files/$(printf 'a\nb').pdf" "content/plans/alpha/files/$(printf '\377').pdf"
