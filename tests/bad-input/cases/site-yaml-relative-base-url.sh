# base_url without scheme and host: the sitemap and open data need absolute addresses.
# expect-stderr: content/site.yaml:2:11: error[site.base-url-not-absolute]: base_url "/plans/" is not an absolute http(s) URL
sed -i 's|^base_url: .*|base_url: /plans/|' content/site.yaml
