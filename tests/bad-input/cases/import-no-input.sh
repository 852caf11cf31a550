# planpub import kpi naming a workbook that does not exist: a usage error, exit 2.
# args: import kpi missing.xlsx --plan alpha --content content
# expect-exit: 2
# expect-stderr: planpub: error[usage.no-input]: "missing.xlsx" is not a file
true
