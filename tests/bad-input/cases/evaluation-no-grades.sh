# An evaluation scale without grades.
# expect-stderr: content/plans/alpha/index.md:13:3: error[evaluation.no-grades]: the evaluation has no grades
sed -i 's/^published: 2024-03-29$/evaluation:\n  rate: ratio\npublished: 2024-03-29/' content/plans/alpha/index.md
