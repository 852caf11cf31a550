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

// The folded form as UTF-8: the key under which glossary spellings are compared.
std::string fold_for_match(std::string_view s);

// Latin letters and digits, ASCII or full-width: a term that starts or ends with one matches only
// at a word edge there.
bool is_word_char(char32_t c);

}  // namespace planpub
