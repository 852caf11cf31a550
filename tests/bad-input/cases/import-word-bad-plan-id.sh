# A plan id that is not [a-z0-9-]+ is a usage error (exit 2), before the file is read.
# args: import word plan.docx --plan Midori_City --content content
# expect-exit: 2
# expect-stderr: --plan: error[usage.bad-plan-id]: --plan "Midori_City" is not a plan id
echo x >plan.docx
