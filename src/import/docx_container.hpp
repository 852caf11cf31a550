// Checks a .docx before pandoc sees it (SPEC: a file that is not a .docx, an encrypted one or a zip
// bomb is a clear error): the signature, the zip's entries inflated and counted by planpub itself
// (so that a central directory that lies about sizes cannot make pandoc inflate gigabytes), and
// word/document.xml present. Also reads the text boxes, whose text pandoc 2.17 drops.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "import/docx_model.hpp"

namespace planpub {

struct DocxLimits {
    static constexpr uint64_t max_total_bytes = 200ull << 20;  // all parts inflated
    static constexpr int64_t max_entries = 5000;
};

struct ImportProblem {
    std::string code, message, hint;
};

// nullopt: a readable .docx within the limits; `boxes` then holds its text boxes.
std::optional<ImportProblem> check_docx(const std::string& path, std::vector<DocxTextBox>& boxes);

// Text boxes of word/document.xml (w:txbxContent; Word's VML copy under mc:Fallback is skipped).
std::vector<DocxTextBox> read_text_boxes(const std::string& document_xml);

}  // namespace planpub
