# A static file at a path planpub generates: an error naming both, not a silent overwrite.
# expect-stderr: content/static/robots.txt: error[static.collision]: "robots.txt" is also a file planpub writes
mkdir -p content/static
echo 'User-agent: *' >content/static/robots.txt
