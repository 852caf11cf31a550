# A grade in evaluation.csv when the plan defines no grading scale.
# expect-stderr: content/plans/alpha/evaluation.csv:2:11: error[evaluation.no-scale]: the grade "A" has no scale to belong to
printf '年度,指標ID,評価\n令和6年度,k-1,A\n' >content/plans/alpha/evaluation.csv
