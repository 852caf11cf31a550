# A zip with 3,000 entries: more parts than any workbook has; refused before any is read.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.too-large]: the file has 3003 parts
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
/usr/bin/python3 -c "
import zipfile
with zipfile.ZipFile('sheet.xlsx', 'w') as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    z.writestr('xl/workbook.xml', '<workbook/>')
    z.writestr('_rels/.rels', '<Relationships/>')
    for i in range(3000):
        z.writestr('xl/media/p%d.bin' % i, b'x')
"
