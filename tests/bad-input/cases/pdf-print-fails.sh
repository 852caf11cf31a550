# chromium fails (simulated with a chromium that exits 1): an error per plan naming the print
# edition, no PDF, the output as it was.
# args: pdf --content content --out public
# env: PLANPUB_CHROMIUM=/bin/false
# expect-stderr: content/plans/alpha/index.md: error[pdf.print-failed]: cannot print alpha/print/index.html: chromium printed no PDF (exit 1)
true
