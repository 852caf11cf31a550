// The render stage over Markdown content: every page and plan overview (run in parallel by
// site_build.cpp), and the glossary's definitions.
#pragma once
#include <map>
#include <vector>

#include "app/site_build.hpp"

namespace planpub {

// One job per plan overview, then its pages, plan by plan.
std::vector<PageJob> page_jobs(const Site& site);

// The Markdown body of a page or plan overview whose text the build let go after parsing
// (Page::body_released, Plan::overview_released), read from its file (`where`) again; false, with
// output.source-unreadable, when the file is gone or its body (its hash `hash`, or the line it
// starts on) is no longer what was parsed and checked.
bool read_body_again(const FileStart& where, size_t hash, std::string& body, Diagnostics& diags);
// The file job `job` reads again as it renders, or nullptr: its Markdown was kept, or its plan's pages
// come from the page cache.
const std::string* source_read_again(const SiteBuild& b, size_t job);

// A job's output path (routes::plan or routes::page), its title as other pages name it
// (「ページ名（計画の略称）」, or the plan's short title) and its date (last modified, for the
// sitemap): known without rendering it.
std::string page_path(const PageJob& job);
std::string page_title(const PageJob& job);
std::string page_date(const RenderContext& ctx, const PageJob& job);
// The number of job `job`'s plan in b.site.plans.
size_t plan_of(const SiteBuild& b, size_t job);

// One page (or a plan's overview) through markdown_to_html, into the theme's layout.
PageResult render_page_job(const SiteBuild& b, const PageJob& job, MarkdownParser& parser, Templates& t,
                           Diagnostics& diags);

// Every glossary definition, shown on glossary/index.html (its links re-based there).
std::map<const Term*, RenderedDefinition> render_definitions(const SiteBuild& b, MarkdownParser& parser,
                                                             Diagnostics& diags);

}  // namespace planpub
