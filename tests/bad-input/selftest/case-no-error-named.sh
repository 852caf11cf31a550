# A failing case that names no error (only free text) would pass on any error.
# expect-stderr: broken
true
