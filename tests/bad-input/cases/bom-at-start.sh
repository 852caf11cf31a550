# A BOM at the start of a page, a CSV and a YAML file is simply accepted.
# expect-exit: 0
# reject-stderr: warning
for f in content/plans/alpha/01-purpose.md content/plans/alpha/kpi.csv content/glossary.yaml; do
  { printf '\357\273\277'; cat "$f"; } >"$f.new" && mv "$f.new" "$f"
done
printf 'contact:\n  department: 企画課\n' >>content/site.yaml  # no other warning
printf 'accessibility:\n  departments: 企画課\n  established: 2025-04-01\n  level: AA\n  conformance: 準拠\n  deadline: 2027-03-31\n' >>content/site.yaml
