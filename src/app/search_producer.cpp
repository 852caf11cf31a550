// The site search: search/index.html and the index files beside it (src/search), from the pages
// as rendered, each plan's KPIs and the glossary.
#include <algorithm>
#include <map>

#include "app/producers.hpp"
#include "search/search_index.hpp"
#include "util/parallel.hpp"
#include "vocab/routes.hpp"

namespace planpub {

static std::string plan_name(const Plan& p) { return p.short_title.empty() ? p.title : p.short_title; }

void produce_search(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    std::vector<search::Doc> docs;
    // The pages' HTML has moved to the output set by now (produce_plan_pages takes it).
    std::map<std::string, const std::string*> html;
    for (const OutputFile& f : out.files) html[f.path] = &f.bytes;
    const int workers = static_cast<int>(std::max<size_t>(1, b.templates.size()));
    const search::ForEach for_each = [workers](size_t n, const std::function<void(size_t)>& task) {
        parallel_for(n, workers, [&](size_t i, int) { task(i); });
    };
    docs.resize(std::min(b.pages.size(), b.jobs.size()));
    parallel_for(docs.size(), workers, [&](size_t i, int) {  // each page into its own slot
        const PageResult& r = b.pages[i];
        auto it = html.find(r.path);
        const std::string& bytes = it != html.end() ? *it->second : r.html;
        // 「ページ名（計画の略称）」 without the plan: results show the plan on its own line.
        std::string plan = plan_name(*b.jobs[i].plan), title = r.title, suffix = "（" + plan + "）";
        if (title.size() > suffix.size() && title.compare(title.size() - suffix.size(), suffix.size(), suffix) == 0)
            title.resize(title.size() - suffix.size());
        docs[i] = {title, r.path, plan, plan, search::sections_of_html(bytes)};  // plan: still found by it
    });
    for (const Plan& p : b.site.plans)
        for (const Kpi& k : p.kpis) {
            std::string anchor = "kpi-" + k.id;
            docs.push_back({k.name + "（KPI）",
                            routes::plan_kpi(p.id) + "#" + anchor,
                            plan_name(p),
                            k.id,
                            {{anchor, k.measure, k.description}}});
        }
    for (const Term& t : b.glossary.terms) {
        std::string extra = t.reading + " " + t.expansion;
        for (const std::string& a : t.aliases) extra += " " + a;
        auto def = b.definitions.find(&t);
        std::string plain = def != b.definitions.end() ? def->second.plain : t.definition;
        const Plan* owner = nullptr;
        for (const Plan& p : b.site.plans)
            if (p.id == t.plan) owner = &p;
        docs.push_back({t.term + "（用語集）",
                        routes::glossary() + "#" + t.anchor,
                        owner ? plan_name(*owner) : "",
                        extra,
                        {{t.anchor, "", plain}}});
    }
    for (auto& [name, bytes] : search::build_index(docs, workers, for_each))
        out.files.push_back({routes::search_file(name), bytes, ""});
    out.files.push_back({routes::search(), render_search_page(*b.templates[0], *b.ctx), ""});
    out.sitemap.push_back({routes::search(), b.ctx->build_date});  // every page but 404 is in the sitemap
}

}  // namespace planpub
