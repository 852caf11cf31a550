# A zip bomb whose headers lie: the worksheet part declares 1,000 bytes but inflates to 200 MB.
# The stream stops as soon as it passes the declared size, so planpub stays small.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.too-large]: the workbook's part xl/worksheets/sheet1.xml unpacks to more than the 1000 bytes
# max-rss-mb: 40
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
fix="$(dirname "$0")/../../import/make_kpi_fixtures.py"
/usr/bin/python3 "$fix" merged ok.xlsx
/usr/bin/python3 -c "
import struct, zipfile
src = zipfile.ZipFile('ok.xlsx')
with zipfile.ZipFile('sheet.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
    for i in src.infolist():
        if i.filename == 'xl/worksheets/sheet1.xml':
            z.writestr(i.filename, b'<worksheet>' + b' ' * (200 << 20) + b'</worksheet>')
        else:
            z.writestr(i, src.read(i))
data = bytearray(open('sheet.xlsx', 'rb').read())
big, small = struct.pack('<I', (200 << 20) + 23), struct.pack('<I', 1000)
i = data.find(big)
while i >= 0:  # the local header and the central directory both
    data[i:i + 4] = small
    i = data.find(big, i + 4)
open('sheet.xlsx', 'wb').write(data)
"
rm ok.xlsx
