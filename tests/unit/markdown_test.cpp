// Tests for src/parse/markdown, src/parse/sanitize and src/render/html_renderer.
#include <catch2/catch.hpp>

#include "parse/markdown.hpp"
#include "parse/sanitize.hpp"
#include "render/html_renderer.hpp"
#include "text/utf8.hpp"

using namespace planpub;

static std::string render(const std::string& md, Diagnostics& d) {
    MarkdownParser p;
    const MarkdownSource src({"page.md", 5}, md);
    auto doc = p.parse(src, d);
    if (!doc) return "<limit>";
    sanitize_tree(doc.get(), src, d);
    return render_html(doc.get(), HtmlRenderOptions{});
}

TEST_CASE("headings start below the page's h1", "[markdown]") {
    Diagnostics d;
    CHECK(render("# A\n\n## B\n", d) == "<h2>A</h2>\n<h3>B</h3>\n");
    CHECK(render("## A\n\n#### B\n", d) == "<h2>A</h2>\n<h4>B</h4>\n");
}

TEST_CASE("a 表： line becomes the table's caption, headers get scope, ○ gets words", "[markdown][table]") {
    Diagnostics d;
    std::string html = render("表：関係表\n\n| 政策 | 方針1 |\n|---|---|\n| A | ○ |\n| B |  |\n", d);
    CHECK(html.find("<caption>関係表</caption>") != std::string::npos);
    CHECK(html.find("表：") == std::string::npos);
    CHECK(html.find("<th scope=\"col\">政策</th>") != std::string::npos);
    CHECK(html.find("role=\"region\" tabindex=\"0\" aria-label=\"関係表\"") != std::string::npos);
    CHECK(html.find("<span class=\"visually-hidden\">該当</span>") != std::string::npos);
}

TEST_CASE("a column holding sentences is marked cell-long, alignment kept", "[markdown][table]") {
    Diagnostics d;
    std::string html = render(
        "| 政策 | 方針 | 取組例 |\n|---|:-:|---|\n| A | ○ | 各種申請の電子化、キャッシュレス決済の導入、窓口の予約、オンラインでの相談、手続の案内を進める |\n",
        d);
    CHECK(html.find("<th scope=\"col\">政策</th>") != std::string::npos);
    CHECK(html.find("<th scope=\"col\" class=\"align-center\">方針</th>") != std::string::npos);
    CHECK(html.find("<th scope=\"col\" class=\"cell-long\">取組例</th>") != std::string::npos);
    CHECK(html.find("<td class=\"cell-long\" data-label=\"取組例\">各種申請") !=
          std::string::npos);  // a matrix: labelled
    std::string centred = render(
        "| a |\n|:-:|\n| 四十一文字を超える長い説明の文章がここに入ります。表の列の幅を決めるための試験用の文です。 |\n",
        d);
    CHECK(centred.find("<td class=\"align-center cell-long\">") != std::string::npos);
}

// Issue 17 item 1: a region called only 「表」 told a screen-reader user nothing; without a caption
// the container stays focusable (keyboard scrolling) but is no named region.
TEST_CASE("a table without caption line is no unnamed region 「表」", "[markdown][table]") {
    Diagnostics d;
    std::string html = render("| a |\n|---|\n| 1 |\n", d);
    CHECK(html.find("<caption>") == std::string::npos);
    CHECK(html.find("aria-label=") == std::string::npos);
    CHECK(html.find("role=\"region\"") == std::string::npos);
    CHECK(html.find("<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n") != std::string::npos);
}

// Issue 17 item 1: the label columns of a ○ matrix are row headers, so each cell is announced with
// its row; the table is marked for the stacked phone layout, each cell labelled by its column.
TEST_CASE("a matrix: leading text columns become row headers, marks are labelled", "[markdown][table]") {
    Diagnostics d;
    std::string html = render(
        "表：関係\n\n| 政策 | 施策 | 方針1 | 方針2 | 取組例 |\n|---|---|:-:|:-:|---|\n"
        "| 政策1 | ①支援 | ○ |  | 電子化 |\n| 政策1 | ②充実 |  | 該当 |  |\n",
        d);
    CHECK(html.find("<table class=\"matrix\">") != std::string::npos);
    CHECK(html.find(
              "<th scope=\"row\" data-label=\"政策\">政策1</th>\n<th scope=\"row\" data-label=\"施策\">①支援</th>") !=
          std::string::npos);
    CHECK(html.find("<td class=\"align-center mark\" data-label=\"方針1\"><span aria-hidden=\"true\">○</span>") !=
          std::string::npos);
    CHECK(html.find("<td class=\"align-center mark\" data-label=\"方針2\">該当</td>") != std::string::npos);
    CHECK(html.find("<td data-label=\"取組例\">電子化</td>") != std::string::npos);  // text after the marks: a cell
    // A figure column ends the labels (numbers are no row label); a table without marks is no matrix.
    std::string figures = render("| 項目 | 件数 | 該当 |\n|---|---|---|\n| A | 12 | ○ |\n", d);
    CHECK(figures.find("<th scope=\"row\" data-label=\"項目\">A</th>\n<td data-label=\"件数\">12</td>") !=
          std::string::npos);
    std::string plain = render("| 項目 | 件数 |\n|---|---|\n| A | 12 |\n", d);
    CHECK(plain.find("matrix") == std::string::npos);
    CHECK(plain.find("scope=\"row\"") == std::string::npos);
}

