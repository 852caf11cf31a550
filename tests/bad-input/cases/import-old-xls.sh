# An Excel 97-2003 workbook (.xls, renamed .xlsx): an OLE compound file with a Workbook stream.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.xls]: this is an old Excel 97-2003 workbook (.xls)
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
/usr/bin/python3 -c "
import sys
sys.stdout.buffer.write(bytes.fromhex('D0CF11E0A1B11AE1') + bytes(504) + 'Workbook'.encode('utf-16-le') + bytes(64))
" >sheet.xlsx
