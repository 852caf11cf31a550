// Tests for src/import (the Word import): numbering taken off headings, term guesses, and the
// pandoc AST mapping on hand-written pandoc JSON (the shapes real Word files give).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "import/docx_container.hpp"
#include "import/docx_map.hpp"
#include "import/docx_text.hpp"
#include "import/word_process.hpp"
#include "import/word_write.hpp"
#include "pandoc_json.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>

using namespace planpub;
using nlohmann::json;
using namespace pandoc_json;

TEST_CASE("chapter and item numbering come off titles", "[import]") {
    struct Case {
        const char* text;
        const char* title;
        int value;  // 0: none
        bool chapter;
    };
    const Case cases[] = {
        {"第1章　計画の策定にあたって", "計画の策定にあたって", 1, true},
        {"第一章 総論", "総論", 1, true},
        {"第十二章 資料", "資料", 12, true},
        {"第２節　現状", "現状", 2, false},
        {"1 はじめに", "はじめに", 1, false},
        {"1. はじめに", "はじめに", 1, false},
        {"１．はじめに", "はじめに", 1, false},
        {"1-2 人口", "人口", 1, false},
        {"(1)　地域産業の振興", "地域産業の振興", 1, false},
        {"（３）移住の促進", "移住の促進", 3, false},
        {"①　移住・定住の促進", "移住・定住の促進", 1, false},
        {"⑫ 交通", "交通", 12, false},
        {"一、総則", "総則", 1, false},
        {"　　2030年の姿", "2030年の姿", 0, false},  // a number glued to the title is the title's
        {"第1章", "第1章", 0, true},                 // numbering alone stays the title
    };
    for (const Case& c : cases) {
        INFO(c.text);
        Numbered n = strip_numbering(c.text);
        CHECK(n.title == c.title);
        CHECK(n.value.value_or(0) == c.value);
        CHECK(n.chapter == c.chapter);
    }
    auto g = goal_heading("基本目標１　しごとをつくる");
    REQUIRE(g);
    CHECK(g->first == 1);
    CHECK(g->second == "しごとをつくる");
    CHECK_FALSE(goal_heading("基本目標と施策"));
}

TEST_CASE("slugs, terms, marks and escapes", "[import]") {
    CHECK(chapter_slug(3, "基本目標と施策") == "chapter-3");
    CHECK(chapter_slug(2, "Digital Strategy") == "digital-strategy");
    CHECK(chapter_slug(4, "KPI") == "chapter-4");  // reserved page slug
    CHECK(trailing_term("本市では、デジタル・トランスフォーメーション") == "デジタル・トランスフォーメーション");
    CHECK(trailing_term("国の地方創生2.0基本構想") == "地方創生2.0基本構想");
    CHECK(trailing_term("いわゆる「関係人口」") == "関係人口");
    CHECK(split_term("関係人口：地域と多様に関わる人々")->first == "関係人口");
    CHECK_FALSE(split_term("定義のない文"));
    CHECK(kana_only_reading("デジタル・トランスフォーメーション") == "デジタルトランスフォーメーション");
    CHECK(kana_only_reading("関係人口").empty());
    CHECK(drop_note_marks("関係人口※1と※２") == "関係人口と");
    CHECK(table_caption("表１－２　人口の推移") == std::string("人口の推移"));
    CHECK(table_caption("表：関係") == std::string("関係"));
    CHECK_FALSE(table_caption("表彰制度を設けます。"));
    CHECK(strip_indent("　　本文です。　") == "本文です。");
    CHECK(escape_block_start("1. 本文") == "1\\. 本文");
    CHECK(escape_block_start("2030年には") == "2030年には");
    CHECK(escape_block_start("- 項目") == "\\- 項目");
    CHECK(markdown_escape("a*b_c|d<e") == "a\\*b\\_c\\|d\\<e");
}

TEST_CASE("a numbered heading pandoc turned into a list starts a chapter", "[import]") {
    json list = {
        {"t", "OrderedList"},
        {"c", {{1, {{"t", "Decimal"}}, {{"t", "Period"}}}, {{{{"t", "Plain"}, {"c", {str("第2章　推進体制")}}}}}}}};
    DocxPlan p = map_docx_ast(document({header(1, "第1章 総論"), para({str("本文")}), list, para({str("体制")})}), {});
    REQUIRE(p.chapters.size() == 2);
    CHECK(p.chapters[1].title == "推進体制");
    CHECK(p.chapters[1].markdown == "体制\n");
    bool reported = false;
    for (const auto& r : p.review) reported = reported || r.kind == "heading-from-list";
    CHECK(reported);
    // An ordinary list stays a list.
    json items = {{"t", "BulletList"}, {"c", {{{{"t", "Plain"}, {"c", {str("項目")}}}}}}};
    DocxPlan q = map_docx_ast(document({header(1, "第1章 総論"), items}), {});
    CHECK(q.chapters.size() == 1);
    CHECK(q.chapters[0].markdown == "- 項目\n");
}

