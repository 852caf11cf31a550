# accessibility-results.json that is JSON but not a results file: a date that is not a date, no
# tools, a result word the JIS checklist does not have, a page that is not a web address, a
# criterion that does not apply yet has a result. Each is an error at its line:col.
# expect-stderr: content/accessibility-results.json:2:11: error[results.bad-field]: 'date' is not a date: "2026/11/20"
# expect-stderr: content/accessibility-results.json:1:1: error[results.bad-field]: 'tools' must list the tools used
# expect-stderr: content/accessibility-results.json:6:13: error[results.bad-field]: each page must be an http(s) address
# expect-stderr: content/accessibility-results.json:8:109: error[results.bad-field]: 'result' is "OK", not one of 適合, 不適合, 該当なし, 未判定
# expect-stderr: content/accessibility-results.json:9:111: error[results.bad-field]: criterion 1.2.1 does not apply ("applies": false) but its result is 不適合
# expect-stderr: content/accessibility-results.json:10:47: error[field.not-boolean]
cat >content/accessibility-results.json <<'JSON'
{
  "date": "2026/11/20", "standard": "JIS X 8341-3:2016", "target_level": "AA",
  "technologies": "HTML、CSS",
  "method": "自動試験",
  "page_selection": "すべてのページ",
  "pages": ["index.html"],
  "criteria": [
    {"id": "1.1.1", "level": "A", "applies": true, "needs_human": true, "judged_by": "automated", "result": "OK"},
    {"id": "1.2.1", "level": "A", "applies": false, "needs_human": false, "judged_by": "automated", "result": "不適合"},
    {"id": "2.4.7", "level": "AA", "applies": "はい", "needs_human": true, "judged_by": "human", "result": "適合"}
  ]
}
JSON
