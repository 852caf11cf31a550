// Shared state of the pandoc AST mapping (docx_map.cpp, docx_inlines.cpp, docx_tables.cpp).
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "import/docx_kpi.hpp"
#include "import/docx_model.hpp"
#include "import/kpi_sheet.hpp"

namespace planpub {

struct MapState {
    DocxPlan& plan;
    DocxPlace place;
    std::string chapter_title;
    int images_in_chapter = 0;
    std::map<std::string, std::string> image_names;  // media path → file name under files/
    std::string media_root;                          // pandoc's --extract-media folder
    std::string pending_caption;                     // 表1　… just above a table
    bool in_table = false;
    int goal = 0;            // the 基本目標 whose heading the text is under (0: none)
    KpiNumbering numbering;  // KPI ids made so far, per goal
    std::vector<DocxKpiTable> kpi_tables;
    explicit MapState(DocxPlan& p) : plan(p) {}
    void review(std::string kind, std::string text) {
        plan.review.push_back({place, std::move(kind), std::move(text)});
    }
};

// Inlines as Markdown; `plain` receives the same text without markup (term guesses, captions).
// Footnotes become glossary candidates and leave no mark.
std::string inlines_markdown(const nlohmann::json& inlines, MapState& st, std::string& plain);
std::string inlines_plain(const nlohmann::json& inlines);
std::string blocks_plain(const nlohmann::json& blocks);
// A table block as `表：` caption line plus a GFM table (no trailing blank line).
std::string table_markdown(const nlohmann::json& table, MapState& st);
// A table whose header is a KPI header (指標 with 基準値, 目標値 or 目標年度): its KPIs are read and a
// token is returned for the page, which finish_kpi_tables replaces; nullopt: not a KPI table.
// Review items from first_review on are the table's own (merged cells) and leave with it.
std::optional<std::string> kpi_table_markdown(const nlohmann::json& table, const std::string& caption,
                                              const std::string& table_md, size_t first_review, MapState& st);
// At the end of the document (all goals known): each KPI table's rows checked by kpi.csv's rules and
// added to plan.kpi_csv, the table's token replaced with a kpi block — or with the table again.
void finish_kpi_tables(MapState& st);
// Blocks inside a cell or a note, as one line of Markdown (paragraphs joined with <br>).
std::string blocks_inline_markdown(const nlohmann::json& blocks, MapState& st);
// A glossary candidate from a ※ note's text (after the ※ and its number) or a footnote.
void add_term(MapState& st, const std::string& term, const std::string& definition, bool guessed);

}  // namespace planpub
