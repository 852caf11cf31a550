// The yearly evaluation on tests/data/evaluation: ten KPIs of every target kind with three years
// of actuals, the plan's grading scale, written and computed grades, pages and open data.
#include <catch2/catch.hpp>

#include <map>

#include "app/site_build.hpp"
#include "site_check.hpp"

using namespace planpub;
using namespace planpub::test;

namespace {

fs::path evaluation_site() { return fs::path(PLANPUB_SOURCE_DIR) / "tests/data/evaluation"; }

std::unique_ptr<SiteBuild> build_quietly(const fs::path& content, Diagnostics& diags) {
    BuildOptions o;
    o.content_dir = content.string();
    o.write = false;
    return build_site(o, diags);
}

std::map<std::string, const EvaluationRow*> rows_of(const Plan& plan, int year) {
    std::map<std::string, const EvaluationRow*> m;
    for (const EvaluationRow& r : plan.evaluation.rows)
        if (r.year.year == year) m[r.kpi.empty() ? r.measure : r.kpi] = &r;
    return m;
}

}  // namespace

TEST_CASE("achievement rates and computed grades for every kind of target", "[e2e][evaluation]") {
    Diagnostics diags;
    auto b = build_quietly(evaluation_site(), diags);
    std::string report;
    for (const Diagnostic& d : diags.sorted()) report += format_diagnostic(d);
    INFO(report);
    REQUIRE(b);
    REQUIRE_FALSE(diags.has_errors());
    const Plan& plan = b->site.plans.at(0);
    REQUIRE(plan.evaluation.rows.size() == 14);
    auto r = rows_of(plan, 2026);
    auto rate = [&](const char* id) { return r.at(id)->rate.percent; };
    // Progress from the baseline: (実績−基準)/(目標−基準).
    CHECK(*rate("k1") == Approx(110.0));  // 1000 → 2000, 2100 observed
    CHECK(*rate("k2") == Approx(75.0));   // 40 → 0 (decrease), 10 observed
    CHECK(*rate("k3") == Approx(60.0));   // 累計 8+12+10 of 50
    CHECK(*rate("k4") == Approx(100.0));  // mean 100 of 年平均100 from 80
    CHECK(*rate("k5") == Approx(102.5));  // 維持: 82 against the baseline 80
    CHECK(*rate("k10") == Approx(80.0));  // 60.0 → 65.0, 64.0 observed
    CHECK(*rows_of(plan, 2024).at("k1")->rate.percent == Approx(20.0));
    CHECK(*rows_of(plan, 2025).at("k1")->rate.percent == Approx(50.0));
    // No number where there is none, but the reason.
    CHECK_FALSE(rate("k6"));
    CHECK(r.at("k6")->rate.reason.find("方向") != std::string::npos);
    CHECK_FALSE(rate("k7"));
    CHECK(r.at("k7")->rate.reason.find("定性") != std::string::npos);
    CHECK_FALSE(rate("k8"));
    CHECK(r.at("k8")->rate.reason.find("基準値が数値でない") != std::string::npos);
    CHECK_FALSE(rate("k9"));
    CHECK(r.at("k9")->rate.reason.find("目標値が基準値と同じ") != std::string::npos);
    // Computed grades from min_rate; a written grade is kept beside the computed one.
    CHECK(r.at("k1")->marks[0].written.empty());
    CHECK(r.at("k1")->marks[0].computed == "A");
    CHECK(r.at("k3")->marks[0].computed == "B");
    CHECK(r.at("k10")->marks[0].written == "A");
    CHECK(r.at("k10")->marks[0].computed == "B");
    CHECK(r.at("k6")->marks[0].written == "D");
    CHECK(r.at("k6")->marks[0].computed.empty());
    CHECK(rows_of(plan, 2024).at("k1")->marks[0].computed == "C");
    CHECK(r.at("g1-p1-m1")->marks[0].written == "B");
    CHECK(r.at("g1-p1-m1")->budget == "12,000千円");
}

