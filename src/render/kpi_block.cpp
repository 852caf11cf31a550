#include "render/kpi_block.hpp"

#include "render/kpi_html.hpp"
#include "text/utf8.hpp"

namespace planpub {

std::string render_kpi_block(Templates& t, const Plan& plan, const std::string& body, Location where,
                             const std::string& kpi_url, int block_number, Diagnostics& diags) {
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
            caption =
                chosen.size() > 1 ? "重要業績評価指標（KPI）" : (before < chosen.size() ? chosen.back()->name : "");
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
    if (chosen.size() > 1)
        caption = chosen.front()->goal && caption.rfind("基本目標", 0) == 0 ? caption : "重要業績評価指標（KPI）";
    std::string html = render_kpi_table(t, chosen, caption, kpi_url, true);
    for (const Kpi* k : chosen)
        html +=
            render_kpi_chart(*k, {"-b" + std::to_string(block_number), 0, "数値は上の表と、KPIのページの表のとおり。"});
    return html;
}

}  // namespace planpub
