#include "app/build.hpp"

#include <ctime>
#include <memory>
#include <nlohmann/json.hpp>
#include <map>
#include <set>
#include <thread>

#include "app/parallel.hpp"
#include "emit/output_dir.hpp"
#include "link/internal_links.hpp"
#include "load/content_tree.hpp"
#include "load/theme_files.hpp"
#include "parse/markdown.hpp"
#include "parse/plan_meta.hpp"
#include "parse/kpi_table.hpp"
#include "parse/glossary_yaml.hpp"
#include "link/glossary_linker.hpp"
#include "render/glossary_page.hpp"
#include "render/opendata_plan.hpp"
#include "link/kpi_progress.hpp"
#include "render/kpi_html.hpp"
#include "parse/sanitize.hpp"
#include "parse/site_config.hpp"
#include "render/feeds.hpp"
#include "render/html_renderer.hpp"
#include "render/site_pages.hpp"
#include "text/utf8.hpp"

namespace planpub {

std::string build_date_from_environment() {
    std::time_t t = std::time(nullptr);
    if (const char* e = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        long long v = std::strtoll(e, &end, 10);
        if (end && *end == '\0' && v >= 0) t = static_cast<std::time_t>(v);
    }
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

namespace {

// Checks between plans and pages that need the whole site.
void check_references(const Site& site, Diagnostics& diags) {
    std::set<std::string> ids;
    for (const Plan& p : site.plans) ids.insert(p.id);
    for (const Plan& p : site.plans) {
        for (const std::string& r : p.related)
            if (!ids.count(r))
                diags.error({p.source.path, 1, 1}, "plan.unknown-related", "related plan \"" + r + "\" does not exist",
                            "use the folder name of another plan under plans/");
        std::set<int> goals;
        for (const Goal& g : p.goals) goals.insert(g.number);
        for (const Page& page : p.pages)
            if (page.goal != 0 && !goals.count(page.goal))
                diags.error({page.source.path, 1, 1}, "page.unknown-goal",
                            "page says goal " + std::to_string(page.goal) + " but the plan has no such goal",
                            "add the goal to 'goals:' in the plan's index.md or fix the number");
    }
}

// Shows content/accessibility-results.json (written by the test run) as HTML.
std::string results_html(const SourceFile& f, Diagnostics& diags) {
    if (!f.present) return {};
    nlohmann::json j = nlohmann::json::parse(f.text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        diags.error({f.path, 1, 1}, "results.bad-json", "accessibility-results.json is not a JSON object",
                    "let the test run write it again, or delete it");
        return {};
    }
    auto field = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string(); };
    std::string h = "<dl class=\"meta\">\n";
    auto row = [&](const std::string& dt, const std::string& dd) {
        if (!dd.empty()) h += "<div><dt>" + html_escape(dt) + "</dt><dd>" + html_escape(dd) + "</dd></div>\n";
    };
    row("試験日", field("date"));
    row("規格", field("standard"));
    row("目標とした適合レベル", field("target_level"));
    row("適合の状況", field("conformance"));
    row("結果", field("result"));
    row("依存したウェブコンテンツ技術", field("technologies"));
    row("試験方法", field("method"));
    row("ページの選択方法", field("page_selection"));
    h += "</dl>\n";
    // One row per success criterion: whether it applies and its result (A11Y.md item 21).
    if (j.contains("criteria") && j["criteria"].is_array()) {
        h += "<h2>達成基準ごとの結果</h2>\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"達成基準ごとの結果\">\n"
             "<table>\n<caption>達成基準ごとの結果</caption>\n<thead>\n<tr><th scope=\"col\">達成基準</th><th scope=\"col\">適合レベル</th>"
             "<th scope=\"col\">適用</th><th scope=\"col\">結果</th><th scope=\"col\">確認の方法</th></tr>\n</thead>\n<tbody>\n";
        for (const auto& c : j["criteria"]) {
            if (!c.is_object()) continue;
            auto cell = [&](const char* k) { return c.contains(k) && c[k].is_string() ? html_escape(c[k].get<std::string>()) : std::string(); };
            h += "<tr><th scope=\"row\">" + cell("id") + " " + cell("title") + "</th><td>" + cell("level") + "</td><td>" + cell("applies") +
                 "</td><td>" + cell("result") + "</td><td>" + cell("method") + "</td></tr>\n";
        }
        h += "</tbody>\n</table>\n</div>\n";
    }
    if (j.contains("pages") && j["pages"].is_array()) {
        h += "<h2>試験したページ</h2>\n<ul>\n";
        for (const auto& p : j["pages"])
            if (p.is_string()) h += "<li>" + html_escape(p.get<std::string>()) + "</li>\n";
        h += "</ul>\n";
    }
    return h;
}

// A ```kpi block: `goal: N` (every KPI of goal N) or `id: X` (one KPI), one per line.
std::string render_kpi_block(const Plan& plan, const std::string& body, Location where, const std::string& kpi_url,
                             Diagnostics& diags) {
    std::vector<const Kpi*> chosen;
    std::string caption;
    size_t pos = 0;
    int line = 0;
    while (pos < body.size()) {
        size_t end = body.find('\n', pos);
        if (end == std::string::npos) end = body.size();
        std::string l = trim(body.substr(pos, end - pos));
        pos = end + 1;
        ++line;
        if (l.empty()) continue;
        size_t colon = l.find(':');
        std::string key = colon == std::string::npos ? "" : trim(l.substr(0, colon));
        std::string value = colon == std::string::npos ? "" : trim(l.substr(colon + 1));
        Location at{where.path, where.line + line, 1};
        size_t before = chosen.size();
        if (key == "goal") {
            for (const Kpi& k : plan.kpis)
                if (std::to_string(k.goal) == value) chosen.push_back(&k);
            caption = "基本目標" + value + "の重要業績評価指標（KPI）";
        } else if (key == "id") {
            for (const Kpi& k : plan.kpis)
                if (k.id == value) chosen.push_back(&k);
            caption = chosen.size() > 1 ? "重要業績評価指標（KPI）" : (before < chosen.size() ? chosen.back()->name : "");
        } else {
            diags.error(at, "kpi.block-syntax", "a kpi block line must be 'goal: N' or 'id: KPI_ID', not \"" + l + "\"",
                        "write e.g. goal: 1");
            continue;
        }
        if (chosen.size() == before)
            diags.error(at, "kpi.block-unknown", "no KPI in kpi.csv matches \"" + l + "\"",
                        "use an id or a goal number that kpi.csv has");
    }
    if (chosen.empty()) return {};
    if (chosen.size() > 1) caption = chosen.front()->goal && caption.rfind("基本目標", 0) == 0 ? caption : "重要業績評価指標（KPI）";
    return render_kpi_table(chosen, caption, kpi_url);
}

struct PageJob {
    const Plan* plan;
    long page;  // -1: the plan's overview (index.md)
};

}  // namespace

BuildResult run_build(const BuildOptions& opt, Diagnostics& diags) {
    BuildResult result;
    if (opt.write && path_is_inside(opt.out_dir, opt.content_dir)) {
        diags.error({opt.out_dir, 0, 0}, "output.inside-content", "the output folder is inside the content folder",
                    "choose an output folder outside " + opt.content_dir + ", e.g. --out public");
        return result;
    }
    if (opt.write && path_is_inside(opt.content_dir, opt.out_dir)) {
        diags.error({opt.out_dir, 0, 0}, "output.contains-content", "the content folder is inside the output folder",
                    "the output folder is replaced on every build; choose another one");
        return result;
    }
    // load
    ContentTree tree = load_content(opt.content_dir, diags);
    // parse
    Site site;
    site.config = parse_site_config(tree.site_yaml, diags);
    if (!opt.base_url.empty()) {
        site.config.base_url = opt.base_url;
        if (site.config.base_url.back() != '/') site.config.base_url += '/';
    }
    Glossary glossary;
    glossary.terms = parse_glossary(tree.glossary, "", diags);
    for (const PlanSources& ps : tree.plans) {
        Plan plan = parse_plan(ps, site.config, diags);
        for (Term& t : parse_glossary(ps.glossary, ps.id, diags)) glossary.terms.push_back(std::move(t));
        plan.kpis = parse_kpi_csv(ps.kpi_csv, site.config.encoding, plan.goals, diags);
        parse_kpi_values_csv(ps.kpi_values_csv, site.config.encoding, plan.kpis, diags);
        for (Kpi& k : plan.kpis) k.progress = evaluate_progress(k);
        site.plans.push_back(std::move(plan));
    }
    check_references(site, diags);
    ThemeFiles theme = load_theme_files(opt.content_dir, site.config.theme, diags);

    RenderContext ctx{site, build_date_from_environment(), !glossary.terms.empty()};
    std::map<std::string, TermIndex> term_indexes;  // built once, read by every worker
    for (const Plan& p : site.plans) term_indexes.emplace(p.id, build_term_index(glossary, p.id));
    SiteIndex index = build_site_index(site);

    std::vector<PageJob> jobs;
    for (const Plan& p : site.plans) {
        jobs.push_back({&p, -1});
        for (size_t i = 0; i < p.pages.size(); ++i) jobs.push_back({&p, static_cast<long>(i)});
    }
    int workers = opt.jobs > 0 ? opt.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    workers = std::min<int>(workers, static_cast<int>(std::max<size_t>(1, jobs.size())));

    // Every worker's parser and templates exist before any thread starts and outlive them all.
    register_markdown_extensions();
    std::vector<std::unique_ptr<MarkdownParser>> parsers;
    std::vector<std::unique_ptr<Templates>> templates;
    for (int w = 0; w < workers; ++w) {
        parsers.push_back(std::make_unique<MarkdownParser>());
        Diagnostics theme_diags;
        templates.push_back(std::make_unique<Templates>(theme, theme_diags));
        if (w == 0) diags.merge(theme_diags);
    }
    if (!templates[0]->ok()) return result;

    OutputSet outputs(jobs.size());
    std::vector<std::set<const Term*>> used_terms(jobs.size());
    std::vector<std::string> page_dates(jobs.size());
    parallel_for(jobs.size(), workers, [&](size_t i, int w) {
        const PageJob& job = jobs[i];
        const Plan& plan = *job.plan;
        const Page* page = job.page >= 0 ? &plan.pages[job.page] : nullptr;
        const SourceSpan& span = page ? page->source : plan.source;
        const std::string& body = page ? page->body : plan.overview;
        std::string out_dir = plan.id + "/" + (page ? page->slug + "/" : "");
        MarkdownDoc doc = parsers[w]->parse(body, span, diags);
        std::string html;
        if (doc) {
            sanitize_tree(doc.get(), span, diags);
            rewrite_internal_links(doc.get(), span, "plans/" + plan.id + "/", out_dir, index, diags);
            if (!page || page->glossary) {
                LinkOptions lo{site.config.link == LinkMode::All, page ? "../../glossary/index.html" : "../glossary/index.html"};
                used_terms[i] = link_glossary_terms(doc.get(), term_indexes.at(plan.id), lo);
            }
            HtmlRenderOptions ro;
            ro.fenced_block = [&](const std::string& info, const std::string& block, cmark_node* node, std::string& out) {
                if (info != "kpi") return false;
                out += render_kpi_block(plan, block, node_location(node, span), page ? "../kpi/index.html" : "kpi/index.html", diags);
                return true;
            };
            html = render_html(doc.get(), ro);
        }
        Templates& t = *templates[w];
        outputs[i].path = out_dir + "index.html";
        outputs[i].bytes = page ? render_page(t, ctx, plan, job.page, html) : render_plan_overview(t, ctx, plan, html);
        page_dates[i] = page && !page->updated.empty() ? page->updated : plan_updated(plan, ctx);
    });

    Templates& t = *templates[0];
    std::vector<std::pair<std::string, std::string>> sitemap;
    sitemap.push_back({"index.html", ctx.build_date});
    for (size_t i = 0; i < jobs.size(); ++i) sitemap.push_back({outputs[i].path, page_dates[i]});
    sitemap.push_back({"accessibility/index.html", ctx.build_date});
    sitemap.push_back({"accessibility/results/index.html", ctx.build_date});

    for (const Plan& p : site.plans) {
        if (p.kpis.empty()) continue;
        outputs.push_back({p.id + "/kpi/index.html", render_kpi_page(t, ctx, p), ""});
        sitemap.push_back({p.id + "/kpi/index.html", plan_updated(p, ctx)});
    }
    if (!glossary.terms.empty()) {
        std::map<const Term*, std::vector<TermUse>> uses;
        for (size_t i = 0; i < jobs.size(); ++i) {
            const Plan& p = *jobs[i].plan;
            std::string title = jobs[i].page >= 0 ? p.pages[jobs[i].page].title + "（" + p.short_title + "）" : p.short_title;
            for (const Term* term : used_terms[i]) uses[term].push_back({"../" + outputs[i].path, title});
        }
        std::map<const Term*, std::string> definitions;
        for (const Term& term : glossary.terms) {
            MarkdownDoc d = parsers[0]->parse(term.definition, {term.path, term.line}, diags);
            if (!d) continue;
            sanitize_tree(d.get(), {term.path, term.line}, diags);
            std::string html = render_html(d.get(), HtmlRenderOptions{});
            if (starts_with(html, "<p>") && ends_with(html, "</p>\n")) html = html.substr(3, html.size() - 8);
            definitions[&term] = html;
        }
        outputs.push_back({"glossary/index.html",
                           render_glossary_page(t, ctx, render_glossary_body(glossary, site, definitions, uses)), ""});
        sitemap.push_back({"glossary/index.html", ctx.build_date});
    }
    for (const Plan& p : site.plans) {
        if (p.publisher.local_government_code.empty()) continue;  // reported already
        for (const OpenDataTable& table : plan_open_data_tables(p, site.config)) {
            outputs.push_back({table.file, table.csv, ""});
            outputs.push_back({table.file + "-metadata.json", csvw_metadata(table, site.config), ""});
        }
    }
    outputs.push_back({"index.html", render_home(t, ctx), ""});
    outputs.push_back({"404.html", render_not_found(t, ctx), ""});
    outputs.push_back({"accessibility/index.html", render_accessibility(t, ctx), ""});
    outputs.push_back({"accessibility/results/index.html",
                       render_accessibility_results(t, ctx, results_html(tree.accessibility_results, diags)), ""});
    outputs.push_back({"sitemap.xml", render_sitemap(ctx, sitemap), ""});
    outputs.push_back({"robots.txt", render_robots(ctx), ""});
    outputs.push_back({"feed.xml", render_atom_feed(ctx), ""});
    for (const auto& [path, bytes] : theme.assets) outputs.push_back({"assets/" + path, bytes, ""});
    for (const Plan& p : site.plans)
        for (const Attachment& a : p.attachments) outputs.push_back({p.id + "/files/" + a.relative, "", a.source_path});
    parsers.clear();

    result.pages = jobs.size() + 4;
    result.files = outputs.size();
    bool failed = diags.has_errors() || (opt.strict && diags.warning_count() > 0);
    if (failed) return result;
    if (opt.write && !emit_site(outputs, opt.out_dir, diags)) return result;
    result.ok = true;
    return result;
}

}  // namespace planpub
