# A GFM table of 3,000 columns × 300 rows (cmark-gfm takes 11 s): refused before parsing.
# expect-stderr: content/plans/alpha/02-table.md:4:1: error[limit.table-columns]
# timeout: 10
row=$(printf '|a%.0s' $(seq 3000))'|'
{ printf -- '---\ntitle: x\n---\n'; echo "$row"; printf '|-%.0s' $(seq 3000); echo '|'; for i in $(seq 300); do echo "$row"; done; } >content/plans/alpha/02-table.md
