#include "app/pages.hpp"

#include "app/markdown_fragment.hpp"
#include "load/content_tree.hpp"
#include "parse/front_matter.hpp"
#include "render/kpi_block.hpp"
#include "text/utf8.hpp"
#include "vocab/routes.hpp"

namespace planpub {

std::vector<PageJob> page_jobs(const Site& site) {
    std::vector<PageJob> jobs;
    size_t count = 0;  // reserved: grown job by job, the list was 2.1 MB at 100,000 pages, not 1.6
    for (const Plan& p : site.plans) count += 1 + p.pages.size();
    jobs.reserve(count);
    for (const Plan& p : site.plans) {
        jobs.push_back({&p, -1});
        for (size_t i = 0; i < p.pages.size(); ++i) jobs.push_back({&p, static_cast<long>(i)});
    }
    return jobs;
}

// A page is never rendered from text the build did not check. Only the body is taken: the front
// matter is split off but not read as YAML again (the page's fields were read and checked when it
// was parsed; yaml-cpp's second pass was 2.6% of a build's instructions).
bool read_body_again(const FileStart& where, size_t hash, std::string& body, Diagnostics& diags) {
    Diagnostics quiet;  // its warnings were reported when it was parsed
    SourceFile file = read_text_file(where.path, where.path, Limits::max_page_bytes, quiet);
    std::optional<FrontMatterSplit> split =
        file.present && !quiet.has_errors() ? split_front_matter(file.path, file.text, quiet) : std::nullopt;
    if (split && split->has_front_matter && split->body_first_line == where.first_line &&
        std::hash<std::string>()(split->body) == hash) {
        body = std::move(split->body);
        return true;
    }
    diags.error({where.path, 0, 0}, "output.source-unreadable",
                "cannot read the page again to render it: the file changed or vanished while planpub was building",
                "build again once the file is saved; nothing was written");
    return false;
}

const std::string* source_read_again(const SiteBuild& b, size_t job) {
    const PageJob& j = b.jobs[job];
    if (b.reuse && b.reuse->reusable.size() > plan_of(b, job) && b.reuse->reusable[plan_of(b, job)]) return nullptr;
    if (j.page < 0) return j.plan->overview_released ? &j.plan->source.path : nullptr;
    const Page& page = j.plan->pages[j.page];
    return page.body_released ? &page.source.path : nullptr;
}

size_t plan_of(const SiteBuild& b, size_t job) { return static_cast<size_t>(b.jobs[job].plan - b.site.plans.data()); }

std::string page_path(const PageJob& job) {
    return job.page >= 0 ? routes::page(job.plan->id, job.plan->pages[job.page].slug) : routes::plan(job.plan->id);
}

std::string page_title(const PageJob& job) {
    const Plan& plan = *job.plan;
    return job.page >= 0 ? plan.pages[job.page].title + "（" + plan.short_title + "）" : plan.short_title;
}

std::string page_date(const RenderContext& ctx, const PageJob& job) {
    const Page* page = job.page >= 0 ? &job.plan->pages[job.page] : nullptr;
    return page && !page->updated.empty() ? page->updated : plan_updated(*job.plan, ctx);
}

PageResult render_page_job(const SiteBuild& b, const PageJob& job, MarkdownParser& parser, Templates& t,
                           Diagnostics& diags) {
    const Plan& plan = *job.plan;
    const Page* page = job.page >= 0 ? &plan.pages[job.page] : nullptr;
    PageResult r;
    const std::string path = page_path(job);

    const FileStart& where = page ? page->source : plan.source;  // an overview is index.md's lines to its end
    std::string again;  // the Markdown of a page whose text a build let go after parsing
    const bool released = page ? page->body_released : plan.overview_released;
    if (released && !read_body_again(where, page ? page->body_hash : plan.overview_hash, again, diags)) return r;
    const MarkdownSource src(SourceSpan(where), released ? again : page ? page->body : plan.overview);
    FragmentOptions o;
    o.source_dir = "plans/" + plan.id + "/";
    o.from_dir = path.substr(0, path.rfind('/') + 1);
    if (!page || page->glossary) {
        o.terms = b.term_indexes.at(plan.id).get();
        o.link = {b.site.config.link == LinkMode::All, routes::relative_url(path, routes::glossary())};
    }
    int kpi_blocks = 0;
    const std::string kpi_url = routes::relative_url(path, routes::plan_kpi(plan.id));
    o.render.fenced_block = [&](const std::string& info, const std::string& block, cmark_node* node, std::string& out) {
        if (info != "kpi") return false;
        out += render_kpi_block(t, plan, block, node_location(node, src), kpi_url, ++kpi_blocks, diags);
        return true;
    };
    Fragment f = markdown_to_html(parser, src, b.index, o, diags);
    r.used_terms.assign(f.used_terms.begin(), f.used_terms.end());
    r.html = page ? render_page(t, *b.ctx, plan, job.page, f.html) : render_plan_overview(t, *b.ctx, plan, f.html);
    r.body = std::move(f.html);
    r.sections = search::sections_of_html(r.html);  // here, in parallel, while the page is at hand
    return r;
}

std::map<const Term*, RenderedDefinition> render_definitions(const SiteBuild& b, MarkdownParser& parser,
                                                             Diagnostics& diags) {
    std::map<const Term*, RenderedDefinition> out;
    for (const Term& term : b.glossary.terms) {
        FragmentOptions o;
        // Links are written from the glossary file's folder and shown on the glossary page.
        o.source_dir = term.plan.empty() ? "" : "plans/" + term.plan + "/";
        o.from_dir = routes::glossary().substr(0, routes::glossary().rfind('/') + 1);
        o.latin_lang = term.expansion_lang.empty() ? "en" : term.expansion_lang;
        o.plain_text = true;
        Fragment f = markdown_to_html(parser, MarkdownSource(term.definition_at, term.definition), b.index, o, diags);
        if (!f.parsed) continue;
        // A definition is shown inside the term's entry: one paragraph loses its <p>.
        if (starts_with(f.html, "<p>") && ends_with(f.html, "</p>\n")) f.html = f.html.substr(3, f.html.size() - 8);
        out[&term] = {std::move(f.html), std::move(f.plain)};
    }
    return out;
}

}  // namespace planpub
