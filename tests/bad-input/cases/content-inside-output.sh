# --out a folder that holds the content folder: a build would replace the content.
# args: build --content content --out .
# expect-stderr: .: error[output.contains-content]

