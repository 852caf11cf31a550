# accessibility-results.json edited to claim 適合 for a criterion only a person can judge, though
# no person did ("judged_by": "automated"), and 準拠 though a criterion is 未判定: errors at each claim, the
# results page is not published with them.
# expect-stderr: content/accessibility-results.json:3:18: error[results.unsupported-claim]: conformance 準拠 needs every applicable criterion up to level AA to be 適合
# expect-stderr: content/accessibility-results.json:11:109: error[results.unsupported-claim]: criterion 1.1.1 is 適合 but only a person can judge it and no person did
cat >content/accessibility-results.json <<'JSON'
{
  "date": "2026-11-20", "standard": "JIS X 8341-3:2016", "target_level": "AA",
  "conformance": "準拠",
  "tools": [{"name": "axe-core", "version": "4.10.2"}],
  "technologies": "HTML、CSS",
  "method": "自動試験",
  "page_selection": "すべてのページ",
  "pages": ["https://example.jp/plans/index.html"],
  "criteria": [
    {"id": "4.1.1", "level": "A", "applies": true, "needs_human": false, "judged_by": "automated", "result": "適合"},
    {"id": "1.1.1", "level": "A", "applies": true, "needs_human": true, "judged_by": "automated", "result": "適合"},
    {"id": "1.3.1", "level": "A", "applies": true, "needs_human": true, "judged_by": "automated", "result": "未判定"}
  ]
}
JSON
