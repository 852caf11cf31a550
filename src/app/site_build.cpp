#include "app/site_build.hpp"

#include <chrono>
#include <filesystem>
#include <thread>

#include "app/build_steps.hpp"
#include "app/open_data.hpp"
#include "util/parallel.hpp"
#include "link/kpi_progress.hpp"
#include "link/language_runs.hpp"
#include "parse/glossary_yaml.hpp"
#include "parse/kpi_table.hpp"
#include "parse/plan_meta.hpp"
#include "parse/sanitize.hpp"
#include "parse/site_config.hpp"
#include "render/feeds.hpp"
#include "render/glossary_page.hpp"
#include "render/html_renderer.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

using Clock = std::chrono::steady_clock;

struct RenderedPage {
    std::string html;
    std::set<const Term*> used_terms;
};

// One page (or a plan's overview) through parse → link → render, into the theme's layout.
RenderedPage render_job(const SiteBuild& b, const PageJob& job, MarkdownParser& parser, Templates& t, Diagnostics& diags) {
    const Plan& plan = *job.plan;
    const Page* page = job.page >= 0 ? &plan.pages[job.page] : nullptr;
    const SourceSpan& span = page ? page->source : plan.source;
    const std::string& body = page ? page->body : plan.overview;
    std::string out_dir = plan.id + "/" + (page ? page->slug + "/" : "");
    RenderedPage r;
    const MarkdownSource src(span, body);
    MarkdownDoc doc = parser.parse(src, diags);
    std::string html;
    if (doc) {
        sanitize_tree(doc.get(), src, diags);
        rewrite_internal_links(doc.get(), src, "plans/" + plan.id + "/", out_dir, b.index, diags);
        if (!page || page->glossary) {
            LinkOptions lo{b.site.config.link == LinkMode::All, page ? "../../glossary/index.html" : "../glossary/index.html"};
            r.used_terms = link_glossary_terms(doc.get(), b.term_indexes.at(plan.id), lo);
        }
        HtmlRenderOptions ro;
        int kpi_blocks = 0;
        ro.fenced_block = [&](const std::string& info, const std::string& block, cmark_node* node, std::string& out) {
            if (info != "kpi") return false;
            out += render_kpi_block(plan, block, node_location(node, src), page ? "../kpi/index.html" : "kpi/index.html",
                                    ++kpi_blocks, diags);
            return true;
        };
        html = render_html(doc.get(), ro);
    }
    r.html = page ? render_page(t, *b.ctx, plan, job.page, html) : render_plan_overview(t, *b.ctx, plan, html);
    return r;
}

std::string page_path(const PageJob& job) {
    const Plan& plan = *job.plan;
    return plan.id + "/" + (job.page >= 0 ? plan.pages[job.page].slug + "/" : "") + "index.html";
}

void parse_site(SiteBuild& b, const BuildOptions& opt, int workers, Diagnostics& diags) {
    b.site.config = parse_site_config(b.tree.site_yaml, diags);
    if (!opt.base_url.empty() && !is_absolute_http_url(opt.base_url)) {
        diags.error({"--base-url", 0, 0}, "cli.base-url-not-absolute", "--base-url \"" + opt.base_url + "\" is not an absolute http(s) URL",
                    "give the full address where the site will live, e.g. --base-url https://www.city.example.jp/plans/");
    } else if (!opt.base_url.empty()) {
        b.site.config.base_url = opt.base_url;
        if (b.site.config.base_url.back() != '/') b.site.config.base_url += '/';
    }
    // Plans parse independently (front matter YAML is most of the cost): one task per plan, plus
    // one for the site glossary; results land in slots, so the order never depends on timing.
    const size_t n = b.tree.plans.size();
    std::vector<Plan> plans(n);
    std::vector<std::vector<Term>> terms(n + 1);
    parallel_for(n + 1, workers, [&](size_t i, int) {
        if (i == n) {
            terms[n] = parse_glossary(b.tree.glossary, "", diags);
            return;
        }
        const PlanSources& ps = b.tree.plans[i];
        Plan plan = parse_plan(ps, b.site.config, diags);
        terms[i] = parse_glossary(ps.glossary, ps.id, diags);
        plan.kpis = parse_kpi_csv(ps.kpi_csv, b.site.config.encoding, plan.goals_read ? &plan.goals : nullptr, diags, &plan.unread_kpis);
        parse_kpi_values_csv(ps.kpi_values_csv, b.site.config.encoding, plan.kpis, diags, &plan.unread_kpis);
        for (Kpi& k : plan.kpis) k.progress = evaluate_progress(k);
        plans[i] = std::move(plan);
    });
    b.glossary.terms = std::move(terms[n]);  // site terms first, then each plan's, in plan order
    for (size_t i = 0; i < n; ++i)
        for (Term& t : terms[i]) b.glossary.terms.push_back(std::move(t));
    b.site.plans = std::move(plans);
    drop_duplicate_anchors(b.glossary.terms, diags);
    check_references(b.site, diags);
    warn_undated_open_data(b.site, diags);
}

