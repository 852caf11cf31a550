# A plan folder planpub may not list.
# unreadable: content/plans/alpha
# expect-stderr: content/plans/alpha: error[io.unreadable]: cannot list the folder: Permission denied