TEST_CASE("the ratio to the target, chosen per plan", "[e2e][evaluation]") {
    TempDir t;
    fs::copy(evaluation_site(), t.path() / "content", fs::copy_options::recursive);
    fs::path index = t.path() / "content/plans/beta/index.md";
    std::string text = read_file(index);
    text.replace(text.find("rate: progress"), 14, "rate: ratio");
    write_file(index, text);
    Diagnostics diags;
    auto b = build_quietly(t.path() / "content", diags);
    REQUIRE(b);
    REQUIRE_FALSE(diags.has_errors());
    auto r = rows_of(b->site.plans.at(0), 2026);
    CHECK(*r.at("k1")->rate.percent == Approx(105.0));           // 2100 / 2000
    CHECK(*r.at("k10")->rate.percent == Approx(64.0 / 65 * 100));  // 64.0 / 65.0
    CHECK(*r.at("k3")->rate.percent == Approx(60.0));             // 累計 30 / 50
    CHECK_FALSE(r.at("k2")->rate.percent);                         // a decrease to 0 has no ratio
    CHECK(r.at("k2")->rate.reason.find("rate: progress") != std::string::npos);
}

namespace {

// The test plan with its `evaluation:` scale replaced.
std::unique_ptr<SiteBuild> build_with_scale(TempDir& t, const std::string& scale, Diagnostics& diags,
                                            void (*edit_values)(std::string&) = nullptr) {
    fs::copy(evaluation_site(), t.path() / "content", fs::copy_options::recursive);
    if (edit_values) {
        fs::path values = t.path() / "content/plans/beta/kpi-values.csv";
        std::string v = read_file(values);
        edit_values(v);
        write_file(values, v);
    }
    fs::path index = t.path() / "content/plans/beta/index.md";
    std::string text = read_file(index);
    const size_t from = text.find("evaluation:"), to = text.find("---", from);
    text.replace(from, to - from, scale);
    write_file(index, text);
    return build_quietly(t.path() / "content", diags);
}

size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

std::string report_of(const Diagnostics& diags) {
    std::string report;
    for (const Diagnostic& d : diags.sorted()) report += format_diagnostic(d);
    return report;
}

}  // namespace

// 多摩市's scale (expydoc.com/doc/10040981): the actual against the share of the path the plan
// meant to have come by the year — 20 % of the way in the first of five years — graded ≥ 100 %,
// 60–100 %, below 60 %.
TEST_CASE("a path-based scale grades against the year's planned value", "[e2e][evaluation]") {
    TempDir t;
    Diagnostics diags;
    auto b = build_with_scale(t, R"(evaluation:
  rate: path
  grades:
    - grade: ①
      label: 着実に進んでいる
      min_rate: 100
    - grade: ②
      label: 概ね進んでいる
      min_rate: 60
    - grade: ③
      label: 改善や工夫が必要
      otherwise: true
    - {grade: A, label: 市の評価（達成）}
    - {grade: B, label: 市の評価（順調）}
    - {grade: D, label: 数値では評価できない}
)",
                              diags);
    INFO(report_of(diags));
    REQUIRE(b);
    REQUIRE_FALSE(diags.has_errors());
    const Plan& plan = b->site.plans.at(0);
    auto r = rows_of(plan, 2026);  // 3 of 5 years from the baseline year 2023: the plan meant 60 % of the way
    CHECK(*r.at("k1")->rate.percent == Approx(1100.0 / 600 * 100));  // 1000 → 2000: planned 1600, 2100 observed
    CHECK(r.at("k1")->rate.basis.find("計画値 1,600") != std::string::npos);
    CHECK(*r.at("k2")->rate.percent == Approx(125.0));               // 40 → 0: planned 16, 10 observed
    CHECK(*r.at("k3")->rate.percent == Approx(100.0));               // 累計 30 of 50 × 3/5
    CHECK(*r.at("k10")->rate.percent == Approx(4.0 / 3 * 100));      // 60 → 65: planned 63, 64 observed
    CHECK(*rows_of(plan, 2024).at("k1")->rate.percent == Approx(100.0));  // 1200 of planned 1200
    CHECK(*rows_of(plan, 2025).at("k1")->rate.percent == Approx(125.0));  // 1500: 500 of planned 400
    CHECK(rows_of(plan, 2024).at("k1")->marks[0].computed == "①");
    CHECK(r.at("k4")->marks[0].computed == "①");
    CHECK_FALSE(r.at("k7")->rate.percent);  // qualitative: no rate, so ③ (otherwise) does not apply
    CHECK(r.at("k7")->marks[0].computed.empty());
}

