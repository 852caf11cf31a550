# An accessibility: policy in site.yaml without its 策定日, 担当部署 and 達成期限: a warning at the
# key naming what is left out (an error with --strict); the policy page shows no invented date,
# department or deadline in their place.
# expect-exit: 0
# expect-stderr: content/site.yaml:10:1: warning[site.accessibility-incomplete]: the accessibility policy page leaves out what site.yaml does not give: departments (担当部署), established (策定日), deadline (達成期限)
# reject-output: <dt>策定日</dt>
# reject-output: までに、適合レベル
printf 'contact:\n  department: 企画課\naccessibility:\n  level: AA\n  conformance: 一部準拠\n' >>content/site.yaml
