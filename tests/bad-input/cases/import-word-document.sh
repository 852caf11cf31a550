# planpub import kpi on a Word document (a zip without xl/workbook.xml): said to be one.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.not-xlsx]
# expect-stderr: (it is a Word document)
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
/usr/bin/python3 -c "
import zipfile
with zipfile.ZipFile('sheet.xlsx', 'w') as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    z.writestr('word/document.xml', '<document/>')
"
