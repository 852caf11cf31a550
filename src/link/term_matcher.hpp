// Link stage: finds glossary terms in running text in one pass, whatever the number of
// terms (Aho-Corasick over folded code points, mapped back to source byte offsets).
// - Folding: NFKC (ＩＣＴ = ICT, ｶﾞ = ガ, NFD カ+U+3099 = ガ), Latin lower-cased, white space and
//   line ends ignored (PDF text has stray spaces: 地方創生 2.0 基本構想 matches 地方創生2.0基本構想).
//   The source text is what is shown.
// - Longest match wins, leftmost first, no overlaps.
// - A term that starts or ends with a Latin letter or digit matches only at word edges there
//   (AI is not inside MAIL; AI-OCR is its own term); Japanese terms need no edges.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planpub {

struct TermMatch {
    size_t begin = 0, end = 0;  // byte offsets in the searched text
    int key = 0;                // the caller's key for the spelling that matched
};

class TermMatcher {
public:
    // Adds a spelling (a term or an alias). Call before build().
    void add(const std::string& spelling, int key);
    void build();
    std::vector<TermMatch> find(std::string_view text) const;
    size_t size() const { return patterns_; }

private:
    struct Node {
        std::vector<std::pair<char32_t, int>> next;  // sorted by code point
        int fail = 0;
        int out = -1;       // key of the pattern ending here, or -1
        int out_len = 0;    // its length in folded code points
        bool edge_start = false, edge_end = false;
        int dict = -1;      // nearest node on the fail chain with out >= 0
    };
    std::vector<Node> nodes_{1};
    size_t patterns_ = 0;
    // One bit per code point (mod 65,536) that starts some pattern: at the root, most characters
    // of running text start none, and this answers that without a search.
    std::vector<uint64_t> starts_ = std::vector<uint64_t>(1024, 0);
    bool may_start(char32_t c) const { return (starts_[(c >> 6) & 1023] >> (c & 63)) & 1; }
    int child(int node, char32_t c) const;
};

// Folds text for matching (NFKC, Latin lower-case, white space dropped), appending to `out` and,
// for each folded code point, the source byte range it came from to `from` and `to`.
void fold_text(std::string_view text, std::u32string& out, std::vector<size_t>& from, std::vector<size_t>& to);

}  // namespace planpub
