#include "render/html_renderer.hpp"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

#include "render/matrix_shape.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

const char* kCaptionPrefixes[] = {"表：", "表:", "Table:", "Table："};
// A cell longer than this many characters (about two lines of a sentence) makes its column a
// text column (class cell-long).
constexpr int kLongCellChars = 40;

std::string type_of(cmark_node* n) { return cmark_node_get_type_string(n); }

bool in_tight_list(cmark_node* para) {
    cmark_node* item = cmark_node_parent(para);
    if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM) return false;
    cmark_node* list = cmark_node_parent(item);
    return list && cmark_node_get_list_tight(list);
}

bool is_table(cmark_node* n) { return n && type_of(n) == "table"; }

int shallowest_heading(cmark_node* doc) {
    int best = 7;
    for (cmark_node* n = cmark_node_first_child(doc); n; n = cmark_node_next(n))
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING) best = std::min(best, cmark_node_get_heading_level(n));
    return best == 7 ? 1 : best;
}

class Renderer {
  public:
    Renderer(const HtmlRenderOptions& o, int shift) : opt_(o), shift_(shift) {}

    void render(cmark_node* root, std::string& out) {
        cmark_iter* it = cmark_iter_new(root);
        cmark_event_type ev;
        while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
            cmark_node* n = cmark_iter_get_node(it);
            if (!node(n, ev == CMARK_EVENT_ENTER, out)) cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
        }
        cmark_iter_free(it);
    }

  private:
    const HtmlRenderOptions& opt_;
    int shift_;

    void children(cmark_node* n, std::string& out) {
        for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) walk(c, out);
    }

    // A node as render()'s iterator visits it, by recursion: table cells and captions are rendered
    // one by one, and an iterator each (allocated and freed) was ~1% of a build's CPU time (perf).
    // The iterator sends no exit for a leaf; every leaf's enter returns false here, and an unknown
    // node (the only other kind that could be a leaf) writes nothing on exit.
    void walk(cmark_node* n, std::string& out) {
        if (!node(n, true, out)) return;
        children(n, out);
        node(n, false, out);
    }

    // Returns false on enter to skip the node's children (the node was fully written).
    bool node(cmark_node* n, bool enter, std::string& out) {
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_DOCUMENT:
                return true;
            case CMARK_NODE_BLOCK_QUOTE:
                out += enter ? "<blockquote>\n" : "</blockquote>\n";
                return true;
            case CMARK_NODE_LIST: {
                bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
                if (enter) {
                    int start = cmark_node_get_list_start(n);
                    out +=
                        ordered ? (start != 1 ? "<ol start=\"" + std::to_string(start) + "\">\n" : "<ol>\n") : "<ul>\n";
                } else {
                    out += ordered ? "</ol>\n" : "</ul>\n";
                }
                return true;
            }
            case CMARK_NODE_ITEM:
                out += enter ? "<li>" : "</li>\n";
                return true;
            case CMARK_NODE_HEADING: {
                int level = std::clamp(cmark_node_get_heading_level(n) + shift_, 2, 6);
                out += enter ? "<h" + std::to_string(level) + ">" : "</h" + std::to_string(level) + ">\n";
                return true;
            }
            case CMARK_NODE_CODE_BLOCK: {
                std::string info = cmark_node_get_fence_info(n) ? trim(cmark_node_get_fence_info(n)) : "";
                std::string body = cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "";
                std::string lang = info.substr(0, info.find(' '));
                if (opt_.fenced_block && opt_.fenced_block(lang, body, n, out)) return false;
                out += lang.empty() ? "<pre><code>" : "<pre><code class=\"language-" + html_escape(lang) + "\">";
                out += html_escape(body) + "</code></pre>\n";
                return false;
            }
            case CMARK_NODE_HTML_BLOCK:  // the sanitizer turns these into text; stay safe anyway
                out += "<p>" + html_escape(cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "") + "</p>\n";
                return false;
            case CMARK_NODE_PARAGRAPH: {
                if (is_caption_paragraph(n) && is_table(cmark_node_next(n))) return false;  // becomes <caption>
                bool tight = in_tight_list(n);
                if (!tight)
                    out += enter ? "<p>" : "</p>\n";
                else if (!enter && cmark_node_next(n))
                    out += "\n";
                return true;
            }
            case CMARK_NODE_THEMATIC_BREAK:
                out += "<hr />\n";
                return false;
            case CMARK_NODE_TEXT:
                append_html_escaped(out, cmark_node_get_literal(n));
                return false;
            case CMARK_NODE_SOFTBREAK:
                out += "\n";
                return false;
            case CMARK_NODE_LINEBREAK:
                out += "<br />\n";
                return false;
            case CMARK_NODE_CODE:
                out += "<code>";
                append_html_escaped(out, cmark_node_get_literal(n));
                out += "</code>";
                return false;
            case CMARK_NODE_HTML_INLINE:
                out += cmark_node_get_literal(n);
                return false;  // sanitized
            case CMARK_NODE_EMPH:
                out += enter ? "<em>" : "</em>";
                return true;
            case CMARK_NODE_STRONG:
                out += enter ? "<strong>" : "</strong>";
                return true;
            case CMARK_NODE_LINK: {
                if (enter) {
                    out += "<a href=\"" + html_escape(href_escape(cmark_node_get_url(n))) + "\"";
                    const char* title = cmark_node_get_title(n);
                    if (title && *title) out += " title=\"" + html_escape(title) + "\"";
                    out += ">";
                } else {
                    out += "</a>";
                }
                return true;
            }
            case CMARK_NODE_IMAGE:
                out += "<img src=\"" + html_escape(href_escape(cmark_node_get_url(n))) + "\" alt=\"" +
                       html_escape(plain_text(n)) + "\" />";
                return false;
            default:
                break;
        }
        std::string t = type_of(n);
        if (t == "strikethrough") {
            out += enter ? "<del>" : "</del>";
            return true;
        }
        if (t == "table") {
            table(n, out);
            return false;
        }
        // Unknown extension nodes: render their children.
        return true;
    }

    void table(cmark_node* table, std::string& out) {
        cmark_node* prev = cmark_node_previous(table);
        std::string caption_html, label;
        if (prev && cmark_node_get_type(prev) == CMARK_NODE_PARAGRAPH && is_caption_paragraph(prev)) {
            std::string inner;
            children(prev, inner);
            for (const char* p : kCaptionPrefixes)
                if (starts_with(inner, p)) {
                    inner = trim(inner.substr(std::strlen(p)));
                    break;
                }
            caption_html = inner;
            std::string text = plain_text(prev);
            for (const char* p : kCaptionPrefixes)
                if (starts_with(text, p)) {
                    text = trim(text.substr(std::strlen(p)));
                    break;
                }
            label = text;
        }
        uint16_t ncols = cmark_gfm_extensions_get_table_columns(table);
        uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(table);
        // Columns holding sentences get class cell-long (a wider minimum in style.css), so a table
        // wider than the screen scrolls with readable text instead of rows a screen tall.
        std::vector<bool> long_col(ncols, false);
        std::vector<std::string> texts;                    // every cell's plain text, row by row, computed once
        std::vector<std::string> head(ncols);              // the column names, for the stacked layout's labels
        std::vector<std::pair<size_t, size_t>> body_rows;  // each body row's cells in `texts`: [first, end)
        for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
            bool header = cmark_gfm_extensions_get_table_row_is_header(row);
            int col = 0;
            const size_t first = texts.size();
            for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++col) {
                texts.push_back(plain_text(cell));
                if (col < ncols && count_chars(texts.back()) > kLongCellChars) long_col[col] = true;
                if (header && col < ncols) head[col] = trim(texts.back());
            }
            if (!header) body_rows.emplace_back(first, texts.size());
        }
        // The body's cells as views into `texts` (complete now): copies of every cell were a good
        // part of a table's cost, and tables fill most of a plan's print edition.
        std::vector<std::vector<std::string_view>> body;
        for (const auto& [first, end] : body_rows) body.emplace_back(texts.begin() + first, texts.begin() + end);
        const MatrixShape shape = matrix_shape(body, ncols);
        std::vector<std::string> labels(ncols);  // data-label attributes, escaped once a column
        for (size_t c = 0; c < ncols; ++c)
            if (!head[c].empty()) labels[c] = " data-label=\"" + html_escape(head[c]) + "\"";
        // The scroll container is a named region only when the table has a caption to name it by:
        // a landmark called just 「表」 tells a screen-reader user nothing and adds one more stop
        // to the landmark list. Without a caption it stays focusable (keyboard scrolling) and the
        // table inside is announced as a table as usual.
        out += label.empty() ? "<div class=\"table-scroll\" tabindex=\"0\">\n"
                             : "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
                                   html_escape(label) + "\">\n";
        // A matrix stacks into one card per row on phones (style.css), each cell labelled with its
        // column's name (data-label, drawn by CSS and hidden from screen readers, which announce
        // the real column header).
        out += shape.is_matrix() ? "<table class=\"matrix\">\n" : "<table>\n";
        if (!caption_html.empty()) out += "<caption>" + caption_html + "</caption>\n";
        size_t cell_index = 0;
        bool in_body = false;
        for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
            bool header = cmark_gfm_extensions_get_table_row_is_header(row);
            if (header)
                out += "<thead>\n";
            else if (!in_body) {
                out += "<tbody>\n";
                in_body = true;
            }
            out += "<tr>\n";
            int col = 0;
            for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++col) {
                const bool matrix = shape.is_matrix() && col < ncols;
                const bool row_header = matrix && !header && static_cast<size_t>(col) < shape.labels;
                out += header ? "<th scope=\"col\"" : row_header ? "<th scope=\"row\"" : "<td";
                // The classes, space-separated, in this order: alignment, cell-long, mark.
                const char* align = nullptr;
                if (aligns && col < ncols)
                    align = aligns[col] == 'r' ? "align-right" : aligns[col] == 'c' ? "align-center" : nullptr;
                const bool long_text = col < ncols && long_col[col];
                const bool mark = matrix && !header && shape.mark[col];
                if (align || long_text || mark) {
                    out += " class=\"";
                    const size_t start = out.size();
                    for (const char* c : {align, long_text ? "cell-long" : nullptr, mark ? "mark" : nullptr})
                        if (c) {
                            if (out.size() > start) out += ' ';
                            out += c;
                        }
                    out += '"';
                }
                if (matrix && !header) out += labels[col];
                out += '>';
                const std::string& text = texts[cell_index++];
                if (!header && is_mark_only(text)) {
                    // A ○ alone in a matrix cell means 該当; say so for screen readers.
                    out += "<span aria-hidden=\"true\">";
                    append_html_escaped(out, trimmed(text));
                    out += "</span><span class=\"visually-hidden\">該当</span>";
                } else {
                    children(cell, out);
                }
                out += header || row_header ? "</th>\n" : "</td>\n";
            }
            out += "</tr>\n";
            if (header) out += "</thead>\n";
        }
        if (in_body) out += "</tbody>\n";
        out += "</table>\n</div>\n";
    }
};

}  // namespace

bool is_caption_paragraph(cmark_node* para) {
    cmark_node* first = cmark_node_first_child(para);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_TEXT) return false;
    const char* lit = cmark_node_get_literal(first);
    if (!lit) return false;
    for (const char* p : kCaptionPrefixes)
        if (starts_with(lit, p)) return true;
    return false;
}

namespace {
// Plain recursion over first-child/next links: no iterator to allocate per call (tables ask for
// every cell's text).
void append_plain_text(cmark_node* node, std::string& out) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: {
            const char* lit = cmark_node_get_literal(node);
            if (lit) out += lit;
            return;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += ' ';
            return;
        default:
            break;
    }
    for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) append_plain_text(c, out);
}
}  // namespace

std::string plain_text(cmark_node* node) {
    std::string out;
    append_plain_text(node, out);
    return out;
}

std::string render_html(cmark_node* doc, const HtmlRenderOptions& options) {
    std::string out;
    out.reserve(4096);
    Renderer r(options, options.top_heading_level - shallowest_heading(doc));
    r.render(doc, out);
    return out;
}

}  // namespace planpub
