# A zip that is not a Word document (an .xlsx renamed to .docx): no word/document.xml, an error.
# args: import word plan.docx --plan beta --content content
# expect-stderr: plan.docx: error[import.not-docx]: not a .docx file: the zip has no word/document.xml
python3 -c 'import zipfile; zipfile.ZipFile("plan.docx", "w").writestr("xl/workbook.xml", "<workbook/>")'
