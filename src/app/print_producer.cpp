// The print edition of each plan (<plan>/print/index.html): the pages' own rendered fragments,
// taken from the page results, with the KPIs and the glossary terms the plan uses.
#include <algorithm>

#include "app/markdown_fragment.hpp"
#include "app/print_jobs.hpp"
#include "app/producers.hpp"
#include "render/kpi_html.hpp"
#include "render/print_edition.hpp"
#include "text/gojuon.hpp"
#include "text/utf8.hpp"
#include "vocab/routes.hpp"
#include "vocab/words.hpp"

namespace planpub {
namespace {

// The KPI part: the overview table and every KPI in full, grouped by goal, as on the KPI page
// (its links written from there).
std::string kpi_part(SiteBuild& b, const Plan& p) {
    const std::string path = routes::plan_kpi(p.id);
    std::set<const Term*> linked;
    FragmentOptions o;
    o.source_dir = "plans/" + p.id + "/";
    o.from_dir = path.substr(0, path.rfind('/') + 1);
    o.terms = &b.term_indexes.at(p.id);
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
                Fragment f = markdown_to_html(*b.parsers[0], MarkdownSource(at, k.description), b.index, o, quiet);
                if (f.parsed) description = f.html;
            }
            details += render_kpi_detail(*b.templates[0], k, 3, description);
        }
    }
    return render_kpi_table(*b.templates[0], all, p.short_title + "の重要業績評価指標（KPI）一覧", "index.html") +
           details;
}

}  // namespace

void produce_print_pages(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    for (const Plan& p : b.site.plans) {
        const std::string here = routes::plan_print(p.id);
        std::vector<PrintPart> parts;
        std::set<const Term*> used;
        // The plan's own results only, by their jobs (looking each plan up in every page's result
        // made this quadratic in the site's pages: 34 s of 6,000).
        for (size_t i = 0; i < b.pages.size() && i < b.jobs.size(); ++i) {
            if (b.jobs[i].plan != &p) continue;
            const PageResult& r = b.pages[i];
            if (b.jobs[i].page < 0) {
                parts.push_back({r.path, "plan", "計画の概要", r.body + plan_structure_html(p)});
            } else {
                const Page& page = p.pages[b.jobs[i].page];
                parts.push_back({r.path, "page-" + page.slug, page.title, r.body});
            }
            used.insert(r.used_terms.begin(), r.used_terms.end());
        }
        if (!p.kpis.empty())
            parts.push_back({routes::plan_kpi(p.id), "kpi", "重要業績評価指標（KPI）", kpi_part(b, p)});
        PrintEdition e;
        e.terms.assign(used.begin(), used.end());
        std::stable_sort(e.terms.begin(), e.terms.end(),
                         [](const Term* a, const Term* c) { return gojuon_less(a->reading, c->reading); });
        std::set<std::string> anchors;
        for (const Term* t : e.terms) anchors.insert(t->anchor);
        for (const PrintPart& part : parts)
            e.parts.push_back(
                {part.path, part.anchor, part.title, rebase_for_print(part.html, part, parts, here, anchors, 1)});
        const PrintPart glossary{routes::glossary(), "", "", ""};
        for (const Term* t : e.terms) {
            auto d = b.definitions.find(t);
            const std::string html = d != b.definitions.end() ? d->second.html : html_escape(t->definition);
            e.definitions.push_back(rebase_for_print(html, glossary, parts, here, anchors, 0));
        }
        out.files.push_back({here, render_print_edition(*b.templates[0], *b.ctx, p, e), ""});
        out.sitemap.push_back({here, plan_updated(p, *b.ctx)});
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
