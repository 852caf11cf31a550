// The accessibility results block: content/accessibility-results.json (written by the results
// command, docs/accessibility.md) shown as HTML on accessibility/results/index.html.
#pragma once
#include <string>

#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"

namespace planpub {

std::string results_html(const SourceFile& f, Diagnostics& diags);

}  // namespace planpub
