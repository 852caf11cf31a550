# Slugs that would write outside the plan's folder, or over its own pages.
# expect-stderr: content/plans/alpha/02-x.md:3:7: error[page.invalid-slug]: slug "../../../etc"
# expect-stderr: content/plans/alpha/03-y.md:3:7: error[page.reserved-slug]: slug "kpi"
printf -- '---\ntitle: x\nslug: ../../../etc\n---\n' >content/plans/alpha/02-x.md
printf -- '---\ntitle: y\nslug: kpi\n---\n' >content/plans/alpha/03-y.md
