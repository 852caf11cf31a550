// evaluation.csv: the city's yearly evaluation of each KPI and measure (施策) — grade, internal
// and external comments, next step, budget — one row per KPI or measure and year
// (docs/evaluation.md). Every row is checked against the plan: the KPI or measure exists, the
// grade is on the plan's scale, the year is inside the plan's period, no row is written twice.
#pragma once
#include <string>

#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/site.hpp"

namespace planpub {

// Reads `file` into plan.evaluation.rows (the plan's KPIs, goals and scale already parsed).
void parse_evaluation_csv(const SourceFile& file, const std::string& encoding, Plan& plan, Diagnostics& diags);

}  // namespace planpub
