# Files someone added to a built --out (a CNAME, a search-engine verification file, a copied
# folder): planpub did not write them, so the build is refused, naming them, and deletes nothing.
# expect-stderr: public: error[output.not-planpub]: the output folder holds 3 files that planpub did not write: CNAME, docs/, google1234.html
# expect-stderr: content/static/
echo example.org >public/CNAME
echo google-site-verification >public/google1234.html
mkdir -p public/docs && echo keep >public/docs/a.html
