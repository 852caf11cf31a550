// Shared state of the pandoc AST mapping (docx_map.cpp, docx_inlines.cpp, docx_tables.cpp).
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "import/docx_model.hpp"

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
// Blocks inside a cell or a note, as one line of Markdown (paragraphs joined with <br>).
std::string blocks_inline_markdown(const nlohmann::json& blocks, MapState& st);
// A glossary candidate from a ※ note's text (after the ※ and its number) or a footnote.
void add_term(MapState& st, const std::string& term, const std::string& definition, bool guessed);

}  // namespace planpub
