# --content names a folder that does not exist: a usage error (exit 2), not a content error.
# args: build --content contnet --out public
# expect-exit: 2
# expect-stderr: planpub: error[usage.no-content]: content folder "contnet" does not exist
true
