#include "render/table_html.hpp"

#include <cmark-gfm-core-extensions.h>

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/html_renderer.hpp"
#include "render/matrix_shape.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

// A cell longer than this many characters (about two lines of a sentence) makes its column a
// text column (class cell-long).
constexpr int kLongCellChars = 40;

const char* const kCaptionPrefixes[] = {"表：", "表:", "Table:", "Table："};

// The caption's words without the prefix that marked the paragraph as one (its HTML and its plain
// text both start with it), trimmed.
std::string without_caption_prefix(std::string_view s) {
    for (const char* p : kCaptionPrefixes)
        if (starts_with(s, p)) return trim(s.substr(std::strlen(p)));
    return std::string(s);
}

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

void render_table(cmark_node* table, std::string& out, const RenderChildren& children) {
    cmark_node* prev = cmark_node_previous(table);
    std::string caption_html, label;
    if (prev && cmark_node_get_type(prev) == CMARK_NODE_PARAGRAPH && is_caption_paragraph(prev)) {
        std::string inner;
        children(prev, inner);
        caption_html = without_caption_prefix(inner);
        label = without_caption_prefix(plain_text(prev));
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
    std::vector<std::string> labels(shape.is_matrix() ? ncols : 0);  // data-label attributes, escaped once
    for (size_t c = 0; c < labels.size(); ++c)
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

}  // namespace planpub
