// Render stage, for the evaluation pages: a row's marks on each of the plan's scales and the
// scales' legends as template data (written marks as written, computed ones marked as such).
#pragma once
#include <kainjow/mustache.hpp>

#include "model/site.hpp"

namespace planpub {

// "A（目標を達成）": a grade with the meaning its scale gives it.
std::string grade_text(const GradeScale& scale, const std::string& key);

// The scales that grade this kind of subject (their indexes into plan.evaluation.scale.scales).
std::vector<size_t> scales_for(const Plan& plan, SubjectKind kind);
// ... for measures or projects: one table holds both.
std::vector<size_t> scales_for_measures_and_projects(const Plan& plan);

// Each scale with its grades and their rules: the legend, printed once per page.
kainjow::mustache::data scale_legends(const Plan& plan);

// The row's mark on each of `scales`, in order: name, grade (as text), whether it was computed,
// and the computed one where the city wrote another.
kainjow::mustache::data marks_data(const Plan& plan, const EvaluationRow& r, const std::vector<size_t>& scales);

// The column headings of `scales` for the printed sheet.
kainjow::mustache::data scale_headings(const Plan& plan, const std::vector<size_t>& scales);

}  // namespace planpub
