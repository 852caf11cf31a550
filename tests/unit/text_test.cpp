// Tests for src/text: UTF-8, years, identifiers, normalization.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

#include "text/era_year.hpp"
#include "text/identifiers.hpp"
#include "text/match_fold.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

using namespace planpub;

TEST_CASE("years in every accepted form", "[text][year]") {
    struct Case {
        const char* text;
        int year;
        Year::Kind kind;
    };
    const Case cases[] = {
        {"令和4年度", 2022, Year::Kind::Fiscal},
        {"R4", 2022, Year::Kind::Fiscal},
        {"Ｒ４", 2022, Year::Kind::Fiscal},
        {"H30", 2018, Year::Kind::Fiscal},
        {"平成30年度", 2018, Year::Kind::Fiscal},
        {"令和元年度", 2019, Year::Kind::Fiscal},
        {"昭和64年", 1989, Year::Kind::Calendar},
        {"2023年度", 2023, Year::Kind::Fiscal},
        {"FY2023", 2023, Year::Kind::Fiscal},
        {"fy 2023", 2023, Year::Kind::Fiscal},
        {"2023年", 2023, Year::Kind::Calendar},
        {"2023", 2023, Year::Kind::Calendar},
        {"２０２３年", 2023, Year::Kind::Calendar},
        {"令和 8 年度", 2026, Year::Kind::Fiscal},
        {"2024年度（令和6年度）", 2024, Year::Kind::Fiscal},
        {"R6年度", 2024, Year::Kind::Fiscal},
        {"令和5年", 2023, Year::Kind::Calendar},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto y = parse_year(c.text);
        REQUIRE(y);
        CHECK(y->year == c.year);
        CHECK(y->kind == c.kind);
    }
}

TEST_CASE("what is not a year", "[text][year]") {
    for (const char* bad : {"", "令和", "R", "令和100年度", "12345", "99", "2024年度（令和5年度）", "来年度", "R4x",
                            "2024年度(令和6年)", "FY24", "3000年"}) {
        INFO(bad);
        CHECK_FALSE(parse_year(bad));
    }
}

TEST_CASE("和暦 and display forms", "[text][year]") {
    CHECK(wareki({2019, Year::Kind::Fiscal, ""}) == "令和元年度");
    CHECK(wareki({2018, Year::Kind::Fiscal, ""}) == "平成30年度");
    CHECK(display_year({2020, Year::Kind::Fiscal, ""}) == "2020年度（令和2年度）");
    CHECK(display_year({2023, Year::Kind::Calendar, ""}) == "2023年");
    CHECK(display_period({{2026, Year::Kind::Fiscal, ""}, {2029, Year::Kind::Fiscal, ""}}) ==
          "2026年度（令和8年度）〜2029年度（令和11年度）");
}

TEST_CASE("local government codes and their check digit", "[text][code]") {
    CHECK(is_valid_local_government_code("222259"));  // 伊豆の国市
    CHECK(is_valid_local_government_code("232246"));  // 知多市
    CHECK(is_valid_local_government_code("012165"));  // 芦別市
    CHECK(is_valid_local_government_code("222097"));  // 島田市
    CHECK_FALSE(is_valid_local_government_code("222258"));
    CHECK_FALSE(is_valid_local_government_code("22225"));
    CHECK_FALSE(is_valid_local_government_code("22225a"));
    CHECK(local_government_check_digit("22225") == 9);
}

TEST_CASE("ids", "[text]") {
    CHECK(is_valid_id("izu-g1-1"));
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id("../x"));
    CHECK_FALSE(is_valid_id("Plan"));
    CHECK_FALSE(is_valid_id("計画"));
}

TEST_CASE("UTF-8 validation reports the first bad byte", "[text][utf8]") {
    CHECK(find_invalid_utf8("日本語") == npos);
    CHECK(find_invalid_utf8("ab\xFF") == 2);
    CHECK(find_invalid_utf8("日\xE6\x9C") == 3);    // truncated
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);      // overlong
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);  // surrogate
    auto lc = line_col_at("一行目\n二行目X", std::string("一行目\n二行目").size());
    CHECK(lc.line == 2);
    CHECK(lc.column == 4);  // characters, not bytes
}

