# site.yaml names a theme folder that is not there (a misspelt name).
# expect-stderr: content/site.yaml:8:8: error[theme.missing]: theme folder "content/mytheme" does not exist inside the content folder
echo 'theme: mytheme' >>content/site.yaml
mkdir -p content/my-theme/templates
