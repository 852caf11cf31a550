# The plan id names a plan that exists: import never overwrites it, the folder stays as it was.
# args: import word plan.docx --plan alpha --content content
# expect-stderr: content/plans/alpha: error[import.plan-exists]: the plan folder exists already
python3 -c 'import zipfile; zipfile.ZipFile("plan.docx", "w").writestr("word/document.xml", "<w:document/>")'