TEST_CASE("merged cells are repeated and reported, a caption above the table is used", "[import]") {
    json colspecs = json::array();
    for (int i = 0; i < 2; ++i) colspecs.push_back({{{"t", "AlignDefault"}}, {{"t", "ColWidthDefault"}}});
    json head = {{"", json::array(), json::array()}, {row({cell("区分"), cell("値")})}};
    json body = {{"", json::array(), json::array()},
                 0,
                 json::array(),
                 {row({cell("合計", 2, 1), cell("1")}), row({cell("2")}), row({cell("注", 1, 2)})}};
    json table = {{"t", "Table"},
                  {"c",
                   {{"", json::array(), json::array()},
                    {nullptr, json::array()},
                    colspecs,
                    head,
                    {body},
                    {{"", json::array(), json::array()}, json::array()}}}};
    DocxPlan p = map_docx_ast(document({header(1, "第1章 表"), para({str("表１　集計")}), table}), {});
    REQUIRE(p.chapters.size() == 1);
    CHECK(p.chapters[0].markdown == "表：集計\n| 区分 | 値 |\n|---|---|\n| 合計 | 1 |\n| 合計 | 2 |\n| 注 | 注 |\n");
    int merged = 0;
    for (const auto& r : p.review) merged += r.kind == "merged-cells";
    CHECK(merged == 2);
    CHECK(p.review.front().where.describe() == "第1章 表1");
}

TEST_CASE("front matter: placeholders when the document does not say", "[import]") {
    DocxPlan p = map_docx_ast(document({header(1, "はじめに"), para({str("本文")})}), {});
    CHECK(p.title == "（計画名を入力）");
    CHECK(p.status == "adopted");
    CHECK(p.period_from == "令和8年度");
    int placeholders = 0;
    for (const auto& r : p.review) placeholders += r.kind == "placeholder";
    CHECK(placeholders >= 4);  // title, status, period, published, goals
    CHECK(index_markdown(p).find("status: adopted\n") != std::string::npos);
    CHECK_THROWS(map_docx_ast(json{{"blocks", json::array()}}, {}));
}

TEST_CASE("text boxes are read from document.xml, the VML copy skipped", "[import]") {
    const std::string xml =
        R"(<w:document xmlns:w="w" xmlns:mc="mc"><w:body><w:p><w:r><w:t>前の文。</w:t></w:r><w:r>)"
        R"(<mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>箱</w:t></w:r></w:p></w:txbxContent>)"
        R"(</mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>箱</w:t></w:r></w:p></w:txbxContent>)"
        R"(</mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>)";
    auto boxes = read_text_boxes(xml);
    REQUIRE(boxes.size() == 1);
    CHECK(boxes[0].anchor_text == "前の文。");
    CHECK(boxes[0].paragraphs == std::vector<std::string>{"箱"});
}

TEST_CASE("an image outside pandoc's media folder is not copied, equal slugs are told apart", "[import]") {
    json attr = {"", json::array(), json::array()};
    json linked = {{"t", "Image"}, {"c", {attr, {str("図")}, {"/etc/passwd", ""}}}};
    json embedded = {{"t", "Image"}, {"c", {attr, json::array(), {"/tmp/w/media/image1.png", ""}}}};
    DocxPlan p = map_docx_ast(
        document({header(1, "Overview"), para({linked}), para({embedded}), header(1, "Overview")}), {}, "/tmp/w");
    REQUIRE(p.images.size() == 1);
    CHECK(p.images[0].media_path == "/tmp/w/media/image1.png");
    CHECK(p.chapters[0].markdown == "図\n\n![](files/fig-01-1.png)\n");
    REQUIRE(p.chapters.size() == 2);
    CHECK(p.chapters[0].slug == "overview");
    CHECK(p.chapters[1].slug == "chapter-2");
    std::vector<std::string> kinds;
    for (const auto& r : p.review) kinds.push_back(r.kind);
    CHECK(std::count(kinds.begin(), kinds.end(), "image-external") == 1);
    CHECK(std::count(kinds.begin(), kinds.end(), "image-no-alt") == 1);
}

