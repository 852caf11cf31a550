# --plan that is no plan id (a path): a usage error, exit 2, before anything is read.
# args: import kpi sheet.xlsx --plan ../x --content content
# expect-exit: 2
# expect-stderr: --plan: error[usage.bad-plan-id]: --plan "../x" is not a plan id
printf 'x' >sheet.xlsx