// The glossary page (with back-links to the pages that use each term) and plain-text definitions.
std::map<const Term*, std::string> add_glossary(SiteBuild& b, Diagnostics& diags,
                                                std::vector<std::pair<std::string, std::string>>& sitemap) {
    std::map<const Term*, std::string> plain;  // definitions without markup, for open data
    if (b.glossary.terms.empty()) return plain;
    std::map<const Term*, std::vector<TermUse>> uses;
    for (size_t i = 0; i < b.jobs.size(); ++i) {
        const Plan& p = *b.jobs[i].plan;
        std::string title = b.jobs[i].page >= 0 ? p.pages[b.jobs[i].page].title + "（" + p.short_title + "）" : p.short_title;
        for (const Term* term : b.used_terms[i]) uses[term].push_back({"../" + b.outputs[i].path, title});
    }
    std::map<const Term*, std::string> definitions;
    for (const Term& term : b.glossary.terms) {
        const MarkdownSource src(term.definition_at, term.definition);
        MarkdownDoc d = b.parsers[0]->parse(src, diags);
        if (!d) continue;
        sanitize_tree(d.get(), src, diags);
        // Links are written from the glossary file's folder and shown on glossary/index.html.
        rewrite_internal_links(d.get(), src, term.plan.empty() ? "" : "plans/" + term.plan + "/", "glossary/", b.index, diags);
        plain[&term] = trim(plain_text(d.get()));
        mark_latin_runs(d.get(), term.expansion_lang.empty() ? "en" : term.expansion_lang);
        std::string html = render_html(d.get(), HtmlRenderOptions{});
        if (starts_with(html, "<p>") && ends_with(html, "</p>\n")) html = html.substr(3, html.size() - 8);
        definitions[&term] = html;
    }
    b.outputs.push_back({"glossary/index.html",
                         render_glossary_page(*b.templates[0], *b.ctx, render_glossary_body(b.glossary, b.site, definitions, uses)), ""});
    sitemap.push_back({"glossary/index.html", b.ctx->build_date});
    return plain;
}

}  // namespace