TEST_CASE("lines end at CR, LF or CRLF alike", "[text][utf8]") {
    std::string text = "a\rb\r\nc\nd\r\re";
    auto at = [&](char ch) { return line_col_at(text, text.find(ch)); };
    CHECK(at('b').line == 2);
    CHECK(at('c').line == 3);  // CRLF is one line end
    CHECK(at('d').line == 4);
    CHECK(at('e').line == 6);  // two CRs: an empty line between
    CHECK(at('e').column == 1);
    CHECK(line_col_at(text, text.find('\n')).line == 3);  // the LF of a CRLF belongs to the break
    LineCounter lines(text);
    CHECK(lines.at(text.find('c')).line == 3);
    LineCounter back = lines;  // a copy resumes where the original was
    CHECK(lines.at(text.size()).line == 6);
    CHECK(back.at(text.find('d')).line == 4);
}

TEST_CASE("escaping", "[text]") {
    CHECK(html_escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    CHECK(href_escape("用語 集.html#t-関係") == "%E7%94%A8%E8%AA%9E%20%E9%9B%86.html#t-%E9%96%A2%E4%BF%82");
    CHECK(percent_encode("a/b") == "a%2Fb");
}

// append_html_escaped looks at eight bytes at a time: against a byte-at-a-time reference, with the
// five escaped bytes (and their neighbours in value, and UTF-8) at every place of texts of 0 to 40.
TEST_CASE("HTML escaping eight bytes at a time is escaping byte by byte", "[text]") {
    auto reference = [](std::string_view s) {
        std::string out;
        for (char c : s) {
            if (c == '&')
                out += "&amp;";
            else if (c == '<')
                out += "&lt;";
            else if (c == '>')
                out += "&gt;";
            else if (c == '"')
                out += "&quot;";
            else if (c == '\'')
                out += "&#39;";
            else
                out += c;
        }
        return out;
    };
    const std::vector<std::string> bytes = {"&", "<", ">", "\"", "'", "%", "=", "?", "!", "a", "\x80", "\xFF", "あ"};
    std::mt19937 rng(11);
    size_t escaped = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        for (int k = static_cast<int>(rng() % 41); k > 0; --k) s += rng() % 4 ? "a" : bytes[rng() % bytes.size()];
        std::string got = "x";  // appended to what is there
        append_html_escaped(got, s);
        INFO("text: " << s);
        REQUIRE(got == "x" + reference(s));
        escaped += got.size() - 1 != s.size();
    }
    CHECK(escaped > 10000);
}

TEST_CASE("width and case folding for matching", "[text][normalize]") {
    CHECK(fold_for_match("ＩＣＴ") == "ict");
    CHECK(fold_for_match("地方創生 2.0 基本構想") == "地方創生2.0基本構想");
    CHECK(nfkc("４０．０％") == "40.0%");
    CHECK(fold_for_match("ｶﾞｲﾄﾞ") == "ガイド");              // half-width kana and their voiced marks compose
    CHECK(fold_for_match("カ\u3099\u200Bﾞ") == "ガ\u3099");  // not across an invisible character
    CHECK(fold_for_match("e\u0302\u0301") == "\u1EBF");      // twice in a row: ê, then ế
}

// The matcher folds with source ranges, the search index and the term keys without: both must give
// the same code points, composing included (a voiced mark joins only the character just before it).
TEST_CASE("folding with and without source ranges gives the same text", "[text][normalize]") {
    const std::vector<std::string> pieces = {"ｶ",      "ﾞ",      "ﾟ",      "ﾊ",      "カ",     "\u3099", "\u309A",
                                             "\u200B", "\u00AD", " ",      "A",      "ａ",     "㍻",     "⑩",
                                             "平",     "e",      "\u0301", "\u0302", "\uFE00", "Å",      "は"};
    std::mt19937 rng(20261206);
    size_t composed = 0;
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        for (int k = static_cast<int>(rng() % 12); k > 0; --k) text += pieces[rng() % pieces.size()];
        std::u32string with, without;
        std::vector<size_t> from, to;
        fold_text(text, with, from, to);
        fold_text(text, without);
        INFO("text: " << text);
        REQUIRE(with == without);
        REQUIRE(from.size() == with.size());
        composed += with.find(U'ガ') != std::u32string::npos || with.find(U'パ') != std::u32string::npos;
    }
    CHECK(composed > 200);  // the random texts do compose, often
}

