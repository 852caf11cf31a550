// Parse stage: a plan folder's index.md and page files → Plan (front matter and bodies).
#pragma once
#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/site.hpp"

namespace planpub {

// Plan ids that would collide with the site's own folders.
bool is_reserved_plan_id(const std::string& id);
// Page slugs that would collide with a plan's own folders.
bool is_reserved_page_slug(const std::string& slug);

Plan parse_plan(const PlanSources& sources, const SiteConfig& site, Diagnostics& diags);

// Parses one page file (front matter + body). Exposed for tests.
std::optional<Page> parse_page(const SourceFile& file, Diagnostics& diags);

}  // namespace planpub
