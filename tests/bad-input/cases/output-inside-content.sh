# --out inside --content: refused, nothing written.
# args: build --content content --out content/public
# expect-stderr: content/public: error[output.inside-content]

