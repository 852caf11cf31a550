// SPEC.md's content promises, one by one: encoding in site.yaml, glossary linking rules, kpi.csv
// values, page order and related plans. Expectations come from SPEC.md and docs/, not from the code.
#include <catch2/catch.hpp>

#include <algorithm>

#include "site_check.hpp"

using namespace planpub::test;

namespace {

std::string build_ok(const TempDir& t, const fs::path& c, const std::string& extra = "") {
    auto r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o") + extra);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    return r.output;
}

std::string page(const TempDir& t, const std::string& rel) {
    fs::path p = t.path() / "o" / rel;
    INFO(rel);
    REQUIRE(fs::is_regular_file(p));  // read_file returns "" for a missing file
    return between(read_file(p), "<main", "</main>");
}

const char* kGlossary =
    "- term: ICT\n  reading: あいしーてぃー\n  expansion: {text: Information and Communication Technology, lang: en}\n"
    "  definition: 情報通信技術。ICTを使う仕組み。\n"
    "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n"
    "- term: 行政\n  reading: ぎょうせい\n  link: false\n  definition: 国や自治体の仕事。\n";

}  // namespace

TEST_CASE("encoding: shift_jis in site.yaml reads a Shift_JIS kpi.csv", "[e2e][spec][encoding]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "site.yaml", read_file(c / "site.yaml") + "encoding: shift_jis\n");
    // 観光客数, 人, 令和4年度 in Shift_JIS.
    write_file(c / "plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
               "k-1,1,\x8a\xcf\x8c\xf5\x8b\x71\x90\x94,\x90\x6c,100,\x97\xdf\x98\x61\x34\x94\x4e\x93\x78,200,R10\n");
    build_ok(t, c);
    std::string kpi = page(t, "alpha/kpi/index.html");
    CHECK(kpi.find("<th scope=\"row\">観光客数（人）</th>") != std::string::npos);
    CHECK(kpi.find("<td data-label=\"基準値（年度）\">100人（2022年度（令和4年度））</td>") != std::string::npos);
}

TEST_CASE("encoding: the declared encoding wins over what the bytes would also read as", "[e2e][spec][encoding]") {
    // ﾃｽﾄｱ in Shift_JIS is C3 BD C4 B1, which is also valid UTF-8 (ýı): only the declaration can tell.
    auto build = [](bool declared) {
        TempDir t;
        fs::path c = t.path() / "c";
        write_clean_site(c);
        if (declared) write_file(c / "site.yaml", read_file(c / "site.yaml") + "encoding: shift_jis\n");
        write_file(c / "plans/alpha/kpi.csv",
                   "id,goal,name,unit,baseline,baseline_year,target,target_year\nk-1,1,\xc3\xbd\xc4\xb1,%,1,R4,2,R10\n");
        build_ok(t, c);
        return page(t, "alpha/kpi/index.html");
    };
    CHECK(build(true).find("<th scope=\"row\">ﾃｽﾄｱ（%）</th>") != std::string::npos);
    CHECK(build(false).find("<th scope=\"row\">ýı（%）</th>") != std::string::npos);  // undeclared valid UTF-8 is UTF-8
}

TEST_CASE("an unknown encoding in site.yaml is an error at its value, with a hint", "[e2e][spec][encoding]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    const std::string before = read_file(c / "site.yaml");
    const std::string line = std::to_string(std::count(before.begin(), before.end(), '\n') + 1);  // the appended line
    write_file(c / "site.yaml", before + "encoding: euc-jp\n");
    auto r = run_planpub("check --content " + q(c));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    const std::string at = c.string() + "/site.yaml:" + line + ":11: error[site.unknown-encoding]: unknown encoding \"euc-jp\"\n  hint: ";
    REQUIRE(r.output.find(at) != std::string::npos);
    std::string hint = r.output.substr(r.output.find(at) + at.size());
    hint = hint.substr(0, hint.find('\n'));
    CHECK(hint.find("shift_jis") != std::string::npos);
    CHECK(hint.find("utf-8") != std::string::npos);
}

