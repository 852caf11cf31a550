// The text of the files `planpub import word` writes: index.md, the chapter pages, glossary.yaml
// and the report. Pure (word_import.cpp writes them).
#pragma once
#include <string>

#include "import/docx_model.hpp"

namespace planpub {

std::string page_file_name(const DocxChapter& ch);  // 01-chapter-1.md
std::string index_markdown(const DocxPlan& plan);
std::string page_markdown(const DocxChapter& ch);
// Empty when there are no terms. Terms without a reading get ん (sorted last) and a comment.
std::string glossary_yaml(const DocxPlan& plan);
std::string report_markdown(const DocxPlan& plan, const std::string& docx, const std::string& plan_dir);
std::string yaml_quote(const std::string& s);

}  // namespace planpub
