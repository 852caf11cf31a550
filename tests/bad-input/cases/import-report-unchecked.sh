# An import report with items nobody has checked yet: build and check say how many are left, at the
# first open item; ticked items ([x]) are not counted, and the report is never published.
# expect-exit: 0
# expect-stderr: content/plans/alpha/import-report.md:5:1: warning[import.unchecked-items]: 2 item(s) of the import report are not checked yet
# reject-output: 取り込み報告
cat >content/plans/alpha/import-report.md <<'MD'
# 取り込み報告

## 確認が必要なもの（3 件）

- [ ] 第1章 段落2 — no-reading: 「関係人口」 has no reading
- [x] 第2章 表1 — merged-cells: merged cell 「生産年齢人口」
- [ ] 文書全体 — placeholder: published: the plan's date is not set
MD