TEST_CASE("raw HTML: the allowlist stays, the rest is shown as text with a warning", "[markdown][sanitize]") {
    Diagnostics d;
    std::string html = render("<ruby>漢字<rt>かんじ</rt></ruby>と<span lang=\"en\">ICT</span><br>\n", d);
    CHECK(html == "<p><ruby>漢字<rt>かんじ</rt></ruby>と<span lang=\"en\">ICT</span><br /></p>\n");
    CHECK(d.warning_count() == 0);

    Diagnostics d2;
    html = render("a <script>alert(1)</script> <span onclick=\"x()\">b</span> <iframe src=x>\n\n<div>\nblock\n</div>\n",
                  d2);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<span onclick") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(html.find("<div") == std::string::npos);
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
    REQUIRE(d2.find("html.not-allowed"));
    CHECK(d2.sorted().front().where.line == 5);  // body line 1 is file line 5
}

// Where each diagnostic of a code is, as "line:column" (the body starts on file line 5).
static std::vector<std::string> places(const std::string& md, const std::string& code) {
    Diagnostics d;
    render(md, d);
    std::vector<std::string> out;
    for (const Diagnostic& x : d.sorted())
        if (x.code == code) out.push_back(std::to_string(x.where.line) + ":" + std::to_string(x.where.column));
    return out;
}

TEST_CASE("diagnostics in a body: columns in characters, at the tag or link itself", "[markdown][sanitize]") {
    using V = std::vector<std::string>;
    CHECK(places("日本語日本語日本語 <iframe>\n", "html.not-allowed") == V{"5:11"});
    CHECK(places("本文 <b>と<i>\n", "html.not-allowed") == V{"5:4", "5:8"});  // each tag, not the paragraph
    CHECK(places("- 項目 [v](javascript:alert(1))\n", "link.unsafe-scheme") == V{"5:6"});
    CHECK(places("> 引用 ![画像](data:x)\n", "link.unsafe-scheme") == V{"5:6"});
    CHECK(places("*強調 <x>*\n", "html.not-allowed") == V{"5:5"});
    CHECK(places("# 見出し <u>\n", "html.not-allowed") == V{"5:7"});
    CHECK(places("本文\n\n  <div>\nx\n</div>\n", "html.not-allowed") == V{"7:3"});
    // Table cells: the tag, not the cell's start.
    CHECK(places("| 政策 | 方針 |\n|---|---|\n| ＡＢ | 日本 <b> |\n", "html.not-allowed") == V{"7:11"});
    // A paragraph's later lines: cmark-gfm counts from the first line's start; the line's own
    // indentation or quote marker is what counts.
    CHECK(places("ab\n   日本 <iframe>\n", "html.not-allowed") == V{"6:7"});
    CHECK(places("> 引用\n続き <x>\n", "html.not-allowed") == V{"6:4"});
    CHECK(places("> 引用\n> 続き <x>\n", "html.not-allowed") == V{"6:6"});
    CHECK(places("- 項目\n  続き [v](javascript:x)\n", "link.unsafe-scheme") == V{"6:6"});
}

TEST_CASE("an allowed tag left open is shown as text", "[markdown][sanitize]") {
    Diagnostics d;
    std::string html = render("<span>open\n", d);
    CHECK(html.find("<span>") == std::string::npos);
    CHECK(d.find("html.not-allowed"));
}

TEST_CASE("allowed tags: a cite with a script address is refused, written entities stay single",
          "[markdown][sanitize]") {
    Diagnostics d;
    std::string html = render("<ins cite=\"javascript:alert(1)\">x</ins> <del cite=\" JaVaScRiPt:1\">y</del>\n", d);
    CHECK(html.find("<ins") == std::string::npos);
    CHECK(html.find("<del") == std::string::npos);
    CHECK(d.warning_count() >= 2);

    Diagnostics d2;
    html = render(
        "<abbr title=\"「A&amp;B」 &quot;x&quot; &#x3042; & <\">AB</abbr> <ins cite=\"https://example.jp/a?b=1&c=2\">z</ins>\n",
        d2);
    CHECK(html.find("title=\"「A&amp;B」 &quot;x&quot; &#x3042; &amp; &lt;\"") != std::string::npos);
    CHECK(html.find("cite=\"https://example.jp/a?b=1&amp;c=2\"") != std::string::npos);
    CHECK(d2.warning_count() == 0);
}

