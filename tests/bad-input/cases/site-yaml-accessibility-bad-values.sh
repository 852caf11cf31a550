# site.yaml's accessibility: policy with values the policy page cannot state: a level beyond the
# JIS's, a 対応度 WAIC's wording does not have, dates that are not dates or run backwards, a list
# item that is not text. Each is an error at its line:col, nothing is shown in its place.
# expect-stderr: content/site.yaml:12:12: error[site.accessibility-bad-value]: accessibility updated 2024-01-01 is before established 2025-04-01
# expect-stderr: content/site.yaml:13:10: error[site.accessibility-bad-value]: accessibility level "AAAA" is not one of the values the policy can state
# expect-stderr: content/site.yaml:14:16: error[site.accessibility-bad-value]: accessibility conformance "完全準拠" is not one of the values the policy can state
# expect-stderr: content/site.yaml:15:13: error[field.bad-date]: 'deadline' is not a date: "令和9年3月"
# expect-stderr: content/site.yaml:16:21: error[site.accessibility-not-list]: each item of 'exceptions' must be one line of text
# expect-stderr: content/site.yaml:17:16: error[site.accessibility-not-list]: 'departments' must be a line of text or a list of them
# expect-stderr: content/site.yaml:18:3: warning[field.unknown]: unknown field 'target' in accessibility
cat >>content/site.yaml <<'YAML'
contact:
  department: 企画課
accessibility:
  established: 2025-04-01
  updated: 2024-01-01
  level: AAAA
  conformance: 完全準拠
  deadline: 令和9年3月
  exceptions: [PDF, {a: b}]
  departments: {name: 企画課}
  target: AA
YAML
