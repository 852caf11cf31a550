// The render stage over Markdown content: every page and plan overview (run in parallel by
// site_build.cpp), and the glossary's definitions.
#pragma once
#include <map>
#include <vector>

#include "app/site_build.hpp"

namespace planpub {

// One job per plan overview, then its pages, plan by plan.
std::vector<PageJob> page_jobs(const Site& site);

// One page (or a plan's overview) through markdown_to_html, into the theme's layout.
PageResult render_page_job(const SiteBuild& b, const PageJob& job, MarkdownParser& parser, Templates& t,
                           Diagnostics& diags);

// Every glossary definition, shown on glossary/index.html (its links re-based there).
std::map<const Term*, RenderedDefinition> render_definitions(const SiteBuild& b, MarkdownParser& parser,
                                                             Diagnostics& diags);

}  // namespace planpub
