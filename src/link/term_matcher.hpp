// Link stage: finds glossary terms in running text in one pass, whatever the number of
// terms (Aho-Corasick over folded code points, mapped back to source byte offsets).
// - Folding: text/match_fold.hpp (NFKC, case, white space and invisible characters ignored:
//   地方創生 2.0 基本構想 matches 地方創生2.0基本構想). The source text is what is shown.
// - Leftmost match first, the longest there, no overlaps. Time is linear in the text times the
//   longest term (glossary terms are at most Limits::max_term_chars), memory one slot per
//   character: overlapping terms (あ, ああ, あああ …) cost nothing extra.
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
        int out = -1;     // key of the pattern ending here, or -1
        int out_len = 0;  // its length in folded code points
        int dict = -1;    // nearest node on the fail chain with out >= 0
    };
    std::vector<Node> nodes_{1};
    size_t patterns_ = 0;
    // One bit per code point (mod 65,536) that starts some pattern: at the root, most characters
    // of running text start none, and this answers that without a search.
    std::vector<uint64_t> starts_ = std::vector<uint64_t>(1024, 0);
    bool may_start_pattern(char32_t c) const { return (starts_[(c >> 6) & 1023] >> (c & 63)) & 1; }
    int child(int node, char32_t c) const;
    int key_of(std::u32string_view pattern) const;
};

}  // namespace planpub
