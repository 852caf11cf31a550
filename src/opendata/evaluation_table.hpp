// Open data: a plan's yearly evaluation as <code>_<plan>_evaluation.csv — long format, one row
// per KPI or measure and year, 和暦 beside 西暦, the rate with how it was computed (or why there
// is none), the grade with whether the city wrote it or it was computed (docs/evaluation.md).
#pragma once
#include <optional>

#include "model/opendata.hpp"
#include "model/site.hpp"

namespace planpub {

// None when the plan has no evaluation rows.
std::optional<DataFile> evaluation_table(const Plan& plan);

}  // namespace planpub
