# 1,000 overlapping glossary terms (あ…, あい…, each up to 64 characters) and a page of 300,000
# characters made of them: matching is linear in the text, memory does not grow with the number
# of terms that overlap (it grew with terms × text: 3.2 GB for あ … あ×1000 and a 300 KB page).
# expect-exit: 0
# output-count: alpha/overlap/index.html 1 data-term="ああああああああああああああああああああああああああああああああああああああああいいいいいいいいいいいいいいいいいいいいいいいい"
# timeout: 30
# max-rss-mb: 120
python3 - <<'PY'
with open('content/glossary.yaml', 'a', encoding='utf-8') as g:
    for a in range(1, 41):
        for b in range(0, 25):
            t = 'あ' * a + 'い' * b
            g.write(f'- term: {t}\n  reading: {t}\n  definition: 重なる用語。\n')
with open('content/plans/alpha/02-overlap.md', 'w', encoding='utf-8') as p:
    p.write('---\ntitle: 重なり\n---\n\n' + ('あ' * 40 + 'い' * 24 + 'う') * 4600 + '\n')
PY
