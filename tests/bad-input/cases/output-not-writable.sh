# An --out inside a folder planpub may not write to: a distinct error with the system's reason,
# not "another planpub build is writing" (output.busy).
# args: build --content content --out ro/public
# unreadable: ro
# expect-stderr: ro/public: error[output.not-writable]: cannot create the lock file .public.planpub-lock beside the output folder: Permission denied
# reject-stderr: output.busy
mkdir ro
