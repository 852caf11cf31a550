// Inside src/search: the folding and the runs that fold_pieces() and tokenize() are made of, as
// building blocks that reuse one buffer, so that the index can tokenize a whole site without a
// string per token (build_index makes hundreds of thousands of tokens a second).
#pragma once
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "text/match_fold.hpp"
#include "text/utf8.hpp"

namespace planpub::search {

inline char32_t kana_fold(char32_t c) { return (c >= 0x30A1 && c <= 0x30F6) ? c - 0x60 : c; }

enum class Kind : unsigned char { Word, Japanese, Other };

// Every Word code point is below U+0250 and every Japanese one at or above U+3005: the index
// relies on it to put all words before all Japanese tokens (code-point order) without comparing.
constexpr char32_t kLastWordChar = 0x24F, kFirstJapaneseChar = 0x3005;

constexpr Kind kind_by_ranges(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7))
        return Kind::Word;
    if ((c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB) || (c >= 0x3005 && c <= 0x3007) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF))
        return Kind::Japanese;
    return Kind::Other;
}

// kind_by_ranges of every code point below U+10000 (none above is Word or Japanese): one load a
// character where the comparisons were a sixth of counting a page's tokens (callgrind, 300 pages).
// Made at compile time in doc_tokens.cpp alone (each file that made it took a second longer).
extern const std::array<Kind, 0x10000> kKinds;

inline Kind kind_of(char32_t c) { return c < 0x10000 ? kKinds[c] : Kind::Other; }

constexpr size_t kMaxWord = 40;  // code points of a word that are kept: a longer "word" is noise

// Folds text piece by piece (pieces part at JavaScript white space) into one buffer it keeps:
// fold_for_match's folding without its UTF-8 round trip, then katakana to hiragana.
class PieceFolder {
  public:
    // Calls f(piece) with each non-empty folded piece, in order; `piece` is valid during the call.
    template <class F>
    void each(std::string_view text, F&& f) {
        size_t start = 0;
        for (size_t i = 0; i < text.size();) {
            size_t b = i;
            if (is_js_space(next_code_point(text, i))) {
                if (b > start) fold(text.substr(start, b - start), f);
                start = i;
            }
        }
        if (text.size() > start) fold(text.substr(start), f);
    }

  private:
    template <class F>
    void fold(std::string_view piece, F& f) {
        folded_.clear();
        fold_text(piece, folded_);
        for (char32_t& c : folded_) c = kana_fold(c);
        if (!folded_.empty()) f(static_cast<const std::u32string&>(folded_));
    }
    std::u32string folded_;
};

// The runs of one folded piece: on_word(start, length) for each Latin/digit word (length at most
// kMaxWord) and on_japanese(start, end) for each Japanese run; other characters part runs.
template <class OnWord, class OnJapanese>
void each_run(const std::u32string& p, OnWord&& on_word, OnJapanese&& on_japanese) {
    for (size_t i = 0; i < p.size();) {
        Kind k = kind_of(p[i]);
        size_t j = i + 1;
        while (j < p.size() && kind_of(p[j]) == k) ++j;
        if (k == Kind::Word)
            on_word(i, std::min(j - i, kMaxWord));
        else if (k == Kind::Japanese)
            on_japanese(i, j);
        i = j;
    }
}

}  // namespace planpub::search
