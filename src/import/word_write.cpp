#include "import/word_write.hpp"

#include <algorithm>
#include <map>

namespace planpub {

std::string yaml_quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string page_file_name(const DocxChapter& ch) {
    return (ch.number < 10 ? "0" : "") + std::to_string(ch.number) + "-" + ch.slug + ".md";
}

std::string index_markdown(const DocxPlan& plan) {
    std::string s = "---\ntitle: " + yaml_quote(plan.title) + "\nstatus: " + plan.status +
                    "\nperiod:\n  from: " + yaml_quote(plan.period_from) + "\n  to: " + yaml_quote(plan.period_to) +
                    "\n";
    if (!plan.goals.empty()) {
        s += "goals:\n";
        for (const auto& g : plan.goals) {
            s += "  - number: " + std::to_string(g.number) + "\n    title: " + yaml_quote(g.title) + "\n";
            if (!g.pillars.empty()) s += "    pillars:\n";
            for (const auto& p : g.pillars) s += "      - " + yaml_quote(p) + "\n";
        }
    }
    return s + "---\n" + plan.overview;
}

std::string page_markdown(const DocxChapter& ch) {
    return "---\ntitle: " + yaml_quote(ch.title) + "\n" + (ch.goal ? "goal: " + std::to_string(ch.goal) + "\n" : "") +
           "---\n" + ch.markdown;
}

std::string glossary_yaml(const DocxPlan& plan) {
    if (plan.terms.empty()) return {};
    std::string s = "# 用語集の候補（" + plan.title + " の脚注と※注記から planpub import word が作成）\n";
    for (const auto& t : plan.terms) {
        s += "- term: " + yaml_quote(t.term) + "\n";
        if (t.reading.empty())
            s += "  reading: \"ん\"  # 読み未設定: 正しい読みを書いてください（50音順で最後になります）\n";
        else
            s += "  reading: " + yaml_quote(t.reading) + "\n";
        s += "  definition: " + yaml_quote(t.definition) + "\n  source: " + yaml_quote(plan.title) + "\n";
    }
    return s;
}

std::string report_markdown(const DocxPlan& plan, const std::string& docx, const std::string& plan_dir) {
    std::string s = "# 取り込み報告: " + docx + " → " + plan_dir + "/\n\n";
    s += "planpub import word が書いた報告です。ビルドはこのファイルを読み飛ばすので、サイトには公開されません。"
         "確認した項目は [x] にしてください（planpub check が残りの数を示します）。\n\n";
    s += "## 変換したもの\n\n";
    s += "- index.md: 「" + plan.title + "」、" + std::to_string(plan.goals.size()) + " 基本目標\n";
    for (const auto& c : plan.converted) s += "- " + c + "\n";
    s += "- glossary.yaml: " + std::to_string(plan.terms.size()) + " 用語（脚注・※注記から）\n";
    auto lines = [](const std::string& csv) {
        return csv.empty() ? 0L : long(std::count(csv.begin(), csv.end(), '\n')) - 1;
    };
    if (!plan.kpi_csv.empty())
        s += "- kpi.csv: " + std::to_string(lines(plan.kpi_csv)) + " 指標（KPI表から）" +
             (plan.kpi_values_csv.empty()
                  ? ""
                  : "、kpi-values.csv: " + std::to_string(lines(plan.kpi_values_csv)) + " 件の実績") +
             "\n";
    s += "- files/: " + std::to_string(plan.images.size()) + " 画像\n\n";
    s += "## 確認が必要なもの（" + std::to_string(plan.review.size()) + " 件）\n\n";
    if (plan.review.empty()) s += "なし。\n";
    for (const auto& r : plan.review) s += "- [ ] " + r.where.describe() + " — " + r.kind + ": " + r.text + "\n";
    return s;
}

}  // namespace planpub
