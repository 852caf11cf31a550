# Latin-1 in site.yaml (café written by a Windows editor).
# expect-stderr: content/site.yaml:1:12: error[encoding.invalid-utf8]
printf 'title: "Caf\351"\n' >content/site.yaml.new
tail -n +2 content/site.yaml >>content/site.yaml.new
mv content/site.yaml.new content/site.yaml
