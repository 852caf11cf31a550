# A password-protected workbook is an OLE compound file (D0 CF 11 E0) holding an EncryptionInfo
# stream, which is said to be encrypted, not "not a zip".
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.encrypted]: the workbook is encrypted
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
/usr/bin/python3 -c "
import sys
head = bytes.fromhex('D0CF11E0A1B11AE1') + bytes(504)
sys.stdout.buffer.write(head + 'EncryptionInfo'.encode('utf-16-le') + bytes(64) + 'EncryptedPackage'.encode('utf-16-le'))
" >sheet.xlsx
