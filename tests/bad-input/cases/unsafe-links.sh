# Links whose scheme is javascript, data or vbscript, in every spelling, are made inert, with a warning each.
# expect-exit: 0
# expect-stderr: content/plans/alpha/01-purpose.md:12:1: warning[link.unsafe-scheme]
# expect-stderr: content/plans/alpha/01-purpose.md:24:1: warning[link.unsafe-scheme]
# In a glossary definition: the line and character column in glossary.yaml.
# expect-stderr: content/glossary.yaml:10:17: warning[link.unsafe-scheme]
# reject-output: href="javascript
# reject-output: href="vbscript
# reject-output: href="data:
# reject-output: src="data:
# reject-output: href=" javascript
# reject-output: href="java%09script
cat >>content/plans/alpha/01-purpose.md <<'EOF'
[a](javascript:alert(1))

[b](JaVaScRiPt:alert(2))

[c](data:text/html;base64,PHNjcmlwdD4=)

<javascript:alert(3)>

[d][r]

[r]: javascript:alert(4)

![i](data:image/svg+xml,<svg/onload=alert(5)>)

[e](javascript&#58;alert(6))

[f](vbscript:msgbox)
EOF
printf -- '- term: 危険\n  reading: きけん\n  definition: 説明[L](javascript:alert(7))\n' >>content/glossary.yaml
