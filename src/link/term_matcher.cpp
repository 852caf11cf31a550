#include "link/term_matcher.hpp"

#include <algorithm>
#include <queue>

#include <utf8proc.h>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {

static bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000; }
static bool is_word_char(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
           (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

// Kana, CJK punctuation and ideographs are their own folded form: the common case, kept fast.
// Not the combining voiced marks U+3099/U+309A: they compose with the kana before them.
static bool folds_to_itself(char32_t c) {
    return (c > 0x3000 && c < 0x3099) || (c > 0x309A && c < 0x3100) || (c >= 0x3400 && c < 0xA000);
}

// Composes a and b into one code point (カ + U+3099 → ガ), or returns 0.
static char32_t compose(char32_t a, char32_t b) {
    utf8proc_int32_t pair[2] = {static_cast<utf8proc_int32_t>(a), static_cast<utf8proc_int32_t>(b)};
    auto n = utf8proc_normalize_utf32(pair, 2, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    return n == 1 ? static_cast<char32_t>(pair[0]) : 0;
}

// NFKC of each code point alone, so that every folded code point knows its source character.
// NFKC's canonical composition spans characters, though (ｶﾞ is ｶ then ﾞ, NFKC ガ; NFD text is
// カ then U+3099): a code point whose form starts with one that composes with the previous folded
// one, adjacent in the source, is merged into it, and that folded code point then covers both.
void fold_text(std::string_view text, std::u32string& out, std::vector<size_t>& from, std::vector<size_t>& to) {
    std::string one, norm;
    for (size_t i = 0; i < text.size();) {
        size_t b = i;
        unsigned char byte = static_cast<unsigned char>(text[i]);
        size_t before = out.size();
        if (byte < 0x80) {  // ASCII: fold inline; no ASCII character composes with the one before
            ++i;
            if (!is_space(byte)) out += static_cast<char32_t>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
        } else if (char32_t c = next_code_point(text, i); folds_to_itself(c)) {
            out += c;
        } else if (c >= 0xFF01 && c <= 0xFF5E) {  // full-width ASCII
            char32_t a = c - 0xFEE0;
            out += (a >= 'A' && a <= 'Z') ? a + 32 : a;
        } else {
            one.clear();
            append_utf8(one, c);
            norm = nfkc(one);
            size_t k = 0;
            char32_t merged = !norm.empty() && !out.empty() && to.back() == b ? compose(out.back(), next_code_point(norm, k)) : 0;
            if (merged) {
                out.back() = merged;
                for (size_t j = to.size(); j > 0 && to[j - 1] == b; --j) to[j - 1] = i;
            } else {
                k = 0;
            }
            while (k < norm.size()) {
                char32_t d = next_code_point(norm, k);
                if (!is_space(d)) out += (d >= 'A' && d <= 'Z') ? d + 32 : d;
            }
        }
        for (size_t k = before; k < out.size(); ++k) {
            from.push_back(b);
            to.push_back(i);
        }
    }
}

int TermMatcher::child(int node, char32_t c) const {
    const auto& nx = nodes_[node].next;
    auto it = std::lower_bound(nx.begin(), nx.end(), std::make_pair(c, -1));
    return it != nx.end() && it->first == c ? it->second : -1;
}

void TermMatcher::add(const std::string& spelling, int key) {
    std::u32string folded;
    std::vector<size_t> from, to;
    fold_text(spelling, folded, from, to);
    if (folded.empty()) return;
    starts_[(folded[0] >> 6) & 1023] |= uint64_t(1) << (folded[0] & 63);
    int node = 0;
    for (char32_t c : folded) {
        int n = child(node, c);
        if (n < 0) {
            n = static_cast<int>(nodes_.size());
            nodes_.emplace_back();
            auto& nx = nodes_[node].next;
            nx.insert(std::lower_bound(nx.begin(), nx.end(), std::make_pair(c, -1)), {c, n});
        }
        node = n;
    }
    if (nodes_[node].out < 0) ++patterns_;
    // The first key added for a spelling wins (plan terms are added before site terms).
    if (nodes_[node].out < 0) {
        nodes_[node].out = key;
        nodes_[node].out_len = static_cast<int>(folded.size());
        nodes_[node].edge_start = is_word_char(folded.front());
        nodes_[node].edge_end = is_word_char(folded.back());
    }
}

void TermMatcher::build() {
    std::queue<int> q;
    for (auto& [c, n] : nodes_[0].next) {
        nodes_[n].fail = 0;
        q.push(n);
    }
    while (!q.empty()) {
        int u = q.front();
        q.pop();
        int f = nodes_[u].fail;
        nodes_[u].dict = nodes_[f].out >= 0 ? f : nodes_[f].dict;
        for (auto& [c, v] : nodes_[u].next) {
            int g = nodes_[u].fail;
            int w;
            while ((w = child(g, c)) < 0 && g != 0) g = nodes_[g].fail;
            nodes_[v].fail = (w >= 0 && w != v) ? w : 0;
            q.push(v);
        }
    }
}

std::vector<TermMatch> TermMatcher::find(std::string_view text) const {
    // Fold the text, remembering where each folded code point came from.
    // Buffers reused across calls on the same thread: no allocation per text node.
    thread_local std::u32string folded;
    thread_local std::vector<size_t> from, to;  // source byte range of each folded code point
    folded.clear();
    from.clear();
    to.clear();
    fold_text(text, folded, from, to);
    struct Candidate {
        size_t start, len;  // in folded code points
        int key;
        bool edge_start, edge_end;
    };
    thread_local std::vector<Candidate> cands;
    cands.clear();
    int state = 0;
    for (size_t i = 0; i < folded.size(); ++i) {
        char32_t c = folded[i];
        if (state == 0 && !may_start(c)) continue;  // nothing starts here and nothing is open
        int n;
        while ((n = child(state, c)) < 0 && state != 0) state = nodes_[state].fail;
        state = n < 0 ? 0 : n;
        for (int o = nodes_[state].out >= 0 ? state : nodes_[state].dict; o >= 0; o = nodes_[o].dict) {
            const Node& nd = nodes_[o];
            cands.push_back({i + 1 - nd.out_len, static_cast<size_t>(nd.out_len), nd.out, nd.edge_start, nd.edge_end});
        }
    }
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        return a.start != b.start ? a.start < b.start : a.len > b.len;
    });
    auto word_before = [&](size_t src) {
        if (src == 0) return false;
        size_t j = src - 1;
        while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
        size_t k = j;
        return is_word_char(next_code_point(text, k));
    };
    auto word_after = [&](size_t src) {
        if (src >= text.size()) return false;
        size_t k = src;
        return is_word_char(next_code_point(text, k));
    };
    std::vector<TermMatch> out;
    size_t taken_until = 0;
    for (const Candidate& c : cands) {
        if (c.start < taken_until) continue;
        // A character that folds to several (㎼ → μw) matches whole or not at all.
        size_t last = c.start + c.len - 1;
        if ((c.start > 0 && from[c.start - 1] == from[c.start]) || (last + 1 < from.size() && from[last + 1] == from[last]))
            continue;
        size_t b = from[c.start], e = to[last];
        if (c.edge_start && word_before(b)) continue;
        if (c.edge_end && word_after(e)) continue;
        out.push_back({b, e, c.key});
        taken_until = c.start + c.len;
    }
    return out;
}

}  // namespace planpub
