// Render stage: the site's pages through the theme's templates. Each function is pure:
// model values and already-rendered Markdown in, one HTML document out.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/opendata.hpp"
#include "model/site.hpp"
#include "render/accessibility_pages.hpp"
#include "render/templates.hpp"

namespace planpub {

struct RenderContext {
    RenderContext(const Site& s, std::string date) : site(s), build_date(std::move(date)) {}
    const Site& site;
    std::string build_date;  // YYYY-MM-DD: SOURCE_DATE_EPOCH or today, for pages with no date of their own
    bool has_glossary = false;
    bool has_opendata = false;
    // plan id → its open-data dataset: the id (an anchor on opendata/index.html) and its number in
    // `datasets` (SiteBuild::datasets), from which the overview page's schema.org Dataset JSON-LD
    // is made as it renders: kept as text for every plan from the link stage on, it was ~4.8 KB a
    // plan (4.8 MB at 1,000 plans).
    std::map<std::string, std::string> plan_dataset_ids;
    std::map<std::string, size_t> plan_datasets;
    const std::vector<DataSet>* datasets = nullptr;
    // Output path → size in bytes of the open-data files made before pages render, for download links.
    std::map<std::string, size_t> file_sizes;
};

std::string plan_updated(const Plan& plan, const RenderContext& ctx);

// A page body (a template's output) in the theme's base layout, for pages rendered elsewhere
// (the evaluation pages): `depth` folders below the site root; breadcrumbs (label, url) from the
// home page down, the last one without a url.
std::string render_in_layout(Templates& t, const RenderContext& ctx, int depth, const std::string& title,
                             std::string body, const std::vector<std::pair<std::string, std::string>>& crumbs,
                             const std::string& updated, const std::string& description);

std::string render_home(Templates& t, const RenderContext& ctx);
std::string render_plan_overview(Templates& t, const RenderContext& ctx, const Plan& plan,
                                 const std::string& overview_html);
std::string render_page(Templates& t, const RenderContext& ctx, const Plan& plan, size_t page_index,
                        const std::string& content_html);
// `describe` renders a KPI's description; it is called in the order the page shows the KPIs.
std::string render_kpi_page(Templates& t, const RenderContext& ctx, const Plan& plan,
                            const std::function<std::string(const Kpi&)>& describe = {});
std::string render_glossary_page(Templates& t, const RenderContext& ctx, const std::string& body);
// `updated` is the open data's own content date (empty: none shown), so opendata/ never changes with the build day.
std::string render_opendata_page(Templates& t, const RenderContext& ctx, std::string body, const std::string& updated);
std::string render_not_found(Templates& t, const RenderContext& ctx);
// search/index.html: the form and results list that assets/search.js fills from search/*.js.
std::string render_search_page(Templates& t, const RenderContext& ctx);
std::string render_accessibility(Templates& t, const RenderContext& ctx, const AccessibilityResults& results);
std::string render_accessibility_results(Templates& t, const RenderContext& ctx, const std::string& results_html);

}  // namespace planpub