// 長与町's scale (webtown.nagayo.jp/kiji0032107): S above the target, A above the baseline, B
// within 10 % below it, C lower, − when the KPI cannot be measured.
TEST_CASE("a baseline band scale grades the change from the baseline", "[e2e][evaluation]") {
    TempDir t;
    Diagnostics diags;
    auto b = build_with_scale(t, R"(evaluation:
  grades:
    - {grade: S, label: 目標値を超えている, over_rate: 100}
    - {grade: A, label: 基準値を超えている, over_change: 0}
    - {grade: B, label: 基準値と同水準（△10%以内）, min_change: -10}
    - {grade: C, label: 基準値より下落, otherwise: true}
    - {grade: −, label: 評価できない, no_figure: true}
    - {grade: D, label: 数値では評価できない}
)",
                              diags);
    INFO(report_of(diags));
    REQUIRE(b);
    REQUIRE_FALSE(diags.has_errors());
    auto r = rows_of(b->site.plans.at(0), 2026);
    auto grade = [&](const char* id) { return r.at(id)->marks[0].computed; };
    CHECK(grade("k1") == "S");                           // progress 110 %
    CHECK(*r.at("k2")->change.percent == Approx(75.0));  // 40 → 10 on a KPI that aims to decrease: +75 %
    CHECK(grade("k2") == "A");
    CHECK(grade("k6") == "A");  // a direction target: no rate, but 500 → 460 is 8 % better
    CHECK(grade("k10") == "A");
    CHECK(grade("k7") == "−");  // qualitative
    CHECK(grade("k8") == "−");  // the baseline is not a number
    CHECK(grade("k9") == "−");  // the baseline is 0: no change in %
    CHECK(r.at("k9")->change.reason.find("基準値が0") != std::string::npos);
    auto r25 = rows_of(b->site.plans.at(0), 2025);
    CHECK(r25.at("k1")->marks[0].computed == "A");  // 1500: above the baseline, short of the target
}

TEST_CASE("a baseline band: within 10 % below is B, lower is C", "[e2e][evaluation]") {
    TempDir t;
    Diagnostics diags;
    auto b = build_with_scale(t, "evaluation:\n  grades:\n    - {grade: A, label: 改善, over_change: 0}\n"
                                 "    - {grade: B, label: 同水準, min_change: -10}\n"
                                 "    - {grade: C, label: 悪化, otherwise: true}\n    - {grade: D, label: 評価なし}\n",
                              diags, [](std::string& values) {
                                  values.replace(values.find("k10,令和8年度,64.0"), 22, "k10,令和8年度,54.0");  // −10 %
                                  values.replace(values.find("k1,令和8年度,2100"), 21, "k1,令和8年度,899");  // −10.1 %
                              });
    INFO(report_of(diags));
    REQUIRE(b);
    REQUIRE_FALSE(diags.has_errors());
    auto r = rows_of(b->site.plans.at(0), 2026);
    CHECK(*r.at("k10")->change.percent == Approx(-10.0));
    CHECK(r.at("k10")->marks[0].computed == "B");
    CHECK(r.at("k1")->marks[0].computed == "C");
    CHECK(r.at("k7")->marks[0].computed.empty());  // no figure and no no_figure grade: none
}

