// End to end: KPI pages on the bundled 芦別市 plan and on a plan the team did not write.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "site_check.hpp"

using namespace planpub::test;

namespace {

// One KPI's own parts of a KPI page: its row in the summary table and its section below, so a
// status is looked for where it belongs (the page's legend names every status).
struct KpiParts {
    std::string row, section;
};

KpiParts kpi_parts(const std::string& page, const std::string& id, const std::string& name) {
    auto slice = [&](const std::string& start, const std::string& end) {
        size_t a = page.find(start);
        INFO("not on the KPI page: " << start);
        REQUIRE(a != std::string::npos);
        CHECK(page.find(start, a + 1) == std::string::npos);  // one of each
        size_t b = page.find(end, a);
        REQUIRE(b != std::string::npos);
        return page.substr(a, b + end.size() - a);
    };
    return {slice("<tr>\n<th scope=\"row\">" + name, "</tr>"), slice("<section class=\"kpi\" id=\"kpi-" + id + "\"", "</section>")};
}

// The status markup planpub writes for a label (順調 → kpi-status--on-track …).
std::string status_span(const std::string& key, const std::string& label) {
    return "<span class=\"kpi-status kpi-status--" + key + "\">" + label + "</span>";
}

}  // namespace

TEST_CASE("芦別市's KPI page shows every baseline and target with 西暦 years", "[e2e][kpi]") {
    TempDir t;
    auto r = run_planpub("build --content " + std::string(PLANPUB_SOURCE_DIR) + "/content --out " + (t.path() / "o").string());
    REQUIRE(r.exit_code == 0);
    std::string page = read_file(t.path() / "o/ashibetsu/kpi/index.html");
    for (const char* s : {"24名（2022年度（令和4年度））", "50名（2024年度（令和6年度））", "12.4%（2022年度（令和4年度））",
                          "35.7%（2024年度（令和6年度））", "50件（2018年度（平成30年度））", "5年間で250件",
                          "全3校", "基準値を維持", "未策定", "2024年度（令和6年度）中の計画策定"}) {
        INFO(s);
        CHECK(page.find(s) != std::string::npos);
    }
    // No values yet (no kpi-values.csv): every KPI is 未評価 in its own row and section, and the
    // qualitative one says why in its own words (SPEC: 未評価 = no value, or a qualitative target).
    const std::string not_evaluated = status_span("not-evaluated", "未評価");
    const std::vector<std::pair<std::string, std::string>> kpis = {
        {"g2-1", "登録者数"},       {"g3-1", "助成件数"},     {"g3-2", "導入学校数"},
        {"g4-1", "諸証明発行総数に対するコンビニ交付利用率"}, {"g4-2", "設置施設数"},
        {"g4-3", "アプリ利用者数"}, {"g4-4", "アプリ利用率"}, {"g4-5", "ゼロカーボン実行計画（区域施策編）の策定状況"},
        {"g4-6", "照明のLED化率"}};
    for (const auto& [id, name] : kpis) {
        INFO(id);
        KpiParts k = kpi_parts(page, "ashibetsu-" + id, name);
        CHECK(k.row.find(not_evaluated) != std::string::npos);
        CHECK(k.section.find("<dt>進捗</dt><dd>" + not_evaluated) != std::string::npos);
        CHECK(k.section.find(id == "g4-5" ? "定性的な目標" : "実績値がまだありません。") != std::string::npos);
    }
    CHECK(page.find("role=\"img\"") != std::string::npos);
    // 伊豆の国市's draft KPIs have no figures: said in words, never 0.
    std::string izu = read_file(t.path() / "o/izunokuni/kpi/index.html");
    CHECK(izu.find("まだありません") != std::string::npos);
    CHECK(izu.find("<svg") == std::string::npos);
    // the kpi block in a goal page renders a table, not code
    std::string goal = read_file(t.path() / "o/izunokuni/goal1/index.html");
    CHECK(goal.find("<table class=\"kpi-table\">") != std::string::npos);
    CHECK(goal.find("language-kpi") == std::string::npos);
}

