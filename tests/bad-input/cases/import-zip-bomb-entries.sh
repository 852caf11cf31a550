# A zip of 6,000 empty parts: more parts than any Word file has, refused before reading them.
# args: import word plan.docx --plan beta --content content
# expect-stderr: plan.docx: error[import.docx-too-large]: the zip holds 6001 parts
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("plan.docx", "w") as z:
    z.writestr("word/document.xml", "<w:document/>")
    for i in range(6000):
        z.writestr("word/p%d.xml" % i, "")
PY
