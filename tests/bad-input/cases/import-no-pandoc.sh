# No pandoc on the machine (simulated with PLANPUB_PANDOC): the import says how to install it.
# args: import word plan.docx --plan beta --content content
# env: PLANPUB_PANDOC=/nonexistent/pandoc
# expect-stderr: plan.docx: error[import.no-pandoc]: reading a .docx needs pandoc
# expect-stderr: apt-get install pandoc
python3 -c 'import zipfile; zipfile.ZipFile("plan.docx", "w").writestr("word/document.xml", "<w:document/>")'
