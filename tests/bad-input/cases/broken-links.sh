# Links to a page that does not exist, escaping the content folder, and root-relative.
# expect-stderr: content/plans/alpha/01-purpose.md:12:1: error[link.broken]: link "nowhere.md"
# expect-stderr: content/plans/alpha/01-purpose.md:14:1: error[link.broken]: link "../../../../../etc/passwd"
# expect-stderr: content/plans/alpha/01-purpose.md:16:1: error[link.root-relative]
printf '[a](nowhere.md)\n\n![b](../../../../../etc/passwd)\n\n[c](/etc/passwd)\n' >>content/plans/alpha/01-purpose.md
