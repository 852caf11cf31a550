// Site-wide outputs as producers: each one call that adds its files (and its sitemap entries)
// after the pages have rendered. A new output is one producer function plus one line in
// `site_producers()`. They run in that list's order, which is also the sitemap's order; the
// sitemap and the static files come last, since they look at what the others wrote.
#pragma once
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/site_build.hpp"

namespace planpub {

struct SiteOutputs {
    OutputSet files;
    std::vector<std::pair<std::string, std::string>> sitemap;  // (output path, last modified)
    // Where the plans' pages (every page job, in order) come in the sitemap: listed from the jobs
    // as the sitemap is written, not held here (~10 MB of paths at 100,000 pages, through the
    // open data's peak).
    size_t sitemap_pages_at = SIZE_MAX;
};

// A finished file of the output: with a writer it is written now and only its path kept (at 1,000
// plans the KPI pages are ~50 MB, the open data ~200 MB), else (serve) held until the site is written.
void add_file(SiteBuild& b, SiteOutputs& out, std::string path, std::string bytes);
// The same file, written now where there is a writer, for the caller to list in its place later.
OutputFile file_now(SiteBuild& b, std::string path, std::string bytes);

// The threads a producer may run its work on: as many as rendered the pages.
int worker_count(const SiteBuild& b);

using Producer = void (*)(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);

struct NamedProducer {
    const char* name;  // for --timings and docs/architecture.md
    Producer run;
    bool links_markdown = false;  // renders Markdown with links (needs SiteBuild::index)
};

const std::vector<NamedProducer>& site_producers();

// The producers, in content_producers.cpp, print_producer.cpp, site_producers.cpp and open_data.cpp.
void produce_home(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_plan_pages(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_accessibility(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_kpi_pages(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_evaluation_pages(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_print_pages(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
// The print editions of the plans in `plan_ids` only (all when empty): serve re-makes just the
// plans whose pages it re-rendered.
void print_editions_of(SiteBuild& b, const std::set<std::string>& plan_ids, SiteOutputs& out, Diagnostics& diags);
// One plan's print edition, on worker `w` (its parser and templates), from its pages' results,
// into `out` (its room kept).
void print_edition_of(SiteBuild& b, const Plan& p, int w,
                      const std::function<const PageResult*(const std::string&)>& page_at, std::string& out);
void produce_glossary(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_open_data(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_search(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);  // search_producer.cpp
// With a writer, once the pages have rendered: the search index is completed on its own thread
// while the producers before produce_search run; produce_search waits for it.
void start_search_finish(SiteBuild& b);
void wait_for_search_finish(SiteBuild& b);
// Page `job`'s search document (title without the plan's name), with its text cut at headings.
search::Doc search_doc_of_page(const SiteBuild& b, size_t job, std::vector<search::Section> sections);
void produce_not_found(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_sitemap(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_robots_and_feed(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_theme_assets(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_attachments(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_page_files(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);
void produce_static_files(SiteBuild& b, SiteOutputs& out, Diagnostics& diags);

}  // namespace planpub
