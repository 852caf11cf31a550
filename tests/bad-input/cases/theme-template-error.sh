# A theme's template with broken Mustache (a section opened and never closed): the error names the
# theme's file as the user wrote it.
# expect-stderr: content/mytheme/templates/page.mustache: error[theme.template-error]: Unclosed section "has_toc" at 6
# reject-stderr: error[theme.template-missing]
echo 'theme: mytheme' >>content/site.yaml
mkdir -p content/mytheme/templates
printf '<main>{{#has_toc}}<nav>{{{toc}}}</nav>\n{{{content}}}</main>\n' >content/mytheme/templates/page.mustache
