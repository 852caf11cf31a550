// The one folding that glossary matching and the glossary's duplicate check share, so that two
// spellings are "the same term" exactly when the matcher cannot tell them apart:
// NFKC (ＩＣＴ = ICT, ｶﾞ = ガ, NFD カ+U+3099 = ガ), Latin lower-cased, white space and line ends
// dropped (PDF text has stray spaces), and Unicode's default-ignorable code points dropped
// (zero-width space and joiners, word joiner, BOM, soft hyphen, variation selectors): they are
// invisible, so I<U+200B>CT must be ICT, both for linking and for the duplicate check.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace planpub {

// Appends the folded form of `text` to `out` and, for each folded code point, the source byte
// range it came from to `from` and `to`.
void fold_text(std::string_view text, std::u32string& out, std::vector<size_t>& from, std::vector<size_t>& to);

// The same folded form, without the source ranges.
void fold_text(std::string_view text, std::u32string& out);

// JavaScript's \s: where the search's query side splits a query, and so where the index splits text.
inline bool is_js_space(char32_t c) {
    return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF;
}

// The folded form of each piece of `text` between JavaScript white space (is_js_space), the pieces
// parted by one ' ' each: what folding the pieces one by one and joining them with ' ' gives (no
// piece's folding has a ' ', nor composes across the white space), in one pass over the text.
void fold_text_pieces(std::string_view text, std::u32string& out);

// The folded form as UTF-8: the key under which glossary spellings are compared.
std::string fold_for_match(std::string_view s);

// Latin letters and digits, ASCII or full-width: a term that starts or ends with one matches only
// at a word edge there.
bool is_word_char(char32_t c);

}  // namespace planpub
