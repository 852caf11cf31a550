// Tests for the Word import's KPI tables (src/import/docx_kpi.cpp): a pandoc table read as the grid
// an Excel sheet is (rowspan and colspan as merged ranges), and the KPIs the mapping gives.
#include <catch2/catch.hpp>

#include "import/docx_kpi.hpp"
#include "import/docx_map.hpp"
#include "pandoc_json.hpp"

using namespace planpub;
using namespace pandoc_json;

namespace {

std::string text_at(const SheetGrid& g, int r, int c) {
    const XCell* x = g.at(r, c);
    return x ? x->text : "(none)";
}

size_t count_kind(const DocxPlan& p, const std::string& kind) {
    size_t n = 0;
    for (const auto& r : p.review) n += r.kind == kind;
    return n;
}

}  // namespace

TEST_CASE("a pandoc table is the grid Excel would hold: spans are merged ranges", "[import]") {
    // 指標 and 現状値 merged down over two header rows, 基準値 across 値 | 年度; in the body, a
    // goal merged down over two KPIs (the second row lists only the cells that start in it).
    json t = table(5,
                   {row({cell("指標", 2, 1), cell("基準値", 1, 2), cell("目標値"), cell("現状値", 2, 1)}),
                    row({cell("値"), cell("年度"), cell("値")}),
                    row({cell("件数"), cell("12"), cell("令和5年度"), cell("20"), cell("14")}),
                    row({cell("割合", 1, 1), cell("1,234人", 2, 2), cell("30"), cell("15")}),
                    row({cell("人数"), cell("40"), cell("16")})},
                   2);
    SheetGrid g = pandoc_table_grid(t);
    CHECK(g.max_row == 5);
    CHECK(g.max_col == 5);
    CHECK(text_at(g, 1, 1) == "指標");
    CHECK(text_at(g, 2, 1) == "(none)");  // covered, as Excel leaves a merged cell's other slots
    REQUIRE(g.merge_at(2, 1));
    CHECK((g.merge_at(2, 1)->r1 == 1 && g.merge_at(2, 1)->r2 == 2));
    CHECK(text_at(g, 1, 2) == "基準値");
    REQUIRE(g.merge_at(1, 3));
    CHECK((g.merge_at(1, 3)->c1 == 2 && g.merge_at(1, 3)->c2 == 3));
    CHECK(text_at(g, 1, 4) == "目標値");
    CHECK(text_at(g, 1, 5) == "現状値");
    // Row 2 starts after 指標's rowspan: 値 | 年度 | 値 in columns 2–4, column 5 is 現状値's.
    CHECK(text_at(g, 2, 2) == "値");
    CHECK(text_at(g, 2, 3) == "年度");
    CHECK(text_at(g, 2, 4) == "値");
    CHECK(text_at(g, 2, 5) == "(none)");
    // A 2×2 span in the body: its text once, its range over rows 4–5 and columns 2–3.
    CHECK(text_at(g, 4, 2) == "1,234人");
    REQUIRE(g.merge_at(5, 3));
    CHECK((g.merge_at(5, 3)->r1 == 4 && g.merge_at(5, 3)->c1 == 2 && g.merge_at(5, 3)->c2 == 3));
    CHECK(text_at(g, 4, 4) == "30");
    CHECK(text_at(g, 5, 1) == "人数");
    CHECK(text_at(g, 5, 4) == "40");
    CHECK(text_at(g, 5, 5) == "16");
    CHECK(g.merge_at(3, 1) == nullptr);
    CHECK(word_table_places("表の名前").cell(4, 2) == "「表の名前」 行4 列2");
    CHECK(word_table_places("").column(3) == "列3");
}

