# content/static/ is copied as it is to the output root: the home of a CNAME or a verification file.
# expect-exit: 0
# output-count: CNAME 1 example.org
# output-count: .well-known/security.txt 1 Contact
mkdir -p content/static/.well-known
echo example.org >content/static/CNAME
echo 'Contact: mailto:a@example.jp' >content/static/.well-known/security.txt
