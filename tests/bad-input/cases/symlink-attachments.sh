# Attachments that link out of content/: a file, a folder, and the files/ folder of a plan.
# expect-exit: 0
# expect-stderr: content/plans/alpha/files/passwd: warning[content.symlink-skipped]
# expect-stderr: content/plans/alpha/files/etc: warning[content.symlink-skipped]
# expect-stderr: content/plans/beta/files: warning[content.symlink-skipped]
# reject-output: root:x:0:0
# reject-output: SECRET-FILE
mkdir -p outside && echo SECRET-FILE >outside/secret.txt
ln -s /etc/passwd content/plans/alpha/files/passwd
ln -s /etc content/plans/alpha/files/etc
mkdir -p content/plans/beta && printf -- '---\ntitle: b\nstatus: draft\nperiod: {from: R6, to: R7}\n---\n' >content/plans/beta/index.md
ln -s ../../../outside content/plans/beta/files