TEST_CASE("a KPI table the team did not write: full-width figures, separators, a block", "[e2e][kpi]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    write_file(t.path() / "c/plans/alpha/kpi.csv",
               "KPI_ID,基本目標,指標名,単位,基準値,基準年度,目標値,目標年度\r\n"
               "g1-1,1,アプリ登録率,%,２８．１％,令和2年度,40,令和7年度\r\n"
               "g1-2,1,参加者数,人,\"1,200\",2023年,\"1,500\",2027年\r\n");
    write_file(t.path() / "c/plans/alpha/kpi-values.csv", "kpi,year,value,note\ng1-1,R4,33.5,\ng1-2,2024年,1300,\n");
    write_file(t.path() / "c/plans/alpha/01-purpose.md",
               "---\ntitle: 目的\ngoal: 1\n---\n```kpi\ngoal: 1\n```\n\n```kpi\nid: g1-1\n```\n");  // twice: ids stay unique
    auto r = run_planpub("build --content " + (t.path() / "c").string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    std::string page = read_file(t.path() / "o/alpha/purpose/index.html");
    CHECK(page.find("28.1%（2020年度（令和2年度））") != std::string::npos);
    CHECK(page.find("1,200人（2023年）") != std::string::npos);
    CHECK(page.find("<table class=\"kpi-table\">") != std::string::npos);
    // The block also shows each status's reason and, where figures exist, the chart (SPEC: table and chart).
    CHECK(page.find("<span class=\"kpi-reason\">2022年度（令和4年度）の実績 33.5%") != std::string::npos);
    CHECK(page.find("<svg class=\"kpi-chart\" role=\"img\" aria-labelledby=\"kpi-chart-g1-1-b1-t\" aria-describedby=\"kpi-chart-g1-1-b1-d\"") !=
          std::string::npos);
    CHECK(page.find("kpi-chart-g1-2-b1-t") != std::string::npos);
    CHECK(page.find("id=\"kpi-chart-g1-1-b2-t\"") != std::string::npos);  // the second block's chart of the same KPI
    CHECK(page.find("id=\"kpi-chart-g1-1-b1-t\"") == page.rfind("id=\"kpi-chart-g1-1-b1-t\""));
    std::string kpi = read_file(t.path() / "o/alpha/kpi/index.html");
    // g1-1: the straight path from 28.1 (FY2020) to 40 (FY2025) is at 28.1 + 11.9 × 2/5 = 32.86 in
    // FY2022, shown with the figures' one decimal; 33.5 is past it: 順調, in g1-1's own row and section.
    // g1-2: from 1,200 (2023年) to 1,500 (2027年) the path is at 1,200 + 300 × 1/4 = 1,275 in 2024年; 1,300 is past it.
    const std::string on_track = status_span("on-track", "順調");
    using Row = std::tuple<std::string, std::string, std::string>;
    for (auto [id, name, guide] : std::vector<Row>{{"g1-1", "アプリ登録率", "目安 32.9% に達しています。"},
                                                   {"g1-2", "参加者数", "目安 1,275人 に達しています。"}}) {
        INFO(id);
        KpiParts k = kpi_parts(kpi, id, name);
        CHECK(k.row.find(on_track) != std::string::npos);
        CHECK(k.section.find("<dt>進捗</dt><dd>" + on_track) != std::string::npos);
        CHECK(k.section.find(guide) != std::string::npos);
    }
    SiteReport report = check_site(t.path() / "o");
    for (auto& p : report.problems) FAIL_CHECK(p);
}

TEST_CASE("28.1件 where the unit is % exits 1 with the error at kpi.csv:LINE", "[e2e][kpi][errors]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    write_file(t.path() / "c/plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year\nok,1,率,%,10,R2\nbad,1,率,%,28.1件,R2\nbad,1,重複,%,1,R2\n"
               "g,9,目標,%,1,R2\n");
    write_file(t.path() / "c/plans/alpha/kpi-values.csv", "kpi,year,value,note\nnope,R3,1,\nok,R3,1,2,3\n");
    auto r = run_planpub("check --content " + (t.path() / "c").string());
    INFO(r.output);
    CHECK(r.exit_code == 1);
    std::string csv = (t.path() / "c/plans/alpha/kpi.csv").string();
    CHECK(r.output.find(csv + ":3:11: error[kpi.unit-mismatch]") != std::string::npos);
    CHECK(r.output.find(csv + ":4:1: error[kpi.duplicate-id]") != std::string::npos);
    CHECK(r.output.find(csv + ":5:3: error[kpi.unknown-goal]") != std::string::npos);
    CHECK(r.output.find("kpi-values.csv:2:1: error[kpi.unknown-kpi]") != std::string::npos);
    CHECK(r.output.find("kpi-values.csv:3:1: error[csv.field-count]") != std::string::npos);
    CHECK(r.output.find("hint:") != std::string::npos);
}

TEST_CASE("a KPI description is Markdown inline and running text: emphasis, links, glossary terms", "[e2e][kpi]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    write_file(t.path() / "c/glossary.yaml", "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n");
    write_file(t.path() / "c/plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year,description\n"
               "k-1,1,登録者数,人,10,R6,20,R10,\"**関係人口**を増やす。[目的](01-purpose.md)を参照。関係人口の数。\"\n"
               "k-2,1,参加者数,人,10,R6,20,R10,関係人口の参加。<script>x</script>[危険](javascript:alert(1))\n");
    auto r = run_planpub("build --content " + (t.path() / "c").string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("kpi.csv:3:35: warning[html.not-allowed]: raw HTML \"<script>\"") != std::string::npos);
    CHECK(r.output.find("kpi.csv:3:53: warning[link.unsafe-scheme]") != std::string::npos);
    std::string page = read_file(t.path() / "o/alpha/kpi/index.html");
    CHECK(page.find("<strong><a class=\"term\" href=\"../../glossary/index.html#t-%E9%96%A2%E4%BF%82%E4%BA%BA%E5%8F%A3\"") !=
          std::string::npos);
    CHECK(page.find("href=\"../purpose/index.html\">目的</a>") != std::string::npos);
    // linked once on the page (the first occurrence), across the two descriptions
    size_t links = 0;
    for (size_t at = page.find("data-term=\"関係人口\""); at != std::string::npos; at = page.find("data-term=\"関係人口\"", at + 1))
        ++links;
    CHECK(links == 1);
    CHECK(page.find("<script>x") == std::string::npos);
    CHECK(page.find("javascript:") == std::string::npos);

    // A link to a page that does not exist is an error naming kpi.csv.
    write_file(t.path() / "c/plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year,description\n"
               "k-1,1,登録者数,人,10,R6,20,R10,[無い](nothing.md)\n");
    r = run_planpub("build --content " + (t.path() / "c").string() + " --out " + (t.path() / "o").string());
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("kpi.csv:2:27: error[link.broken]") != std::string::npos);
}
