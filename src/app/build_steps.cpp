#include "app/build_steps.hpp"

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace planpub {

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

}  // namespace planpub
