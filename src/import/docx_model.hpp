// What `planpub import word` makes of a Word document: a plan folder's pages, glossary candidates,
// images and the list of what a human must look at. Plain structs; docx_map.cpp fills them from
// pandoc's JSON, word_write.cpp writes them.
#pragma once
#include <string>
#include <vector>

namespace planpub {

// A place in the Word file, which has no lines: chapter, then the paragraph or table inside it.
struct DocxPlace {
    int chapter = 0;               // 0: before the first chapter (the overview)
    int paragraph = 0;             // 1-based block number inside the chapter; 0 when a table is meant
    int table = 0;                 // 1-based table number inside the chapter
    std::string describe() const;  // "第2章 表1", "第1章 段落3", "前文 段落1"
};

// One thing the import could not decide and a human must check.
struct ReviewItem {
    DocxPlace where;
    std::string kind;  // placeholder, image-no-alt, no-reading, merged-cells, kpi-table, a KPI rule's code …
    std::string text;
};

struct DocxTerm {
    std::string term, definition, reading;  // reading empty: none known
    DocxPlace where;
};

struct DocxImage {
    std::string media_path;  // as pandoc wrote it under the extraction folder
    std::string file_name;   // under files/
};

struct DocxChapter {
    int number = 0;
    std::string title;  // numbering removed
    std::string slug;   // [a-z0-9-]+
    int goal = 0;       // the 基本目標 the chapter is (front matter goal:), 0: none
    std::string markdown;
};

struct DocxGoal {
    int number = 0;
    std::string title;
    std::vector<std::string> pillars;
};

struct DocxPlan {
    std::string title, status, period_from, period_to;
    std::vector<DocxGoal> goals;
    std::string overview;  // index.md's body: what stands before the first chapter
    std::vector<DocxChapter> chapters;
    std::vector<DocxTerm> terms;
    std::vector<DocxImage> images;
    std::vector<ReviewItem> review;
    std::vector<std::string> converted;   // one line each: what was converted (for the report)
    std::string kpi_csv, kpi_values_csv;  // from the KPI tables; empty: none (not written)
};

// A text box the Word file holds (pandoc 2.17 drops their text): its text and the text of the
// paragraph it is anchored in, so that the mapper can put it back after that paragraph.
struct DocxTextBox {
    std::string anchor_text;
    std::vector<std::string> paragraphs;
};

}  // namespace planpub
