# YAML escapes in double-quoted values ("\0", "\x01", "\a", "\e") decode to control characters
# that would reach <title>, pages and CSVs: refused at the value's line and column, in site.yaml,
# front matter and glossary.yaml alike.
# expect-stderr: content/site.yaml:1:8: error[encoding.control-character]: control character U+0007
# expect-stderr: content/plans/alpha/01-purpose.md:2:8: error[encoding.control-character]: control character U+0001
# expect-stderr: content/glossary.yaml:3:15: error[encoding.control-character]: control character U+001B
# reject-output: &#7;
sed -i '1s/.*/title: "テスト市\\aの計画"/' content/site.yaml
sed -i '2s/.*/title: "目\\x01的"/' content/plans/alpha/01-purpose.md
sed -i '3s/.*/  definition: "地域\\eと多様に関わる人々。"/' content/glossary.yaml