TEST_CASE("glossary: false on a page: no term links on that page, others still link", "[e2e][spec][glossary]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "glossary.yaml", kGlossary);
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\n---\nICTと関係人口。\n");
    write_file(c / "plans/alpha/02-quiet.md", "---\ntitle: 静か\nglossary: false\n---\nICTと関係人口。\n");
    build_ok(t, c);
    CHECK(page(t, "alpha/purpose/index.html").find("<a class=\"term\" href=\"../../glossary/index.html#t-ICT\"") != std::string::npos);
    std::string quiet = page(t, "alpha/quiet/index.html");
    CHECK(quiet.find("<p>ICTと関係人口。</p>") != std::string::npos);
    CHECK(quiet.find("glossary/index.html#") == std::string::npos);
    CHECK(quiet.find("class=\"term\"") == std::string::npos);
}

TEST_CASE("a term with link: false is never linked, the others on the page are", "[e2e][spec][glossary]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "glossary.yaml", kGlossary);
    write_file(c / "site.yaml", read_file(c / "site.yaml") + "link: all\n");
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\n---\n行政と関係人口。\n\n- 行政の仕事\n\n| 行政 |\n|---|\n| 行政 |\n");
    build_ok(t, c);
    std::string p = page(t, "alpha/purpose/index.html");
    CHECK(p.find("<p>行政と<a class=\"term\"") != std::string::npos);  // 関係人口 links: linking is on
    CHECK(p.find("<li>行政の仕事</li>") != std::string::npos);
    CHECK(p.find("<td>行政</td>") != std::string::npos);
    CHECK(p.find("%E8%A1%8C%E6%94%BF") == std::string::npos);  // #t-行政, percent-encoded
    CHECK(p.find("#t-行政") == std::string::npos);
    // The term is still on the glossary page.
    CHECK(page(t, "glossary/index.html").find("<dfn id=\"t-行政\">行政</dfn>") != std::string::npos);
}

TEST_CASE("no link in image text: the alt stays plain and the first occurrence in text links", "[e2e][spec][glossary]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "glossary.yaml", kGlossary);
    write_file(c / "plans/alpha/files/fig.png", "PNG");
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\n---\n![ICTの図](files/fig.png)\n\nICTを使う。\n");
    build_ok(t, c);
    std::string p = page(t, "alpha/purpose/index.html");
    CHECK(p.find("<img src=\"../files/fig.png\" alt=\"ICTの図\" />") != std::string::npos);
    // The image did not use up "first occurrence per page": the paragraph's ICT is the link.
    CHECK(p.find("<p><a class=\"term\" href=\"../../glossary/index.html#t-ICT\"") != std::string::npos);
}

TEST_CASE("a term is not linked inside its own definition on the glossary page", "[e2e][spec][glossary]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "glossary.yaml", kGlossary);
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\n---\nICTを使う。\n");
    build_ok(t, c);
    std::string g = page(t, "glossary/index.html");
    std::string entry = between(g, "<dfn id=\"t-ICT\">", "</div>");
    std::string dd = between(entry, "<dd>", "</dd>");
    CHECK(dd.find("<p>情報通信技術。ICTを使う仕組み。</p>") != std::string::npos);
    CHECK(dd.find("#t-ICT\"") == std::string::npos);
    CHECK(dd.find("class=\"term\"") == std::string::npos);
}

TEST_CASE("English expansions carry lang=\"en\": in the linked term and on the glossary page", "[e2e][spec][glossary]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "glossary.yaml", kGlossary);
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\n---\nICTを使う。\n");
    build_ok(t, c);
    std::string link = between(page(t, "alpha/purpose/index.html"), "<a class=\"term\" href=\"../../glossary/index.html#t-ICT\"", "</a>");
    CHECK(link.find("<span lang=\"en\">Information and Communication Technology</span>") != std::string::npos);
    std::string entry = between(page(t, "glossary/index.html"), "<dfn id=\"t-ICT\">", "</div>");
    CHECK(entry.find("<span lang=\"en\">Information and Communication Technology</span>") != std::string::npos);
}

