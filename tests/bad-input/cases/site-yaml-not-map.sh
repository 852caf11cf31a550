# site.yaml written as a list instead of 'key: value' fields.
# expect-stderr: content/site.yaml:1:1: error[site.not-map]: site.yaml must be a list of 'key: value' fields
printf -- '- title: テスト市の計画\n- base_url: https://example.jp/plans/\n' >content/site.yaml
