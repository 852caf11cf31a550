// Link stage: the achievement rate (達成率) of each KPI in each evaluated year, and the grade the
// plan's scale gives that rate. docs/evaluation.md states the formulas; a rate that is not
// defined (no baseline, a target equal to the baseline, a qualitative target) is no number but
// a reason.
#pragma once
#include "model/evaluation.hpp"
#include "model/kpi.hpp"
#include "model/site.hpp"

namespace planpub {

AchievementRate achievement_rate(const Kpi& kpi, const Year& year, RateMethod method);

// The change of the year's actual from the baseline, in % of the baseline, positive toward the
// KPI's aim (a KPI that aims to decrease and fell 10 % has +10); none without a direction.
AchievementRate change_from_baseline(const Kpi& kpi, const Year& year);

// The first grade (in the scale's order) whose rule the rate and the change meet; empty when none does.
// Measures and projects have no figures: their marks are the city's alone.
std::string computed_grade(const GradeScale& scale, const AchievementRate& rate, const AchievementRate& change);

// Fills every KPI row's rate and computed grade.
void evaluate_plan(Plan& plan);

}  // namespace planpub
