// Parse stage: glossary.yaml (site-wide or plan-local) → Terms.
#pragma once
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/glossary.hpp"

namespace planpub {

// `plan`: empty for content/glossary.yaml, else the plan id (anchors become t-<plan>-…).
std::vector<Term> parse_glossary(const SourceFile& file, const std::string& plan, Diagnostics& diags);

}  // namespace planpub
