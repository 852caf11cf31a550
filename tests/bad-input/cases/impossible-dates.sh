# Dates that do not exist (2月30日, 2023-02-29) would be published into the sitemap, the feed,
# DCAT and plan.json (which then fails its own schema): errors at each.
# expect-stderr: content/plans/alpha/index.md:3:12: error[field.bad-date]: 'published' is not a date: "2025-02-30"
# expect-stderr: content/site.yaml:8:10: error[field.bad-date]
# reject-stderr: warning[
sed -i '2a published: 2025-02-30' content/plans/alpha/index.md
echo 'updated: 2023-02-29' >>content/site.yaml
printf 'contact:\n  department: 企画課\n' >>content/site.yaml  # no other warning
printf 'accessibility:\n  departments: 企画課\n  established: 2025-04-01\n  level: AA\n  conformance: 準拠\n  deadline: 2027-03-31\n' >>content/site.yaml
