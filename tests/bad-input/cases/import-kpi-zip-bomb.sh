# A zip bomb: a worksheet part that unpacks to 200 MB (a few hundred KB packed). Refused by its
# declared size before it is inflated, so planpub stays small.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.too-large]: the workbook's part xl/worksheets/sheet1.xml unpacks to more than
# max-rss-mb: 60
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" merged ok.xlsx
/usr/bin/python3 -c "
import zipfile
src = zipfile.ZipFile('ok.xlsx')
with zipfile.ZipFile('sheet.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
    for i in src.infolist():
        if i.filename == 'xl/worksheets/sheet1.xml':
            z.writestr(i.filename, b'<worksheet>' + b' ' * (200 << 20) + b'</worksheet>')
        else:
            z.writestr(i, src.read(i))
"
rm ok.xlsx
