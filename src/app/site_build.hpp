// One build of the whole site in memory: load → parse → link → render the pages → site-wide
// producers, every output file's bytes kept in `outputs`. `planpub build` writes them out (emit);
// `planpub serve` keeps the SiteBuild and re-renders single pages when their files change.
#pragma once
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "app/build.hpp"
#include "app/page_result.hpp"
#include "app/page_reuse.hpp"
#include "emit/output_writer.hpp"
#include "link/glossary_linker.hpp"
#include "link/internal_links.hpp"
#include "load/content_tree.hpp"
#include "load/theme_files.hpp"
#include "model/glossary.hpp"
#include "model/opendata.hpp"
#include "model/output.hpp"
#include "parse/markdown.hpp"
#include "render/site_pages.hpp"
#include "render/templates.hpp"
#include "search/index_builder.hpp"
#include "util/temp_file.hpp"

namespace planpub {

// A glossary definition rendered once: inline HTML for the glossary page, plain text for open data.
struct RenderedDefinition {
    std::string html;
    std::string plain;
};

struct SiteBuild {
    ContentTree tree;
    Site site;
    Glossary glossary;
    ThemeFiles theme;
    std::unique_ptr<RenderContext> ctx;
    std::map<std::string, std::shared_ptr<const TermIndex>> term_indexes;  // built once, read by every worker
    SiteIndex index;
    std::vector<DataSet> datasets;  // the plans' open data, known before pages render (they link to it)
    std::vector<PageJob> jobs;
    PageResults pages;  // one per job, in job order
    std::map<const Term*, RenderedDefinition> definitions;
    std::vector<std::unique_ptr<MarkdownParser>> parsers;          // one per worker
    std::vector<std::unique_ptr<Templates>> templates;             // one per worker
    std::vector<std::pair<std::string, std::string>> extra_files;  // BuildOptions::extra_files
    OutputSet outputs;  // every output file; those marked `written` are in the output folder already
    std::vector<std::pair<std::string, double>> timings;  // stage → seconds
    OutputWriter* writer = nullptr;                       // when set, files leave memory as soon as they are made
    // With a writer: the search index takes each page as it renders; its postings wait in `spill`.
    std::unique_ptr<TempFile> spill;
    std::unique_ptr<search::IndexBuilder> search_index;
    std::mutex search_files_mutex;
    std::vector<std::string> search_files;  // names under search/ the index has written
    // The index completed on its own thread while the producers before "search" run (with a writer).
    std::future<void> search_finished;
    std::vector<PlanInputs> plan_inputs;  // with a writer: by plan index, for the page cache
    std::unique_ptr<PageReuse> reuse;     // with a writer: the page cache, read and written
};

// Builds everything. Null when the content or theme cannot be read at all; otherwise check `diags`
// for errors before using the outputs. With `writer` (planpub build), each page and each large file
// is written to the output's staging folder as soon as it is made and only its path is kept, so
// memory does not grow with the site; without (serve, pdf), every file's bytes stay in `outputs`.
std::unique_ptr<SiteBuild> build_site(const BuildOptions& options, Diagnostics& diags, OutputWriter* writer = nullptr);

// A build with a writer, once every producer has run: lets go of the content model, the pages'
// results and the link stage's indexes (most of the heap at 100,000 pages), so that putting the
// output in place, which sorts every path into sets, does not add to them. Keeps `outputs`,
// `timings` and the page cache.
void release_site_model(SiteBuild& build);

enum class PageRebuild { Done, NeedsFullBuild, Failed };

// After the page file at `path` (as the loader names it: <content>/plans/x/01-a.md) changed:
// re-reads and re-renders that page alone when only its body changed and it links the same
// glossary terms (its new HTML in `pages[i].html`); otherwise says a full build is needed.
// Failed: the new text has errors (in `diags`), the previous output stays.
PageRebuild rebuild_page(SiteBuild& build, const std::string& path, Diagnostics& diags);

}  // namespace planpub
