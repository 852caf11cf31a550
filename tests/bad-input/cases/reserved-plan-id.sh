# Plan folders that would collide with the site's own folders, or are no id.
# expect-stderr: content/plans/accessibility: error[plan.reserved-id]
# expect-stderr: content/plans/assets: error[plan.reserved-id]
# expect-stderr: content/plans/glossary: error[plan.reserved-id]
# expect-stderr: content/plans/opendata: error[plan.reserved-id]
# expect-stderr: content/plans/Beta Plan: error[plan.invalid-id]
for p in accessibility assets glossary opendata "Beta Plan"; do
  mkdir -p "content/plans/$p" && printf -- '---\ntitle: a\nstatus: draft\nperiod: {from: R6, to: R7}\n---\n' >"content/plans/$p/index.md"
done
