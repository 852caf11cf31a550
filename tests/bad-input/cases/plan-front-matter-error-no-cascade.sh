# index.md's front matter is not YAML: that one error is reported, and since the plan's goals are
# unknown, KPIs and pages that name goal 1 are not reported as naming a goal the plan lacks.
# expect-stderr: content/plans/alpha/index.md:3:7: error[yaml.syntax]
# expect-stderr: planpub: 1 error(s)
# reject-stderr: unknown-goal
sed -i '2s/.*/title: [アルファ計画/' content/plans/alpha/index.md
