# site.yaml's home page and contact addresses become links on every page: a javascript: or data:
# address, or a mail address written as a mailto: link, is an error, each at its value.
# expect-stderr: content/site.yaml:8:11: error[site.bad-url]
# expect-stderr: content/site.yaml:11:9: error[site.bad-mail]
# expect-stderr: content/site.yaml:12:8: error[site.bad-url]
# reject-output: javascript:
# reject-output: data:text
cat >>content/site.yaml <<'YAML'
home_url: "javascript:alert(1)"
contact:
  department: 企画課
  mail: "mailto:kikaku@city.example.jp"
  url: "data:text/html,<script>alert(1)</script>"
YAML
