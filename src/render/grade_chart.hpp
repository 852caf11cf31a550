// Render stage: how many KPIs of each goal got each grade, as a stacked bar per goal (SVG). The
// table beside it holds the same numbers; the chart is for seeing the spread at a glance.
#pragma once
#include <string>
#include <vector>

namespace planpub {

struct GradeBar {
    std::string goal;         // 基本目標1　しごとをつくる
    std::vector<int> counts;  // one per grade, in the legend's order
};

// `grades`: the legend (A, B, C …, 評価なし), in the order of each bar's counts. `id` makes the
// chart's ids unique on the page; `name` says what was graded (2026年度の達成度).
std::string render_grade_chart(const std::string& id, const std::string& name, const std::vector<std::string>& grades,
                               const std::vector<GradeBar>& bars);

}  // namespace planpub
