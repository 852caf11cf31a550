#include "text/match_fold.hpp"

#include <utf8proc.h>

#include <array>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {

static bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000; }

bool is_word_char(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
           (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

// Kana, CJK punctuation and ideographs are their own folded form: the common case, kept fast.
// Not the combining voiced marks U+3099/U+309A: they compose with the kana before them.
static bool folds_to_itself(char32_t c) {
    return (c > 0x3000 && c < 0x3099) || (c > 0x309A && c < 0x3100) || (c >= 0x3400 && c < 0xA000);
}

// Unicode's Default_Ignorable_Code_Point: ZWSP, ZWNJ, ZWJ, U+2060, U+FEFF, soft hyphen,
// variation selectors (also the ideographic ones after a kanji, 葛󠄀), Hangul fillers …
static bool is_ignorable(char32_t c) { return utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->ignorable; }

// Composes a and b into one code point (カ + U+3099 → ガ), or returns 0.
static char32_t compose(char32_t a, char32_t b) {
    utf8proc_int32_t pair[2] = {static_cast<utf8proc_int32_t>(a), static_cast<utf8proc_int32_t>(b)};
    auto n = utf8proc_normalize_utf32(pair, 2, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    return n == 1 ? static_cast<char32_t>(pair[0]) : 0;
}

namespace {

// NFKC of one code point, remembered for the last few met: the code points off the fast paths
// below recur (○ and ① … ⑩ in every list of a plan), and utf8proc took ~1,000 instructions for
// each (a tenth of the search index's folding, callgrind over 300 pages).
const std::string& nfkc_of(char32_t c) {
    struct Entry {
        char32_t c = 0xFFFFFFFF;  // no code point
        std::string norm;
    };
    thread_local std::array<Entry, 64> memo;
    Entry& e = memo[(c ^ c >> 6) & 63];
    if (e.c != c) {
        std::string one;
        append_utf8(one, c);
        e.norm = nfkc(one);
        e.c = c;
    }
    return e.norm;
}

// Where each folded code point came from, for the matcher: its source bytes [from, to).
struct SourceRanges {
    std::vector<size_t>& from;
    std::vector<size_t>& to;
    bool last_ends_at(size_t b) const { return !to.empty() && to.back() == b; }
    void add(size_t count, size_t b, size_t e) {
        for (size_t k = 0; k < count; ++k) {
            from.push_back(b);
            to.push_back(e);
        }
    }
    void extend_last(size_t b, size_t e) {  // the code points that ended at b now end at e
        for (size_t j = to.size(); j > 0 && to[j - 1] == b; --j) to[j - 1] = e;
    }
};

// Only where the last folded code point's source ended, which composing needs: the search index
// folds every page and never asks where a code point came from (the two pushes per code point
// were ~8% of the folding time, piece by piece over 300 pages' text).
struct LastEnd {
    size_t end = std::string_view::npos;
    bool last_ends_at(size_t b) const { return end == b; }
    void add(size_t count, size_t, size_t e) {
        if (count > 0) end = e;
    }
    void extend_last(size_t, size_t e) { end = e; }
};

// NFKC of each code point alone, so that every folded code point knows its source character.
// NFKC's canonical composition spans characters, though (ｶﾞ is ｶ then ﾞ, NFKC ガ; NFD text is
// カ then U+3099): a code point whose form starts with one that composes with the previous folded
// one, adjacent in the source, is merged into it, and that folded code point then covers both.
// kPieces: each is_js_space character becomes one ' ' (fold_text_pieces). No other folding gives
// ' ' (white space is dropped), and the previous code point's source no longer ends where the next
// character starts, so nothing composes across it, as nothing does across two pieces folded apart.
template <bool kPieces = false, class Ranges>
void fold_into(std::string_view text, std::u32string& out, Ranges& ranges) {
    for (size_t i = 0; i < text.size();) {
        size_t b = i;
        unsigned char byte = static_cast<unsigned char>(text[i]);
        size_t before = out.size();
        // ASCII and the characters that are their own folded form (most of a Japanese page) give
        // one code point or none, recorded here without the general loop at the end.
        if (byte < 0x80) {  // ASCII: fold inline; no ASCII character composes with the one before
            ++i;
            if (kPieces && is_js_space(byte)) {
                out += U' ';
                continue;
            }
            if (is_space(byte)) continue;
            out += static_cast<char32_t>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
            ranges.add(1, b, i);
            continue;
        }
        const char32_t c = next_code_point(text, i);
        if (folds_to_itself(c)) {  // never white space
            out += c;
            ranges.add(1, b, i);
            continue;
        }
        if (kPieces && is_js_space(c)) {
            out += U' ';
            continue;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {  // full-width ASCII
            char32_t a = c - 0xFEE0;
            out += (a >= 'A' && a <= 'Z') ? a + 32 : a;
        } else if (!is_ignorable(c)) {
            const std::string& norm = nfkc_of(c);
            size_t k = 0;
            char32_t merged = !norm.empty() && !out.empty() && ranges.last_ends_at(b)
                                  ? compose(out.back(), next_code_point(norm, k))
                                  : 0;
            if (merged) {
                out.back() = merged;
                ranges.extend_last(b, i);
            } else {
                k = 0;
            }
            while (k < norm.size()) {
                char32_t d = next_code_point(norm, k);
                if (!is_space(d) && !is_ignorable(d)) out += (d >= 'A' && d <= 'Z') ? d + 32 : d;
            }
        }
        ranges.add(out.size() - before, b, i);
    }
}

}  // namespace

void fold_text(std::string_view text, std::u32string& out, std::vector<size_t>& from, std::vector<size_t>& to) {
    SourceRanges ranges{from, to};
    fold_into(text, out, ranges);
}

void fold_text(std::string_view text, std::u32string& out) {
    LastEnd ranges;
    fold_into(text, out, ranges);
}

void fold_text_pieces(std::string_view text, std::u32string& out) {
    LastEnd ranges;
    fold_into<true>(text, out, ranges);
}

std::string fold_for_match(std::string_view s) {
    std::u32string folded;
    fold_text(s, folded);
    std::string out;
    for (char32_t c : folded) append_utf8(out, c);
    return out;
}

}  // namespace planpub