TEST_CASE("javascript:, data: and vbscript: links are made inert", "[markdown][sanitize]") {
    for (const char* md : {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](data:text/html,hi)",
                           "![x](vbscript:msgbox)", "<javascript:alert(1)>"}) {
        Diagnostics d;
        std::string html = render(md, d);
        INFO(md << " → " << html);
        CHECK(html.find("href=\"javascript") == std::string::npos);
        CHECK(html.find("src=\"vbscript") == std::string::npos);
        CHECK(html.find("href=\"data") == std::string::npos);
    }
    Diagnostics d;
    CHECK(render("[ok](https://example.jp/)", d) == "<p><a href=\"https://example.jp/\">ok</a></p>\n");
}

TEST_CASE("limits: wide tables and deep nesting are refused before they get slow", "[markdown][limits]") {
    Diagnostics d;
    std::string row = "|";
    for (int i = 0; i < 300; ++i) row += " a |";
    CHECK(render(row + "\n", d) == "<limit>");
    CHECK(d.find("limit.table-columns"));

    Diagnostics d2;
    CHECK(render(std::string(10000, '>') + " deep\n", d2) == "<limit>");
    CHECK(d2.find("limit.nesting-depth"));

    Diagnostics d3;
    std::string lists;
    for (int i = 0; i < 100; ++i) lists += std::string(i * 2, ' ') + "- x\n";
    CHECK(render(lists, d3) == "<limit>");
    CHECK(d3.find("limit.nesting-depth"));
}

TEST_CASE("one parser serves many documents", "[markdown]") {
    MarkdownParser p;
    Diagnostics d;
    for (int i = 0; i < 3; ++i) {
        auto doc = p.parse({{"x.md", 1}, "~~gone~~ https://example.jp\n"}, d);
        REQUIRE(doc);
        std::string html = render_html(doc.get(), {});
        CHECK(html == "<p><del>gone</del> <a href=\"https://example.jp\">https://example.jp</a></p>\n");
    }
}

TEST_CASE("kpi fenced blocks go to the hook", "[markdown]") {
    MarkdownParser p;
    Diagnostics d;
    auto doc = p.parse({{"x.md", 1}, "```kpi\ngoal: 1\n```\n"}, d);
    HtmlRenderOptions o;
    o.fenced_block = [](const std::string& info, const std::string& body, cmark_node*, std::string& out) {
        if (info != "kpi") return false;
        out += "[KPI " + body.substr(0, body.size() - 1) + "]";
        return true;
    };
    CHECK(render_html(doc.get(), o) == "[KPI goal: 1]");
}

// A table's cells and caption are rendered one node at a time (html_renderer.cpp's walk), not by
// the page's iterator: every inline inside them must open and close as it does in a paragraph.
TEST_CASE("inlines inside table cells and captions are rendered whole", "[markdown][table]") {
    Diagnostics d;
    const std::string html = render(
        "表：**重点**の*指標*\n\n| 指標 | 備考 |\n|---|---|\n| **強調**と*斜体* | [リンク](https://example.jp/) と ~~取消~~ と `code` |\n"
        "| a<b & \"c\" | 行1<br>行2 |\n",
        d);
    CHECK(html ==
          "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"重点の指標\">\n<table>\n"
          "<caption><strong>重点</strong>の<em>指標</em></caption>\n"
          "<thead>\n<tr>\n<th scope=\"col\">指標</th>\n<th scope=\"col\">備考</th>\n</tr>\n</thead>\n"
          "<tbody>\n<tr>\n<td><strong>強調</strong>と<em>斜体</em></td>\n"
          "<td><a href=\"https://example.jp/\">リンク</a> と <del>取消</del> と <code>code</code></td>\n</tr>\n"
          "<tr>\n<td>a&lt;b &amp; &quot;c&quot;</td>\n<td>行1<br />行2</td>\n</tr>\n</tbody>\n</table>\n</div>\n");
}

TEST_CASE("text that is not UTF-8 never reaches the page: each bad byte becomes U+FFFD", "[markdown]") {
    Diagnostics d;
    const std::string html = render("a\xFF" "b \xE3\x81 c\n\n| x\xC0 |\n|---|\n| \xED\xA0\x80 |\n", d);
    CHECK(find_invalid_utf8(html) == npos);
    CHECK(html.find("a\xEF\xBF\xBD" "b") != std::string::npos);
    CHECK(render("計画\n", d) == "<p>計画</p>\n");
}
