// The print edition of each plan (<plan>/print/index.html): the pages' own rendered fragments,
// taken from the page results, with the KPIs and the glossary terms the plan uses.
#include <algorithm>
#include <unordered_map>

#include "app/markdown_fragment.hpp"
#include "app/print_jobs.hpp"
#include "app/pages.hpp"
#include "app/producers.hpp"
#include "render/kpi_html.hpp"
#include "render/print_edition.hpp"
#include "text/gojuon.hpp"
#include "text/utf8.hpp"
#include "util/parallel.hpp"
#include "vocab/routes.hpp"
#include "vocab/words.hpp"

namespace planpub {
namespace {

// The KPI part: the overview table and every KPI in full, grouped by goal, as on the KPI page
// (its links written from there).
std::string kpi_part(SiteBuild& b, const Plan& p, int worker) {
    const std::string path = routes::plan_kpi(p.id);
    std::set<const Term*> linked;
    FragmentOptions o;
    o.source_dir = "plans/" + p.id + "/";
    o.from_dir = path.substr(0, path.rfind('/') + 1);
    o.terms = b.term_indexes.at(p.id).get();
    o.link = {b.site.config.link == LinkMode::All, routes::relative_url(path, routes::glossary()), &linked};
    // Diagnostics of the descriptions are the KPI page's to report; here they are not repeated.
    Diagnostics quiet;
    std::vector<int> goals;
    for (const Kpi& k : p.kpis)
        if (std::find(goals.begin(), goals.end(), k.goal) == goals.end()) goals.push_back(k.goal);
    std::sort(goals.begin(), goals.end(), [](int a, int c) { return (a == 0 ? 1 << 20 : a) < (c == 0 ? 1 << 20 : c); });
    std::vector<const Kpi*> all;
    std::string details;
    for (int g : goals) {
        details += "<h2 id=\"kpi-goal-" + std::to_string(g) + "\">" + html_escape(goal_heading(p, g)) + "</h2>\n";
        for (const Kpi& k : p.kpis) {
            if (k.goal != g) continue;
            all.push_back(&k);
            std::string description;
            if (!k.description.empty()) {
                SourceSpan at(k.path, k.description_line, {{0, k.description_line, k.description_column}});
                Fragment f = markdown_to_html(*b.parsers[worker], MarkdownSource(at, k.description), b.index, o, quiet);
                if (f.parsed) description = f.html;
            }
            details += render_kpi_detail(*b.templates[worker], k, 3, description);
        }
    }
    return render_kpi_table(*b.templates[worker], all, p.short_title + "の重要業績評価指標（KPI）一覧", "index.html") +
           details;
}

}  // namespace

void print_edition_of(SiteBuild& b, const Plan& p, int w,
                      const std::function<const PageResult*(const std::string&)>& page_at, std::string& out) {
    const std::string here = routes::plan_print(p.id);
    PrintEdition e;
    std::vector<std::string_view> sources;  // each part's fragment as the site has it
    const std::string overview = [&] {      // the overview's fragment, with the plan's structure
        const PageResult* r = page_at(routes::plan(p.id));
        return r ? r->body + plan_structure_html(p) : std::string();
    }();
    const std::string kpis = p.kpis.empty() ? std::string() : kpi_part(b, p, w);
    std::set<const Term*> used;
    auto take = [&](const std::string& path, const std::string& anchor, const std::string& title, bool is_overview) {
        const PageResult* r = page_at(path);
        if (!r) return;
        e.parts.push_back({path, anchor, title});
        sources.push_back(is_overview ? std::string_view(overview) : std::string_view(r->body));
        used.insert(r->used_terms.begin(), r->used_terms.end());
    };
    take(routes::plan(p.id), "plan", "計画の概要", true);  // in reading order: the overview, then the pages
    for (const Page& page : p.pages) take(routes::page(p.id, page.slug), "page-" + page.slug, page.title, false);
    if (!p.kpis.empty()) {
        e.parts.push_back({routes::plan_kpi(p.id), "kpi", "重要業績評価指標（KPI）"});
        sources.push_back(kpis);
    }
    e.terms.assign(used.begin(), used.end());
    std::stable_sort(e.terms.begin(), e.terms.end(),
                     [](const Term* a, const Term* c) { return gojuon_less(a->reading, c->reading); });
    std::set<std::string> anchors;
    for (const Term* t : e.terms) anchors.insert(t->anchor);
    const PrintLinks links(e.parts, here, anchors);
    // Every fragment rebased into one buffer the worker keeps (fresh memory is page faults), then
    // viewed once the buffer has stopped growing.
    thread_local std::string text;
    text.clear();
    std::vector<size_t> ends;
    for (size_t i = 0; i < e.parts.size(); ++i) {
        rebase_for_print(text, sources[i], e.parts[i], links, 1);
        ends.push_back(text.size());
    }
    const PrintPart glossary{routes::glossary(), "", ""};
    for (const Term* t : e.terms) {
        auto d = b.definitions.find(t);
        rebase_for_print(text, d != b.definitions.end() ? d->second.html : html_escape(t->definition), glossary, links,
                         0);
        ends.push_back(text.size());
    }
    for (size_t i = 0, begin = 0; i < ends.size(); begin = ends[i++])
        (i < e.parts.size() ? e.part_html : e.definitions)
            .push_back(std::string_view(text).substr(begin, ends[i] - begin));
    render_print_edition(*b.templates[w], *b.ctx, p, e, out);
}

void produce_print_pages(SiteBuild& b, SiteOutputs& out, Diagnostics& diags) {
    if (!b.writer) return print_editions_of(b, {}, out, diags);
    for (const Plan& p : b.site.plans) {  // written as each plan's pages finished rendering
        out.files.push_back({routes::plan_print(p.id), "", "", true});
        out.sitemap.push_back({routes::plan_print(p.id), plan_updated(p, *b.ctx)});
    }
}

void print_editions_of(SiteBuild& b, const std::set<std::string>& plan_ids, SiteOutputs& out, Diagnostics&) {
    std::vector<size_t> plans;
    for (size_t i = 0; i < b.site.plans.size(); ++i)
        if (plan_ids.empty() || plan_ids.count(b.site.plans[i].id)) plans.push_back(i);
    // Each page's result by its path, found once (a search per plan and page was quadratic: 1.5 s
    // at 2,000 pages).
    std::unordered_map<std::string, const PageResult*> by_path;
    for (size_t i = 0; i < b.pages.size() && i < b.jobs.size(); ++i) by_path.emplace(page_path(b.jobs[i]), &b.pages[i]);
    auto page_at = [&](const std::string& path) -> const PageResult* {
        auto it = by_path.find(path);
        return it == by_path.end() ? nullptr : it->second;
    };
    // Plans in parallel on the render workers (each with its own parser and templates), each into
    // its own slot: the output never depends on thread timing.
    std::vector<std::string> editions(plans.size());
    parallel_for(editions.size(), static_cast<int>(b.templates.size()),
                 [&](size_t i, int w) { print_edition_of(b, b.site.plans[plans[i]], w, page_at, editions[i]); });
    for (size_t i = 0; i < editions.size(); ++i) {
        const Plan& p = b.site.plans[plans[i]];
        out.files.push_back({routes::plan_print(p.id), std::move(editions[i]), ""});
        out.sitemap.push_back({routes::plan_print(p.id), plan_updated(p, *b.ctx)});
    }
}

std::vector<PrintJob> print_jobs(const Site& site) {
    std::vector<PrintJob> jobs;
    for (const Plan& p : site.plans)
        if (!p.publisher.local_government_code.empty())
            jobs.push_back({&p, routes::plan_print(p.id), routes::plan_pdf(p.publisher.local_government_code, p.id)});
    return jobs;
}

void links_for_pdf(SiteBuild& b) {
    const std::string& base_url = b.site.config.base_url;
    if (base_url.empty()) return;
    for (const PrintJob& job : print_jobs(b.site))
        for (OutputFile& f : b.outputs)
            if (f.path == job.page) f.bytes = absolute_links(f.bytes, f.path, base_url);
}

}  // namespace planpub
