// Render stage: what the accessibility policy (方針) and results (試験結果) pages show.
// The results (parse/accessibility_results.cpp) are laid out as JIS X 8341-3:2016 annex JB asks;
// the policy's dates, target and departments come from site.yaml's `accessibility:` (docs/accessibility.md).
#pragma once
#include <kainjow/mustache.hpp>

#include <string>

#include "diag/diagnostics.hpp"
#include "model/accessibility.hpp"
#include "model/site.hpp"

namespace planpub {

// The 試験結果 page body in the JIS X 8341-3:2016 annex JB layout; empty when there are no results.
std::string results_html(const AccessibilityResults& results);

// Warns (site.accessibility-incomplete) about policy fields site.yaml leaves out.
void check_accessibility_policy(const Site& site, Diagnostics& diags);

// The policy template's values (accessibility.mustache).
void add_policy_data(kainjow::mustache::data& d, const Site& site, const AccessibilityResults& results);

// 2025-04-01 → 2025年4月1日
std::string japanese_date(const std::string& iso);

}  // namespace planpub
