// Render stage: a plan's yearly evaluation (効果検証) pages — the overview of the years evaluated
// with grades by goal, and one page per year with each KPI's figures, achievement rate, grade,
// comments and next step, and each measure's evaluation (docs/evaluation.md).
#pragma once
#include <string>
#include <vector>

#include "model/site.hpp"
#include "render/site_pages.hpp"

namespace planpub {

// The fiscal years the plan's evaluation.csv covers, oldest first.
std::vector<int> evaluated_years(const Plan& plan);

std::string render_evaluation_index(Templates& t, const RenderContext& ctx, const Plan& plan);
std::string render_evaluation_year(Templates& t, const RenderContext& ctx, const Plan& plan, int year);

}  // namespace planpub