// fold_text_pieces (the search index's one pass) against its definition: the text cut at every
// JavaScript white-space character, each piece folded alone, the pieces joined by one ' '. The
// pieces put composing marks and half-width voiced marks right after white space of every kind.
TEST_CASE("folding the pieces in one pass is folding them one by one", "[text][normalize]") {
    const std::vector<std::string> pieces = {
        "ｶ", "ﾞ", "ﾟ", "カ", "\u3099", "\u309A", "\u200B", "\u00AD", " ", "\t", "\v", "\f", "\n", "\r", "\u00A0",
        "\u1680", "\u2000", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF", "A", "ａ", "㍻", "⑩",
        "平", "e", "\u0301", "\uFE00", "は", "ﾊ", "x y", "\u200C",
        // NFKC with a space in it (¨ → " ̈", ‾ → " ̅"), four bytes (𠮷), bytes that are not UTF-8
        "\u00A8", "\u203E", "\U00020BB7", "\xC0\xA0", "\xE3", "\xED\xA0\x80"};
    std::mt19937 rng(20261207);
    size_t spaces = 0;
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        for (int k = static_cast<int>(rng() % 14); k > 0; --k) text += pieces[rng() % pieces.size()];
        std::u32string expected;
        size_t start = 0;
        for (size_t i = 0; i < text.size();) {
            const size_t b = i;
            if (is_js_space(next_code_point(text, i))) {
                fold_text(std::string_view(text).substr(start, b - start), expected);
                expected += U' ';
                start = i;
                ++spaces;
            }
        }
        fold_text(std::string_view(text).substr(start), expected);
        std::u32string got;
        fold_text_pieces(text, got);
        INFO("text: " << text);
        REQUIRE(got == expected);
    }
    CHECK(spaces > 10000);
}

// Code points off the fast paths fold through a small memo of NFKC forms (match_fold.cpp): each
// one folds the same whatever was folded before it, also when they share the memo's slots.
TEST_CASE("a code point folds the same in any order", "[text][normalize]") {
    std::vector<char32_t> cps;
    for (char32_t c = 0x2150; c < 0x2500; ++c) cps.push_back(c);  // fractions, roman numerals, ①…
    for (char32_t c = 0x3200; c < 0x3400; ++c) cps.push_back(c);  // ㈱ ㍻ ㎡ …
    for (char32_t c = 0xFF61; c < 0xFFA0; ++c) cps.push_back(c);  // half-width katakana
    auto fold_each = [&] {
        std::map<char32_t, std::u32string> folded;
        for (char32_t c : cps) {
            std::string one;
            append_utf8(one, c);
            fold_text(one, folded[c]);
        }
        return folded;
    };
    const auto first = fold_each();
    std::mt19937 rng(7);
    for (int round = 0; round < 3; ++round) {
        std::shuffle(cps.begin(), cps.end(), rng);
        CHECK(fold_each() == first);
    }
    CHECK(first.at(0x2460) == U"1");
    CHECK(first.at(0x337B) == U"平成");
}

TEST_CASE("language tags: the shape lang=\"\" and RDF literals accept", "[text][identifiers]") {
    for (const char* good : {"ja", "en", "en-US", "zh-Hant-TW", "ja-Hira", "es-419", "ain"})
        CHECK(is_language_tag(good));
    for (const char* bad : {"", "e", "en_US", "英語", "en-", "-en", "en--us", "1a", "en us", "toolongtag1"})
        CHECK_FALSE(is_language_tag(bad));
}

TEST_CASE("percent_decode: file names as editors write them in links", "[text][utf8]") {
    CHECK(percent_decode("files/%E8%A8%88%E7%94%BB%20%E6%9C%AC%E6%96%87.pdf") ==
          std::optional<std::string>("files/計画 本文.pdf"));
    CHECK(percent_decode("a%2") == std::optional<std::string>("a%2"));  // not an escape: kept
    CHECK(percent_decode("100%") == std::optional<std::string>("100%"));
    CHECK_FALSE(percent_decode("a%FFb"));  // not UTF-8
    CHECK_FALSE(percent_decode("a%00b"));
    CHECK_FALSE(percent_decode("..%2F..%2Fetc"));  // no hidden folder steps
}
