# A tab used to indent YAML, in a plan's front matter and in the glossary: an error at the tab,
# saying so, with a hint to indent with spaces (yaml-cpp's own message names no tab).
# expect-stderr: content/plans/alpha/index.md:9:3: error[yaml.tab-indent]: a tab in the indentation: YAML indents with spaces only
# expect-stderr: content/glossary.yaml:3:1: error[yaml.tab-indent]: a tab in the indentation
# expect-stderr: indent with spaces instead of the tab
sed -i 's/^    title: しごとをつくる$/  \ttitle: しごとをつくる/' content/plans/alpha/index.md
sed -i 's/^  definition: 地域/\tdefinition: 地域/' content/glossary.yaml
