# The page holds the term link exactly three times.
# expect-exit: 0
# output-count: index.html 3 <a class="term"
true
