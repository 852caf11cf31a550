// End to end: glossary linking and the glossary page on a plan the team did not write.
#include <catch2/catch.hpp>

#include "site_check.hpp"

using namespace planpub::test;

TEST_CASE("glossary on an unseen plan: AI-OCR, MAIL, alias, headings, once per page, 50音", "[e2e][glossary]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(
        c / "glossary.yaml",
        "- term: AI\n  reading: えーあい\n  expansion: {text: Artificial Intelligence, lang: en}\n  definition: 人工知能。\n"
        "- term: AI-OCR\n  reading: えーあいおーしーあーる\n  definition: AIを使った文字認識。\n"
        "- term: デジタルトランスフォーメーション\n  reading: でじたるとらんすふぉーめーしょん\n  aliases: [DX]\n  definition: デジタルによる変革。\n"
        "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n"
        "- term: 行政\n  reading: ぎょうせい\n  definition: 国や自治体の仕事。\n");
    write_file(c / "plans/alpha/glossary.yaml",
               "- term: 関係人口\n  reading: かんけいじんこう\n  definition: この計画での意味。\n");
    write_file(
        c / "plans/alpha/01-purpose.md",
        "---\ntitle: 目的\ngoal: 1\n---\n## AIの活用\n\n*AI-OCR*で行政のDXを進める。MAILでAIを、AIを使う。関係人口も。\n");
    auto r = run_planpub("build --content " + c.string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    std::string page = read_file(t.path() / "o/alpha/purpose/index.html");
    CHECK(page.find("<h2>AIの活用</h2>") != std::string::npos);  // no link in a heading
    CHECK(page.find("<em><a class=\"term\" href=\"../../glossary/index.html#t-AI-OCR\"") != std::string::npos);
    CHECK(page.find("#t-%E3%83%87%E3%82%B8") != std::string::npos);  // DX → デジタルトランスフォーメーション
    // MAIL stays plain text: the AI inside it is not a word of its own, so it is not linked, MAIL
    // is not inside any link, and the page's one AI link is the AI after it (MAILでAIを).
    size_t mail = page.find("MAILで");
    REQUIRE(mail != std::string::npos);
    CHECK(page.find("MAIL", mail + 1) == std::string::npos);
    CHECK(page.find("M<a") == std::string::npos);
    size_t open = page.rfind("<a ", mail), close = page.rfind("</a>", mail);
    CHECK((open == std::string::npos || (close != std::string::npos && close > open)));  // not inside a link
    size_t ai = page.find("glossary/index.html#t-AI\"");
    REQUIRE(ai != std::string::npos);
    CHECK(ai > mail);
    CHECK(page.find("glossary/index.html#t-AI\"", ai + 1) == std::string::npos);  // once per page
    CHECK(page.find("#t-alpha-") != std::string::npos);                           // the plan's own 関係人口 wins
    std::string g = read_file(t.path() / "o/glossary/index.html");
    // 50音 order of readings: えーあい < えーあいおー… < ぎょうせい < でじたる…
    size_t a = g.find("id=\"t-AI\""), b = g.find("id=\"t-AI-OCR\""), gy = g.find("id=\"t-行政\""),
           dx = g.find("id=\"t-デジタルトランスフォーメーション\"");
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    REQUIRE(gy != std::string::npos);
    REQUIRE(dx != std::string::npos);
    CHECK(a < b);
    CHECK(b < gy);
    CHECK(gy < dx);
    CHECK(g.find("<dfn id=\"t-alpha-関係人口\">") != std::string::npos);
    CHECK(g.find("Artificial Intelligence") != std::string::npos);
    // The back-link names the page as other pages do: 「ページ名（計画の略称）」.
    CHECK(g.find("<li><a href=\"../alpha/purpose/index.html\">目的（アルファ計画）</a></li>") != std::string::npos);
    SiteReport report = check_site(t.path() / "o");
    for (auto& p : report.problems) FAIL_CHECK(p);
}

TEST_CASE("a term defined twice is an error", "[e2e][glossary][errors]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    write_file(
        t.path() / "c/glossary.yaml",
        "- term: ICT\n  reading: あいしーてぃー\n  definition: a\n- term: ＩＣＴ\n  reading: あいしーてぃー\n  definition: b\n");
    auto r = run_planpub("check --content " + (t.path() / "c").string());
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("glossary.yaml:4:3: error[glossary.duplicate-term]") != std::string::npos);
}
