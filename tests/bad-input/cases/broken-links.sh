# Links to a page that does not exist, escaping the content folder, and root-relative.
# expect-stderr: content/plans/alpha/01-purpose.md:12:1: error[link.broken]: link "nowhere.md"
# expect-stderr: content/plans/alpha/01-purpose.md:14:1: error[link.broken]: link "../../../../../etc/passwd"
# expect-stderr: content/plans/alpha/01-purpose.md:16:1: error[link.root-relative]
# Columns count characters (日本語 is 3, not 9 bytes) and point at the link, also in a table cell.
# expect-stderr: content/plans/alpha/01-purpose.md:18:5: error[link.broken]: link "ja.md"
# expect-stderr: content/plans/alpha/01-purpose.md:22:9: error[link.broken]: link "cell.md"
printf '[a](nowhere.md)\n\n![b](../../../../../etc/passwd)\n\n[c](/etc/passwd)\n\n日本語 [d](ja.md)\n\n| 表 | 列 |\n|---|---|\n| 行 | 中 [e](cell.md) |\n' >>content/plans/alpha/01-purpose.md
