# A static file inside a path that planpub writes as a file: an error naming the file in the way.
# expect-stderr: content/static/robots.txt/extra.txt: error[static.collision]: "robots.txt" is a file planpub writes, so it cannot hold "robots.txt/extra.txt"
mkdir -p content/static/robots.txt
echo 'x' >content/static/robots.txt/extra.txt
