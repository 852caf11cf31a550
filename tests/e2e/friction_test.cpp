// End to end: slips a new user makes (issue 13, item 6) are accepted where the meaning is clear.
#include <catch2/catch.hpp>

#include "site_check.hpp"

using namespace planpub::test;

TEST_CASE("a glossary reading in katakana is accepted and sorts in 50音 order as hiragana", "[e2e][glossary]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "glossary.yaml",
               "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n"
               "- term: 創生\n  reading: ソウセイ\n  definition: 新たに生み出すこと。\n"
               "- term: 行政\n  reading: ぎょうせい\n  definition: 国や自治体の仕事。\n"
               "- term: 体験\n  reading: たいけん\n  definition: 自分で経験すること。\n");
    auto r = run_planpub("build --content " + c.string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("bad-reading") == std::string::npos);
    std::string g = read_file(t.path() / "o/glossary/index.html");
    // かんけいじんこう < ぎょうせい < そうせい (ソウセイ) < たいけん
    size_t ka = g.find("id=\"t-関係人口\""), gy = g.find("id=\"t-行政\""), so = g.find("id=\"t-創生\""),
           ta = g.find("id=\"t-体験\"");
    REQUIRE(ka != std::string::npos);
    REQUIRE(gy != std::string::npos);
    REQUIRE(so != std::string::npos);
    REQUIRE(ta != std::string::npos);
    CHECK(ka < gy);
    CHECK(gy < so);
    CHECK(so < ta);
    // The open data's reading is hiragana (skos:altLabel is tagged ja-Hira).
    std::string csv = read_file(t.path() / "o/opendata/glossary.csv");
    CHECK(csv.find("そうせい") != std::string::npos);
    CHECK(csv.find("ソウセイ") == std::string::npos);
}

TEST_CASE("text with a full-width colon is not taken for a mistyped key", "[e2e][errors]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "plans/alpha/index.md",
               "---\ntitle: アルファ計画\nstatus: adopted\nperiod: {from: R6, to: R10}\npublished: 2024-03-29\n"
               "goals:\n  - number: 1\n    title: しごとをつくる\n    pillars:\n      - KPI：目標の見える化\n      - DX：行政の推進\n"
               "---\n概要。\n");
    auto r = run_planpub("build --content " + c.string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("yaml.fullwidth-colon") == std::string::npos);
    CHECK(read_file(t.path() / "o/alpha/index.html").find("KPI：目標の見える化") != std::string::npos);
}
