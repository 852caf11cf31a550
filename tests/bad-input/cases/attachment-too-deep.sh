# Attachments more than 16 folders below files/ were dropped silently: an error names the folder.
# expect-stderr: content/plans/alpha/files/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17: error[limit.folder-depth]
d=content/plans/alpha/files/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16
mkdir -p "$d/17" && touch "$d/ok.pdf" "$d/17/deep.pdf"
