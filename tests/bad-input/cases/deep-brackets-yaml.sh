# 10,000 nested flow sequences in front matter: yaml-cpp's depth guard, reported as a limit.
# expect-stderr: content/plans/alpha/02-deep.md:3:20010: error[limit.nesting-depth]: YAML nested too deeply
# timeout: 10
{ printf -- '---\ntitle: x\nsummary: '; head -c 10000 /dev/zero | tr '\0' '['; head -c 10000 /dev/zero | tr '\0' ']'; printf '\n---\n'; } >content/plans/alpha/02-deep.md