TEST_CASE("kpi.csv: an unknown target kind and an unknown direction are errors at their cells", "[e2e][spec][kpi]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year,target_kind,direction\n"
               "k-1,1,観光客数,人,100,R4,200,R10,levels,increase\n"  // target_kind at column 29
               "k-2,1,参加者数,人,10,R4,20,R10,level,上へ\n");     // direction at column 33
    auto r = run_planpub("check --content " + q(c));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    const std::string csv = c.string() + "/plans/alpha/kpi.csv";
    CHECK(r.output.find(csv + ":2:29: error[kpi.unknown-target-kind]: unknown target kind \"levels\"") != std::string::npos);
    CHECK(r.output.find(csv + ":3:33: error[kpi.unknown-direction]: unknown direction \"上へ\"") != std::string::npos);
}

TEST_CASE("order: in front matter orders the pages over the file names' numbers", "[e2e][spec][order]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\norder: 3\n---\n本文。\n");
    write_file(c / "plans/alpha/02-second.md", "---\ntitle: 二番\norder: 1\n---\n本文。\n");
    write_file(c / "plans/alpha/03-third.md", "---\ntitle: 三番\norder: 2\n---\n本文。\n");
    build_ok(t, c);
    std::string toc = between(page(t, "alpha/index.html"), "<nav class=\"toc\"", "</nav>");
    size_t a = toc.find("<a href=\"second/index.html\">"), b = toc.find("<a href=\"third/index.html\">"),
           p = toc.find("<a href=\"purpose/index.html\">");
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    REQUIRE(p != std::string::npos);
    CHECK(a < b);
    CHECK(b < p);
    // The pager follows the same order: 三番's previous page is 二番, its next 目的.
    std::string third = page(t, "alpha/third/index.html");
    CHECK(third.find("<a href=\"../second/index.html\" rel=\"prev\">") != std::string::npos);
    CHECK(third.find("<a href=\"../purpose/index.html\" rel=\"next\">") != std::string::npos);
}

TEST_CASE("related plans are linked from the overview, an unknown related id is an error at its place", "[e2e][spec][related]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c, "related: [beta]\n");
    write_file(c / "plans/beta/index.md", "---\ntitle: ベータ計画\nstatus: draft\nperiod: {from: R6, to: R7}\npublished: 2025-04-01\n---\n");
    build_ok(t, c);
    std::string section = between(page(t, "alpha/index.html"), "<h2 id=\"related-heading\">", "</section>");
    CHECK(section.find("<li><a href=\"../beta/index.html\">ベータ計画</a></li>") != std::string::npos);
    CHECK(page(t, "beta/index.html").find("related-heading") == std::string::npos);  // beta names none

    write_clean_site(c, "related:\n  - beta\n  - gamma\n");  // gamma is on line 10, column 5
    auto r = run_planpub("check --content " + q(c));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(c.string() + "/plans/alpha/index.md:10:5: error[plan.unknown-related]: related plan \"gamma\"") !=
          std::string::npos);
    CHECK(r.output.find("related plan \"beta\"") == std::string::npos);
}

TEST_CASE("the plan structure links a goal to its page, and a goal without a page to nothing", "[e2e][spec][structure]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "plans/alpha/index.md",
               "---\ntitle: アルファ計画\nstatus: adopted\nperiod: {from: R6, to: R10}\npublished: 2025-04-01\ngoals:\n"
               "  - number: 1\n    title: しごとをつくる\n  - number: 2\n    title: ひとの流れをつくる\n---\n概要。\n");
    build_ok(t, c);  // 01-purpose.md is goal 1's page; goal 2 has none
    std::string structure = between(page(t, "alpha/index.html"), "<ol class=\"structure\">", "</section>");
    CHECK(structure.find("<li id=\"g1\"><span class=\"structure__goal\">基本目標1　<a href=\"purpose/index.html\">しごとをつくる</a></span>") !=
          std::string::npos);
    CHECK(structure.find("<li id=\"g2\"><span class=\"structure__goal\">基本目標2　ひとの流れをつくる</span>") != std::string::npos);
    CHECK(structure.find("href=\"index.html\"") == std::string::npos);  // never a link to the overview itself
}
