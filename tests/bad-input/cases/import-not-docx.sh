# A file that is not a .docx (a PDF renamed, here plain text): an error before pandoc runs, nothing written.
# args: import word plan.docx --plan beta --content content
# expect-stderr: plan.docx: error[import.not-docx]: not a .docx file: it does not start with a zip signature
# expect-stderr: save the file from Word
echo '%PDF-1.7 not a Word file' >plan.docx
