# base_url with a Japanese host name (an internationalized domain name must be written in its
# xn-- form) and, in a second run below the header, a broken %-escape: both refused at the value.
# expect-stderr: content/site.yaml:2:11: error[site.base-url-not-uri]: base_url "https://市役所.example.jp/plans/" cannot be a web address: its host name is not ASCII
sed -i 's|^base_url: .*|base_url: https://市役所.example.jp/plans/|' content/site.yaml
