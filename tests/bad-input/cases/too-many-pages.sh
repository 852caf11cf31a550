# A plan of 10,001 pages (a script that split a document into one page per paragraph): over the
# limit of 10,000 pages per plan, an error naming the plan folder.
# expect-stderr: content/plans/alpha: error[limit.too-many-pages]: plan has more than 10000 pages
# timeout: 120
cd content/plans/alpha
for i in $(seq 1 10000); do printf -- '---\ntitle: 段落%d\n---\n本文。\n' "$i" >"p$i.md"; done
