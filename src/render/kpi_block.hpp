// A ```kpi block inside a page: `goal: N` (every KPI of goal N) or `id: X` (one KPI), one per
// line. Renders the table (status with its reason) and the chart of each KPI that has one;
// `block_number` (1, 2 … on the page) keeps the charts' ids unique. Lines it cannot read are
// errors at their line in the page.
#pragma once
#include <string>

#include "diag/diagnostics.hpp"
#include "model/site.hpp"
#include "render/templates.hpp"

namespace planpub {

std::string render_kpi_block(Templates& t, const Plan& plan, const std::string& body, Location where,
                             const std::string& kpi_url, int block_number, Diagnostics& diags);

}  // namespace planpub
