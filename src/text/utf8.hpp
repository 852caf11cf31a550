// UTF-8 helpers: validation with a byte offset, character columns, escaping.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace planpub {

constexpr size_t npos = std::string_view::npos;

// Offset of the first byte that is not valid UTF-8, or npos.
size_t find_invalid_utf8(std::string_view s);

// A C0 control character other than tab and line ends, or DEL: refused in text planpub reads
// (files and YAML values alike), where it would reach <title>, pages and CSVs.
inline bool is_control_char(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F; }

// find_invalid_utf8 and, from the same pass over the bytes, the offset of the first C0 control
// character other than tab and line ends, or DEL (npos if none; looked for before `invalid` only).
struct Utf8Check {
    size_t invalid = npos;
    size_t control = npos;
};
Utf8Check check_utf8_text(std::string_view s);

// s with every byte that is not valid UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view s);

// 1-based line and character column of a byte offset. CR, LF and CRLF each end a line: files
// saved as "CSV (Macintosh)" by Excel for Mac end lines with CR alone.
struct LineCol {
    int line = 1;
    int column = 1;
};
LineCol line_col_at(std::string_view text, size_t byte_offset);

// The same for offsets that only grow, in one pass over the text (line_col_at starts from the
// top each time). Copyable, so that a reader can go back to a position it has passed.
class LineCounter {
  public:
    explicit LineCounter(std::string_view text) : text_(text) {}
    LineCol at(size_t byte_offset);  // not before the last offset asked for

  private:
    std::string_view text_;
    size_t offset_ = 0;
    LineCol lc_;
};

// Number of code points in s (s is valid UTF-8).
int count_chars(std::string_view s);

// Decodes one code point at s[i], advancing i; returns U+FFFD on a bad byte.
// Inline, with ASCII and the three-byte form (kana, kanji) first: the search tokenizer and the
// glossary matcher decode every character of every page, and the call was 3% of a build.
char32_t next_code_point_rest(std::string_view s, size_t& i);
inline char32_t next_code_point(std::string_view s, size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    if ((c & 0xF0) == 0xE0 && i + 3 <= s.size()) {
        const char32_t cp = static_cast<char32_t>(c & 0x0F) << 12 |
                            static_cast<char32_t>(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6 |
                            (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        i += 3;
        return cp;
    }
    return next_code_point_rest(s, i);
}
// Inline for ASCII, as above: the search tokenizer writes every word back out character by character.
void append_utf8_rest(std::string& out, char32_t cp);
inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80)
        out += static_cast<char>(cp);
    else
        append_utf8_rest(out, cp);
}

// Writes cp's UTF-8 (1 to 4 bytes) at `out` and returns its end: for a caller that sized its buffer
// for the whole text first (the search index writes two Japanese code points a token, millions a
// site, and the three checked appends of append_utf8 were 2% of a build's instructions).
inline char* encode_utf8(char32_t cp, char* out) {
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

std::string html_escape(std::string_view s);  // & < > " '
// The same, appended to `out` (`s` must not lie in `out`): no string of its own (every text node of
// every page is escaped).
void append_html_escaped(std::string& out, std::string_view s);
// Percent-encodes what may not stand raw in an href (keeps / ? # : and unreserved ASCII).
std::string href_escape(std::string_view s);
// A file's path as a relative URL: each segment percent-encoded ("files/a#b.pdf" → "files/a%23b.pdf",
// "100% ?.pdf" → "100%25%20%3F.pdf"); for paths planpub names, never for URLs the author wrote.
std::string path_href(std::string_view path);
// Percent-encodes everything but unreserved ASCII: for fragments built from Unicode ids.
std::string percent_encode(std::string_view s);
// Decodes %XX escapes (計画%20本文.pdf → 計画 本文.pdf); nullopt when the result is not UTF-8 or
// holds a NUL or '/', which no file name in the content folder can.
std::optional<std::string> percent_decode(std::string_view s);

std::string trim(std::string_view s);
std::string_view trimmed(std::string_view s);  // trim's result as a view into s
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);

}  // namespace planpub
