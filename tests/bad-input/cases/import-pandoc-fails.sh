# pandoc fails on the file (simulated with a pandoc that exits 1): an error naming its exit, nothing written.
# args: import word plan.docx --plan beta --content content
# env: PLANPUB_PANDOC=/bin/false
# expect-stderr: plan.docx: error[import.pandoc-failed]: pandoc failed (exit 1)
python3 -c 'import zipfile; zipfile.ZipFile("plan.docx", "w").writestr("word/document.xml", "<w:document/>")'
