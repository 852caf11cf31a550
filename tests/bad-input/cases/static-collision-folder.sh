# A static file where planpub's output has a folder: an error naming both.
# expect-stderr: content/static/glossary: error[static.collision]: "glossary" is a folder of planpub's output
mkdir -p content/static
echo 'x' >content/static/glossary