TEST_CASE("evaluation pages and open data", "[e2e][evaluation]") {
    TempDir t;
    fs::path out = t.path() / "public";
    auto run = run_planpub("build --content " + q(evaluation_site()) + " --out " + q(out));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    for (const char* f : {"beta/evaluation/index.html", "beta/evaluation/2024/index.html", "beta/evaluation/2026/index.html"})
        CHECK(fs::exists(out / f));
    SiteReport report = check_site(out);
    for (auto& p : report.problems) FAIL_CHECK(p);
    std::string plan = read_file(out / "beta/index.html");
    CHECK(plan.find("href=\"evaluation/index.html\"") != std::string::npos);
    CHECK(read_file(out / "beta/kpi/index.html").find("href=\"../evaluation/index.html\"") != std::string::npos);
    // The overview: grades by goal as a table and as a chart with the same numbers in its description.
    std::string overview = read_file(out / "beta/evaluation/index.html");
    CHECK(overview.find("<title id=\"grades-2026-0-t\">2026年度（令和8年度）の評価の数（基本目標ごと）</title>") !=
          std::string::npos);
    CHECK(overview.find("基本目標1　しごとをつくる：A 3、B 1、C 0、D 1、評価なし 1。") != std::string::npos);
    std::string year = read_file(out / "beta/evaluation/2026/index.html");
    CHECK(year.find("達成率 ＝（実績値 − 基準値）÷（目標値 − 基準値）× 100") != std::string::npos);
    CHECK(year.find("110.0%") != std::string::npos);
    CHECK(year.find("A（目標を達成）（数値から算定）") != std::string::npos);           // k1: computed only
    CHECK(year.find("A（目標を達成）。数値から算定した評価は B（順調）") != std::string::npos);  // k10: both
    CHECK(year.find("前年度 50.0% から +60.0ポイント") != std::string::npos);
    CHECK(year.find("<dd>↑ 増加（1,500人 → 2,100人）</dd>") != std::string::npos);  // the trend, apart from progress
    CHECK(year.find("<dd>↓ 減少（20人 → 10人）</dd>") != std::string::npos);
    CHECK(year.find("aria-labelledby=\"kpi-chart-k1-e-t\"") != std::string::npos);  // actuals against the path
    CHECK(year.find("<th scope=\"col\">2024年度</th><th scope=\"col\">2025年度</th><th scope=\"col\">2026年度</th>") !=
          std::string::npos);  // the printed sheet: one column per year so far
    CHECK(year.find("<td>1,200人</td><td>1,500人</td><td>2,100人</td><td>110.0%</td>") != std::string::npos);
    std::string csv = read_file(out / "opendata/222097/beta/222097_beta_evaluation.csv");
    CHECK(row_of(csv, "beta-k10-2026").find(",80.0,") != std::string::npos);
    CHECK(row_of(csv, "beta-k10-2026").find(",A,目標を達成,市の評価,B,") != std::string::npos);
    CHECK(row_of(csv, "beta-k1-2026").find(",A,目標を達成,数値から算定,A,") != std::string::npos);
    CHECK(row_of(csv, "beta-k6-2026").find("方向") != std::string::npos);
    CHECK(row_of(csv, "beta-k2-2026").find(",75.0,実績 10人、基準値 40人,") != std::string::npos);  // change from the baseline
}

// 江田島市's published 平成27年度 sheet (tests/data/evaluation-etajima/README.md names the source):
// its mechanical 改善・悪化 mark, written as a planpub scale, comes out as the city published it,
// and its own 達成度 stays as written beside it.
TEST_CASE("a real city's published marks are computed as published", "[e2e][evaluation]") {
    Diagnostics diags;
    auto b = build_quietly(fs::path(PLANPUB_SOURCE_DIR) / "tests/data/evaluation-etajima", diags);
    INFO(report_of(diags));
    REQUIRE(b);
    REQUIRE_FALSE(diags.has_errors());
    auto r = rows_of(b->site.plans.at(0), 2015);
    // marks[0]: 改善・悪化, computed; marks[1]: 達成度, written by the city.
    CHECK(r.at("e2")->marks[0].computed == "○");  // 被害額 22,585 → 20,563千円 (to decrease): published ○
    CHECK(*r.at("e2")->change.percent == Approx((22585.0 - 20563) / 22585 * 100));
    CHECK(r.at("e2")->marks[1].written == "A");  // published 達成度 A
    CHECK(r.at("e2")->marks[1].computed.empty());
    CHECK(r.at("e3")->marks[0].computed == "○");  // オリーブ 22.6 → 24.6ha: published ○
    CHECK(r.at("e3")->marks[1].written == "B");   // published 達成度 B
    CHECK(r.at("e1")->marks[0].computed == "○");  // 創業 3 → 9件
    CHECK(*r.at("e3")->rate.percent == Approx(2.0 / 12.4 * 100));  // progress toward 35.0ha
}

