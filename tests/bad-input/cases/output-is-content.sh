# --out the content folder itself.
# args: build --content content --out content
# expect-stderr: content: error[output.inside-content]

