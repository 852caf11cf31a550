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
    CHECK(r.at("k1")->grade.empty());
    CHECK(r.at("k1")->computed_grade == "A");
    CHECK(r.at("k3")->computed_grade == "B");
    CHECK(r.at("k10")->grade == "A");
    CHECK(r.at("k10")->computed_grade == "B");
    CHECK(r.at("k6")->grade == "D");
    CHECK(r.at("k6")->computed_grade.empty());
    CHECK(rows_of(plan, 2024).at("k1")->computed_grade == "C");
    CHECK(r.at("g1-p1-m1")->grade == "B");
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
    std::string year = read_file(out / "beta/evaluation/2026/index.html");
    CHECK(year.find("達成率 ＝（実績値 − 基準値）÷（目標値 − 基準値）× 100") != std::string::npos);
    CHECK(year.find("110.0%") != std::string::npos);
    CHECK(year.find("A（目標を達成）（達成率から算定）") != std::string::npos);           // k1: computed only
    CHECK(year.find("A（目標を達成）。達成率から算定した評価は B（順調）") != std::string::npos);  // k10: both
    CHECK(year.find("前年度 50.0% から +60.0ポイント") != std::string::npos);
    std::string csv = read_file(out / "opendata/222097/beta/222097_beta_evaluation.csv");
    CHECK(row_of(csv, "beta-k10-2026").find(",80.0,") != std::string::npos);
    CHECK(row_of(csv, "beta-k10-2026").find(",A,目標を達成,市の評価,B,") != std::string::npos);
    CHECK(row_of(csv, "beta-k1-2026").find(",A,目標を達成,達成率から算定,A,") != std::string::npos);
    CHECK(row_of(csv, "beta-k6-2026").find("方向") != std::string::npos);
}
