# A zip bomb: 300 MB of zeros deflated to a few hundred kB, in a .docx with word/document.xml. planpub
# inflates and counts the parts itself before pandoc sees the file, and stops at 200 MB.
# args: import word plan.docx --plan beta --content content
# expect-stderr: plan.docx: error[import.docx-too-large]: the file inflates to more than 200 MB
# timeout: 60
# max-rss-mb: 200
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("plan.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", "<w:document/>")
    with z.open("word/media/image1.png", "w", force_zip64=True) as f:
        block = bytes(1 << 20)
        for _ in range(300):
            f.write(block)
PY
