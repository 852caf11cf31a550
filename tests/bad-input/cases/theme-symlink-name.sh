# A symbolic link inside a theme folder: the warning names the link itself, not where it points.
# expect-exit: 0
# expect-stderr: content/mytheme/assets/leak.css: warning[content.symlink-skipped]
# reject-stderr: etc/passwd:
echo 'theme: mytheme' >>content/site.yaml
mkdir -p content/mytheme/assets
ln -s ../../../../../../../../../../etc/passwd content/mytheme/assets/leak.css
