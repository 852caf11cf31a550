# A theme folder outside the content folder would copy its files into the output.
# expect-stderr: content/site.yaml: error[theme.outside-content]: theme folder "/tmp"
echo 'theme: /tmp' >>content/site.yaml
