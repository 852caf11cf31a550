# A plan folder, a kpi.csv and the site glossary that are symbolic links: skipped, not followed.
# expect-exit: 0
# expect-stderr: content/plans/gamma: warning[content.symlink-skipped]
# expect-stderr: content/plans/alpha/kpi-values.csv: warning[content.symlink-skipped]
# reject-output: SECRET-PLAN
mkdir -p outside/gamma && printf -- '---\ntitle: SECRET-PLAN\nstatus: draft\nperiod: {from: R6, to: R7}\n---\n' >outside/gamma/index.md
ln -s ../../outside/gamma content/plans/gamma
mv content/plans/alpha/kpi-values.csv outside/values.csv && ln -s ../../../outside/values.csv content/plans/alpha/kpi-values.csv
