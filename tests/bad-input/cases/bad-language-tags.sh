# Language values that are not BCP 47 tags would give lang="日本語" on every page and a
# glossary.ttl that RDF parsers reject (@英語): errors at the value.
# expect-stderr: content/site.yaml:8:11: error[site.bad-language]
# expect-stderr: content/glossary.yaml:12:11: error[glossary.bad-lang]
# expect-stderr: content/glossary.yaml:18:11: error[glossary.bad-lang]
echo 'language: 日本語' >>content/site.yaml
cat >>content/glossary.yaml <<'YAML'
- term: RPA
  reading: あーるぴーえー
  expansion:
    text: Robotic Process Automation
    lang: 英語
  definition: 定型作業を自動化する技術。
- term: OCR
  reading: おーしーあーる
  expansion:
    text: Optical Character Recognition
    lang: en_US
  definition: 文字を読み取る技術。
YAML
