# 'related' names a plan that does not exist (a misspelt folder name).
# expect-stderr: content/plans/alpha/index.md:13:11: error[plan.unknown-related]: related plan "bata" does not exist
mkdir content/plans/beta
printf -- '---\ntitle: ベータ計画\nstatus: adopted\nperiod: {from: R6, to: R10}\npublished: 2024-04-01\n---\n概要。\n' >content/plans/beta/index.md
sed -i 's/^published: 2024-03-29$/published: 2024-03-29\nrelated: [bata]/' content/plans/alpha/index.md
