// Where a text that planpub parses lies in the file the user edits, to report its problems there.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace planpub {

// Where a piece of a text lies in its file: from byte `offset` of the text on, up to the next piece,
// the text is the file's from `line`, `column` (1-based, characters) on.
struct TextPiece {
    size_t offset = 0;
    int line = 1;
    int column = 1;
};

// A body that is its file's lines from `first_line` on, whole (a page's Markdown after its front
// matter): where it lies, without SourceSpan's pieces (24 bytes a page, 2.4 MB at 100,000 pages).
struct FileStart {
    std::string path;
    int first_line = 1;
};

// Where a body of Markdown lies inside its file, to report body problems in file terms.
struct SourceSpan : FileStart {
    SourceSpan(std::string p = {}, int first = 1, std::vector<TextPiece> where = {})
        : FileStart{std::move(p), first}, pieces(std::move(where)) {}
    SourceSpan(const FileStart& whole) : FileStart(whole) {}  // NOLINT: a whole-file body is a span
    // Empty when the body is the file's lines from first_line on, whole; otherwise where its pieces
    // are (a glossary definition is a YAML value: indented, quoted, folded).
    std::vector<TextPiece> pieces;
};

}  // namespace planpub
