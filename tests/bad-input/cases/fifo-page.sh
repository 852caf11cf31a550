# A named pipe where a page would be: skipped, no hang waiting for a writer.
# expect-exit: 0
# timeout: 10
mkfifo content/plans/alpha/02-pipe.md
