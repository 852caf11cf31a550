# A plan id that is not [a-z0-9-]+ is a usage error (exit 2), before the file is read.
# args: import word plan.docx --plan Midori_City --content content
# expect-exit: 2
# expect-stderr: --plan: error[usage.bad-plan-id]: plan id "Midori_City"
echo x >plan.docx
