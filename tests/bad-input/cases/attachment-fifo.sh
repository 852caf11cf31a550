# A FIFO among the attachments: only regular files are published; an error names it, and the
# build neither hangs nor skips it silently.
# timeout: 20
# expect-stderr: content/plans/alpha/files/pipe.pdf: error[content.not-regular-file]
mkfifo content/plans/alpha/files/pipe.pdf
