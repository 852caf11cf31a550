# --out inside a path where a folder cannot be made (a regular file is in the way): the build cannot
# write its output and says where.
# args: build --content content --out blocker/public
# expect-stderr: blocker/public: error[output.write-failed]: cannot create the lock file .public.planpub-lock beside it: Not a directory
# reject-stderr: error[output.busy]
echo 'not a folder' >blocker
