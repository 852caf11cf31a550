// Producers of the pages made from the content: the plans' pages (already rendered in parallel),
// each plan's KPI page and the glossary page.
#include <map>

#include "app/markdown_fragment.hpp"
#include "app/pages.hpp"
#include "app/producers.hpp"
#include "render/evaluation_pages.hpp"
#include "render/glossary_page.hpp"
#include "text/utf8.hpp"
#include "vocab/routes.hpp"

namespace planpub {

// The plans' pages rendered already (site_build.cpp); here they take their place in the sitemap,
// which lists them from the page jobs when it is written (SiteOutputs::sitemap_pages_at).
void produce_plan_pages(SiteBuild&, SiteOutputs& out, Diagnostics&) { out.sitemap_pages_at = out.sitemap.size(); }

// The pages' files, listed after the producers that need much memory (open data, search): with a
// writer they were written as they rendered and only their paths are listed: at 100,000 pages that
// list (and the room its vector grows into) was ~40 MB of heap at the open data's peak (heaptrack).
// Before the static files, which must not clash with them.
void produce_page_files(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    out.files.reserve(out.files.size() + b.pages.size());
    for (size_t i = 0; i < b.pages.size() && i < b.jobs.size(); ++i) {
        if (b.writer) {  // its result let go when its plan's print edition was written
            out.files.push_back({page_path(b.jobs[i]), "", "", true});
            continue;
        }
        PageResult& p = b.pages[i];
        out.files.push_back({page_path(b.jobs[i]), std::move(p.html), ""});
        p.html.clear();  // taken: serve publishes a page again only when a rebuild refills it
    }
}

void produce_kpi_pages(SiteBuild& b, SiteOutputs& out, Diagnostics& diags) {
    for (const Plan& p : b.site.plans) {
        if (p.kpis.empty()) continue;
        const std::string path = routes::plan_kpi(p.id);
        std::set<const Term*> linked;  // the first occurrence on the KPI page links
        FragmentOptions o;
        o.source_dir = "plans/" + p.id + "/";
        o.from_dir = path.substr(0, path.rfind('/') + 1);
        o.terms = b.term_indexes.at(p.id).get();
        o.link = {b.site.config.link == LinkMode::All, routes::relative_url(path, routes::glossary()), &linked};
        auto describe = [&](const Kpi& k) -> std::string {
            SourceSpan at(k.path, k.description_line, {{0, k.description_line, k.description_column}});
            Fragment f = markdown_to_html(*b.parsers[0], MarkdownSource(at, k.description), b.index, o, diags);
            // Over a limit (reported): shown as plain text.
            return f.parsed ? f.html : "<p>" + html_escape(k.description) + "</p>\n";
        };
        add_file(b, out, path, render_kpi_page(*b.templates[0], *b.ctx, p, describe));
        out.sitemap.push_back({path, plan_updated(p, *b.ctx)});
    }
}

// Each plan's yearly evaluation: an overview and one page per year evaluated.
void produce_evaluation_pages(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    for (const Plan& p : b.site.plans) {
        if (p.evaluation.rows.empty()) continue;
        const std::string date = plan_updated(p, *b.ctx);
        add_file(b, out, routes::plan_evaluation(p.id), render_evaluation_index(*b.templates[0], *b.ctx, p));
        out.sitemap.push_back({routes::plan_evaluation(p.id), date});
        for (int year : evaluated_years(p)) {
            const std::string path = routes::plan_evaluation_year(p.id, year);
            add_file(b, out, path, render_evaluation_year(*b.templates[0], *b.ctx, p, year));
            out.sitemap.push_back({path, date});
        }
    }
}

// The glossary page, with back-links to the pages that use each term.
void produce_glossary(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    if (b.glossary.terms.empty()) return;
    const std::string path = routes::glossary();
    std::map<const Term*, TermUses> uses;
    for (size_t i = 0; i < b.pages.size() && i < b.jobs.size(); ++i)
        for (const Term* term : b.pages.used_terms(i)) {
            TermUses& u = uses[term];
            if (u.count++ < kMaxUsesListed)
                u.listed.push_back({routes::relative_url(path, page_path(b.jobs[i])), page_title(b.jobs[i])});
        }
    std::map<const Term*, std::string> definitions;
    for (const auto& [term, d] : b.definitions) definitions[term] = d.html;
    out.files.push_back(
        {path,
         render_glossary_page(*b.templates[0], *b.ctx,
                              render_glossary_body(*b.templates[0], b.glossary, b.site, definitions, uses)),
         ""});
    out.sitemap.push_back({path, b.ctx->build_date});
}

}  // namespace planpub
