// find_invalid_utf8 checks byte ranges (Unicode table 3-7) and skips ASCII eight bytes at a time;
// here it is held to a plain decoder that builds each code point and applies the definition
// (no over-long form, no surrogate, nothing past U+10FFFF), on every string of one and two bytes,
// every three-byte string that starts with a lead byte, and strings of random bytes after ASCII
// runs of every length around the eight-byte steps. And encode_utf8, the other direction.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <utility>

#include "text/utf8.hpp"

using namespace planpub;

namespace {

// The definition, one code point at a time: the offset of the first sequence that is not UTF-8.
size_t reference_invalid(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return i;
        char32_t cp = len == 1 ? c : c & (0x7F >> len);
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::string_view::npos;
}

}  // namespace

TEST_CASE("find_invalid_utf8 agrees with the definition on every short string", "[text]") {
    size_t differ = 0, valid = 0;
    std::string s;
    for (int a = 0; a < 256; ++a) {
        s.assign(1, static_cast<char>(a));
        differ += find_invalid_utf8(s) != reference_invalid(s);
        for (int b = 0; b < 256; ++b) {
            s.assign({static_cast<char>(a), static_cast<char>(b)});
            differ += find_invalid_utf8(s) != reference_invalid(s);
            if (a < 0xC0) continue;  // three bytes: every lead byte with every two that follow
            for (int c = 0; c < 256; ++c) {
                s.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
                const size_t want = reference_invalid(s);
                valid += want == std::string_view::npos;
                differ += find_invalid_utf8(s) != want;
            }
        }
    }
    CHECK(differ == 0);
    // 1,920 two-byte characters with one byte after them, 61,440 three-byte characters:
    // the loop really reached the valid forms.
    CHECK(valid == 1920 * 128 + 61440);
}

TEST_CASE("find_invalid_utf8 agrees with the definition after ASCII runs of any length", "[text]") {
    std::mt19937 rng(20261205);
    const std::string pieces[] = {"日", "本", "é", "𠮷", "\xED\x9F\xBF", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF",  // valid
                                  "\x80", "\xC1\xBF", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xF0\x8F\xBF\xBF",
                                  "\xF4\x90\x80\x80", "\xF5", "\xFF", "\xE6\x97", "\xF0\x9F\x98"};
    size_t differ = 0, invalid = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string s(rng() % 20, 'a');  // 0 to 19 ASCII bytes: before, at and across eight-byte steps
        for (int k = rng() % 6; k > 0; --k) {
            s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
            s += std::string(rng() % 10, 'x');
        }
        const size_t want = reference_invalid(s);
        invalid += want != std::string_view::npos;
        if (find_invalid_utf8(s) != want) {
            ++differ;
            UNSCOPED_INFO("differs on a string of " << s.size() << " bytes");
        }
    }
    CHECK(differ == 0);
    CHECK(invalid > 1000);  // both kinds of string were tried
    CHECK(invalid < 19000);
}

// check_utf8_text finds in one pass what find_invalid_utf8 and a scan for the first control
// character (C0 but tab and line ends, or DEL) find apart, after ASCII runs of any length.
TEST_CASE("check_utf8_text agrees with find_invalid_utf8 and a byte-by-byte control scan", "[text]") {
    std::mt19937 rng(20261207);
    const std::string pieces[] = {"日", "é", "\t", "\r\n", "\n", "\x01", "\x1F", "\x7F", std::string(1, '\0'), "\x80", "\xE6\x97"};
    size_t differ = 0, controls = 0, invalid = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string s(rng() % 20, 'a');
        for (int k = rng() % 5; k > 0; --k) {
            s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
            s += std::string(rng() % 12, 'x');
        }
        const size_t want_invalid = find_invalid_utf8(s);
        size_t want_control = npos;
        for (size_t i = 0; i < std::min(s.size(), want_invalid) && want_control == npos; ++i) {
            const unsigned char c = static_cast<unsigned char>(s[i]);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) want_control = i;
        }
        const Utf8Check got = check_utf8_text(s);
        differ += got.invalid != want_invalid || (want_invalid == npos && got.control != want_control);
        controls += want_invalid == npos && want_control != npos;
        invalid += want_invalid != npos;
    }
    CHECK(differ == 0);
    CHECK(controls > 1000);  // each kind of string was tried
    CHECK(invalid > 1000);
    CHECK(controls + invalid < 19000);
}

// encode_utf8 (written into a buffer sized beforehand: the search index's tokens) writes what
// append_utf8 appends, for every code point of every length.
TEST_CASE("encode_utf8 writes append_utf8's bytes for every code point", "[text]") {
    std::string appended;
    char buf[4];
    size_t differ = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        appended.clear();
        append_utf8(appended, c);
        const char* end = encode_utf8(c, buf);
        differ += std::string_view(buf, static_cast<size_t>(end - buf)) != appended;
    }
    CHECK(differ == 0);
    // And against bytes written out by hand, one code point of each length (not one formula twice).
    const std::pair<char32_t, std::string_view> known[] = {{U'A', "A"},
                                                           {U'é', "\xC3\xA9"},
                                                           {U'あ', "\xE3\x81\x82"},
                                                           {U'\uFFFF', "\xEF\xBF\xBF"},
                                                           {U'😀', "\xF0\x9F\x98\x80"}};
    for (const auto& [c, bytes] : known)
        CHECK(std::string_view(buf, static_cast<size_t>(encode_utf8(c, buf) - buf)) == bytes);
}
