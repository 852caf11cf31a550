# A 50 MB page: refused by its size before it is read (the limit is 8 MiB).
# expect-stderr: content/plans/alpha/02-huge.md: error[limit.file-too-large]: file is 52428800 bytes; the limit is 8388608
# timeout: 20
# max-rss-mb: 40
head -c 52428800 /dev/zero | tr '\0' 'a' >content/plans/alpha/02-huge.md