TEST_CASE("two scales: each its column, its legend once, its rows in the open data", "[e2e][evaluation]") {
    TempDir t;
    fs::path out = t.path() / "public";
    auto run = run_planpub("build --content " + q(fs::path(PLANPUB_SOURCE_DIR) / "tests/data/evaluation-etajima") +
                           " --out " + q(out));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    std::string page = read_file(out / "etajima/evaluation/2015/index.html");
    CHECK(count_of(page, "<p class=\"scale-name\">改善・悪化</p>") == 1);
    CHECK(count_of(page, "<p class=\"scale-name\">達成度</p>") == 1);
    CHECK(page.find("<dt>改善・悪化</dt><dd>○（改善）（数値から算定）</dd>") != std::string::npos);
    CHECK(page.find("<dt>達成度</dt><dd>A（順調）</dd>") != std::string::npos);
    CHECK(page.find("<th scope=\"col\">改善・悪化</th><th scope=\"col\">達成度</th>") != std::string::npos);
    std::string csv = read_file(out / "opendata/342157/etajima/342157_etajima_evaluation.csv");
    CHECK(row_of(csv, "etajima-e2-2015-change").find(",改善・悪化,○,改善,数値から算定,○,") != std::string::npos);
    CHECK(row_of(csv, "etajima-e2-2015-achievement").find(",達成度,A,順調,市の評価,,") != std::string::npos);
    SiteReport report = check_site(out);
    for (auto& p : report.problems) FAIL_CHECK(p);
}

// Measures and grant projects on their own axes (有効性・効率性・総合評価), KPIs on another.
TEST_CASE("measures and projects graded on their own scales", "[e2e][evaluation]") {
    TempDir t;
    fs::copy(evaluation_site(), t.path() / "content", fs::copy_options::recursive);
    fs::path plan_dir = t.path() / "content/plans/beta";
    std::string index = read_file(plan_dir / "index.md");
    const size_t from = index.find("evaluation:"), to = index.find("---", from);
    index.replace(from, to - from, R"(evaluation:
  scales:
    - name: 評価
      for: kpi
      grades:
        - {grade: A, label: 目標を達成, min_rate: 100}
        - {grade: B, label: 順調, min_rate: 60}
        - {grade: C, label: 要努力, min_rate: 0}
        - {grade: D, label: 数値では評価できない}
    - {name: 有効性, for: [measure, project], grades: [{grade: 高, label: 高い}, {grade: 低, label: 低い}]}
    - {name: 総合評価, for: [施策, 事業], grades: [{grade: A, label: 順調}, {grade: B, label: 要改善}]}
  next_steps: [拡充, 継続, 改善, 縮小, 廃止, 終了]
)");
    write_file(plan_dir / "index.md", index);
    const std::string rewritten =
        "年度,指標ID,施策ID,事業名,評価,有効性,総合評価,内部評価,外部評価,今後の方向性,事業費\n"
        "令和8年度,k1,,,,,,目標を上回った。,,拡充,\n"
        "令和8年度,k10,,,A,,,,,継続,\n"
        "令和8年度,,g1-p1-m1,,,高,B,相談件数が増えた。,,拡充,\"12,000千円\"\n"
        "令和8年度,,g1-p1-m1,創業支援補助金（地方創生推進交付金）,,高,A,創業が5件。,,終了,\"3,000千円\"\n";
    write_file(plan_dir / "evaluation.csv", rewritten);
    fs::path out = t.path() / "public";
    auto run = run_planpub("build --content " + q(t.path() / "content") + " --out " + q(out));
    INFO(rewritten);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    std::string page = read_file(out / "beta/evaluation/2026/index.html");
    CHECK(page.find("<h3>創業支援補助金（地方創生推進交付金）（施策：創業支援）（基本目標1）</h3>") != std::string::npos);
    CHECK(page.find("<dt>有効性</dt><dd>高（高い）</dd>") != std::string::npos);
    CHECK(page.find("<dt>総合評価</dt><dd>A（順調）</dd>") != std::string::npos);
    std::string data = read_file(out / "opendata/222097/beta/222097_beta_evaluation.csv");
    INFO(data);
    CHECK(row_of(data, "beta-project-創業支援補助金（地方創生推進交付金）-2026-有効性").find(",事業,") !=
          std::string::npos);
    CHECK(row_of(data, "beta-k1-2026-評価").find(",評価,A,目標を達成,数値から算定,A,") != std::string::npos);
    SiteReport report = check_site(out);
    for (auto& p : report.problems) FAIL_CHECK(p);
}

