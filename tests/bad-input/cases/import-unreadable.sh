# A .docx planpub may not read: an error naming the file, nothing written.
# args: import word plan.docx --plan beta --content content
# unreadable: plan.docx
# expect-stderr: plan.docx: error[import.unreadable]: cannot read the file
echo x >plan.docx
