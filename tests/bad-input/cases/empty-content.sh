# An empty content folder: no site.yaml and no plans, both reported.
# expect-stderr: content/site.yaml: error[site.missing]
# expect-stderr: content/plans: error[content.no-plans]
# reject-stderr: accessibility-incomplete
rm -rf content && mkdir content
