#include "link/term_matcher.hpp"

#include <algorithm>
#include <queue>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {

static bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000; }
static bool is_word_char(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
           (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

void fold_code_point(char32_t c, std::u32string& out) {
    if (is_space(c)) return;
    if (c < 0x80) {
        out += (c >= 'A' && c <= 'Z') ? c + 32 : c;
        return;
    }
    // Full-width ASCII (U+FF01–FF5E) maps to ASCII; the rest goes through NFKC.
    if (c >= 0xFF01 && c <= 0xFF5E) {
        char32_t a = c - 0xFEE0;
        out += (a >= 'A' && a <= 'Z') ? a + 32 : a;
        return;
    }
    // CJK punctuation, kana and unified ideographs are their own NFKC form: the common case, kept fast.
    if ((c > 0x3000 && c < 0x3100) || (c >= 0x3400 && c < 0xA000)) {
        out += c;
        return;
    }
    std::string s;
    append_utf8(s, c);
    std::string n = nfkc(s);
    for (size_t i = 0; i < n.size();) {
        char32_t d = next_code_point(n, i);
        if (is_space(d)) continue;
        out += (d >= 'A' && d <= 'Z') ? d + 32 : d;
    }
}

int TermMatcher::child(int node, char32_t c) const {
    const auto& nx = nodes_[node].next;
    auto it = std::lower_bound(nx.begin(), nx.end(), std::make_pair(c, -1));
    return it != nx.end() && it->first == c ? it->second : -1;
}

void TermMatcher::add(const std::string& spelling, int key) {
    std::u32string folded;
    for (size_t i = 0; i < spelling.size();) fold_code_point(next_code_point(spelling, i), folded);
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
    for (size_t i = 0; i < text.size();) {
        size_t b = i;
        unsigned char byte = static_cast<unsigned char>(text[i]);
        size_t before = folded.size();
        if (byte < 0x80) {  // ASCII: fold inline
            ++i;
            if (byte != ' ' && byte != '\t' && byte != '\n' && byte != '\r')
                folded += static_cast<char32_t>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
        } else {
            char32_t c = next_code_point(text, i);
            // Kana, CJK punctuation and ideographs are their own folded form: the common case, inline.
            if ((c > 0x3000 && c < 0x3100) || (c >= 0x3400 && c < 0xA000)) folded += c;
            else fold_code_point(c, folded);
        }
        for (size_t k = before; k < folded.size(); ++k) {
            from.push_back(b);
            to.push_back(i);
        }
    }
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
