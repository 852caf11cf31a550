# planpub import kpi on a CSV file renamed .xlsx: not a zip, so no workbook; nothing written.
# args: import kpi sheet.xlsx --plan beta --content content
# expect-stderr: sheet.xlsx: error[import.not-xlsx]: this is not an Excel workbook (.xlsx): it is not a zip file
mkdir content/plans/beta && cp content/plans/alpha/index.md content/plans/beta/index.md
printf 'id,name\nk-1,指標\n' >sheet.xlsx
