# Glossary entries planpub cannot use: one that is only a word, a reading with a kanji in it (katakana
# is accepted, docs/glossary.md), an id in
# capital letters. One error at each.
# expect-stderr: content/glossary.yaml:8:3: error[glossary.bad-entry]: a glossary entry must have term, reading and definition
# expect-stderr: content/glossary.yaml:10:12: error[glossary.bad-reading]: reading "そう生" must be written in hiragana or katakana
# expect-stderr: content/glossary.yaml:14:7: error[glossary.invalid-id]: id "Kankei_Jinko" may only use a-z, 0-9 and '-'
cat >>content/glossary.yaml <<'YAML'
- 地方創生
- term: 創生
  reading: そう生
  definition: 新たに生み出すこと。
- term: 関係者
  reading: かんけいしゃ
  id: Kankei_Jinko
  definition: 関わる人。
YAML
