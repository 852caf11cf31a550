# A page that is a symbolic link out of content/: skipped with a warning, never read.
# expect-exit: 0
# expect-stderr: content/plans/alpha/02-secret.md: warning[content.symlink-skipped]
# reject-output: SECRET-PAGE
printf -- '---\ntitle: secret\n---\nSECRET-PAGE\n' >secret.md
ln -s ../../../secret.md content/plans/alpha/02-secret.md
