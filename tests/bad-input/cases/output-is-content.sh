# --out the content folder itself.
# args: build --content content --out content
# expect-stderr: error[output.inside-content]

