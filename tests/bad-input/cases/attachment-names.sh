# Attachment names with '#', '%', '?' and spaces: every href percent-encodes them per path segment,
# and a link written percent-encoded (files/a%23b.pdf) finds the file and is written encoded again.
# expect-exit: 0
# output-count: alpha/index.html 1 href="files/a%23b.pdf"
# output-count: alpha/index.html 1 href="files/100%25%20%3F.pdf"
# output-count: alpha/purpose/index.html 1 href="../files/a%23b.pdf"
# output-count: alpha/purpose/index.html 1 href="../files/100%25%20%3F.pdf"
touch 'content/plans/alpha/files/a#b.pdf' 'content/plans/alpha/files/100% ?.pdf'
printf '\n[表](files/a%%23b.pdf) [率](files/100%%25%%20%%3F.pdf)\n' >>content/plans/alpha/01-purpose.md
