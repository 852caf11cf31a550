// The site search: search/index.html and the index files beside it (src/search), from the pages'
// text (taken from their HTML when they rendered), each plan's KPIs and the glossary.
//
// A build (with a writer) hands each page to the IndexBuilder as it renders, so the site's text is
// never all in memory; serve and pdf keep each page's text and index it all at once here.
#include <algorithm>
#include <map>

#include "app/pages.hpp"
#include "app/producers.hpp"
#include "search/search_index.hpp"
#include "util/parallel.hpp"
#include "vocab/routes.hpp"

namespace planpub {

static std::string plan_name(const Plan& p) { return p.short_title.empty() ? p.title : p.short_title; }

search::Doc search_doc_of_page(const SiteBuild& b, size_t job, std::vector<search::Section> sections) {
    // 「ページ名（計画の略称）」 without the plan: results show the plan on its own line.
    std::string plan = plan_name(*b.jobs[job].plan), title = page_title(b.jobs[job]), suffix = "（" + plan + "）";
    if (title.size() > suffix.size() && title.compare(title.size() - suffix.size(), suffix.size(), suffix) == 0)
        title.resize(title.size() - suffix.size());
    return {title, page_path(b.jobs[job]), plan, plan, std::move(sections)};  // plan: still found by it
}

// The documents after the pages: each plan's KPIs, then the glossary's terms. Each is made when it
// is wanted, not all at once: the 12,000 KPIs of 1,000 plans made up front were ~15 MB of heap at
// the peak that follows rendering (glibc's mallinfo2, 100,000 pages).
class KpiAndTermDocs {
  public:
    explicit KpiAndTermDocs(const SiteBuild& b) : b_(b) {
        for (const Plan& p : b.site.plans)
            for (const Kpi& k : p.kpis) kpis_.push_back({&p, &k});
    }
    size_t size() const { return kpis_.size() + b_.glossary.terms.size(); }
    search::Doc operator[](size_t i) const {
        if (i < kpis_.size()) {
            const auto& [p, k] = kpis_[i];
            std::string anchor = "kpi-" + k->id;
            return {k->name + "（KPI）",
                    routes::plan_kpi(p->id) + "#" + anchor,
                    plan_name(*p),
                    k->id,
                    {{anchor, k->measure, k->description}}};
        }
        const Term& t = b_.glossary.terms[i - kpis_.size()];
        std::string extra = t.reading + " " + t.expansion;
        for (const std::string& a : t.aliases) extra += " " + a;
        auto def = b_.definitions.find(&t);
        std::string plain = def != b_.definitions.end() ? def->second.plain : t.definition;
        const Plan* owner = nullptr;
        for (const Plan& p : b_.site.plans)
            if (p.id == t.plan) owner = &p;
        return {t.term + "（用語集）",
                routes::glossary() + "#" + t.anchor,
                owner ? plan_name(*owner) : "",
                extra,
                {{t.anchor, "", plain}}};
    }

  private:
    const SiteBuild& b_;
    std::vector<std::pair<const Plan*, const Kpi*>> kpis_;
};

// The index's tasks, on as many threads as the build renders with.
static search::ForEach search_for_each(int workers) {
    return [workers](size_t n, const std::function<void(size_t)>& task) {
        parallel_for(n, workers, [&](size_t i, int) { task(i); });
    };
}

// The pages are in the index already (added as they rendered): the KPIs and terms follow, and the
// index's postings are sorted and written.
static void finish_search_index(SiteBuild& b) {
    const int workers = worker_count(b);
    const size_t pages = std::min(b.pages.size(), b.jobs.size());
    const KpiAndTermDocs docs(b);
    parallel_for(docs.size(), workers, [&](size_t i, int) { b.search_index->add(pages + i, docs[i]); });
    // docs.js lists each document as it was added: made again from the job or the KPI or term.
    auto listing = [&](size_t d) {
        search::Doc doc = d < pages ? search_doc_of_page(b, d, {}) : docs[d - pages];
        return search::Listing{std::move(doc.title), std::move(doc.url), std::move(doc.plan)};
    };
    b.search_index->finish(pages + docs.size(), listing, search_for_each(workers));
}

void start_search_finish(SiteBuild& b) {
    // Its sort and files took a tenth of a clean build's wall time at 2,000 pages, with one core idle
    // at times; the KPI pages and the glossary run beside it (open data waits: see produce_open_data).
    // It reads only what they leave alone (the plans, the page jobs, the glossary and its definitions;
    // nothing before the open data changes them) and writes
    // through the thread-safe writer.
    if (b.search_index) b.search_finished = std::async(std::launch::async, [&b] { finish_search_index(b); });
}

void wait_for_search_finish(SiteBuild& b) {
    if (b.search_finished.valid()) b.search_finished.get();
}

void produce_search(SiteBuild& b, SiteOutputs& out, Diagnostics& diags) {
    if (b.search_index) {           // the pages were added as they rendered (and written, as are these files)
        wait_for_search_finish(b);  // started once they had (build_site), waited for at most once
        if (const std::string why = b.spill ? b.spill->failure() : ""; !why.empty())  // never a partial index
            diags.error({b.spill->folder(), 0, 0}, "output.write-failed",
                        "cannot keep the search index's working data in a temporary file there: " + why,
                        "free disk space in " + b.spill->folder() +
                            ", or set TMPDIR to a folder with space, and build again; the output is as it was");
        std::sort(b.search_files.begin(), b.search_files.end());
        for (const std::string& name : b.search_files) out.files.push_back({routes::search_file(name), "", "", true});
    } else {
        const int workers = worker_count(b);
        const size_t pages = std::min(b.pages.size(), b.jobs.size());
        std::vector<search::Doc> all(pages);
        for (size_t i = 0; i < pages; ++i) all[i] = search_doc_of_page(b, i, b.pages[i].sections);  // kept: serve
        const KpiAndTermDocs docs(b);
        for (size_t i = 0; i < docs.size(); ++i) all.push_back(docs[i]);
        for (auto& [name, bytes] : search::build_index(all, workers, search_for_each(workers)))
            out.files.push_back({routes::search_file(name), bytes, ""});
    }
    out.files.push_back({routes::search(), render_search_page(*b.templates[0], *b.ctx), ""});
    out.sitemap.push_back({routes::search(), b.ctx->build_date});  // every page but 404 is in the sitemap
}

}  // namespace planpub
