# A glossary term longer than 64 characters (after folding): the matcher's cost per character of
# text grows with the longest term, so the length is limited (docs/limits.md).
# expect-stderr: content/glossary.yaml:8:3: error[limit.term-too-long]
# expect-stderr: a glossary term may have at most 64
python3 - <<'PY'
with open('content/glossary.yaml', 'a', encoding='utf-8') as g:
    g.write('- term: ' + 'あ' * 65 + '\n  reading: あ\n  definition: 長すぎる。\n')
PY
