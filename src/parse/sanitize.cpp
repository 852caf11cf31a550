#include "parse/sanitize.hpp"

#include <regex>
#include <set>
#include <vector>

#include "text/utf8.hpp"

namespace planpub {
namespace {

const std::set<std::string> kAllowedTags = {"ruby", "rt",  "rp",  "abbr", "ins",   "del",
                                            "mark", "sub", "sup", "br",   "small", "span"};
const std::set<std::string> kAllowedAttrs = {"lang", "title", "datetime", "cite"};

struct Tag {
    bool closing = false;
    std::string name;
    std::string normalized;  // the tag rebuilt from its parts, attribute values escaped
};

std::string lower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
}

// Escapes an attribute value as written in HTML: a character reference the author wrote
// (&quot; &#x3042;) stays one, any other & < > " is escaped (title="a &quot;b&quot;" is not
// shown as &amp;quot;).
std::string escape_keeping_entities(const std::string& v) {
    static const std::regex reference(R"(^&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)");
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) {
        std::smatch m;
        std::string rest = v.substr(i, 40);
        if (v[i] == '&' && std::regex_search(rest, m, reference)) {
            out += m.str();
            i += m.length() - 1;
        } else {
            out += html_escape(std::string_view(&v[i], 1));
        }
    }
    return out;
}

// Parses one inline HTML tag; nullopt unless it is an allowed tag with allowed attributes.
std::optional<Tag> allowed_tag(const std::string& raw) {
    static const std::regex open(
        R"(^<([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(/?)>$)");
    static const std::regex close(R"(^</([A-Za-z][A-Za-z0-9]*)\s*>$)");
    static const std::regex attr(R"(([A-Za-z-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?)");
    std::smatch m;
    Tag t;
    if (std::regex_match(raw, m, close)) {
        t.closing = true;
        t.name = lower(m[1]);
        if (!kAllowedTags.count(t.name) || t.name == "br") return std::nullopt;
        t.normalized = "</" + t.name + ">";
        return t;
    }
    if (!std::regex_match(raw, m, open)) return std::nullopt;
    t.name = lower(m[1]);
    if (!kAllowedTags.count(t.name)) return std::nullopt;
    std::string attrs = m[2];
    t.normalized = "<" + t.name;
    for (std::sregex_iterator it(attrs.begin(), attrs.end(), attr), end; it != end; ++it) {
        std::string name = lower((*it)[1]);
        if (!kAllowedAttrs.count(name)) return std::nullopt;
        std::string value = (*it)[2];
        if (!value.empty() && (value[0] == '"' || value[0] == '\'')) value = value.substr(1, value.size() - 2);
        if (name == "cite" && is_unsafe_url(value)) return std::nullopt;  // <ins cite="javascript:…">
        t.normalized += " " + name + "=\"" + escape_keeping_entities(value) + "\"";
    }
    t.normalized += t.name == "br" ? " />" : ">";
    return t;
}

void to_text(cmark_node* node) {
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, cmark_node_get_literal(node));
    cmark_node_replace(node, text);
    cmark_node_free(node);
}

bool is_leaf_block(cmark_node* n) {
    switch (cmark_node_get_type(n)) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
            return true;
        default:
            return std::string(cmark_node_get_type_string(n)) == "table_cell";
    }
}

}  // namespace

bool is_unsafe_url(const std::string& url) {
    std::string s;
    for (char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20) continue;  // browsers ignore these inside schemes
        s += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (s.size() > 12) break;
    }
    return starts_with(s, "javascript:") || starts_with(s, "data:") || starts_with(s, "vbscript:");
}

void sanitize_tree(cmark_node* doc, const MarkdownSource& src, Diagnostics& diags) {
    std::vector<cmark_node*> html_blocks, leaf_blocks, unsafe_links;
    cmark_iter* it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* n = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(n);
        if (t == CMARK_NODE_HTML_BLOCK)
            html_blocks.push_back(n);
        else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
            const char* url = cmark_node_get_url(n);
            if (url && is_unsafe_url(url)) unsafe_links.push_back(n);
        } else if (is_leaf_block(n))
            leaf_blocks.push_back(n);
    }
    cmark_iter_free(it);

    for (cmark_node* n : html_blocks) {
        diags.warning(
            node_location(n, src), "html.not-allowed",
            "raw HTML block shown as text: only a few inline elements are allowed",
            "write the content in Markdown; ruby, abbr, sub, sup, br, small, span, mark, ins and del may be used "
            "inline");
        cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
        std::string lit = cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "";
        while (!lit.empty() && lit.back() == '\n') lit.pop_back();
        cmark_node_set_literal(text, lit.c_str());
        cmark_node_append_child(para, text);
        cmark_node_replace(n, para);
        cmark_node_free(n);
    }
    for (cmark_node* n : unsafe_links) {
        diags.warning(node_location(n, src), "link.unsafe-scheme",
                      std::string("link to \"") + cmark_node_get_url(n) + "\" made inert",
                      "link only to http(s), mailto, tel or relative addresses");
        // Keep what the reader sees: the link's text (or an image's alternative text).
        while (cmark_node* child = cmark_node_first_child(n)) {
            cmark_node_unlink(child);
            cmark_node_insert_before(n, child);
        }
        cmark_node_unlink(n);
        cmark_node_free(n);
    }
    // Inline HTML: keep allowed tags only when they open and close within the same block.
    for (cmark_node* block : leaf_blocks) {
        std::vector<std::pair<cmark_node*, std::string>> open;
        std::vector<cmark_node*> rejected;
        for (cmark_node* n = cmark_node_first_child(block); n;) {
            cmark_node* next = cmark_node_next(n);
            // Inline HTML may also sit inside emphasis; walk the block's inline descendants.
            cmark_iter* iit = cmark_iter_new(n);
            while ((ev = cmark_iter_next(iit)) != CMARK_EVENT_DONE) {
                cmark_node* c = cmark_iter_get_node(iit);
                if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(c) != CMARK_NODE_HTML_INLINE) continue;
                std::string raw = cmark_node_get_literal(c) ? cmark_node_get_literal(c) : "";
                auto tag = allowed_tag(raw);
                if (!tag) {
                    rejected.push_back(c);
                    continue;
                }
                if (tag->closing) {
                    if (!open.empty() && open.back().second == tag->name)
                        open.pop_back();
                    else {
                        rejected.push_back(c);
                        continue;
                    }
                } else if (tag->name != "br") {
                    open.push_back({c, tag->name});
                }
                cmark_node_set_literal(c, tag->normalized.c_str());
            }
            cmark_iter_free(iit);
            n = next;
        }
        for (auto& o : open) rejected.push_back(o.first);
        for (cmark_node* c : rejected) {
            diags.warning(node_location(c, src), "html.not-allowed",
                          std::string("raw HTML \"") + cmark_node_get_literal(c) + "\" shown as text",
                          "only ruby, rt, rp, abbr, ins, del, mark, sub, sup, br, small and span are allowed, "
                          "with lang, title, datetime or cite attributes, opened and closed in the same paragraph");
            to_text(c);
        }
    }
}

}  // namespace planpub
