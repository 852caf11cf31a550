// Parse stage: Markdown → cmark-gfm syntax tree, with size and depth limits checked
// before and after parsing (cmark-gfm 0.29 is quadratic on very wide tables).
#pragma once
#include <cmark-gfm.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/site.hpp"

namespace planpub {

struct CmarkNodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using MarkdownDoc = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

// Registers the GFM extensions once per process and fixes cmark-gfm's special-character table
// (see markdown.cpp). Call before any parser exists and before threads start.
void register_markdown_extensions();

// Whether parsers on several threads may parse at once (the table could be fixed); false means
// parses take turns under a lock, which is correct but slower.
bool markdown_parses_in_parallel();

// A Markdown text and where it lies in its file, to place diagnostics in file terms.
class MarkdownSource {
  public:
    MarkdownSource(SourceSpan span, std::string_view text) : span_(std::move(span)), text_(text) {}
    const SourceSpan& span() const { return span_; }
    std::string_view text() const { return text_; }
    // File location of the text's byte `offset`.
    Location at(size_t offset) const;
    // The byte range [first, second) of the text's 1-based line `line` (without its line end).
    std::pair<size_t, size_t> line_range(int line) const;

  private:
    SourceSpan span_;
    std::string_view text_;
    mutable std::vector<size_t> line_starts_;  // built on first use: most texts have no diagnostics
};

// One parser, reused for many documents. Not shared between threads: give each worker its own.
class MarkdownParser {
  public:
    MarkdownParser();
    ~MarkdownParser();
    MarkdownParser(const MarkdownParser&) = delete;
    MarkdownParser& operator=(const MarkdownParser&) = delete;

    // Returns the document, or nullptr when a limit was exceeded (reported).
    MarkdownDoc parse(const MarkdownSource& src, Diagnostics& diags);

  private:
    cmark_parser* parser_;
};

// The cmark option set planpub uses: raw HTML is kept in the tree so that the sanitizer
// can decide on each piece; the renderer never emits what the sanitizer rejected.
int markdown_options();

bool markdown_parses_in_parallel();

// File location of a node's start, its column counted in characters.
Location node_location(cmark_node* node, const MarkdownSource& src);

}  // namespace planpub
