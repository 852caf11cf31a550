#include "render/site_pages.hpp"

#include <algorithm>

#include "opendata/catalog.hpp"
#include "render/kpi_html.hpp"
#include "render/opendata_page.hpp"
#include "render/page_layout.hpp"
#include "text/era_year.hpp"
#include "text/utf8.hpp"
#include "vocab/routes.hpp"
#include "vocab/words.hpp"

namespace planpub {
namespace {

using mustache::data;
using namespace page;

data plan_summary(const Plan& p, const std::string& url) {
    data d;
    put(d, "title", p.title);
    put(d, "url", url);
    put(d, "publisher", publisher_label(p.publisher));
    put(d, "status_key", status_key(p.status));
    put(d, "status_label", status_label(p.status));
    put(d, "period", display_period(p.period));
    return d;
}

}  // namespace

std::string plan_updated(const Plan& plan, const RenderContext& ctx) {
    if (!plan.updated.empty()) return plan.updated;
    if (!plan.published.empty()) return plan.published;
    if (!ctx.site.config.updated.empty()) return ctx.site.config.updated;
    return ctx.build_date;
}

std::string render_in_layout(Templates& t, const RenderContext& ctx, int depth, const std::string& title,
                             std::string body, const std::vector<std::pair<std::string, std::string>>& crumbs,
                             const std::string& updated, const std::string& description) {
    std::vector<Crumb> c;
    for (const auto& [label, url] : crumbs) c.push_back({label, url});
    return layout(t, ctx, root_for_depth(depth), title, std::move(body), c, updated, "", description);
}

std::string render_home(Templates& t, const RenderContext& ctx) {
    data d;
    put(d, "site_title", ctx.site.config.title);
    data plans = data::type::list;
    std::string publishers, seen;
    for (const Plan& p : ctx.site.plans) {
        push(plans, plan_summary(p, routes::plan(p.id)));
        std::string label = publisher_label(p.publisher);
        if (seen.find("|" + label + "|") == std::string::npos) {
            publishers += (publishers.empty() ? "" : "・") + label;
            seen += "|" + label + "|";
        }
    }
    put(d, "plans", std::move(plans));
    put(d, "publishers", publishers);
    std::string updated = ctx.site.config.updated;
    for (const Plan& p : ctx.site.plans) updated = std::max(updated, plan_updated(p, ctx));
    return layout(t, ctx, root_for_depth(0), ctx.site.config.title, t.render("home", d), {}, updated, "home");
}

std::string render_plan_overview(Templates& t, const RenderContext& ctx, const Plan& plan,
                                 const std::string& overview_html) {
    const std::string here = routes::plan(plan.id);
    data d = plan_summary(plan, routes::relative_url(here, routes::plan(plan.id)));
    put(d, "overview", overview_html);
    put(d, "version", plan.version);
    put(d, "published_display", display_date(plan.published));
    put(d, "legal_basis", plan.legal_basis);
    data pages = data::type::list;
    for (const Page& p : plan.pages) {
        data item;
        put(item, "title", p.title);
        put(item, "url", routes::relative_url(here, routes::page(plan.id, p.slug)));
        put(item, "summary", p.summary);
        push(pages, std::move(item));
    }
    put(d, "pages", std::move(pages));
    put(d, "has_kpi_page", !plan.kpis.empty());
    put(d, "print_url", routes::relative_url(here, routes::plan_print(plan.id)));
    const std::string pdf = routes::plan_pdf(plan.publisher.local_government_code, plan.id);
    auto pdf_size = ctx.file_sizes.find(pdf);
    if (!plan.publisher.local_government_code.empty() && pdf_size != ctx.file_sizes.end()) {
        put(d, "pdf_url", routes::relative_url(here, pdf));
        put(d, "pdf_size", display_size(pdf_size->second));
    }
    if (!plan.evaluation.rows.empty())
        put(d, "evaluation_url", routes::relative_url(here, routes::plan_evaluation(plan.id)));
    data goals = data::type::list;
    for (const Goal& g : plan.goals) {
        data gd;
        put(gd, "id", g.id);
        put(gd, "number", std::to_string(g.number));
        put(gd, "title", g.title);
        // A goal without a page of its own says so with false: an absent `url` would make Mustache
        // take the overview's own url from the enclosing context, a link to the page itself.
        bool has_page = false;
        for (const Page& p : plan.pages)
            if (p.goal == g.number) {
                put(gd, "url", routes::relative_url(here, routes::page(plan.id, p.slug)));
                has_page = true;
                break;
            }
        if (!has_page) put(gd, "url", false);
        data pillars = data::type::list;
        for (const Pillar& pl : g.pillars) {
            data pd;
            put(pd, "id", pl.id);
            put(pd, "title", pl.title);
            data measures = data::type::list;
            for (const Measure& m : pl.measures) {
                data md;
                put(md, "id", m.id);
                put(md, "title", m.title);
                push(measures, std::move(md));
            }
            put(pd, "has_measures", !pl.measures.empty());
            put(pd, "measures", std::move(measures));
            push(pillars, std::move(pd));
        }
        put(gd, "has_pillars", !g.pillars.empty());
        put(gd, "pillars", std::move(pillars));
        push(goals, std::move(gd));
    }
    put(d, "has_goals", !plan.goals.empty());
    put(d, "goals", std::move(goals));
    data revisions = revisions_data(plan);
    data related = data::type::list;
    bool has_related = false;
    for (const std::string& id : plan.related)
        for (const Plan& other : ctx.site.plans)
            if (other.id == id && id != plan.id) {
                data rd;
                put(rd, "title", other.title);
                put(rd, "url", routes::relative_url(here, routes::plan(href_escape(id))));
                push(related, std::move(rd));
                has_related = true;
            }
    put(d, "has_related", has_related);
    put(d, "related", std::move(related));
    put(d, "has_revisions", !plan.revisions.empty());
    put(d, "revisions", std::move(revisions));
    data files = data::type::list;
    for (const Attachment& a : plan.attachments) {
        data fd;
        put(fd, "name", a.relative);
        put(fd, "url", routes::relative_url(here, routes::plan_file(plan.id, path_href(a.relative))));
        push(files, std::move(fd));
    }
    put(d, "has_attachments", !plan.attachments.empty());
    put(d, "attachments", std::move(files));
    auto dataset = ctx.plan_dataset_ids.find(plan.id);
    if (dataset != ctx.plan_dataset_ids.end())
        put(d, "opendata_url", routes::relative_url(here, routes::opendata_page()) + "#" + dataset->second);
    auto set = ctx.plan_datasets.find(plan.id);
    std::string head = set == ctx.plan_datasets.end()
                           ? ""
                           : "<script type=\"application/ld+json\">" +
                                 schema_org_dataset(ctx.datasets->at(set->second), ctx.site.config) + "</script>\n";
    std::vector<Crumb> crumbs = {{"計画の一覧", routes::relative_url(here, routes::home())}, {plan.short_title, ""}};
    return layout(t, ctx, root_for_depth(1), plan.title, t.render("plan", d), crumbs, plan_updated(plan, ctx), "",
                  plan.title + "（" + display_period(plan.period) + "）", head);
}

std::string render_page(Templates& t, const RenderContext& ctx, const Plan& plan, size_t i,
                        const std::string& content_html) {
    const Page& page = plan.pages[i];
    const std::string here = routes::page(plan.id, page.slug);
    data d;
    put(d, "title", page.title);
    std::string goal_label;
    for (const Goal& g : plan.goals)
        if (g.number == page.goal) goal_label = "基本目標" + std::to_string(g.number);
    put(d, "goal_label", goal_label);
    if (i > 0) {
        data prev;
        put(prev, "title", plan.pages[i - 1].title);
        put(prev, "url", routes::relative_url(here, routes::page(plan.id, plan.pages[i - 1].slug)));
        put(d, "prev", prev);
    } else {
        data prev;
        put(prev, "title", plan.short_title + "（概要）");
        put(prev, "url", routes::relative_url(here, routes::plan(plan.id)));
        put(d, "prev", prev);
    }
    if (i + 1 < plan.pages.size()) {
        data next;
        put(next, "title", plan.pages[i + 1].title);
        put(next, "url", routes::relative_url(here, routes::page(plan.id, plan.pages[i + 1].slug)));
        put(d, "next", next);
    }
    std::vector<Crumb> crumbs = {{"計画の一覧", routes::relative_url(here, routes::home())},
                                 {plan.short_title, routes::relative_url(here, routes::plan(plan.id))},
                                 {page.title, ""}};
    return layout(t, ctx, root_for_depth(2), page.title + "｜" + plan.short_title,
                  t.render_spliced("page", d, "content", content_html, 4096), crumbs,
                  page.updated.empty() ? plan_updated(plan, ctx) : page.updated, "", page.summary);
}

std::string render_kpi_page(Templates& t, const RenderContext& ctx, const Plan& plan,
                            const std::function<std::string(const Kpi&)>& describe) {
    std::string overview, details;
    std::vector<int> groups;
    for (const Kpi& k : plan.kpis)
        if (std::find(groups.begin(), groups.end(), k.goal) == groups.end()) groups.push_back(k.goal);
    std::sort(groups.begin(), groups.end(),
              [](int a, int b) { return (a == 0 ? 1 << 20 : a) < (b == 0 ? 1 << 20 : b); });
    std::vector<const Kpi*> all;
    for (int g : groups) {
        details += "<h2 id=\"kpi-goal-" + std::to_string(g) + "\">" + html_escape(goal_heading(plan, g)) + "</h2>\n";
        for (const Kpi& k : plan.kpis)
            if (k.goal == g) {
                all.push_back(&k);
                details += render_kpi_detail(t, k, 3, describe && !k.description.empty() ? describe(k) : std::string());
            }
    }
    overview = render_kpi_table(t, all, plan.short_title + "の重要業績評価指標（KPI）一覧", "");
    data d;
    put(d, "title", "重要業績評価指標（KPI）");
    put(d, "plan_title", plan.title);
    put(d, "summary_table", overview);
    put(d, "details", details);
    if (!plan.evaluation.rows.empty())
        put(d, "evaluation_url", routes::relative_url(routes::plan_kpi(plan.id), routes::plan_evaluation(plan.id)));
    const std::string here = routes::plan_kpi(plan.id);
    std::vector<Crumb> crumbs = {{"計画の一覧", routes::relative_url(here, routes::home())},
                                 {plan.short_title, routes::relative_url(here, routes::plan(plan.id))},
                                 {"KPI", ""}};
    return layout(t, ctx, root_for_depth(2), "重要業績評価指標（KPI）｜" + plan.short_title, t.render("kpi", d), crumbs,
                  plan_updated(plan, ctx), "", plan.title + "の重要業績評価指標（KPI）");
}

std::string render_glossary_page(Templates& t, const RenderContext& ctx, const std::string& body) {
    data d;
    std::vector<Crumb> crumbs = {{"計画の一覧", routes::relative_url(routes::glossary(), routes::home())},
                                 {"用語集", ""}};
    return layout(t, ctx, root_for_depth(1), "用語集", t.render_spliced("glossary", d, "body", body, 4096), crumbs,
                  ctx.build_date, "glossary", "計画で使われている用語の説明（50音順）");
}

std::string render_opendata_page(Templates& t, const RenderContext& ctx, std::string body, const std::string& updated) {
    data d;
    std::string inner = t.render_spliced("opendata", d, "body", body, 4096);
    std::string().swap(body);  // 10 MB at 1,000 plans: let go before the layout makes the page
    std::vector<Crumb> crumbs = {{"計画の一覧", routes::relative_url(routes::opendata_page(), routes::home())},
                                 {"オープンデータ", ""}};
    return layout(t, ctx, root_for_depth(1), "オープンデータ", std::move(inner), crumbs, updated, "opendata",
                  "計画の体系、KPIの値、用語集のオープンデータ（CSV・JSON・RDF）");
}

std::string render_not_found(Templates& t, const RenderContext& ctx) {
    // A 404 page is served at whatever address was asked for, so its links start from base_url.
    const std::string& root = ctx.site.config.base_url;
    data d;
    put(d, "root", root);
    return layout(t, ctx, root, "ページが見つかりません", t.render("notfound", d), {}, ctx.build_date, "");
}

std::string render_search_page(Templates& t, const RenderContext& ctx) {
    data d;
    put(d, "root", root_for_depth(1));
    std::vector<Crumb> crumbs = {{"計画の一覧", routes::relative_url(routes::search(), routes::home())},
                                 {"サイト内検索", ""}};
    return layout(t, ctx, root_for_depth(1), "サイト内検索", t.render("search", d), crumbs, ctx.build_date, "search",
                  "計画のページ、KPI、用語集を検索");
}

std::string render_accessibility(Templates& t, const RenderContext& ctx, const AccessibilityResults& results) {
    data d;
    add_policy_data(d, ctx.site, results);  // site.yaml's accessibility: and the last results' date
    put(d, "base_url", ctx.site.config.base_url);
    const Contact& c = ctx.site.config.contact;  // site.yaml's contact, for 問い合わせ先 (A11Y.md item 21)
    put(d, "contact", contact_data(c));
    put(d, "has_contact", has_contact(c));
    std::vector<Crumb> crumbs = {{"計画の一覧", routes::relative_url(routes::accessibility(), routes::home())},
                                 {"ウェブアクセシビリティ方針", ""}};
    return layout(t, ctx, root_for_depth(1), "ウェブアクセシビリティ方針", t.render("accessibility", d), crumbs,
                  ctx.build_date, "accessibility");
}

std::string render_accessibility_results(Templates& t, const RenderContext& ctx, const std::string& results_html) {
    data d;
    put(d, "tested", !results_html.empty());
    put(d, "results", results_html);
    std::vector<Crumb> crumbs = {
        {"計画の一覧", routes::relative_url(routes::accessibility_results(), routes::home())},
        {"ウェブアクセシビリティ方針", routes::relative_url(routes::accessibility_results(), routes::accessibility())},
        {"試験結果", ""}};
    return layout(t, ctx, root_for_depth(2), "ウェブアクセシビリティ試験結果", t.render("accessibility_results", d),
                  crumbs, ctx.build_date, "accessibility");
}

}  // namespace planpub
