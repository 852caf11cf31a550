// pandoc's JSON AST of a .docx (pandoc-types 1.22, `pandoc -f docx -t json`) → a DocxPlan.
// Pure: no I/O; images are named, not copied (word_write.cpp copies them).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "import/docx_model.hpp"

namespace planpub {

// Throws std::runtime_error when the JSON is not a pandoc document of a version it knows.
// pandoc's JSON nests about five levels per level of the document (a table in a cell in a list …).
constexpr size_t kMaxJsonDepth = 1000;

// media_root: the folder given to pandoc's --extract-media; an image elsewhere (a picture Word only
// links to, a file:// path) is not copied: its alt text stays and it is reported.
DocxPlan map_docx_ast(const nlohmann::json& doc, const std::vector<DocxTextBox>& text_boxes,
                      const std::string& media_root = "media");

}  // namespace planpub
