#include "link/language_runs.hpp"

#include "link/inline_nodes.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

bool latin_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool word_char(unsigned char c) {
    return latin_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '\'' || c == '.';
}

// Inside a link, code or a span the author already marked: leave alone.
bool excluded(cmark_node* n) {
    for (cmark_node* p = cmark_node_parent(n); p; p = cmark_node_parent(p))
        if (cmark_node_get_type(p) == CMARK_NODE_LINK || cmark_node_get_type(p) == CMARK_NODE_CODE) return true;
    // An inline <span lang="…"> opened before this node in the same paragraph and not closed.
    int open = 0;
    for (cmark_node* s = cmark_node_previous(n); s; s = cmark_node_previous(s))
        if (cmark_node_get_type(s) == CMARK_NODE_HTML_INLINE) {
            std::string lit = cmark_node_get_literal(s) ? cmark_node_get_literal(s) : "";
            if (lit.rfind("</span", 0) == 0)
                --open;
            else if (lit.rfind("<span", 0) == 0 && lit.find("lang=") != std::string::npos)
                ++open;
        }
    return open > 0;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> latin_runs(std::string_view s) {
    std::vector<std::pair<size_t, size_t>> runs;
    size_t i = 0;
    while (i < s.size()) {
        if (!latin_letter(static_cast<unsigned char>(s[i])) ||
            (i > 0 && word_char(static_cast<unsigned char>(s[i - 1])))) {
            ++i;
            continue;
        }
        // Words joined by single spaces: "Key Performance Indicator".
        size_t begin = i, end = i, words = 0;
        bool lower = false;
        size_t j = i;
        while (j < s.size() && latin_letter(static_cast<unsigned char>(s[j]))) {
            size_t w = j;
            while (j < s.size() && word_char(static_cast<unsigned char>(s[j]))) {
                lower = lower || (s[j] >= 'a' && s[j] <= 'z');
                ++j;
            }
            while (j > w && (s[j - 1] == '.' || s[j - 1] == '-' || s[j - 1] == '\'')) --j;  // "Indicator." ends the run
            ++words;
            end = j;
            if (j + 1 < s.size() && s[j] == ' ' && latin_letter(static_cast<unsigned char>(s[j + 1])))
                ++j;
            else
                break;
        }
        if (words >= 2 && lower) runs.push_back({begin, end});
        i = end > i ? end : i + 1;
    }
    return runs;
}

void mark_latin_runs(cmark_node* doc, const std::string& lang) {
    std::vector<cmark_node*> texts;
    cmark_iter* it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_TEXT) texts.push_back(n);
    }
    cmark_iter_free(it);
    for (cmark_node* n : texts) {
        const char* lit = cmark_node_get_literal(n);
        if (!lit || excluded(n)) continue;
        std::string s = lit;
        auto runs = latin_runs(s);
        if (runs.empty()) continue;
        size_t pos = 0;
        for (auto [b, e] : runs) {
            if (b > pos) cmark_node_insert_before(n, text_node(s.substr(pos, b - pos)));
            cmark_node_insert_before(n, inline_html_node("<span lang=\"" + html_escape(lang) + "\">"));
            cmark_node_insert_before(n, text_node(s.substr(b, e - b)));
            cmark_node_insert_before(n, inline_html_node("</span>"));
            pos = e;
        }
        if (pos < s.size()) cmark_node_insert_before(n, text_node(s.substr(pos)));
        cmark_node_unlink(n);
        cmark_node_free(n);
    }
}

}  // namespace planpub
