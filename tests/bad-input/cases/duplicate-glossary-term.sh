# A term defined twice, and an alias that is another term's spelling (width and case folded).
# expect-stderr: content/glossary.yaml:8:3: error[glossary.duplicate-term]: "関係人口" is already defined on line 1
# expect-stderr: content/glossary.yaml:11:3: error[glossary.duplicate-term]: "ｉｃｔ" is already defined on line 4
printf -- '- term: 関係人口\n  reading: かんけいじんこう\n  definition: 二度目。\n- term: 情報技術\n  reading: じょうほうぎじゅつ\n  aliases: [ｉｃｔ]\n  definition: 別名が重なる。\n' >>content/glossary.yaml
