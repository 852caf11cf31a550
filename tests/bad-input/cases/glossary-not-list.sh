# glossary.yaml written as 'term: definition' lines instead of a list of entries.
# expect-stderr: content/glossary.yaml:1:1: error[glossary.not-list]: glossary.yaml must be a list of terms
printf '関係人口: 地域と多様に関わる人々。\nICT: 情報通信技術。\n' >content/glossary.yaml
