# A plan period whose end comes before its start (from and to exchanged).
# expect-stderr: content/plans/alpha/index.md:6:7: error[plan.period-reversed]: the period ends before it starts
sed -i 's/^  from: 令和6年度$/  from: 令和10年度/; s/^  to: R10$/  to: R6/' content/plans/alpha/index.md
