# Slugs that would write outside the plan's folder, or over its own pages.
# expect-stderr: content/plans/alpha/02-x.md:3:7: error[page.invalid-slug]: slug "../../../etc"
# expect-stderr: content/plans/alpha/03-y.md:3:7: error[page.reserved-slug]: slug "kpi"
# expect-stderr: content/plans/alpha/04-files.md:1:1: error[page.reserved-slug]: slug "files"
# expect-stderr: content/plans/alpha/05-z.md:3:7: error[page.invalid-slug]: slug "/etc/cron.d"
printf -- '---\ntitle: x\nslug: ../../../etc\n---\n' >content/plans/alpha/02-x.md
printf -- '---\ntitle: y\nslug: kpi\n---\n' >content/plans/alpha/03-y.md
printf -- '---\ntitle: f\n---\n' >content/plans/alpha/04-files.md
printf -- '---\ntitle: z\nslug: /etc/cron.d\n---\n' >content/plans/alpha/05-z.md
