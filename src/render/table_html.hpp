// Render stage: a GFM table as the default theme shows it — a caption from the 表： line before it,
// header cells with scope, a scrolling region named by the caption, matrices (○ tables) that
// stack into cards on phones with each cell labelled, and 該当 spoken for a ○ (docs/accessibility.md).
#pragma once
#include <cmark-gfm.h>

#include <functional>
#include <string>

namespace planpub {

// Renders a cell's (or the caption's) inline children into `out`, as the page's renderer does.
using RenderChildren = std::function<void(cmark_node* node, std::string& out)>;

void render_table(cmark_node* table, std::string& out, const RenderChildren& children);
// A "表：…" / "Table: …" paragraph, which becomes the caption of a table right after it.
bool is_caption_paragraph(cmark_node* para);

}  // namespace planpub
