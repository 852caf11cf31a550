# publisher and contact written on one line instead of as their indented fields.
# expect-stderr: content/site.yaml:3:12: error[field.not-map]: 'publisher' must list name, prefecture and local_government_code
# expect-stderr: content/site.yaml:6:10: error[field.not-map]: 'contact' must list department, phone, mail or url
cat >content/site.yaml <<'YAML'
title: テスト市の計画
base_url: https://example.jp/plans/
publisher: 島田市
license: CC-BY-4.0
language: ja
contact: 企画課
YAML
