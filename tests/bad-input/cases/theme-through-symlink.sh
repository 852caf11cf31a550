# A theme folder inside content/ that is a symbolic link to elsewhere.
# expect-stderr: content/site.yaml: error[theme.outside-content]
mkdir -p outside/assets && echo SECRET-THEME >outside/assets/leak.css
ln -s ../outside content/theme
echo 'theme: theme' >>content/site.yaml
