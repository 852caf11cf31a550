// Render stage: syntax tree → HTML for the default theme.
// planpub renders the tree itself rather than with cmark_render_html because the theme
// needs what that renderer cannot give: table captions from a 表： line, header scope,
// a named scrolling region around wide tables, text equivalents for ○ marks (tables:
// render/table_html.hpp), heading levels below the page's h1, and hooks for KPI blocks.
#pragma once
#include <cmark-gfm.h>

#include <functional>
#include <string>

namespace planpub {

struct HtmlRenderOptions {
    // The shallowest heading in the body is rendered at this level (h1 is the page title).
    int top_heading_level = 2;
    // Called for fenced code blocks; return true after appending HTML to take the block over.
    std::function<bool(const std::string& info, const std::string& body, cmark_node* node, std::string& out)>
        fenced_block;
};

std::string render_html(cmark_node* doc, const HtmlRenderOptions& options);
// The text a reader sees in a node (for captions, alt text, labels).
std::string plain_text(cmark_node* node);

}  // namespace planpub
