# Links to attachments written percent-encoded (as editors write a dropped file) resolve like the
# raw spelling; an encoded '/' or a non-UTF-8 escape does not.
# expect-exit: 1
# expect-stderr: content/plans/alpha/01-purpose.md:16:1: error[link.broken]: link "files/..%2F..%2Findex.md"
# reject-stderr: 01-purpose.md:12:1
# reject-stderr: 01-purpose.md:14:1
printf '%%PDF-1.4\n' >"content/plans/alpha/files/計画 本文.pdf"
cat >>content/plans/alpha/01-purpose.md <<'MD'
[本文](files/計画%20本文.pdf)

[本文](files/%E8%A8%88%E7%94%BB%20%E6%9C%AC%E6%96%87.pdf)

[外](files/..%2F..%2Findex.md)
MD
