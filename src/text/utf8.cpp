#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace planpub {

// Well-formed UTF-8 as Unicode's table 3-7 gives it, checked against byte ranges without building
// code points, and ASCII eight bytes at a time: every file is checked as it is read, so this runs
// over every byte of the content (126 → 111 million instructions for a 500-page build). The
// three-byte form (kana, kanji) is tested first, and the eight-byte test made only after an ASCII
// byte: tried before every character, it failed on every one of a Japanese page's (callgrind, 300
// pages: 35.7 → 23.0 million instructions).
namespace {

// Whether one of eight bytes, all below 0x80, is below 0x20 or is 0x7F (mostly a line end, which
// is then looked at byte by byte).
bool may_hold_control(uint64_t eight) {
    constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const uint64_t del = eight ^ (ones * 0x7F);  // a 0x7F byte becomes 0
    return ((((eight - ones * 0x20) & ~eight) | ((del - ones) & ~del)) & highs) != 0;
}

// find_invalid_utf8, and with kControls the first control character's offset in `*control` (npos
// if none) from the same pass: a control character is ASCII, so only ASCII bytes are looked at.
template <bool kControls>
size_t scan_utf8(std::string_view s, [[maybe_unused]] size_t* control) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    // Byte k after the lead is there and lies in [lo, hi].
    auto next_in = [&](size_t i, size_t k, unsigned char lo, unsigned char hi) {
        return i + k < n && p[i + k] >= lo && p[i + k] <= hi;
    };
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if ((c & 0xF0) == 0xE0) {  // E0 80-9F over-long, ED A0-BF a surrogate
            if (i + 2 >= n) return i;
            const unsigned char b1 = p[i + 1], b2 = p[i + 2];
            if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || (c == 0xE0 && b1 < 0xA0) || (c == 0xED && b1 > 0x9F))
                return i;
            i += 3;
        } else if (c < 0x80) {
            if constexpr (kControls)
                if (*control == npos && is_control_char(c)) *control = i;
            ++i;
            uint64_t eight;
            while (i + 8 <= n && (std::memcpy(&eight, p + i, 8), (eight & 0x8080808080808080ULL) == 0)) {
                if constexpr (kControls)
                    if (*control == npos && may_hold_control(eight))
                        for (size_t k = i; k < i + 8 && *control == npos; ++k)
                            if (is_control_char(p[k])) *control = k;
                i += 8;
            }
        } else if (c >= 0xC2 && c <= 0xDF) {  // C0 and C1 would be over-long
            if (!next_in(i, 1, 0x80, 0xBF)) return i;
            i += 2;
        } else if (c >= 0xF0 && c <= 0xF4) {  // F0 80-8F over-long, F4 90-BF past U+10FFFF
            if (!next_in(i, 1, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF) || !next_in(i, 2, 0x80, 0xBF) ||
                !next_in(i, 3, 0x80, 0xBF))
                return i;
            i += 4;
        } else {  // a continuation byte without its lead, C0, C1 or F5-FF
            return i;
        }
    }
    return npos;
}

}  // namespace

size_t find_invalid_utf8(std::string_view s) { return scan_utf8<false>(s, nullptr); }

Utf8Check check_utf8_text(std::string_view s) {
    Utf8Check out;
    out.invalid = scan_utf8<true>(s, &out.control);
    return out;
}

std::string valid_utf8(std::string_view s) {
    std::string out;
    while (!s.empty()) {
        size_t bad = find_invalid_utf8(s);
        out += s.substr(0, bad);
        if (bad == npos) break;
        out += "\xEF\xBF\xBD";
        s.remove_prefix(bad + 1);
    }
    return out;
}

LineCol line_col_at(std::string_view text, size_t off) { return LineCounter(text).at(off); }

LineCol LineCounter::at(size_t off) {
    for (; offset_ < off && offset_ < text_.size(); ++offset_) {
        char c = text_[offset_];
        if (c == '\r' || (c == '\n' && (offset_ == 0 || text_[offset_ - 1] != '\r')))
            lc_ = {lc_.line + 1, 1};
        else if (c != '\n' && (static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++lc_.column;  // characters, not bytes
    }
    return lc_;
}

int count_chars(std::string_view s) {
    int n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// The two- and four-byte forms and bad bytes (next_code_point decodes ASCII and three bytes itself).
char32_t next_code_point_rest(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    return cp;
}

// The multi-byte forms (append_utf8 writes ASCII itself).
void append_utf8_rest(std::string& out, char32_t cp) {
    if (cp < 0x80)
        out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    append_html_escaped(out, s);
    return out;
}

// The escape of one byte, or nullptr for a byte that stays.
static const char* html_escape_of(char c) {
    switch (c) {
        case '&':
            return "&amp;";
        case '<':
            return "&lt;";
        case '>':
            return "&gt;";
        case '"':
            return "&quot;";
        case '\'':
            return "&#39;";
        default:
            return nullptr;
    }
}

// Whether one of the eight bytes of v is an escaped one: for each, the zero-byte test of v ^ that
// byte in every lane (exact for "any"; which lane is found byte by byte).
static bool has_html_special(uint64_t v) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    uint64_t found = 0;
    for (unsigned char b : {'&', '<', '>', '"', '\''}) {
        const uint64_t x = v ^ (kOnes * b);
        found |= (x - kOnes) & ~x;
    }
    return (found & kHigh) != 0;
}

void append_html_escaped(std::string& out, std::string_view s) {
    // Copies runs of plain text whole, looking at eight bytes at a time: most text (Japanese prose)
    // has nothing to escape, and a switch a byte was 2% of a build's instructions (callgrind).
    size_t start = 0, i = 0;
    auto at = [&](size_t k) {
        if (const char* rep = html_escape_of(s[k])) {
            out.append(s.data() + start, k - start);
            out += rep;
            start = k + 1;
        }
    };
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        if (!has_html_special(v)) continue;
        for (size_t k = i; k < i + 8; ++k) at(k);
    }
    for (; i < s.size(); ++i) at(i);
    out.append(s.data() + start, s.size() - start);
}

static bool unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

static std::string encode_except(std::string_view s, std::string_view keep) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (unreserved(c) || keep.find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string href_escape(std::string_view s) {
    // '%' is kept so that already-encoded URLs are not encoded twice.
    return encode_except(s, "/?#:@!$&'()*+,;=%");
}

std::string percent_encode(std::string_view s) { return encode_except(s, ""); }

std::string path_href(std::string_view path) {
    // Everything but '/' and the sub-delimiters RFC 3986 allows in a segment: '#', '?', '%', ' ' and
    // ':' (a scheme, in a first segment) are encoded.
    return encode_except(path, "/!$&'()*+,;=@");
}

std::optional<std::string> percent_decode(std::string_view s) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            char c = static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            if (c == '\0' || c == '/') return std::nullopt;
            out += c;
            i += 2;
        } else {
            out += s[i];
        }
    }
    if (find_invalid_utf8(out) != npos) return std::nullopt;
    return out;
}

std::string trim(std::string_view s) { return std::string(trimmed(s)); }

std::string_view trimmed(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
    return s.substr(b, e - b);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view x) {
    return s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
}

}  // namespace planpub