std::unique_ptr<SiteBuild> build_site(const BuildOptions& opt, Diagnostics& diags) {
    auto b = std::make_unique<SiteBuild>();
    auto started = Clock::now();
    auto lap = [&](const char* stage) {
        auto now = Clock::now();
        b->timings.push_back({stage, std::chrono::duration<double>(now - started).count()});
        started = now;
    };
    int workers = opt.jobs > 0 ? opt.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    b->tree = load_content(opt.content_dir, diags, workers);
    lap("load");
    parse_site(*b, opt, workers, diags);
    const SiteConfig& config = b->site.config;
    b->theme = load_theme_files(opt.content_dir, config.theme, diags,
                                {config.source_path, config.theme_line, config.theme_column});

    b->ctx = std::make_unique<RenderContext>(b->site, build_date_from_environment());
    RenderContext& ctx = *b->ctx;
    ctx.has_glossary = !b->glossary.terms.empty();
    std::vector<DataSet> datasets = plan_datasets(b->site, ctx);
    for (const Plan& p : b->site.plans) b->term_indexes.emplace(p.id, build_term_index(b->glossary, p.id));
    b->index = build_site_index(b->site);
    for (const Plan& p : b->site.plans) {
        b->jobs.push_back({&p, -1});
        for (size_t i = 0; i < p.pages.size(); ++i) b->jobs.push_back({&p, static_cast<long>(i)});
    }
    lap("parse");
    workers = std::min<int>(workers, static_cast<int>(std::max<size_t>(1, b->jobs.size())));

    // Every worker's parser and templates exist before any thread starts and outlive them all.
    register_markdown_extensions();
    for (int w = 0; w < workers; ++w) {
        b->parsers.push_back(std::make_unique<MarkdownParser>());
        Diagnostics theme_diags;
        b->templates.push_back(std::make_unique<Templates>(b->theme, theme_diags));
        if (w == 0) diags.merge(theme_diags);
    }
    if (!b->templates[0]->ok()) return b;

    const size_t n = b->jobs.size();
    b->outputs.resize(n);
    b->used_terms.resize(n);
    b->page_dates.resize(n);
    std::atomic<size_t> done{0};
    parallel_for(n, workers, [&](size_t i, int w) {
        const PageJob& job = b->jobs[i];
        RenderedPage r = render_job(*b, job, *b->parsers[w], *b->templates[w], diags);
        b->outputs[i] = {page_path(job), std::move(r.html), ""};
        b->used_terms[i] = std::move(r.used_terms);
        const Page* page = job.page >= 0 ? &job.plan->pages[job.page] : nullptr;
        b->page_dates[i] = page && !page->updated.empty() ? page->updated : plan_updated(*job.plan, ctx);
        size_t d = ++done;
        if (opt.progress && (d % 50 == 0 || d == n)) opt.progress(d, n);
    });
    lap("render pages");

    Templates& t = *b->templates[0];
    std::vector<std::pair<std::string, std::string>> sitemap;
    sitemap.push_back({"index.html", ctx.build_date});
    for (size_t i = 0; i < n; ++i) sitemap.push_back({b->outputs[i].path, b->page_dates[i]});
    sitemap.push_back({"accessibility/index.html", ctx.build_date});
    sitemap.push_back({"accessibility/results/index.html", ctx.build_date});
    for (const Plan& p : b->site.plans) {
        if (p.kpis.empty()) continue;
        std::set<const Term*> linked;  // the first occurrence on the KPI page links
        FieldContext field{*b->parsers[0], b->index, "plans/" + p.id + "/", p.id + "/kpi/", &b->term_indexes.at(p.id),
                           {b->site.config.link == LinkMode::All, "../../glossary/index.html", &linked}};
        auto describe = [&](const Kpi& k) {
            SourceSpan at(k.path, k.description_line, {{0, k.description_line, k.description_column}});
            return field_markdown_html(k.description, at, field, diags);
        };
        b->outputs.push_back({p.id + "/kpi/index.html", render_kpi_page(t, ctx, p, describe), ""});
        sitemap.push_back({p.id + "/kpi/index.html", plan_updated(p, ctx)});
    }
    OpenDataInputs open_data{b->glossary, add_glossary(*b, diags, sitemap), {}};
    for (const Term& term : b->glossary.terms)  // glossary order, not pointer order: output stays byte-identical
        for (size_t i = 0; i < n; ++i)
            if (b->used_terms[i].count(&term)) {
                auto& list = open_data.terms_by_plan[b->jobs[i].plan->id];
                if (list.empty() || list.back() != &term) list.push_back(&term);
            }
    add_open_data(std::move(datasets), open_data, t, ctx, b->outputs, sitemap);
    b->outputs.push_back({"index.html", render_home(t, ctx), ""});
    b->outputs.push_back({"404.html", render_not_found(t, ctx), ""});
    b->outputs.push_back({"accessibility/index.html", render_accessibility(t, ctx), ""});
    b->outputs.push_back({"accessibility/results/index.html",
                          render_accessibility_results(t, ctx, results_html(b->tree.accessibility_results, diags)), ""});
    for (auto& [path, bytes] : render_sitemaps(ctx, sitemap)) b->outputs.push_back({path, std::move(bytes), ""});
    b->outputs.push_back({"robots.txt", render_robots(ctx), ""});
    b->outputs.push_back({"feed.xml", render_atom_feed(ctx), ""});
    for (const auto& [path, bytes] : b->theme.assets) b->outputs.push_back({"assets/" + path, bytes, ""});
    for (const Plan& p : b->site.plans)
        for (const Attachment& a : p.attachments) b->outputs.push_back({p.id + "/files/" + a.relative, "", a.source_path});
    add_static_files(b->tree.static_files, b->outputs, diags);
    lap("site pages and open data");
    return b;
}

PageRebuild rebuild_page(SiteBuild& b, const std::string& path, Diagnostics& diags) {
    namespace fs = std::filesystem;
    std::string wanted = fs::path(path).lexically_normal().string();
    for (size_t i = 0; i < b.jobs.size(); ++i) {
        const PageJob& job = b.jobs[i];
        if (job.page < 0) continue;
        Plan& plan = const_cast<Plan&>(*job.plan);  // the SiteBuild owns the plans; jobs only point into them
        Page& old = plan.pages[job.page];
        if (fs::path(old.source.path).lexically_normal().string() != wanted) continue;
        SourceFile file = read_text_file(path, old.source.path, Limits::max_page_bytes, diags);
        if (!file.present || diags.has_errors()) return PageRebuild::Failed;
        std::optional<Page> fresh = parse_page(file, diags);
        if (!fresh || diags.has_errors()) return PageRebuild::Failed;
        if (fresh->slug != old.slug || fresh->title != old.title || fresh->goal != old.goal || fresh->order != old.order ||
            fresh->summary != old.summary || fresh->updated != old.updated || fresh->glossary != old.glossary)
            return PageRebuild::NeedsFullBuild;  // other pages show this page's title, order or goal
        Page previous = old;
        old.body = std::move(fresh->body);
        old.source = fresh->source;
        RenderedPage r = render_job(b, job, *b.parsers[0], *b.templates[0], diags);
        if (diags.has_errors()) {
            old = std::move(previous);
            return PageRebuild::Failed;
        }
        if (r.used_terms != b.used_terms[i]) return PageRebuild::NeedsFullBuild;  // glossary back-links, plan.json change
        b.outputs[i].bytes = std::move(r.html);
        return PageRebuild::Done;
    }
    return PageRebuild::NeedsFullBuild;  // not a known page: a new file, index.md, a CSV, YAML, the theme
}

}  // namespace planpub