TEST_CASE("a program that runs too long is killed", "[import]") {
    auto started = std::chrono::steady_clock::now();
    ProgramResult r = run_program({"/bin/sleep", "30"}, "/dev/null", "/dev/null", 1);
    CHECK(r.started);
    CHECK(r.timed_out);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
    ProgramResult missing = run_program({"/nonexistent/pandoc"}, "/dev/null", "/dev/null", 1);
    CHECK_FALSE(missing.started);
    std::string why;
    setenv("PLANPUB_TEST_PROGRAM", "/nonexistent/x", 1);
    CHECK(find_program("sh", "PLANPUB_TEST_PROGRAM", why).empty());
    CHECK(why.find("/nonexistent/x") != std::string::npos);
    unsetenv("PLANPUB_TEST_PROGRAM");
    CHECK_FALSE(find_program("sh", "PLANPUB_TEST_PROGRAM", why).empty());
}

TEST_CASE("a chapter that is a goal is the goal's page", "[import]") {
    DocxPlan p = map_docx_ast(document({header(1, "第2章　基本目標1　しごとをつくる"), header(2, "(1) 創業支援"),
                                        para({str("本文")}), header(1, "第3章　資料")}),
                              {});
    REQUIRE(p.goals.size() == 1);
    CHECK(p.goals[0].title == "しごとをつくる");
    CHECK(p.goals[0].pillars == std::vector<std::string>{"創業支援"});
    REQUIRE(p.chapters.size() == 2);
    CHECK(p.chapters[0].title == "基本目標1　しごとをつくる");
    CHECK(page_markdown(p.chapters[0]).rfind("---\ntitle: \"基本目標1　しごとをつくる\"\ngoal: 1\n---\n", 0) == 0);
    CHECK(p.chapters[1].goal == 0);
}

TEST_CASE("a Figure block (pandoc 3) keeps its picture and caption", "[import]") {
    json attr = {"", json::array(), json::array()};
    json image = {{"t", "Image"}, {"c", {attr, {str("位置図")}, {"media/media/image1.png", ""}}}};
    json figure = {{"t", "Figure"},
                   {"c", {attr, {nullptr, {{{"t", "Plain"}, {"c", {str("図1　位置図")}}}}}, {para({image})}}}};
    DocxPlan p = map_docx_ast(document({header(1, "第1章 概要"), figure}), {});
    REQUIRE(p.chapters.size() == 1);
    CHECK(p.chapters[0].markdown == "![位置図](files/fig-01-1.png)\n\n図1　位置図\n");
}

TEST_CASE("a footnote in a heading becomes a glossary candidate", "[import]") {
    json note = {{"t", "Note"}, {"c", {para({str("地域と多様に関わる人々のこと。")})}}};
    json h = {{"t", "Header"}, {"c", {2, {"", json::array(), json::array()}, {str("関係人口"), note, str("の創出")}}}};
    DocxPlan p = map_docx_ast(document({header(1, "第1章 概要"), h}), {});
    REQUIRE(p.terms.size() == 1);
    CHECK(p.terms[0].term == "関係人口");
    CHECK(p.terms[0].where.describe() == "第1章 段落1");
    CHECK(p.chapters[0].markdown == "## 関係人口の創出\n");
}

TEST_CASE("a document nested thousands deep is refused, not mapped recursively", "[import]") {
    // Built by moving, never copying: a copy of a 5,000-deep value recurses 5,000 frames deep, which
    // overflows the stack under AddressSanitizer (the mapper itself measures the depth iteratively).
    json inner = para({str("深い")});
    for (int i = 0; i < 5000; ++i) {
        json quote = {{"t", "BlockQuote"}, {"c", json::array()}};
        quote["c"].push_back(std::move(inner));
        inner = std::move(quote);
    }
    json blocks = json::array();
    blocks.push_back(std::move(inner));
    CHECK_THROWS_WITH(map_docx_ast(document(std::move(blocks)), {}), Catch::Contains("levels deep"));
    json shallow = para({str("浅い")});
    for (int i = 0; i < 20; ++i) shallow = {{"t", "BlockQuote"}, {"c", {shallow}}};
    CHECK_NOTHROW(map_docx_ast(document({shallow}), {}));
}
