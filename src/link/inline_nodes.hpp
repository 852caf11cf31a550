// New inline nodes for the link stage, which splices links and spans into text: raw inline HTML
// (already escaped by the caller) and plain text.
#pragma once
#include <cmark-gfm.h>

#include <string>

namespace planpub {

inline cmark_node* inline_html_node(const std::string& s) {
    cmark_node* n = cmark_node_new(CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(n, s.c_str());
    return n;
}

inline cmark_node* text_node(const std::string& s) {
    cmark_node* n = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(n, s.c_str());
    return n;
}

}  // namespace planpub
