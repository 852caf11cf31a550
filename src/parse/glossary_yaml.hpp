// Parse stage: glossary.yaml (site-wide or plan-local) → Terms.
#pragma once
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/glossary.hpp"

namespace planpub {

// `plan`: empty for content/glossary.yaml, else the plan id (anchors become t-<plan>-…).
std::vector<Term> parse_glossary(const SourceFile& file, const std::string& plan, Diagnostics& diags);

// Anchors are the glossary page's ids. Reports and drops every term whose anchor an earlier
// term has (an id used twice, or a site id such as "alpha-x" meeting plan alpha's term "x").
void drop_duplicate_anchors(std::vector<Term>& terms, Diagnostics& diags);

}  // namespace planpub
