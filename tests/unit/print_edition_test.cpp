// Tests for src/render/print_edition: a page's fragment moved into the plan's print edition.
#include <catch2/catch.hpp>

#include "render/print_edition.hpp"
#include "test_support.hpp"
#include "vocab/routes.hpp"

using namespace planpub;
using namespace planpub::test;

TEST_CASE("a fragment in the print edition: ids prefixed, links between parts in-page", "[print]") {
    const std::vector<PrintPart> parts = {
        {"x/index.html", "plan", "概要"}, {"x/a/index.html", "page-a", "A"}, {"x/kpi/index.html", "kpi", "KPI"}};
    const std::string here = routes::plan_print("x");
    const std::set<std::string> terms = {"t-用語"};
    const std::string html =
        "<h2>見出し</h2>\n<p><a href=\"../index.html#g1\">体系</a> <a href=\"../kpi/index.html#kpi-k1\">k1</a> "
        "<a href=\"../a/index.html\">A</a> <a href=\"#fn-1\">1</a> "
        "<a class=\"term\" href=\"../../glossary/index.html#t-%E7%94%A8%E8%AA%9E\" data-definition=\"a href=&quot;x&quot;\">用語</a> "
        "<a href=\"../../glossary/index.html#t-other\">他</a> <a href=\"../files/a%20b.pdf\">PDF</a> "
        "<a href=\"https://example.jp/\">外</a></p>\n"
        "<svg aria-labelledby=\"c-t\" aria-describedby=\"c-d\"><title id=\"c-t\">t</title></svg>\n<h6>深い</h6>\n";
    const std::string out = rebase_for_print(html, parts[1], parts, here, terms, 1);
    CHECK(out.find("<h3>見出し</h3>") != std::string::npos);
    CHECK(out.find("<h6>深い</h6>") != std::string::npos);  // never below h6
    CHECK(out.find("href=\"#plan--g1\"") != std::string::npos);
    CHECK(out.find("href=\"#kpi--kpi-k1\"") != std::string::npos);
    CHECK(out.find("href=\"#page-a\"") != std::string::npos);
    CHECK(out.find("href=\"#page-a--fn-1\"") != std::string::npos);
    CHECK(out.find("href=\"#g-t-%E7%94%A8%E8%AA%9E\"") != std::string::npos);            // in the appendix
    CHECK(out.find("href=\"../../glossary/index.html#t-other\"") != std::string::npos);  // not: the glossary page
    CHECK(out.find("href=\"../files/a%20b.pdf\"") != std::string::npos);                 // valid from print/ too
    CHECK(out.find("href=\"https://example.jp/\"") != std::string::npos);
    CHECK(out.find("data-definition=\"a href=&quot;x&quot;\"") != std::string::npos);  // text is not touched
    CHECK(out.find("aria-labelledby=\"page-a--c-t\" aria-describedby=\"page-a--c-d\"") != std::string::npos);
    CHECK(out.find("<title id=\"page-a--c-t\">") != std::string::npos);
    // From the overview (one folder up) the same link is re-based to print/.
    const std::string top = rebase_for_print("<a href=\"files/x.pdf\">x</a><a href=\"a/index.html\">A</a>", parts[0],
                                             parts, here, terms, 1);
    CHECK(top == "<a href=\"../files/x.pdf\">x</a><a href=\"#page-a\">A</a>");
}

TEST_CASE("the print edition of the bundled plans: one h1, every page, the KPIs, unique ids", "[print][e2e]") {
    // A folder inside the temporary one: planpub keeps its page cache, lock and previous build beside
    // --out, and those must go with the test's folder, not be left in /tmp.
    TempDir tmp;
    const fs::path out = tmp.path() / "public";
    RunResult r = run_planpub("build --content " + q(fs::path(PLANPUB_SOURCE_DIR) / "content") + " --out " + q(out));
    REQUIRE(r.exit_code == 0);
    const std::string page = read_file(out / "ashibetsu/print/index.html");
    CHECK(page.find("<h1") == page.rfind("<h1"));
    for (const char* heading :
         {"計画の概要", "改訂の内容", "重要業績評価指標（KPI）", "付録　用語の説明", "改訂の履歴"})
        CHECK(page.find(std::string(">") + heading + "</h2>") != std::string::npos);
    CHECK(page.find("<table class=\"kpi-table\">") != std::string::npos);
    CHECK(page.find("glossary/index.html#t-") == std::string::npos);  // terms point to the appendix
    CHECK(read_file(out / "ashibetsu/index.html").find("href=\"print/index.html\">印刷用の全体版") !=
          std::string::npos);
    CHECK(read_file(out / "sitemap.xml").find("ashibetsu/print/index.html") != std::string::npos);
}

TEST_CASE("the PDF's links lead to the site, not to the printing machine's files", "[print]") {
    const std::string html =
        "<link rel=\"stylesheet\" href=\"../../assets/style.css\" /><a href=\"#kpi\">K</a>"
        "<a class=\"x\" href=\"../../opendata/index.html#d\">D</a><abbr title=\"a\">A</abbr>"
        "<a href=\"https://example.jp/\">E</a><img src=\"../files/a.png\" alt=\"\">";
    CHECK(absolute_links(html, "x/print/index.html", "https://plans.example.jp/") ==
          "<link rel=\"stylesheet\" href=\"../../assets/style.css\" /><a href=\"#kpi\">K</a>"
          "<a class=\"x\" href=\"https://plans.example.jp/opendata/index.html#d\">D</a><abbr title=\"a\">A</abbr>"
          "<a href=\"https://example.jp/\">E</a><img src=\"../files/a.png\" alt=\"\">");
}

TEST_CASE("a theme that writes the print edition's fragments or its body escaped gets them escaped", "[print]") {
    Site site;
    site.config.title = "市";
    Plan plan;
    plan.id = "x";
    plan.title = "計画";
    RenderContext ctx(site, "2025-01-01");
    const std::string a = "<p>A &amp; B</p>\n", b = "<p>C</p>\n";
    PrintEdition e;
    e.parts = {{"x/index.html", "plan", "概要"}, {"x/a/index.html", "page-a", "A"}};
    e.part_html = {a, b};
    struct Theme {
        const char *print, *base, *want;
    };
    const Theme themes[] = {
        {"{{#parts}}[{{{html}}}]{{/parts}}", "<b>{{{body}}}</b>", "<b>[<p>A &amp; B</p>\n][<p>C</p>\n]</b>"},
        {"{{#parts}}[{{html}}|{{{html}}}]{{/parts}}", "<b>{{{body}}}</b>",
         "<b>[&lt;p&gt;A &amp;amp; B&lt;/p&gt;\n|<p>A &amp; B</p>\n][&lt;p&gt;C&lt;/p&gt;\n|<p>C</p>\n]</b>"},
        {"{{#parts}}[{{{html}}}]{{/parts}}", "<b>{{body}}</b>",
         "<b>[&lt;p&gt;A &amp;amp; B&lt;/p&gt;\n][&lt;p&gt;C&lt;/p&gt;\n]</b>"},
    };
    for (const Theme& theme : themes) {
        ThemeFiles files;
        for (int i = 0; kRequiredTemplates[i]; ++i) files.templates[kRequiredTemplates[i]] = "";
        files.templates["print"] = theme.print;
        files.templates["base"] = theme.base;
        Diagnostics diags;
        Templates t(files, diags);
        REQUIRE(t.ok());
        std::string out = "left from the plan before";
        render_print_edition(t, ctx, plan, e, out);
        INFO(theme.print << " in " << theme.base);
        CHECK(out == theme.want);
    }
}
