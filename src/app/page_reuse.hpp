// Rebuilds skip rendering the plans whose inputs did not change: each plan's pages are keyed by a
// fingerprint of everything they are rendered from, and what later producers need of them (the
// glossary terms they use, their warnings) is kept in the page cache beside --out
// (emit/page_cache.hpp). A plan is taken from there only when its key matches and its print edition
// is in the previous-build folder with exactly the bytes that were cached; otherwise it renders as
// on a clean build. Each of its pages then too, unless its file is there as cached (its search text
// is read from that file again).
//
// The key covers, for every plan: the site's files (site.yaml, glossary.yaml, the theme, static/),
// every plan's files except the pages' Markdown bodies (titles, order and slugs of all pages show up
// on other pages), the plan's own page bodies, the build date, the options that change output, what
// the link stage derived from them, and the build id of the planpub binary. What a page renders from
// is only ever in those; a new input must be added to site_key() or plan_input_fingerprints().
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "emit/page_cache.hpp"

namespace planpub {

struct SiteBuild;
struct PageResult;
struct PlanSources;

struct PageReuse {
    PageCacheReader old;
    PageCacheWriter fresh;
    bool recording = false;
    std::vector<size_t> first_job;                      // by plan index: its overview's job
    std::vector<std::unique_ptr<CachedPlan>> reusable;  // by plan index: null when the plan renders
    std::vector<CachedPlan> recorded;                   // by plan index: its key, and what the new cache holds
    std::unique_ptr<std::once_flag[]> started;          // by plan index: its entries in `recorded` made
    std::atomic<size_t> reused{0};                      // jobs taken from the cache
};

// What the page cache keys a plan's pages by: its files without the pages' Markdown bodies (other
// plans' pages show what is in them: titles, order, slugs), and those bodies.
struct PlanInputs {
    Fingerprint inputs, bodies;
};

// While the plan's files are in memory (the load stage lets them go right after).
PlanInputs fingerprint_plan_inputs(const PlanSources& sources);

// Before the pages render, for a build with an output writer: the plans' keys, the old cache read,
// and which plans' files in the previous-build folder are the cached ones (checked in parallel).
void start_page_reuse(SiteBuild& b, const std::string& out_dir, int workers);

// Job `i` of a reusable plan whose file is in place as cached: b.pages[i] from the cache and the
// file (no HTML kept) and its warnings reported again. False when it must be rendered.
bool reuse_page(SiteBuild& b, size_t i, Diagnostics& diags);

// Job `i` rendered: what the new cache keeps of it (its HTML and sections not yet moved away).
void record_page(SiteBuild& b, size_t i, const PageResult& r, const Diagnostics& job_diags);

// The plan's print edition (null: reused, as cached); its entry in the new cache is complete.
void record_plan(SiteBuild& b, size_t plan, const std::string* print_html);

// After the output is in place: the new cache replaces the old one.
void commit_page_reuse(SiteBuild& b);

}  // namespace planpub
