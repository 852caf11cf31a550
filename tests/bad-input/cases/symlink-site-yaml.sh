# site.yaml itself a symbolic link: not followed, so the site has no configuration.
# expect-stderr: content/site.yaml: warning[content.symlink-skipped]
# expect-stderr: content/site.yaml: error[site.missing]
mv content/site.yaml site.yaml && ln -s ../site.yaml content/site.yaml
