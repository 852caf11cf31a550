# Links inside glossary definitions are checked and rewritten like page links: from the site
# glossary they are relative to content/, from a plan's glossary to its folder.
# expect-stderr: content/glossary.yaml:10:51: error[link.broken]: link "nowhere.md"
# expect-stderr: content/plans/alpha/glossary.yaml:6:36: error[link.broken]: link "../beta/x.md"
# reject-stderr: 01-purpose.md"
cat >>content/glossary.yaml <<'YAML'
- term: 総合戦略
  reading: そうごうせんりゃく
  definition: 目的は[こちら](plans/alpha/01-purpose.md)、[無い頁](nowhere.md)。
YAML
cat >>content/plans/alpha/glossary.yaml <<'YAML'
- term: 推進体制
  reading: すいしんたいせい
  definition: "[目的](01-purpose.md)と[無い](../beta/x.md)。"
YAML
