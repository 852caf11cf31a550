# Raw HTML outside the allowlist is shown as text (escaped), in pages, tables, titles,
# glossary definitions and KPI names; a JSON-LD block cannot be closed early.
# expect-exit: 0
# expect-stderr: content/plans/alpha/01-purpose.md:18:1: warning[html.not-allowed]: raw HTML block shown as text
# reject-output: <script>alert
# reject-output: </script><script>
# reject-output: <iframe
# reject-output: <img src=x
# reject-output: <span onclick
# reject-output: <svg onload
# reject-output: <style>
# reject-output: <a href="javascript
# reject-output: <ruby onmouseover
cat >>content/plans/alpha/01-purpose.md <<'EOF'
<script>alert(1)</script>

<iframe src="https://evil.example/"></iframe>

本文 <img src=x onerror=alert(2)> と <span onclick="alert(3)">text</span> と <svg onload=alert(4)>

<style>body{display:none}</style>

<a href="javascript:alert(5)">x</a> <ruby onmouseover="alert(6)">漢<rt>かん</rt></ruby>

| a | b |
|---|---|
| <script>alert(7)</script> | <img src=x onerror=alert(8)> |
EOF
sed -i 's/^title: アルファ計画$/title: "アルファ<\/script><script>alert(9)<\/script>"/' content/plans/alpha/index.md
printf -- '- term: 危険\n  reading: きけん\n  definition: "<script>alert(10)</script><img src=x onerror=alert(11)>"\n' >>content/glossary.yaml
echo 'k-3,1,<script>alert(12)</script>,人,1,R4,2,R9' >>content/plans/alpha/kpi.csv
