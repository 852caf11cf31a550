#include "app/build_steps.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "parse/sanitize.hpp"
#include "render/html_renderer.hpp"
#include "render/kpi_html.hpp"
#include "opendata/dates.hpp"
#include "text/utf8.hpp"

namespace planpub {

void check_references(const Site& site, Diagnostics& diags) {
    std::set<std::string> ids;
    for (const Plan& p : site.plans) ids.insert(p.id);
    for (const Plan& p : site.plans) {
        for (size_t i = 0; i < p.related.size(); ++i) {
            const std::string& r = p.related[i];
            Location at{p.source.path, 1, 1};
            if (i < p.related_at.size()) at = {p.source.path, p.related_at[i].line, p.related_at[i].column};
            if (!ids.count(r))
                diags.error(at, "plan.unknown-related", "related plan \"" + r + "\" does not exist",
                            "use the folder name of another plan under plans/");
        }
        std::set<int> goals;
        for (const Goal& g : p.goals) goals.insert(g.number);
        std::string listed;  // "1, 2, 3": the goals a page may name
        for (int g : goals) listed += (listed.empty() ? "" : ", ") + std::to_string(g);
        for (const Page& page : p.pages)
            if (page.goal != 0 && p.goals_read && !goals.count(page.goal))
                diags.error({page.source.path, page.goal_at.line, page.goal_at.column}, "page.unknown-goal",
                            "page says goal " + std::to_string(page.goal) + " but the plan has no such goal (" +
                                (listed.empty() ? std::string("the plan has no goals") : "the plan's goals are " + listed) + ")",
                            "add the goal to 'goals:' in the plan's index.md or fix the number");
    }
}

void warn_undated_open_data(const Site& site, Diagnostics& diags) {
    for (const Plan& p : site.plans) {
        if (p.publisher.local_government_code.empty() || !p.goals_read || !p.published.empty()) continue;
        if (diags.has_error_in(p.source.path)) continue;  // e.g. a `published:` that is not a date: its own error says so
        const bool no_date = plan_content_dates(p).modified.empty();
        diags.warning({p.source.path, 1, 1}, "opendata.no-date",
                      no_date ? "the plan has no date (published, updated or a revision's date): its open data will carry no "
                                "公開日 or 最終更新日"
                              : "the plan has no 'published' date: its open data will carry no 公開日 (dct:issued)",
                      "add 'published: YYYY-MM-DD' (the day the plan was published) to the front matter of index.md; "
                      "planpub never uses the day of the build as a date of the data");
    }
}

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

std::string render_kpi_block(const Plan& plan, const std::string& body, Location where, const std::string& kpi_url,
                             int block_number, Diagnostics& diags) {
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
        bool unread = key == "goal" ? plan.unread_kpis.has_goal(value) : plan.unread_kpis.has_id(value);
        if (chosen.size() == before && !unread)  // an unread KPI's row has its own error
            diags.error(at, "kpi.block-unknown", "no KPI in kpi.csv matches \"" + l + "\"",
                        "use an id or a goal number that kpi.csv has");
    }
    if (line == 0 || body.find_first_not_of(" \t\r\n") == std::string::npos)
        diags.error({where.path, where.line, 1}, "kpi.block-empty", "the kpi block is empty, so it shows nothing",
                    "write goal: N or id: KPI_ID inside the block, or delete it");
    if (chosen.empty()) return {};
    if (chosen.size() > 1) caption = chosen.front()->goal && caption.rfind("基本目標", 0) == 0 ? caption : "重要業績評価指標（KPI）";
    std::string html = render_kpi_table(chosen, caption, kpi_url, true);
    for (const Kpi* k : chosen) html += render_kpi_chart(*k, "-b" + std::to_string(block_number));
    return html;
}

std::string field_markdown_html(const std::string& text, const SourceSpan& where, FieldContext& ctx, Diagnostics& diags) {
    const MarkdownSource src(where, text);
    MarkdownDoc doc = ctx.parser.parse(src, diags);
    if (!doc) return "<p>" + html_escape(text) + "</p>\n";  // over a limit (reported): shown as plain text
    sanitize_tree(doc.get(), src, diags);
    rewrite_internal_links(doc.get(), src, ctx.source_dir, ctx.from_dir, ctx.index, diags);
    if (ctx.terms) link_glossary_terms(doc.get(), *ctx.terms, ctx.link);
    return render_html(doc.get(), HtmlRenderOptions{});
}

}  // namespace planpub

namespace planpub {

void add_static_files(const std::vector<Attachment>& files, OutputSet& outputs, Diagnostics& diags) {
    std::set<std::string> paths, folders;
    for (const OutputFile& f : outputs) {
        paths.insert(f.path);
        for (size_t slash = f.path.find('/'); slash != std::string::npos; slash = f.path.find('/', slash + 1))
            folders.insert(f.path.substr(0, slash));
    }
    for (const Attachment& a : files) {
        std::string clash;
        if (paths.count(a.relative)) clash = "\"" + a.relative + "\" is also a file planpub writes";
        else if (folders.count(a.relative)) clash = "\"" + a.relative + "\" is a folder of planpub's output";
        for (size_t slash = a.relative.find('/'); clash.empty() && slash != std::string::npos; slash = a.relative.find('/', slash + 1))
            if (paths.count(a.relative.substr(0, slash)))
                clash = "\"" + a.relative.substr(0, slash) + "\" is a file planpub writes, so it cannot hold \"" + a.relative + "\"";
        if (!clash.empty()) {
            diags.error({a.source_path, 0, 0}, "static.collision", clash + " (" + a.source_path + " and the output's " + a.relative + ")",
                        "rename or remove the file in static/: planpub's own file at that path is generated from the content");
            continue;
        }
        outputs.push_back({a.relative, "", a.source_path});
    }
}

}  // namespace planpub
