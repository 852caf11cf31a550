// End to end: KPI figures as real plans write them (issue 13) reach the page, the progress text and
// the open-data 値 exactly, and a number planpub does not read is a warning at its cell.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace planpub::test;

namespace {

// …,目標種別,値,単位,備考: the row holds `,<値>,<単位>,` (the 目標種別 before it is a word, never a number).
bool has_value(const std::string& csv, const std::string& id_suffix, const std::string& value, const std::string& unit) {
    std::string row = row_of(csv, id_suffix);
    INFO(row);
    return row.find("," + value + "," + unit + ",") != std::string::npos;
}

}  // namespace

TEST_CASE("scaled units and minus look-alikes reach the page and the open data exactly", "[e2e][kpi]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "plans/alpha/index.md", "---\ntitle: アルファ計画\nstatus: adopted\nperiod: {from: R2, to: R7}\n"
                                           "published: 2021-03-31\ngoals:\n  - number: 1\n    title: ひとの流れ\n---\n概要。\n");
    write_file(c / "plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
               "g1-1,1,観光入込客数,人,\"2,205千人\",R2,220.5万人,R7\n"
               "g1-2,1,関係人口,人,1.5万,R2,\"20,000\",R7\n"
               "g1-3,1,市税収入,円,3億,R2,3.3億円,R7\n"
               "g1-4,1,人口の社会増減,人,\xE2\x80\x90" "3,R2,0,R7\n"
               "g1-5,1,創業件数,件,10,R2,25件(2009～14年),R7\n");
    write_file(c / "plans/alpha/kpi-values.csv", "kpi,year,value,note\ng1-1,R4,2.4百万人,\n");
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\ngoal: 1\n---\n```kpi\ngoal: 1\n```\n");
    auto r = run_planpub("build --content " + c.string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    // The one cell not understood is reported at its line and column (line 6, column 8 = target).
    CHECK(r.output.find("warning[") == r.output.rfind("warning["));  // that one alone
    CHECK(r.output.find((c / "plans/alpha/kpi.csv").string() + ":6:21: warning[kpi.figure-as-text]: \"25件(2009～14年)\"") !=
          std::string::npos);

    const std::string page = read_file(t.path() / "o/alpha/purpose/index.html");
    CHECK(page.find("2,205,000人（2020年度（令和2年度））") != std::string::npos);
    CHECK(page.find("15,000人（2020年度（令和2年度））") != std::string::npos);
    CHECK(page.find("300,000,000円（2020年度（令和2年度））") != std::string::npos);
    CHECK(page.find("-3人（2020年度（令和2年度））") != std::string::npos);
    CHECK(page.find("2,400,000人") != std::string::npos);  // the observed 2.4百万人
    CHECK(page.find(">2,205人") == std::string::npos);

    const std::string csv = read_file(t.path() / "o/opendata/222097/alpha/222097_alpha_kpi.csv");
    CHECK(has_value(csv, "-g1-1-2020-baseline", "2205000", "人"));
    CHECK(has_value(csv, "-g1-1-2025-target", "2205000", "人"));
    CHECK(has_value(csv, "-g1-1-2022-actual", "2400000", "人"));
    CHECK(has_value(csv, "-g1-2-2020-baseline", "15000", "人"));
    CHECK(has_value(csv, "-g1-3-2020-baseline", "300000000", "円"));
    CHECK(has_value(csv, "-g1-3-2025-target", "330000000", "円"));
    CHECK(has_value(csv, "-g1-4-2020-baseline", "-3", "人"));
    CHECK(has_value(csv, "-g1-5-2025-target", "", "件"));  // text, not a number: 値 stays empty
    CHECK(csv.find("-g1-1-2020-baseline,") != std::string::npos);
    CHECK(csv.find(",2205000,人,\"原文：2,205千人\"\r\n") != std::string::npos);  // the original beside the figure

    auto strict = run_planpub("check --strict --content " + c.string());
    INFO(strict.output);
    CHECK(strict.exit_code == 1);
}

TEST_CASE("period totals and averages as plans write them get a status once values exist", "[e2e][kpi]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
               "g1-1,1,創業件数,件,15,R2,120件（2021～2026年度累計）,R8\n"
               "g1-2,1,観光客数,人,\"1,700\",R2,\"1,890人（2021～2026年度平均）\",R8\n"
               "g1-3,1,移住相談件数,件,30,R2,年間100件以上,R8\n");
    write_file(c / "plans/alpha/kpi-values.csv",
               "kpi,year,value,note\ng1-1,R3,20,\ng1-1,R4,25,\ng1-2,R3,1800,\ng1-2,R4,2000,\ng1-3,R4,80,\n");
    auto r = run_planpub("build --content " + c.string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("kpi.") == std::string::npos);  // every cell understood
    const std::string kpi = read_file(t.path() / "o/alpha/kpi/index.html");
    // The total: 20 + 25 over 2 of 6 years; the path says 40 by then, so 順調.
    CHECK(kpi.find("累計 45件（目標 120件）。2年経過時点の目安 40件 以上です。") != std::string::npos);
    // The average of 1,800 and 2,000 is 1,900, over 1,890 with the period not over: 順調, not 達成.
    CHECK(kpi.find("期間内の実績 2年分の平均 1,900人（目標 平均1,890人）で、ここまでの平均は目標に達しています。") !=
          std::string::npos);
    CHECK(kpi.find("120件（2021～2026年度累計）") != std::string::npos);
    CHECK(kpi.find("年間100件以上") != std::string::npos);
    const std::string csv = read_file(t.path() / "o/opendata/222097/alpha/222097_alpha_kpi.csv");
    CHECK(csv.find("-g1-1-2026-target,") != std::string::npos);
    CHECK(has_value(csv, "-g1-1-2026-target", "120", "件"));
    CHECK(row_of(csv, "-g1-1-2026-target").find(",累計,120,") != std::string::npos);
    CHECK(row_of(csv, "-g1-2-2026-target").find(",平均,1890,") != std::string::npos);
    CHECK(row_of(csv, "-g1-3-2026-target").find(",水準,100,") != std::string::npos);
}
