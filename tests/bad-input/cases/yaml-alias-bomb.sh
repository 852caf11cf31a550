# "Billion laughs": aliases of aliases would expand to 10^9 measures as the goals are read.
# expect-stderr: content/plans/alpha/index.md:6:29: error[yaml.alias]
# timeout: 10
{ printf -- '---\ntitle: x\nstatus: adopted\nperiod: {from: R6, to: R10}\n'
  printf 'm: &m ['; for i in $(seq 1000); do printf 'a, '; done; echo 'a]'
  printf 'p: &p ['; for i in $(seq 1000); do printf '{title: a, measures: *m}, '; done; echo '{title: a}]'
  echo 'goals:'; for i in $(seq 1000); do echo "  - {number: $i, title: a, pillars: *p}"; done; echo '---'; } >content/plans/alpha/index.md
