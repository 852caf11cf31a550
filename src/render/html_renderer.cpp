#include "render/html_renderer.hpp"

#include <algorithm>

#include "render/table_html.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

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
    // The iterator sends no exit for a leaf (cmark-gfm's eight leaf types: every one returns false on
    // enter here) nor for a node whose enter returned false (render() resets it past the node).
    // Assumes node() leaves the tree as it is, as it does for a cell's and a caption's inlines.
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
            render_table(n, out, [this](cmark_node* cell, std::string& into) { children(cell, into); });
            return false;
        }
        // Unknown extension nodes: render their children.
        return true;
    }
};

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
