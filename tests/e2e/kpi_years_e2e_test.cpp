// End to end: years as real plans write them (issue 13, item 3) — a point in time (2020年9月末時点),
// a fiscal-year end (令和7年度末), a period total (2015～2019年累計), a year written twice — reach the
// KPI page and the open data with their month, end and period; a revision dated by its month alone
// (令和2年3月) is shown as 2020年3月 without an invented day.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace planpub::test;


TEST_CASE("points in time and periods reach the KPI page and the open data", "[e2e][kpi]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "plans/alpha/index.md",
               "---\ntitle: アルファ計画\nstatus: revised\nperiod: {from: R2, to: R7}\npublished: 2021-03-31\n"
               "revisions:\n  - date: 令和2年3月\n    summary: 指標の見直し\n  - date: R4.5\n    summary: 目標の改訂\n"
               "goals:\n  - number: 1\n    title: ひとの流れ\n---\n概要。\n");
    write_file(c / "plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
               "g1-1,1,転入者数,人,120,2020年9月末時点,200,令和7年度末\n"
               "g1-2,1,創業件数,件,40,2015～2019年累計,60,2021～2026年度\n"
               "g1-3,1,移住相談,件,30,R2,120,2021～2026年度累計\n"
               "g1-4,1,来訪者,人,100,R2,150,(2023〜2027年平均)\n");
    write_file(c / "plans/alpha/kpi-values.csv", "kpi,year,value,note\ng1-1,2021年度(R3),150,\n");
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\ngoal: 1\n---\n```kpi\ngoal: 1\n```\n");
    auto r = run_planpub("build --content " + c.string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("warning[") == std::string::npos);  // every cell understood

    const std::string page = read_file(t.path() / "o/alpha/kpi/index.html");
    CHECK(page.find("120人（2020年9月末）") != std::string::npos);
    CHECK(page.find("200人（2025年度末（令和7年度末））") != std::string::npos);
    CHECK(page.find("40件（2015〜2019年の累計）") != std::string::npos);
    CHECK(page.find("2021〜2026年度（令和3年度〜令和8年度）") != std::string::npos);

    // …,年度,年区分,年度_和暦,月,時点,期間_開始年度,期間_集計,目標種別,値,…
    const std::string csv = read_file(t.path() / "o/opendata/222097/alpha/222097_alpha_kpi.csv");
    CHECK(csv.find(",年度,年区分,年度_和暦,月,時点,期間_開始年度,期間_集計,目標種別,値,") != std::string::npos);
    CHECK(row_of(csv, "-g1-1-2020-baseline").find(",2020,年,令和2年9月末,9,末,,,") != std::string::npos);
    CHECK(row_of(csv, "-g1-1-2025-target").find(",2025,年度,令和7年度末,,末,,,") != std::string::npos);
    CHECK(row_of(csv, "-g1-1-2021-actual").find(",2021,年度,令和3年度,,,,,") != std::string::npos);
    CHECK(row_of(csv, "-g1-2-2019-baseline").find(",2019,年,平成27年〜令和元年,,,2015,累計,") != std::string::npos);
    CHECK(row_of(csv, "-g1-2-2026-target").find(",2026,年度,令和3年度〜令和8年度,,,2021,,") != std::string::npos);
    // A period total in the target year makes the target a total (目標種別 累計), the period kept.
    CHECK(row_of(csv, "-g1-3-2026-target").find(",2026,年度,令和3年度〜令和8年度,,,2021,累計,累計,120,件,") != std::string::npos);
    // A period average in the target year makes the target an average (目標種別 平均) over that period.
    CHECK(row_of(csv, "-g1-4-2027-target").find(",2027,年,令和5年〜令和9年,,,2023,平均,平均,150,人,") != std::string::npos);
    const std::string meta = read_file(t.path() / "o/opendata/222097/alpha/222097_alpha_kpi.csv-metadata.json");
    CHECK(meta.find("\"期間_開始年度\"") != std::string::npos);

    const std::string json = read_file(t.path() / "o/opendata/222097/alpha/222097_alpha_plan.json");
    CHECK(json.find("\"month\": 9") != std::string::npos);
    CHECK(json.find("\"from\": 2015") != std::string::npos);
    CHECK(json.find("\"sum\": \"total\"") != std::string::npos);
    CHECK(json.find("\"date\": \"2020-03\"") != std::string::npos);

    // The revision: its month shown, no day invented; the feed (Atom needs a day) takes the plan's date.
    const std::string plan = read_file(t.path() / "o/alpha/index.html");
    CHECK(plan.find("<time datetime=\"2020-03\">2020年3月</time>") != std::string::npos);
    const std::string feed = read_file(t.path() / "o/feed.xml");
    CHECK(feed.find("2020-03T") == std::string::npos);
    CHECK(feed.find("#revision-1</id>") != std::string::npos);
    CHECK(feed.find("<updated>2021-03-31T00:00:00Z</updated>") != std::string::npos);
    CHECK(feed.find("2022-05") == std::string::npos);
    // Open data's 最終更新日 / dct:modified are days: the later month-only revision (R4.5) does not
    // become one; the plan's published day stays the latest.
    const std::string list = read_file(t.path() / "o/opendata/open_data_list.csv");
    const std::string catalog = read_file(t.path() / "o/opendata/catalog.jsonld");
    CHECK(list.find("2022-05") == std::string::npos);
    CHECK(catalog.find("2022-05") == std::string::npos);
    CHECK(catalog.find("2021-03-31") != std::string::npos);
}

TEST_CASE("a year written twice whose halves disagree is an error naming both", "[e2e][kpi]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
               "g1-1,1,転入者数,人,120,2019年(R2),200,R10\n");
    auto r = run_planpub("check --content " + c.string());
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("kpi.csv:2:19: error[year.unknown-form]: \"2019年(R2)\" is not a year planpub can read: "
                        "\"2019年\" and \"R2\" are not the same year") != std::string::npos);
}
