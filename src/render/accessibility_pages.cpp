#include "render/accessibility_pages.hpp"

#include <algorithm>
#include <map>

#include "text/utf8.hpp"

namespace planpub {

using kainjow::mustache::data;

std::string japanese_date(const std::string& iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;  // parse/ has checked the dates
    return iso.substr(0, 4) + "年" + std::to_string(std::stoi(iso.substr(5, 2))) + "月" +
           std::to_string(std::stoi(iso.substr(8, 2))) + "日";
}

namespace {

std::string time_html(const std::string& iso) {
    return "<time datetime=\"" + html_escape(iso) + "\">" + html_escape(japanese_date(iso)) + "</time>";
}

// The publishers of the site's plans, each once: a site may carry several municipalities' plans.
std::vector<std::string> plan_publishers(const Site& site) {
    std::vector<std::string> out;
    for (const Plan& p : site.plans) {
        std::string label = p.publisher.prefecture + p.publisher.name;
        if (std::find(out.begin(), out.end(), label) == out.end()) out.push_back(label);
    }
    return out;
}

// Who the policy speaks for: site.yaml's organization, else the publisher when every plan is its
// own; on a site of several publishers nobody is named unless site.yaml says so.
std::string policy_owner(const Site& site) {
    const AccessibilityPolicy& a = site.config.accessibility;
    if (!a.organization.empty()) return a.organization;
    const Publisher& p = site.config.publisher;
    std::vector<std::string> all = plan_publishers(site);
    if (all.size() > 1 || (all.size() == 1 && all[0] != p.prefecture + p.name)) return {};
    return p.prefecture + p.name;
}

}  // namespace

std::string results_html(const AccessibilityResults& r) {
    if (!r.present) return {};
    std::map<std::string, int> counts;
    std::string rows, tools, pages;
    for (const auto& [name, version] : r.tools)
        tools += (tools.empty() ? "" : "、") + html_escape(name) + " " + html_escape(version);
    for (const std::string& p : r.pages)
        pages += "<li><a href=\"" + html_escape(p) + "\">" + html_escape(p) + "</a></li>\n";
    for (const AccessibilityCriterion& k : r.criteria) {
        ++counts[k.result];
        std::string shown = k.result == "未判定" ? "未判定（人による確認が必要）" : k.result;
        // How it was decided: a criterion only a person can judge is never shown as settled by a tool.
        std::string by = k.by_human                                 ? "人による確認"
                         : !k.needs_human || k.result == "該当なし" ? "自動試験"
                         : k.method.empty() ? "人による確認が必要（自動試験の対象外）"
                                            : "自動試験（人による確認が必要）";
        rows += "<tr><th scope=\"row\">" + html_escape(k.id) + (k.title.empty() ? "" : " " + html_escape(k.title)) +
                "</th><td>" + html_escape(k.level) + "</td><td>" + (k.applies ? "はい" : "いいえ") + "</td><td>" +
                html_escape(shown) + "</td><td>" + by + (k.method.empty() ? "" : "：" + html_escape(k.method)) +
                (k.note.empty() ? "" : "。" + html_escape(k.note)) + "</td></tr>\n";
    }
    const std::string& level = r.target_level;
    auto row = [](const std::string& dt, const std::string& dd_html) {
        return dd_html.empty() ? std::string() : "<div><dt>" + dt + "</dt><dd>" + dd_html + "</dd></div>\n";
    };
    std::string achieved = r.conformance.empty()
                               ? "対応度は表記していません"
                               : "適合レベル " + html_escape(level) + " に" + html_escape(r.conformance);
    if (!r.conformance_note.empty()) achieved += "（" + html_escape(r.conformance_note) + "）";
    std::string tally;
    for (const char* k : {"適合", "不適合", "該当なし", "未判定"})
        tally += (tally.empty() ? "" : "、") + std::string(k) + " " + std::to_string(counts[k]) + "件";
    std::string h = "<h2>試験結果の概要</h2>\n<dl class=\"meta\">\n";
    h += row("規格の規格番号及び改正年", html_escape(r.standard));
    h += row("目標とする適合レベル", html_escape(level));
    h += row("適合レベル及び対応度", achieved);
    h += row("試験実施日", time_html(r.date));
    h += row("試験対象", "このサイトの " + std::to_string(r.pages.size()) + " ページ（下の「試験したページ」）");
    h += row("依存したウェブコンテンツ技術", html_escape(r.technologies));
    h += row("試験に使ったツール", tools);
    h += row("試験方法", html_escape(r.method));
    h += row("試験箇所の選択方法", html_escape(r.page_selection));
    h += row("結果の要約", html_escape(r.summary));
    h += row("達成基準ごとの結果の件数", tally);
    h += "</dl>\n";
    h +=
        "<h2>達成基準チェックリスト</h2>\n<p>「未判定（人による確認が必要）」は、自動試験では問題が見つからなかったものの、"
        "人が目視や支援技術で確かめるまで適合と判断できない達成基準です。</p>\n"
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"達成基準チェックリスト\">\n<table>\n"
        "<caption>達成基準チェックリスト</caption>\n<thead>\n<tr><th scope=\"col\">達成基準</th><th scope=\"col\">適合レベル</th>"
        "<th scope=\"col\">適用</th><th scope=\"col\">結果</th><th scope=\"col\">確認の方法</th></tr>\n</thead>\n<tbody>\n" +
        rows + "</tbody>\n</table>\n</div>\n";
    h += "<h2>試験したページ（" + std::to_string(r.pages.size()) + " ページ）</h2>\n<ol class=\"tested-pages\">\n" +
         pages + "</ol>\n";
    return h;
}

void check_accessibility_policy(const Site& site, Diagnostics& diags) {
    // A site.yaml that is missing or has errors says so itself; a warning on top would be noise.
    if (diags.has_error_in(site.config.source_path)) return;
    const AccessibilityPolicy& a = site.config.accessibility;
    std::vector<std::string> missing;
    if (policy_owner(site).empty())
        missing.push_back("organization (the site carries plans of " + std::to_string(plan_publishers(site).size()) +
                          " publishers, so none is named as responsible)");
    if (a.departments.empty()) missing.push_back("departments (担当部署)");
    if (a.established.empty()) missing.push_back("established (策定日)");
    if (a.level.empty() || a.conformance.empty())
        missing.push_back("level and conformance (目標とする適合レベル及び対応度)");
    if (a.deadline.empty()) missing.push_back("deadline (達成期限)");
    if (missing.empty()) return;
    std::string list;
    for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
    Location at =
        a.present ? Location{site.config.source_path, a.line, a.column} : Location{site.config.source_path, 0, 0};
    diags.warning(at, "site.accessibility-incomplete",
                  "the accessibility policy page leaves out what site.yaml does not give: " + list,
                  "add them under 'accessibility:' in site.yaml (docs/accessibility.md shows an example)");
}

void add_policy_data(data& d, const Site& site, const AccessibilityResults& results) {
    const AccessibilityPolicy& a = site.config.accessibility;
    auto put = [&](const char* key, const std::string& v) {
        if (!v.empty()) d.set(key, v);  // an empty string would be true in {{#key}}
    };
    auto list = [&](const char* key, const std::vector<std::string>& items) {
        data l = data::type::list;
        for (const std::string& i : items) l.push_back(data("text", i));
        if (!items.empty()) d.set(key, l);
        d.set(std::string("has_") + key, !items.empty());
    };
    put("owner", policy_owner(site));
    put("scope", a.scope);
    put("target_level", a.level);
    put("target_conformance", a.conformance);
    put("deadline", a.deadline);
    put("deadline_ja", japanese_date(a.deadline));
    d.set("has_target", !a.level.empty() && !a.conformance.empty());
    list("departments", a.departments);
    list("exceptions", a.exceptions);
    put("established", a.established);
    put("established_ja", japanese_date(a.established));
    put("policy_updated", a.updated);
    put("policy_updated_ja", japanese_date(a.updated));
    if (results.present) {
        put("results_date", results.date);
        put("results_date_ja", japanese_date(results.date));
        put("results_pages", std::to_string(results.pages.size()));
        d.set("results_human", results.human);
    }
    d.set("has_results", results.present);
    bool attachments = false;  // the note about unconverted PDFs is said only where there are some
    for (const Plan& p : site.plans) attachments = attachments || !p.attachments.empty();
    d.set("has_attachments", attachments);
}

}  // namespace planpub
