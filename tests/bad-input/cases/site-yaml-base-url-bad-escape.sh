# base_url with '%' that starts no %XX escape: the open data's URLs would not be URIs.
# expect-stderr: content/site.yaml:2:11: error[site.base-url-not-uri]: base_url "https://example.jp/100%zz/" cannot be a web address: '%' in its path does not start a %XX escape
sed -i 's|^base_url: .*|base_url: https://example.jp/100%zz/|' content/site.yaml
