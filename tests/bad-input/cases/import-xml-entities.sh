# XML entity attacks in a worksheet: a billion-laughs DTD and an external entity naming
# /etc/passwd. pugixml expands neither; planpub refuses any part with a DTD.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.bad-xml]: the workbook's part xl/worksheets/sheet1.xml has a DTD
# reject-stderr: root:x:0:0
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" merged ok.xlsx
/usr/bin/python3 -c "
import zipfile
src = zipfile.ZipFile('ok.xlsx')
dtd = (b'<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">'
       b'<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>')
with zipfile.ZipFile('sheet.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
    for i in src.infolist():
        data = src.read(i)
        if i.filename == 'xl/worksheets/sheet1.xml':
            data = dtd + data[data.index(b'<worksheet'):].replace(b'</sheetData>', b'<row r=\"20\"><c r=\"A20\" t=\"inlineStr\"><is><t>&xxe;&b;</t></is></c></row></sheetData>')
        z.writestr(i, data)
"
rm ok.xlsx
