// One build of the whole site in memory: load → parse → link → render, every output file's bytes
// kept in `outputs`. `planpub build` writes them out (emit); `planpub serve` keeps the SiteBuild and
// re-renders single pages when their files change.
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/build.hpp"
#include "link/glossary_linker.hpp"
#include "link/internal_links.hpp"
#include "load/content_tree.hpp"
#include "load/theme_files.hpp"
#include "model/glossary.hpp"
#include "model/output.hpp"
#include "parse/markdown.hpp"
#include "render/site_pages.hpp"
#include "render/templates.hpp"

namespace planpub {

struct PageJob {
    const Plan* plan;
    long page;  // -1: the plan's overview (index.md)
};

struct SiteBuild {
    ContentTree tree;
    Site site;
    Glossary glossary;
    ThemeFiles theme;
    std::unique_ptr<RenderContext> ctx;
    std::map<std::string, TermIndex> term_indexes;  // built once, read by every worker
    SiteIndex index;
    std::vector<PageJob> jobs;
    std::vector<std::unique_ptr<MarkdownParser>> parsers;  // one per worker
    std::vector<std::unique_ptr<Templates>> templates;     // one per worker
    OutputSet outputs;  // the first jobs.size() entries are the pages, in job order
    std::vector<std::set<const Term*>> used_terms;  // per job
    std::vector<std::string> page_dates;            // per job
    std::vector<std::pair<std::string, double>> timings;  // stage → seconds
};

// Builds everything in memory. Null when the content or theme cannot be read at all; otherwise
// check `diags` for errors before using the outputs.
std::unique_ptr<SiteBuild> build_site(const BuildOptions& options, Diagnostics& diags);

enum class PageRebuild { Done, NeedsFullBuild, Failed };

// After the page file at `path` (as the loader names it: <content>/plans/x/01-a.md) changed:
// re-reads and re-renders that page alone when only its body changed and it links the same
// glossary terms; otherwise says a full build is needed. Failed: the new text has errors (in
// `diags`), the previous output stays.
PageRebuild rebuild_page(SiteBuild& build, const std::string& path, Diagnostics& diags);

}  // namespace planpub
