# A key written twice in one YAML map: yaml-cpp keeps the first and drops the second silently
# (a second goals: block vanished). An error at each repeat, in front matter, site.yaml and a
# glossary entry alike; equal keys in different maps are fine.
# expect-stderr: content/site.yaml:8:1: error[yaml.duplicate-key]: 'license' appears twice in one map (first on line 7)
# expect-stderr: content/plans/alpha/index.md:3:1: error[yaml.duplicate-key]: 'title' appears twice
# expect-stderr: content/glossary.yaml:4:3: error[yaml.duplicate-key]: 'definition' appears twice
echo 'license: CC0-1.0' >>content/site.yaml
sed -i '2a title: 二つ目の題名' content/plans/alpha/index.md
sed -i '3a \ \ definition: もう一つの定義。' content/glossary.yaml
