# A password-protected .docx is an OLE compound file (D0 CF 11 E0 …), not a zip: a clear error.
# args: import word plan.docx --plan beta --content content
# expect-stderr: plan.docx: error[import.encrypted]: the file is an OLE compound file
# expect-stderr: remove the password in Word
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' >plan.docx
head -c 4096 /dev/zero >>plan.docx
