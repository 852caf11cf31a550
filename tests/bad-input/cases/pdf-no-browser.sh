# No chromium on the machine (simulated with PLANPUB_CHROMIUM): planpub pdf says how to install it,
# writes no PDF and leaves the output as it was.
# args: pdf --content content --out public
# env: PLANPUB_CHROMIUM=/nonexistent/chromium
# expect-stderr: chromium: error[pdf.no-browser]: printing the PDF needs chromium
# expect-stderr: apt-get install chromium
true
