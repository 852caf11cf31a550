# site.yaml declares encoding: shift_jis but the CSV is valid UTF-8 with Japanese text: read as
# UTF-8 with a warning that the declaration is wrong, never mojibake nor "neither UTF-8 nor Shift_JIS".
# expect-exit: 0
# expect-stderr: content/plans/alpha/kpi.csv:1:1: warning[encoding.declared-shift-jis-is-utf8]
# reject-stderr: neither UTF-8 nor Shift_JIS
# reject-output: 郢
# reject-output: 驍
printf 'encoding: shift_jis\ncontact:\n  department: 企画課\n' >>content/site.yaml