TEST_CASE("KPI tables: goals from the heading, ids unique over the document, the page gets a kpi block", "[import]") {
    // Two tables that both number their KPIs 1, 2: the second table's ids get its number in front.
    // No 単位 column: the unit is the one the figures write.
    auto kpi_table = [](const std::string& a, const std::string& b) {
        return table(4, {row({cell("KPI_ID"), cell("指標"), cell("基準値"), cell("目標値")}),
                         row({cell("1"), cell(a), cell("10件（令和5年度）"), cell("20件（R11）")}),
                         row({cell("2"), cell(b), cell("5%"), cell("8.5%")})});
    };
    DocxPlan p =
        map_docx_ast(document({header(1, "第1章 施策"), header(2, "基本目標1　しごと"), para({str("表1　KPI")}),
                               kpi_table("創業件数", "就業率"), header(2, "基本目標2　ひと"),
                               para({str("表2　KPI（2）")}), kpi_table("相談件数", "転入率")}),
                     {});
    CHECK(p.kpi_csv ==
          "id,goal,measure,name,unit,baseline,baseline_year,target,target_year,target_kind,direction,description,"
          "source\n"
          "1,1,,創業件数,件,10件,令和5年度,20件,R11,,,,\n"
          "2,1,,就業率,%,5%,,8.5%,,,,,\n"
          "t2-1,2,,相談件数,件,10件,令和5年度,20件,R11,,,,\n"
          "t2-2,2,,転入率,%,5%,,8.5%,,,,,\n");
    CHECK(p.kpi_values_csv.empty());
    REQUIRE(p.chapters.size() == 1);
    CHECK(p.chapters[0].markdown.find("KPI\n\n```kpi\nid: 1\nid: 2\n```\n") != std::string::npos);
    CHECK(p.chapters[0].markdown.find("KPI（2）\n\n```kpi\nid: t2-1\nid: t2-2\n```\n") != std::string::npos);
    CHECK(p.chapters[0].markdown.find("|") == std::string::npos);
    CHECK(count_kind(p, "kpi-id") == 2);
    CHECK(count_kind(p, "kpi-goal") == 0);
}

TEST_CASE("a KPI cell the rules cannot read is left out and reported at its row and column", "[import]") {
    json t = table(5, {row({cell("指標"), cell("基準値"), cell("基準年度"), cell("目標値"), cell("目標年度")}),
                       row({cell("相談件数"), cell("45"), cell("本計画初年度"), cell("60"), cell("令和11年度")}),
                       row({cell("出典：市調べ", 1, 5)})});
    DocxPlan p = map_docx_ast(document({header(1, "第1章 推進"), para({str("表1　指標")}), t}), {});
    CHECK(p.kpi_csv ==
          "id,goal,measure,name,unit,baseline,baseline_year,target,target_year,target_kind,direction,description,"
          "source\nk1,,,相談件数,,45,,60,令和11年度,,,,\n");  // the note row across the table is no KPI
    CHECK(count_kind(p, "import.row-skipped") == 1);
    // The note is no KPI but stays on the page, below the kpi block: nothing the document says is dropped.
    CHECK(p.chapters[0].markdown.find("```kpi\nid: k1\n```\n\n出典：市調べ") != std::string::npos);
    bool at_cell = false;
    for (const auto& r : p.review)
        at_cell = at_cell || (r.kind == "year.unknown-form" && r.where.describe() == "第1章 表1" &&
                              r.text.rfind("「指標」 行2 列3: \"本計画初年度\" is not a year", 0) == 0);
    CHECK(at_cell);
    CHECK(count_kind(p, "kpi-goal") == 1);  // under no 基本目標 heading, with no 基本目標 column
    // A table with 指標 but no baseline or target is no KPI table: it stays a table.
    json plain = table(2, {row({cell("指標"), cell("説明")}), row({cell("人口"), cell("住民基本台帳")})});
    DocxPlan q = map_docx_ast(document({header(1, "第1章 推進"), para({str("表1　用語")}), plain}), {});
    CHECK(q.kpi_csv.empty());
    CHECK(q.chapters[0].markdown == "表：用語\n| 指標 | 説明 |\n|---|---|\n| 人口 | 住民基本台帳 |\n");
    // No caption in the document: the kpi block alone (a made-up caption is not published).
    json bare =
        table(3, {row({cell("指標"), cell("基準値"), cell("目標値")}), row({cell("人口"), cell("100"), cell("120")})});
    DocxPlan b = map_docx_ast(document({header(1, "第1章 推進"), bare}), {});
    CHECK(b.chapters[0].markdown == "```kpi\nid: k1\n```\n");
    CHECK(count_kind(b, "placeholder") == 5);  // the document's front matter only, not the caption
    // A title row above the KPI header: kept as a table (its title would be lost), and reported.
    json titled =
        table(3, {row({cell("基本目標1の数値目標", 1, 3)}), row({cell("指標"), cell("基準値"), cell("目標値")}),
                  row({cell("人口"), cell("100"), cell("120")})});
    DocxPlan r = map_docx_ast(document({header(1, "第1章 推進"), para({str("表1　目標")}), titled}), {});
    CHECK(r.kpi_csv.empty());
    CHECK(r.chapters[0].markdown.rfind("表：目標\n| 基本目標1の数値目標 |", 0) == 0);
    CHECK(count_kind(r, "kpi-table") == 1);
}
