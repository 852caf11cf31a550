// Build steps that need the whole site or mix stages: cross-plan checks, the accessibility
// results block, and ```kpi blocks inside pages. Used by site_build.cpp.
#pragma once
#include <string>

#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/site.hpp"

namespace planpub {

// Checks between plans and pages that need the whole site.
void check_references(const Site& site, Diagnostics& diags);
// Shows content/accessibility-results.json (written by the test run) as HTML.
std::string results_html(const SourceFile& f, Diagnostics& diags);
// A ```kpi block: `goal: N` (every KPI of goal N) or `id: X` (one KPI), one per line.
std::string render_kpi_block(const Plan& plan, const std::string& body, Location where, const std::string& kpi_url,
                             Diagnostics& diags);

}  // namespace planpub
