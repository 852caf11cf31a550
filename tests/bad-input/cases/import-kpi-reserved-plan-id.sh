# --plan naming one of the site's own folders (search/): both imports refuse it with the same words,
# a usage error (exit 2), before anything is read or written.
# args: import kpi sheet.xlsx --plan search --content content
# expect-exit: 2
# expect-stderr: --plan: error[usage.bad-plan-id]: --plan "search" is not a plan id: the site uses search/ for its own pages
printf 'x' >sheet.xlsx
