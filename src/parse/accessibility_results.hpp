// Parse stage: content/accessibility-results.json (written by `npm run a11y-results`,
// tests/browser/results.mjs, then perhaps edited by hand after manual tests) → AccessibilityResults.
// Every problem is an error at its line:col (results.bad-json, results.bad-field, and
// results.unsupported-claim for 適合 or 準拠 that no person judged); a file with errors is not shown.
#pragma once
#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/accessibility.hpp"

namespace planpub {

AccessibilityResults read_accessibility_results(const SourceFile& f, Diagnostics& diags);

}  // namespace planpub