TEST_CASE("the Excel evaluation sheet of each year: written, listed, linked, the same bytes on another day",
          "[e2e][evaluation][opendata]") {
    TempDir t;
    auto build_on = [&](const char* epoch, const fs::path& out) {
        ScopedEnv day("SOURCE_DATE_EPOCH", epoch);  // the build day must not reach the workbook
        auto run = run_planpub("build --content " + q(evaluation_site()) + " --out " + q(out));
        INFO(run.output);
        REQUIRE(run.exit_code == 0);
    };
    const fs::path a = t.path() / "a", b = t.path() / "b";
    build_on("1700000000", a);
    build_on("1800000000", b);
    const std::string dir = "opendata/222097/beta/";
    for (int year : {2024, 2025, 2026}) {
        const std::string name = dir + "222097_beta_evaluation_" + std::to_string(year) + ".xlsx";
        INFO(name);
        REQUIRE(fs::exists(a / name));
        const std::string bytes = read_file(a / name);
        CHECK(bytes.rfind("PK\x03\x04", 0) == 0);  // a zip, as every .xlsx is
        CHECK(bytes == read_file(b / name));
        // Listed where the evaluation CSV is: the DCAT catalogue, the datapackage, the open-data list.
        const std::string file = "222097_beta_evaluation_" + std::to_string(year) + ".xlsx";
        CHECK(read_file(a / "opendata/catalog.ttl").find(file) != std::string::npos);
        CHECK(read_file(a / "opendata/datapackage.json").find(file) != std::string::npos);
        CHECK(read_file(a / "opendata/open_data_list.csv").find(file) != std::string::npos);
    }
    CHECK_FALSE(fs::exists(a / (dir + "222097_beta_evaluation_2027.xlsx")));  // a year not evaluated
    const std::string ttl = read_file(a / "opendata/catalog.ttl");
    CHECK(ttl.find("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") != std::string::npos);
    CHECK(ttl.find("file-type/XLSX") != std::string::npos);
    // The year's page links to its sheet, with the size.
    const std::string page = read_file(a / "beta/evaluation/2026/index.html");
    CHECK(page.find("href=\"../../../opendata/222097/beta/222097_beta_evaluation_2026.xlsx\">評価シート（Excel）をダウンロード</a>（XLSX形式、") !=
          std::string::npos);
    CHECK(snapshot(a / "opendata") == snapshot(b / "opendata"));
}

TEST_CASE("an evaluation sheet that cannot be written is an error naming the file", "[e2e][evaluation][opendata]") {
    TempDir t;
    ScopedEnv tmp("TMPDIR", (t.path() / "no-such-folder").c_str());  // where the workbook is written first
    auto run = run_planpub("build --content " + q(evaluation_site()) + " --out " + q(t.path() / "public"));
    INFO(run.output);
    CHECK(run.exit_code != 0);
    CHECK(run.output.find("opendata/222097/beta/222097_beta_evaluation_2024.xlsx: error[output.write-failed]: cannot "
                          "write the evaluation sheet") != std::string::npos);
    CHECK_FALSE(fs::exists(t.path() / "public/index.html"));  // nothing published with a sheet missing
}
