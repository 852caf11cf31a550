// Text rules of the Word import: chapter and item numbering at the start of a title, full-width
// indentation, slugs, glossary term guesses. Pure functions on UTF-8.
#pragma once
#include <optional>
#include <string>

namespace planpub {

struct Numbered {
    std::string title;         // the rest, trimmed
    std::optional<int> value;  // the number when it could be read (第三章 → 3, ② → 2)
    bool chapter = false;      // written 第N章
};

// Takes numbering off a heading: 第1章, 第一章, 1, 1., 1-1, (1), （１）, ①, 一、, 基本目標1 is NOT
// numbering (it is the goal's name; see goal_number).
Numbered strip_numbering(const std::string& text);
// "表1　人口の推移", "表１－２ …", "表：…" (a caption paragraph above a table) → the caption text.
std::optional<std::string> table_caption(const std::string& text);
// "基本目標1　しごとをつくる" → 1 and the title; nullopt otherwise.
std::optional<std::pair<int, std::string>> goal_heading(const std::string& text);
// Leading ASCII/full-width spaces (indentation in Word) and trailing spaces removed.
std::string strip_indent(const std::string& text);
// "chapter-3" for a Japanese title; an ASCII title becomes its own slug ("Overview" → overview).
std::string chapter_slug(int number, const std::string& title);
// The run of non-hiragana, non-punctuation characters at the end of text: the term a footnote
// marker follows (…、デジタル・トランスフォーメーション → デジタル・トランスフォーメーション).
std::string trailing_term(const std::string& text);
// "term：definition" split at the first full-width or ASCII colon; nullopt without one.
std::optional<std::pair<std::string, std::string>> split_term(const std::string& text);
// A reading that is already kana (the term itself is all kana); empty otherwise.
std::string kana_only_reading(const std::string& term);
// Removes ※ marks with a number (関係人口※1 → 関係人口, ※２): planpub links terms itself.
std::string drop_note_marks(const std::string& text);
// A paragraph that would start a heading, list or rule in Markdown (# , - , 1. , 1) ) kept as text.
std::string escape_block_start(const std::string& md);
// Markdown special characters escaped so that Word text stays text.
std::string markdown_escape(const std::string& text);

}  // namespace planpub
