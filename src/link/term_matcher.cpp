#include "link/term_matcher.hpp"

#include <algorithm>
#include <queue>

#include "text/match_fold.hpp"
#include "text/utf8.hpp"

namespace planpub {

int TermMatcher::child(int node, char32_t c) const {
    const auto& nx = nodes_[node].next;
    auto it = std::lower_bound(nx.begin(), nx.end(), std::make_pair(c, -1));
    return it != nx.end() && it->first == c ? it->second : -1;
}

int TermMatcher::key_of(std::u32string_view pattern) const {
    int node = 0;
    for (char32_t c : pattern) node = child(node, c);  // the pattern is in the trie: never -1
    return nodes_[node].out;
}

void TermMatcher::add(const std::string& spelling, int key) {
    std::u32string folded;
    fold_text(spelling, folded);
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
    thread_local std::vector<size_t> from, to;   // source byte range of each folded code point
    thread_local std::vector<uint32_t> longest;  // longest valid match starting at each folded index
    folded.clear();
    from.clear();
    to.clear();
    fold_text(text, folded, from, to);
    const size_t n = folded.size();
    longest.assign(n, 0);
    auto source_word_at = [&](size_t byte) {
        size_t k = byte;
        return byte < text.size() && is_word_char(next_code_point(text, k));
    };
    auto source_word_before = [&](size_t byte) {
        if (byte == 0) return false;
        size_t j = byte - 1;
        while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
        return source_word_at(j);
    };
    // Whether a match may start at folded index s / end before folded index e. Both depend on the
    // position alone (the pattern's first/last code point is the text's there), which is what
    // keeps the search linear: no per-pattern check.
    // A character that folds to several (㎼ → μw) matches whole or not at all; a Latin letter or
    // digit at a term's edge must be at a word edge of the source text.
    auto may_start = [&](size_t s) {
        if (s > 0 && from[s - 1] == from[s]) return false;
        return !(is_word_char(folded[s]) && source_word_before(from[s]));
    };
    auto may_end = [&](size_t e) {
        if (e < n && from[e] == from[e - 1]) return false;
        return !(is_word_char(folded[e - 1]) && source_word_at(to[e - 1]));
    };
    // One pass of the automaton; at each valid end, the patterns ending there (at most one per
    // length, so no more than the longest term's length: glossary terms are limited) record
    // themselves at their start. Memory is one slot per code point whatever the terms.
    int state = 0;
    for (size_t i = 0; i < n; ++i) {
        char32_t c = folded[i];
        if (state == 0 && !may_start_pattern(c)) continue;  // nothing starts here and nothing is open
        int next;
        while ((next = child(state, c)) < 0 && state != 0) state = nodes_[state].fail;
        state = next < 0 ? 0 : next;
        int o = nodes_[state].out >= 0 ? state : nodes_[state].dict;
        if (o < 0 || !may_end(i + 1)) continue;
        for (; o >= 0; o = nodes_[o].dict) {
            size_t len = static_cast<size_t>(nodes_[o].out_len), s = i + 1 - len;
            if (len > longest[s] && may_start(s)) longest[s] = static_cast<uint32_t>(len);
        }
    }
    // Leftmost first, then longest, no overlaps.
    std::vector<TermMatch> out;
    for (size_t s = 0; s < n;) {
        if (longest[s] == 0) {
            ++s;
            continue;
        }
        size_t e = s + longest[s];
        out.push_back({from[s], to[e - 1], key_of(folded.substr(s, e - s))});
        s = e;
    }
    return out;
}

}  // namespace planpub
