// Parse stage: makes a syntax tree safe to publish.
// - Raw HTML: only the SPEC's inline allowlist (ruby rt rp abbr ins del mark sub sup br
//   small span; attributes lang title datetime cite) survives, balanced within its block;
//   everything else becomes visible text, with a warning.
// - javascript:, data: and vbscript: links are made inert (the link text stays), with a warning.
#pragma once
#include "diag/diagnostics.hpp"
#include "parse/markdown.hpp"

namespace planpub {

void sanitize_tree(cmark_node* doc, const MarkdownSource& src, Diagnostics& diags);

// True for URLs whose scheme runs code or embeds data.
bool is_unsafe_url(const std::string& url);

}  // namespace planpub
